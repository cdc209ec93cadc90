import type { Route } from "./+types/mine-saker.$sakId.forelopig-svar.$svarId";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { renderForelopigSvarBrev } from "../modules/cases/render-letter-pdf.server";

/**
 * /mine-saker/:sakId/forelopig-svar/:svarId.pdf — a preliminary reply (forvaltningsloven § 11 a) on the
 * resident's own case. renderForelopigSvarBrev scopes a resident to cases where they are the søker and audits
 * the read; another person's case, or a reply of another case than the URL's, is 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, config } = deps(context);
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.les");
  const sakId = parseId(params.sakId);
  const svarId = parseId(params.svarId);
  const { pdf, filnavn } = await renderForelopigSvarBrev({
    db,
    actor,
    requestId: state.requestId,
    publicUrl: config.publicUrl,
    sakId,
    svarId,
  });
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
