import type { Selectable } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import type { SoknadsutkastTable } from "../../db/schema";
import { fail } from "../../lib/errors";
import type { AuditEntry } from "../audit/record-access.server";
import { harHelsesvar, type HelseSvar } from "./soknad-form";

/** Shared by the draft use cases: a draft belongs to the actor who started it; anyone else's is "not found". */
export async function hentEgetUtkast(
  db: Db,
  actor: Actor,
  utkastId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Selectable<SoknadsutkastTable>> {
  let query = db
    .selectFrom("soknadsutkast")
    .selectAll()
    .where("id", "=", utkastId)
    .where("eier_aktor_id", "=", actor.id);
  if (options.forUpdate) query = query.forUpdate();
  const utkast = await query.executeTakeFirst();
  if (!utkast) fail("ikke_funnet");
  return utkast;
}

/** Audit rows for a draft: the case data and household, and health when the draft holds health answers. */
export function utkastAudit(
  actor: Actor,
  utkastId: string,
  handling: AuditEntry["handling"],
  helse: HelseSvar | null,
): AuditEntry[] {
  const ressurs = `soknadsutkast:${utkastId}`;
  const personId = actor.personId;
  return [
    { personId, kategori: "sak", handling, ressurs },
    { personId, kategori: "husstand", handling, ressurs },
    ...(helse && harHelsesvar(helse) ? [{ personId, kategori: "helse" as const, handling, ressurs }] : []),
  ];
}
