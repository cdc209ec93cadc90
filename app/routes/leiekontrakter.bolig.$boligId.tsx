import type { Route } from "./+types/leiekontrakter.bolig.$boligId";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { parseId } from "../lib/errors";
import { HistorikkSide } from "../modules/leiekontrakt/components/historikk-tabell";
import { listLeaseHistory } from "../modules/leiekontrakt/list-lease-history.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "lk.historikk.bolig.meta");

/** /leiekontrakter/bolig/:boligId — the lease history per bolig (leiekontrakt.les; names audited in the module). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "leiekontrakt.les");
  const historikk = await listLeaseHistory({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    boligId: parseId(params.boligId),
  });
  return { historikk };
}

export default function Historikk({ loaderData }: Route.ComponentProps) {
  return <HistorikkSide historikk={loaderData.historikk} />;
}
