import { fail } from "../../lib/errors";
import { meldersVisning, type EgenMangelDetalj } from "./melders-visning.server";
import { egenScope, krevTilgang, type MangelContext } from "./queries.server";

export type { EgenMangelDetalj } from "./melders-visning.server";

/** One of the resident's own reports with its timeline (`meldersVisning`); someone else's is "not found". */
export async function getOwnDefect(ctx: MangelContext & { id: string }): Promise<EgenMangelDetalj> {
  krevTilgang(ctx.actor, "egen_mangelmelding.melde");
  const rad = await ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .selectAll("m")
    .select("o.gateadresse")
    .where("m.id", "=", ctx.id)
    .where(egenScope(ctx.actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  return meldersVisning(ctx, rad);
}
