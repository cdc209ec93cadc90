import type { Route } from "./+types/aktiviteter.adresse.$eiendomId.kalender";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { aktivitetskalenderIcs } from "../modules/samarbeid/ical.server";

/** /aktiviteter/adresse/:eiendomId/kalender.ics — the address's activities as an iCalendar feed (RFC 5545). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.les");
  const { config, db } = deps(context);
  const { filnavn, ics } = await aktivitetskalenderIcs({
    db,
    actor,
    requestId: state.requestId,
    eiendomId: parseId(params.eiendomId),
    publicUrl: config.publicUrl,
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filnavn}"`,
      "Cache-Control": "no-store",
    },
  });
}
