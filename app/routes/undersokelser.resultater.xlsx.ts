import type { Route } from "./+types/undersokelser.resultater.xlsx";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { getResultater } from "../modules/undersokelse/get-resultater.server";
import { lesResultatfilter } from "../modules/undersokelse/resultatfilter";
import { resultaterXlsx } from "../modules/undersokelse/resultater-xlsx";

/** /undersokelser/resultater.xlsx — the same permitted aggregates as the page and the CSV, as an Excel workbook. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.resultater");
  const r = await getResultater({ db: deps(context).db, actor, ...lesResultatfilter(new URL(request.url)) });
  return new Response(new Uint8Array(await resultaterXlsx(r)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="bomiljoundersokelse-${r.valgtRunde?.startdato ?? "resultater"}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
