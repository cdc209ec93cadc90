import { createHash, randomUUID } from "node:crypto";
import type { VedleggMime } from "../../db/schema";
import { fail } from "../../lib/errors";
import { ekteFiltype } from "../../lib/filtype.server";
import { recordAccess } from "../audit/record-access.server";
import { iTransaksjon, krevTilgang, type CaseContext } from "./queries.server";
import { hentEgetUtkast } from "./utkast.server";

export const MAKS_VEDLEGG_BYTES = 10 * 1024 * 1024;
export const MAKS_VEDLEGG_ANTALL = 10;

export type VedleggFeil = "tom" | "for_stor" | "feil_type" | "for_mange";

const VEDLEGG_TYPER: readonly VedleggMime[] = ["application/pdf", "image/jpeg", "image/png"];

/** The real type from the content, never from the name or the browser's claim. */
export function gjenkjennType(bytes: Uint8Array): Promise<VedleggMime | null> {
  return ekteFiltype(bytes, VEDLEGG_TYPER);
}

const ENDELSE: Record<VedleggMime, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/**
 * A safe display name: no path, no control or markup characters, at most 100 characters, and the extension
 * that matches the real type. The name is shown only to the owner and the caseworker.
 */
export function rensFilnavn(navn: string, mime: VedleggMime): string {
  const grunn = (navn.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/^[. ]+/, "")
    .trim()
    .slice(0, 100);
  return `${grunn || "vedlegg"}.${ENDELSE[mime]}`;
}

/**
 * Uploads one attachment to the resident's draft: PDF, JPEG or PNG by its real type, at most 10 MB, at most 10
 * per application. Stored in the database (bytea) with its size and SHA-256; special category (it may hold
 * health data), so the audit row names `helse`. Refusals come back as a reason for the form, nothing stored.
 */
export async function uploadAttachment(
  ctx: CaseContext & { utkastId: string; filnavn: string; innhold: Uint8Array },
): Promise<{ ok: true; vedleggId: string; filnavn: string } | { ok: false; feil: VedleggFeil }> {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  const bytes = ctx.innhold;
  if (bytes.byteLength === 0) return { ok: false, feil: "tom" };
  if (bytes.byteLength > MAKS_VEDLEGG_BYTES) return { ok: false, feil: "for_stor" };
  const mime = await gjenkjennType(bytes);
  if (!mime) return { ok: false, feil: "feil_type" };
  const filnavn = rensFilnavn(ctx.filnavn, mime);
  return iTransaksjon(ctx.db, async (trx) => {
    const utkast = await hentEgetUtkast(trx, actor, ctx.utkastId, { forUpdate: true });
    if (utkast.status !== "utkast") fail("konflikt");
    const { antall } = await trx
      .selectFrom("vedlegg")
      .select((eb) => eb.fn.countAll<string>().as("antall"))
      .where("utkast_id", "=", utkast.id)
      .executeTakeFirstOrThrow();
    if (Number(antall) >= MAKS_VEDLEGG_ANTALL) return { ok: false as const, feil: "for_mange" as const };
    const vedleggId = randomUUID();
    await trx
      .insertInto("vedlegg")
      .values({
        id: vedleggId,
        eier_aktor_id: actor.id,
        utkast_id: utkast.id,
        sak_id: null,
        filnavn,
        mime,
        storrelse: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        innhold: bytes,
      })
      .execute();
    await recordAccess(trx, actor, ctx.requestId, [
      { personId: actor.personId, kategori: "helse", handling: "opprett", ressurs: `vedlegg:${vedleggId}` },
    ]);
    return { ok: true as const, vedleggId, filnavn };
  });
}

/** Removes one attachment from the resident's unsent draft; another's attachment is "not found". */
export async function removeAttachment(ctx: CaseContext & { utkastId: string; vedleggId: string }) {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  return iTransaksjon(ctx.db, async (trx) => {
    const utkast = await hentEgetUtkast(trx, actor, ctx.utkastId, { forUpdate: true });
    if (utkast.status !== "utkast") fail("konflikt");
    const slettet = await trx
      .deleteFrom("vedlegg")
      .where("id", "=", ctx.vedleggId)
      .where("utkast_id", "=", utkast.id)
      .where("eier_aktor_id", "=", actor.id)
      .where("sak_id", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!slettet) fail("ikke_funnet");
    await recordAccess(trx, actor, ctx.requestId, [
      { personId: actor.personId, kategori: "helse", handling: "slett", ressurs: `vedlegg:${slettet.id}` },
    ]);
  });
}
