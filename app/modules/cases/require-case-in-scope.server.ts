import { fail } from "../../lib/errors";
import { krevTilgang, sakScope, type CaseContext } from "./queries.server";

/**
 * Stops with "not found" unless the case is in the actor's scope (caseworker: own district). Reads only the id,
 * no personal data, so nothing is audited. Routes call it before answering a malformed form, so another
 * district's case id is 404 whatever was posted.
 */
export async function requireCaseInScope(ctx: CaseContext & { sakId: string }): Promise<void> {
  krevTilgang(ctx.actor, "sak.les");
  const sak = await ctx.db
    .selectFrom("sak as s")
    .select("s.id")
    .where("s.id", "=", ctx.sakId)
    .where(sakScope(ctx.actor))
    .executeTakeFirst();
  if (!sak) fail("ikke_funnet");
}
