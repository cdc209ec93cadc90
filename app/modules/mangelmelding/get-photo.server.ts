import type { Expression, SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import {
  auditFor,
  behandlerScope,
  egenScope,
  krevTilgang,
  registrertScope,
  type MangelContext,
} from "./queries.server";

/** Who may see a report's photos, most reach first, and which reports each reaches. */
const BILDETILGANG = {
  "mangelmelding.behandle": behandlerScope, // Boligbygg: every report
  "mangelmelding.registrere": registrertScope, // staff: the reports they registered
  "egen_mangelmelding.melde": egenScope, // a resident: their own reports
} satisfies Record<string, (actor: Actor) => Expression<SqlBool>>;
type Bildetilgang = keyof typeof BILDETILGANG;

/** The permission this actor sees photos by (the route checks it; anyone without one is refused). */
export function bildetilgang(actor: Actor | null | undefined): Bildetilgang {
  const tilganger = Object.keys(BILDETILGANG) as Bildetilgang[];
  return tilganger.find((p) => can(actor, p)) ?? "egen_mangelmelding.melde";
}

/**
 * One photo of a report: for the resident who reported it, the staff member who registered it, and Boligbygg.
 * Anyone else is refused (403); a photo of a report outside the actor's reach is "not found".
 */
export async function getPhoto(
  ctx: MangelContext & { mangelmeldingId: string; bildeId: string },
): Promise<{ innhold: Uint8Array; sha256: string }> {
  const { actor } = ctx;
  const tilgang = bildetilgang(actor);
  krevTilgang(actor, tilgang);
  const rad = await ctx.db
    .selectFrom("mangelmelding_bilde as bi")
    .innerJoin("mangelmelding as m", "m.id", "bi.mangelmelding_id")
    .select(["bi.innhold", "bi.sha256", "m.id", "m.melder_person_id"])
    .where("bi.id", "=", ctx.bildeId)
    .where("m.id", "=", ctx.mangelmeldingId)
    .where(BILDETILGANG[tilgang](actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  await recordAccess(ctx.db, actor, ctx.requestId, [auditFor(rad, "les")]);
  return { innhold: rad.innhold, sha256: rad.sha256 };
}
