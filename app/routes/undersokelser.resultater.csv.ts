import type { Route } from "./+types/undersokelser.resultater.csv";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { getResultater } from "../modules/undersokelse/get-resultater.server";
import { resultaterCsv } from "../modules/undersokelse/resultater-csv";
import { lesResultatfilter } from "../modules/undersokelse/resultatfilter";

/** /undersokelser/resultater.csv — the same permitted aggregates as the results page, as a spreadsheet file. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.resultater");
  const r = await getResultater({ db: deps(context).db, actor, ...lesResultatfilter(new URL(request.url)) });
  return new Response(resultaterCsv(r), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bomiljoundersokelse-${r.valgtRunde?.startdato ?? "resultater"}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
