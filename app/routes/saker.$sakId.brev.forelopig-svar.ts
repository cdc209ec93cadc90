import type { Route } from "./+types/saker.$sakId.brev.forelopig-svar";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { renderForelopigSvarBrev } from "../modules/cases/render-letter-pdf.server";
import { pdfSvar } from "../modules/cases/components/saksbehandling/pdf-svar";

/** /saker/:sakId/forelopig-svar/:svarId.pdf — a preliminary reply (§ 11 a) as PDF, in the actor's scope. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, config } = deps(context);
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.les");
  const brev = await renderForelopigSvarBrev({
    db,
    actor,
    requestId: state.requestId,
    publicUrl: config.publicUrl,
    sakId: parseId(params.sakId),
    svarId: parseId(params.svarId),
  });
  return pdfSvar(brev);
}
