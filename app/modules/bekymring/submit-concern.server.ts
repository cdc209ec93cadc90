import { randomUUID } from "node:crypto";
import { computeDeadline } from "../../lib/frister";
import { fail } from "../../lib/errors";
import { hashKode, lagKode } from "./kvittering.server";
import { idag, iTransaksjon, type AnonymContext } from "./queries.server";
import { nyBekymringSchema } from "./schemas";

/**
 * A double click (or a resent form) must make one concern and still show the code. The form carries a random
 * `skjemaId`; the code of a form already sent is kept here, in this process's memory only, for 15 minutes,
 * and then forgotten. It is never written to the database or a log.
 */
const VARIGHET_MS = 15 * 60 * 1000;
const MAKS_SKJEMA = 10_000;
/** Form id → the code (a promise, so a second click while the first is still hashing waits for the same one). */
const sendteSkjema = new Map<string, { kode: Promise<string>; utloper: number }>();

function husketKode(skjemaId: string): Promise<string> | null {
  const naa = Date.now();
  for (const [id, { utloper }] of sendteSkjema) {
    if (utloper > naa) break;
    sendteSkjema.delete(id);
  }
  return sendteSkjema.get(skjemaId)?.kode ?? null;
}

function husk(skjemaId: string, kode: Promise<string>): void {
  if (sendteSkjema.size >= MAKS_SKJEMA) sendteSkjema.delete(sendteSkjema.keys().next().value!);
  sendteSkjema.set(skjemaId, { kode, utloper: Date.now() + VARIGHET_MS });
}

/** A fresh id for one form on the page (random, tied to nothing). */
export function nyttSkjemaId(): string {
  return randomUUID();
}

export type NyBekymring = {
  skjemaId: string;
  bydelId: string;
  eiendomId: string;
  kategori: string;
  beskrivelse: string;
};

/**
 * Anyone, signed in or not, reports a concern about a building. Nothing about the reporter is read or stored:
 * the row holds the district, the address, the category, the text and the day. Returns the receipt code,
 * which exists only in this response (the database keeps its Argon2id hash).
 */
export async function submitConcern(ctx: AnonymContext & { skjema: NyBekymring }): Promise<{ kode: string }> {
  const skjemaId = /^[0-9a-f-]{36}$/.test(ctx.skjema.skjemaId) ? ctx.skjema.skjemaId : null;
  const husket = skjemaId ? husketKode(skjemaId) : null;
  if (husket) return { kode: await husket };
  const arbeid = lagre(ctx);
  if (skjemaId) husk(skjemaId, arbeid);
  try {
    return { kode: await arbeid };
  } catch (error) {
    if (skjemaId) sendteSkjema.delete(skjemaId);
    throw error;
  }
}

async function lagre(ctx: AnonymContext & { skjema: NyBekymring }): Promise<string> {
  const parsed = nyBekymringSchema.safeParse(ctx.skjema);
  if (!parsed.success) fail("ugyldig");
  const { bydelId, eiendomId, kategori, beskrivelse } = parsed.data;
  const kode = lagKode();
  const kvitteringHash = await hashKode(kode);
  await iTransaksjon(ctx.db, async (trx) => {
    const bydel = await trx.selectFrom("bydel").select("id").where("id", "=", bydelId).executeTakeFirst();
    if (!bydel) fail("ugyldig");
    if (eiendomId) {
      const eiendom = await trx
        .selectFrom("eiendom")
        .select("id")
        .where("id", "=", eiendomId)
        .where("bydel_id", "=", bydelId)
        .where("type", "=", "gard")
        .executeTakeFirst();
      if (!eiendom) fail("ugyldig");
    }
    const mottatt = idag(ctx.now);
    await trx
      .insertInto("bekymring")
      .values({
        id: randomUUID(),
        bydel_id: bydelId,
        eiendom_id: eiendomId || null,
        kategori,
        beskrivelse,
        kvittering_hash: kvitteringHash,
        mottatt,
        kvitteringsfrist: computeDeadline("bekymringsmelding_kvittering", mottatt).due,
        status: "mottatt",
      })
      .execute();
  });
  return kode;
}
