import { redirect } from "react-router";
import type { Route } from "./+types/undersokelser.$undersokelseRundeId.brev";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { skrivUtBrev } from "../modules/undersokelse/brev.server";
import { getRunde } from "../modules/undersokelse/runder.server";
import { erSvarsprak } from "../modules/undersokelse/sprak";

/** GET goes back to the round page: printing issues codes, so it is a POST. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.administrer");
  const runde = await getRunde({ db: deps(context).db, actor, rundeId: parseId(params.undersokelseRundeId) });
  return redirect(`/undersokelser/${runde.id}`);
}

/**
 * POST /undersokelser/:id/brev — letters with one-time codes and QR codes, as one PDF, for the households at the
 * chosen addresses (all of the round's addresses in scope when none is chosen) that have not had one yet.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.administrer");
  const rundeId = parseId(params.undersokelseRundeId);
  const form = await request.formData();
  const eiendommer = form.getAll("eiendom").map((v) => parseId(String(v)));
  const sprakRaw = form.get("sprak");
  const sprak = erSvarsprak(sprakRaw) ? sprakRaw : "nb";
  const { db, config } = deps(context);
  const { pdf } = await skrivUtBrev({ db, actor, rundeId, eiendommer, sprak, publicUrl: config.publicUrl });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="brev-bomiljoundersokelse-${rundeId.slice(0, 8)}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
