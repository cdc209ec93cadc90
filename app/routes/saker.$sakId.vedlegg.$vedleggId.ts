import type { Route } from "./+types/saker.$sakId.vedlegg.$vedleggId";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { getAttachment, vedleggSvar } from "../modules/cases/get-attachment.server";

/**
 * /saker/:sakId/vedlegg/:vedleggId — one attachment of a case as a download: the caseworker (own district) and
 * the appeal board (forwarded cases). Another district's case, or an attachment of another case, is 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.les");
  const vedlegg = await getAttachment({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    sakId: parseId(params.sakId),
    vedleggId: parseId(params.vedleggId),
  });
  return vedleggSvar(vedlegg);
}
