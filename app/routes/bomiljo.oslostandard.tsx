import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Route } from "./+types/bomiljo.oslostandard";
import { requirePermission } from "../auth/policy.server";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { todayInOslo } from "../lib/frister";
import { PlanStatus, Rullbar } from "../modules/bomiljo/components/status";
import { getOslostandardMatrise } from "../modules/bomiljo/get-oslostandard-matrise.server";

export const meta: Route.MetaFunction = ({ matches }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, t(locale, "bomiljo.matrise.tittel")) }];
};

/** Velferdsetaten's city matrix: the 15 measures × the 15 districts, status only. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.matrise");
  return getOslostandardMatrise({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    today: todayInOslo(),
  });
}

const STATUSER = ["ikke_startet", "planlagt", "i_gang", "pa_plass", "forsinket"] as const;

export default function Matrise({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { tiltak, bydeler } = loaderData;
  const telling = Object.fromEntries(
    STATUSER.map((s) => [s, bydeler.reduce((n, b) => n + b.status.filter((x) => x === s).length, 0)]),
  );
  return (
    <div className="bm-side">
      <Heading level={1} data-size="lg">
        {tr("bomiljo.matrise.tittel")}
      </Heading>
      <Paragraph>{tr("bomiljo.matrise.ingress")}</Paragraph>
      <ul>
        {STATUSER.map((s) => (
          <li key={s}>
            {tr(`bomiljo.status.${s}` as MessageKey)}: {telling[s]}
          </li>
        ))}
      </ul>
      <Rullbar label={tr("bomiljo.matrise.tittel")}>
        <Table data-size="sm" className="bm-matrise" border>
          <caption>{tr("bomiljo.matrise.tabell")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{tr("bomiljo.kol.tiltak")}</Table.HeaderCell>
              {bydeler.map((b) => (
                <Table.HeaderCell key={b.id} scope="col">
                  {b.navn}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tiltak.map((tt, i) => (
              <Table.Row key={tt.nummer}>
                <Table.HeaderCell scope="row">
                  {tt.nummer}. {sprak === "en" ? tt.titleEn : tt.tittel} (
                  {tr(`bomiljo.kravniva.${tt.kravniva}` as MessageKey)})
                </Table.HeaderCell>
                {bydeler.map((b) => (
                  <Table.Cell key={b.id} data-bydel={b.id} data-tiltak={tt.nummer}>
                    <PlanStatus status={b.status[i] ?? "ikke_startet"} />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Rullbar>
    </div>
  );
}
