import { fail } from "../../lib/errors";
import { meldersVisning, type EgenMangelDetalj } from "./melders-visning.server";
import { krevTilgang, registrertScope, type MangelContext } from "./queries.server";

/**
 * One report this staff member registered (`kilde = 'ansatt'`), with the same timeline the resident sees —
 * how a coordinator follows a fault she reported. Scoped like her list (`listRegisteredDefects`): her own
 * registrations at addresses still in her districts; anything else is "not found".
 */
export async function getRegisteredDefect(ctx: MangelContext & { id: string }): Promise<EgenMangelDetalj> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.registrere");
  const rad = await ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .selectAll("m")
    .select("o.gateadresse")
    .where("m.id", "=", ctx.id)
    .where(registrertScope(actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  return meldersVisning(ctx, rad);
}
