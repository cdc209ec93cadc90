import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Route } from "./+types/statistikk";
import { requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import "../modules/housing-stock/components/housing-stock.css";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import {
  getDistriktsstatistikk,
  type StatistikkRad,
} from "../modules/housing-stock/get-distriktsstatistikk.server";
import { SKJULT } from "../modules/housing-stock/statistikk-csv";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "statistikk.tittel");

/** City-wide aggregates per district; small cells are already hidden by the module. */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "statistikk.les");
  return { statistikk: await getDistriktsstatistikk({ db: deps(context).db, actor }) };
}

export default function Statistikk({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { statistikk } = loaderData;
  const tall = (verdi: number | null, desimaler: 0 | 1 = 0) =>
    verdi === null ? (
      <abbr title={tr("statistikk.skjult", { grense: statistikk.grense })}>{SKJULT}</abbr>
    ) : (
      formatTall(verdi, desimaler, sprak)
    );
  const rad = (r: StatistikkRad, sum = false) => {
    const Celle = sum ? Table.HeaderCell : Table.Cell;
    return (
      <Table.Row key={r.bydelId ?? "sum"}>
        <Table.HeaderCell scope="row">
          {r.bydelId ? tr("boliger.bydelNavn", { navn: r.bydel }) : tr("statistikk.sum")}
        </Table.HeaderCell>
        <Celle className="hs-tall">{formatTall(r.innbyggere, 0, sprak)}</Celle>
        <Celle className="hs-tall">{tall(r.boliger)}</Celle>
        <Celle className="hs-tall">{tall(r.boligerPer1000, 1)}</Celle>
        <Celle className="hs-tall">{tall(r.ledige)}</Celle>
        <Celle className="hs-tall">{tall(r.nyeKontrakter)}</Celle>
        <Celle className="hs-tall">{tall(r.gjennomtrekkProsent, 1)}</Celle>
      </Table.Row>
    );
  };
  return (
    <>
      <Heading level={1} data-size="lg">
        {tr("statistikk.tittel")}
      </Heading>
      <Paragraph>{tr("statistikk.ingress")}</Paragraph>
      <Paragraph>
        {tr("statistikk.periode", {
          fra: formatDato(statistikk.fraOgMed, sprak),
          til: formatDato(statistikk.til, sprak),
        })}
      </Paragraph>
      <RullbarTabell label={tr("statistikk.tabell")}>
        <Table zebra>
          <caption>{tr("statistikk.tabell")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("statistikk.kol.bydel")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("statistikk.kol.innbyggere")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("statistikk.kol.boliger")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("statistikk.kol.per1000")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("statistikk.kol.ledige")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("statistikk.kol.nye")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("statistikk.kol.gjennomtrekk")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>{statistikk.rader.map((r) => rad(r))}</Table.Body>
          <Table.Foot>{rad(statistikk.sum, true)}</Table.Foot>
        </Table>
      </RullbarTabell>
      <Paragraph id="skjult-forklaring">
        {tr("statistikk.skjultForklaring", { tegn: SKJULT, grense: statistikk.grense })}
      </Paragraph>
      <Heading level={2} data-size="sm">
        {tr("statistikk.begreper")}
      </Heading>
      <dl className="hs-fakta">
        <dt>{tr("statistikk.kol.nye")}</dt>
        <dd>{tr("statistikk.forklaring.nye")}</dd>
        <dt>{tr("statistikk.kol.gjennomtrekk")}</dt>
        <dd>{tr("statistikk.forklaring.gjennomtrekk")}</dd>
      </dl>
      <Paragraph>
        <Link href="/statistikk.csv" download>
          {tr("statistikk.lastNed")}
        </Link>
      </Paragraph>
    </>
  );
}
