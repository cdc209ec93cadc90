import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/bomiljo._index";
import { requirePermission } from "../auth/policy.server";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { todayInOslo } from "../lib/frister";
import { PlanStatus, Rullbar } from "../modules/bomiljo/components/status";
import { getBydelPlan } from "../modules/bomiljo/get-bydel-plan.server";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, t(locale, "bomiljo.plan.tittel")) }];
};

/** The district's plan for the Oslostandard's 15 measures, with the checklist's columns (own district only). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.les");
  return getBydelPlan({ db: deps(context).db, actor, requestId: state.requestId, today: todayInOslo() });
}

export default function BydelPlan({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bydel, rader } = loaderData;
  const tittel = tr("bomiljo.plan.bydel", { bydel: bydel.navn });
  return (
    <div className="bm-side">
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Paragraph>{tr("bomiljo.plan.ingress")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/bomiljo/adresser">{tr("bomiljo.adresser.lenke")}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/bomiljo/koordinatorer">{tr("bomiljo.koordinatorer.lenke")}</RouterLink>
        </Link>
      </Paragraph>
      <Rullbar label={tittel}>
        <Table zebra data-size="sm">
          <caption>{tr("bomiljo.plan.tabell", { bydel: bydel.navn })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("bomiljo.kol.nummer")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.tiltak")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.kravniva")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.ansvarlig")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.ansvarligPerson")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.hvaSkalUtfores")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.frist")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.status")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.kol.adressetiltak")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rader.map((r) => (
              <Table.Row key={r.tiltak.nummer}>
                <Table.Cell>{r.tiltak.nummer}</Table.Cell>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/bomiljo/tiltak/${r.tiltak.nummer}`}>
                      {sprak === "en" ? r.tiltak.titleEn : r.tiltak.tittel}
                    </RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{tr(`bomiljo.kravniva.${r.tiltak.kravniva}` as MessageKey)}</Table.Cell>
                <Table.Cell>{tr(`bomiljo.ansvarlig.${r.ansvarlig}` as MessageKey)}</Table.Cell>
                <Table.Cell>{r.ansvarligPerson ?? "–"}</Table.Cell>
                <Table.Cell className="bm-tekst">{r.hvaSkalUtfores || "–"}</Table.Cell>
                <Table.Cell>
                  {r.pagaende
                    ? tr("bomiljo.frist.pagaende")
                    : r.tidsfrist
                      ? formatDato(r.tidsfrist, sprak)
                      : "–"}
                </Table.Cell>
                <Table.Cell>
                  <PlanStatus status={r.forsinket ? "forsinket" : r.status} />
                </Table.Cell>
                <Table.Cell>{r.adressetiltak}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Rullbar>
    </div>
  );
}
