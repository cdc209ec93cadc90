import type { Route } from "./+types/statistikk.csv";
import { requirePermission } from "../auth/policy.server";
import { deps, requestState } from "../context";
import { getDistriktsstatistikk } from "../modules/housing-stock/get-distriktsstatistikk.server";
import { statistikkCsv } from "../modules/housing-stock/statistikk-csv";

/** /statistikk.csv — the same permitted aggregates as /statistikk, as a spreadsheet file. */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "statistikk.les");
  const statistikk = await getDistriktsstatistikk({ db: deps(context).db, actor });
  return new Response(statistikkCsv(statistikk), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bomiljo-statistikk-${statistikk.til}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
