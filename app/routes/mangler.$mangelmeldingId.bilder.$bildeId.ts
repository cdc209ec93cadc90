import type { Route } from "./+types/mangler.$mangelmeldingId.bilder.$bildeId";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { bildetilgang, getPhoto } from "../modules/mangelmelding/get-photo.server";

/**
 * /mangler/:mangelmeldingId/bilder/:bildeId — one photo of a report (re-encoded JPEG without metadata): for
 * the resident who reported it, the staff member who registered it and Boligbygg. Anyone else 403; another's
 * report, or a photo of another report, 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, bildetilgang(state.actor));
  const bilde = await getPhoto({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    mangelmeldingId: parseId(params.mangelmeldingId),
    bildeId: parseId(params.bildeId),
  });
  return new Response(Buffer.from(bilde.innhold), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(bilde.innhold.byteLength),
      "Cache-Control": "no-store",
      "Content-Disposition": "inline",
      ETag: `"${bilde.sha256}"`,
    },
  });
}
