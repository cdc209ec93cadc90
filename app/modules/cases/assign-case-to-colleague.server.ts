import { fail } from "../../lib/errors";
import { assignCase } from "./assign-case.server";
import { kjenteKolleger } from "./list-colleagues.server";
import { krevTilgang, type CaseContext } from "./queries.server";

/**
 * Assigns the case to the actor or to a colleague chosen by id from the district's known caseworkers
 * (`listColleagues`): the name written on the case comes from there, never from the form.
 */
export async function assignCaseToColleague(
  ctx: CaseContext & { sakId: string; versjon: number; saksbehandlerId: string },
) {
  krevTilgang(ctx.actor, "sak.behandle");
  if (!ctx.actor.bydelId) fail("ikke_tilgang");
  const kolleger = await kjenteKolleger(ctx.db, ctx.actor.bydelId, {
    id: ctx.actor.id,
    navn: ctx.actor.navn,
  });
  const valgt = kolleger.find((k) => k.id === ctx.saksbehandlerId);
  if (!valgt) fail("ugyldig");
  return assignCase({ ...ctx, saksbehandler: valgt });
}
