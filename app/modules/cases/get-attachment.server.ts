import type { Db } from "../../db/connection.server";
import type { VedleggMime } from "../../db/schema";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { krevTilgang, sakScope, type CaseContext } from "./queries.server";

/** One attachment of a case as listed on the case page: the metadata only, never the bytes. */
export type Saksvedlegg = {
  id: string;
  filnavn: string;
  mime: VedleggMime;
  storrelse: number;
  opprettet: Date;
};

/**
 * The attachments of a case, oldest first, without their content. The caller has already found the case in
 * the actor's scope (and audits the read of the case); the list names files only.
 */
export async function listCaseAttachments(db: Db, sakId: string): Promise<Saksvedlegg[]> {
  const rader = await db
    .selectFrom("vedlegg")
    .select(["id", "filnavn", "mime", "storrelse", "opprettet"])
    .where("sak_id", "=", sakId)
    .orderBy("opprettet")
    .orderBy("id")
    .execute();
  return rader.map((r) => ({ ...r, mime: r.mime as VedleggMime }));
}

/**
 * One attachment of a case with its bytes, for the caseworker (own district) and the appeal board (forwarded
 * cases) — `sakScope`. Another district's case, or an attachment of another case, is "not found". The read
 * is audited as special category (`helse`) on the applicant.
 */
export async function getAttachment(ctx: CaseContext & { sakId: string; vedleggId: string }) {
  const { db, actor } = ctx;
  krevTilgang(actor, "sak.les");
  const rad = await db
    .selectFrom("vedlegg as v")
    .innerJoin("sak as s", "s.id", "v.sak_id")
    .select(["v.id", "v.filnavn", "v.mime", "v.storrelse", "v.innhold", "s.soker_person_id"])
    .where("v.id", "=", ctx.vedleggId)
    .where("s.id", "=", ctx.sakId)
    .where(sakScope(actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  await recordAccess(db, actor, ctx.requestId, [
    { personId: rad.soker_person_id, kategori: "helse", handling: "les", ressurs: `vedlegg:${rad.id}` },
  ]);
  return {
    id: rad.id,
    filnavn: rad.filnavn,
    mime: rad.mime as VedleggMime,
    storrelse: rad.storrelse,
    innhold: new Uint8Array(rad.innhold),
  };
}

/**
 * A Content-Disposition value that makes the browser download the file: an ASCII fallback `filename` and the
 * real name as `filename*=UTF-8''…` (RFC 6266 / RFC 5987), so no quote, backslash or line break gets through.
 */
export function vedleggDisposition(filnavn: string): string {
  const ascii = filnavn
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/[^0-9A-Za-z._() -]/g, "_");
  const fallback = ascii.replace(/^[ .]+/, "").trim() || "vedlegg";
  const utf8 = encodeURIComponent(filnavn).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${utf8}`;
}

/** An attachment as an HTTP response: a download with its stored type, never sniffed, never cached. */
export function vedleggSvar(vedlegg: { filnavn: string; mime: VedleggMime; innhold: Uint8Array }): Response {
  return new Response(new Uint8Array(vedlegg.innhold), {
    headers: {
      "Content-Type": vedlegg.mime,
      "Content-Disposition": vedleggDisposition(vedlegg.filnavn),
      "Content-Length": String(vedlegg.innhold.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
