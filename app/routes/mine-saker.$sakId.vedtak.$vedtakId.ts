import type { Route } from "./+types/mine-saker.$sakId.vedtak.$vedtakId";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { openOwnDecision } from "../modules/cases/open-own-decision.server";
import { renderVedtakBrev } from "../modules/cases/render-letter-pdf.server";

/**
 * /mine-saker/:sakId/vedtak/:vedtakId.pdf — the resident's own decision letter. Opening it records that the
 * decision reached them (openOwnDecision: the mottatt rule fixes the klagefrist on the first opening), then
 * the letter is rendered. Another person's decision, or a decision of another case than the URL's, is 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, config } = deps(context);
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.les");
  const sakId = parseId(params.sakId);
  const vedtakId = parseId(params.vedtakId);
  const ctx = { db, actor, requestId: state.requestId };
  await openOwnDecision({ ...ctx, vedtakId });
  const { pdf, filnavn } = await renderVedtakBrev({ ...ctx, publicUrl: config.publicUrl, sakId, vedtakId });
  const trygt = filnavn.replace(/[^0-9A-Za-z._-]/g, "-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${trygt}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
