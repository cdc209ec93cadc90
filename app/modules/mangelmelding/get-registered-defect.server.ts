import { bydelScope } from "../../auth/policy.server";
import { fail } from "../../lib/errors";
import { meldersVisning, type EgenMangelDetalj } from "./melders-visning.server";
import { krevTilgang, type MangelContext } from "./queries.server";

/**
 * One report this staff member registered (`kilde = 'ansatt'`), with the same timeline the resident sees —
 * how a coordinator follows a fault she reported. Scoped like her list (`listRegisteredDefects`): her own
 * registrations at addresses still in her districts; anything else is "not found".
 */
export async function getRegisteredDefect(ctx: MangelContext & { id: string }): Promise<EgenMangelDetalj> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.registrere");
  const scope = bydelScope(actor);
  if (!scope.alle && scope.bydeler.length === 0) fail("ikke_funnet");
  const rad = await ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .selectAll("m")
    .select("o.gateadresse")
    .where("m.id", "=", ctx.id)
    .where("m.kilde", "=", "ansatt")
    .where("m.melder_aktor_id", "=", actor.id)
    .$if(!scope.alle, (qb) => qb.where("m.bydel_id", "in", scope.alle ? [] : scope.bydeler))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  return meldersVisning(ctx, rad);
}
