import { can } from "../../auth/policy.server";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { auditFor, behandlerScope, egenScope, registrertScope, type MangelContext } from "./queries.server";

/**
 * One photo of a report: for the resident who reported it, the staff member who registered it, and Boligbygg.
 * Anyone else is refused (403); a photo of a report outside the actor's reach is "not found".
 */
export async function getPhoto(
  ctx: MangelContext & { mangelmeldingId: string; bildeId: string },
): Promise<{ innhold: Uint8Array; sha256: string }> {
  const { actor } = ctx;
  const eier = can(actor, "egen_mangelmelding.melde");
  const behandler = can(actor, "mangelmelding.behandle");
  const registrant = can(actor, "mangelmelding.registrere");
  if (!eier && !behandler && !registrant) fail("ikke_tilgang");
  const rad = await ctx.db
    .selectFrom("mangelmelding_bilde as bi")
    .innerJoin("mangelmelding as m", "m.id", "bi.mangelmelding_id")
    .select(["bi.innhold", "bi.sha256", "m.id", "m.melder_person_id"])
    .where("bi.id", "=", ctx.bildeId)
    .where("m.id", "=", ctx.mangelmeldingId)
    .where(behandler ? behandlerScope(actor) : eier ? egenScope(actor) : registrertScope(actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  await recordAccess(ctx.db, actor, ctx.requestId, [auditFor(rad, "les")]);
  return { innhold: rad.innhold, sha256: rad.sha256 };
}
