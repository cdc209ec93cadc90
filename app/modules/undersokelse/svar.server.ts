import { randomInt, randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/connection.server";
import { todayInOslo } from "../../lib/frister";
import { INSTRUMENTVERSJON, beregnIndeks } from "./instrument";
import { kodeHash, normaliserKode, visKode } from "./kode";
import type { Svarinput } from "./schemas";

export type Kodefeil = "feilKode" | "feilUkjent" | "feilBrukt" | "feilStengt";

export type GyldigKode = {
  kode: string;
  rundeId: string;
  eiendomId: string;
  adresse: string;
  lokale: string[];
};

/**
 * Looks up a one-time code (no login): is it known, unused, and is its round open today? Answers the same
 * "not found" for a malformed and an unknown code. Stores nothing.
 */
export async function sjekkKode(
  db: Db,
  input: string,
  idag: string = todayInOslo(),
): Promise<{ ok: true; kode: GyldigKode } | { ok: false; feil: Kodefeil }> {
  if (input.trim() === "") return { ok: false, feil: "feilKode" };
  const kode = normaliserKode(input);
  if (!kode) return { ok: false, feil: "feilUkjent" };
  const rad = await db
    .selectFrom("undersokelse_kode as k")
    .innerJoin("undersokelse_runde as r", "r.id", "k.runde_id")
    .innerJoin("eiendom as e", "e.id", "k.eiendom_id")
    .select([
      "k.brukt",
      "k.runde_id",
      "k.eiendom_id",
      "r.startdato",
      "r.sluttdato",
      "r.lokale_sporsmal",
      "e.gateadresse",
    ])
    .where("k.kode_hash", "=", kodeHash(kode))
    .executeTakeFirst();
  if (!rad) return { ok: false, feil: "feilUkjent" };
  if (rad.brukt) return { ok: false, feil: "feilBrukt" };
  if (idag < String(rad.startdato) || idag > String(rad.sluttdato)) return { ok: false, feil: "feilStengt" };
  return {
    ok: true,
    kode: {
      kode: visKode(kode),
      rundeId: rad.runde_id,
      eiendomId: rad.eiendom_id,
      adresse: rad.gateadresse,
      lokale: Array.isArray(rad.lokale_sporsmal) ? (rad.lokale_sporsmal as string[]) : [],
    },
  };
}

/**
 * Stores one answer for a code, and marks the code used, in one transaction. The answer row gets a random id
 * and no reference to the code, no time, no channel and nothing from the request (IP, user agent): online, on
 * paper through staff and on the office tablet all become the same kind of row. A second submit of the same
 * code finds it used and stores nothing.
 */
export async function lagreSvar(
  db: Db,
  input: string,
  svar: Svarinput,
  idag: string = todayInOslo(),
): Promise<{ ok: true } | { ok: false; feil: Kodefeil }> {
  const sjekk = await sjekkKode(db, input, idag);
  if (!sjekk.ok) return sjekk;
  const hash = kodeHash(normaliserKode(input)!);
  return db.transaction().execute(async (trx) => {
    const brukt = await trx
      .updateTable("undersokelse_kode")
      .set({ brukt: true })
      .where("kode_hash", "=", hash)
      .where("brukt", "=", false)
      .returning(["runde_id", "eiendom_id"])
      .executeTakeFirst();
    if (!brukt) return { ok: false as const, feil: "feilBrukt" as const };
    const ra = await trx
      .selectFrom("undersokelse_runde_adresse")
      .select("bydel_id")
      .where("runde_id", "=", brukt.runde_id)
      .where("eiendom_id", "=", brukt.eiendom_id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("undersokelse_svar")
      .values({
        id: randomUUID(),
        runde_id: brukt.runde_id,
        eiendom_id: brukt.eiendom_id,
        bydel_id: ra.bydel_id,
        instrumentversjon: INSTRUMENTVERSJON,
        verdier: JSON.stringify(svar.verdier),
        indeks: JSON.stringify(beregnIndeks(svar.verdier)),
        botid: svar.botid,
        barn: svar.barn,
        fritekst: svar.fritekst,
      })
      .execute();
    await stokkAdressen(trx, brukt.runde_id, brukt.eiendom_id);
    return { ok: true as const };
  });
}

function stokk<T>(rader: T[]): T[] {
  for (let i = rader.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [rader[i], rader[j]] = [rader[j]!, rader[i]!];
  }
  return rader;
}

/**
 * Rewrites the address's answers and codes of the round in a random order, in the transaction that stored the
 * new answer. PostgreSQL stamps each row with the transaction that wrote it (xmin) and keeps rows in insertion
 * order; without this, the new answer and the code it used would share a transaction id that anyone who can
 * query the tables could read. After it, every answer and every code at the address carries the same id and a
 * shuffled position, so neither says which answer came with which code.
 */
async function stokkAdressen(trx: Db, rundeId: string, eiendomId: string): Promise<void> {
  const svar = await trx
    .deleteFrom("undersokelse_svar")
    .where("runde_id", "=", rundeId)
    .where("eiendom_id", "=", eiendomId)
    .returningAll()
    .execute();
  await trx
    .insertInto("undersokelse_svar")
    .values(
      stokk(svar).map((r) => ({
        ...r,
        verdier: JSON.stringify(r.verdier),
        indeks: JSON.stringify(r.indeks),
      })),
    )
    .execute();
  const koder = await trx
    .deleteFrom("undersokelse_kode")
    .where("runde_id", "=", rundeId)
    .where("eiendom_id", "=", eiendomId)
    .returningAll()
    .execute();
  if (koder.length > 0) await trx.insertInto("undersokelse_kode").values(stokk(koder)).execute();
}

/** Used by tests: the answer table has no column that could hold a code, a time or a request detail. */
export async function svarkolonner(db: Db): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns where table_name = 'undersokelse_svar' order by 1`.execute(
    db,
  );
  return rows.map((r) => r.column_name);
}
