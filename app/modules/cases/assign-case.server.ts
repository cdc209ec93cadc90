import { endreSak, type CaseContext } from "./queries.server";

/**
 * Assigns the case to a caseworker (default: the actor). A new case moves from mottatt to under_behandling.
 * Staff are not in the database (they come from Entra ID), so the assignee is given as id and display name.
 */
export async function assignCase(
  ctx: CaseContext & { sakId: string; versjon: number; saksbehandler?: { id: string; navn: string } },
) {
  const til = ctx.saksbehandler ?? { id: ctx.actor.id, navn: ctx.actor.navn };
  return endreSak(
    {
      ...ctx,
      hendelse: "tildel",
      permission: "sak.behandle",
      sett: { saksbehandler_id: til.id, saksbehandler_navn: til.navn },
      loggnavn: "tildelt",
    },
    async (_trx, sak) => ({
      logg: { saksbehandlerId: til.id, saksbehandlerNavn: til.navn, forrigeId: sak.saksbehandler_id },
      resultat: { saksbehandlerId: til.id },
    }),
  );
}
