import type { Route } from "./+types/min-bolig.varsel.$maaneder";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { fail } from "../lib/errors";
import { renderRenewalNotice } from "../modules/leiekontrakt/render-renewal-notice.server";

/**
 * /min-bolig/varsel/:maaneder.pdf — the renewal notice (N months before the lease ends) as PDF, for the
 * tenant's own lease only; a notice that is not due, or not for this tenant, is 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, config } = deps(context);
  const state = requestState(context);
  const actor = requirePermission(state.actor, "minbolig.les");
  const maaneder = /^\d{1,2}$/.test(params.maaneder ?? "") ? Number(params.maaneder) : fail("ikke_funnet");
  const { pdf, filnavn } = await renderRenewalNotice({
    db,
    actor,
    requestId: state.requestId,
    maaneder,
    publicUrl: config.publicUrl,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${filnavn}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
