import type { Route } from "./+types/saker.$sakId.brev.vedtak";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { renderVedtakBrev } from "../modules/cases/render-letter-pdf.server";
import { pdfSvar } from "../modules/cases/components/saksbehandling/pdf-svar";

/**
 * /saker/:sakId/vedtak/:vedtakId.pdf — the decision letter as PDF: the caseworker (own district) and the appeal
 * board (forwarded cases). Another district's or an unforwarded case's letter is 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, config } = deps(context);
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.les");
  const brev = await renderVedtakBrev({
    db,
    actor,
    requestId: state.requestId,
    publicUrl: config.publicUrl,
    sakId: parseId(params.sakId),
    vedtakId: parseId(params.vedtakId),
  });
  return pdfSvar(brev);
}
