import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Route } from "./+types/undersokelser._index";
import { can, requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import "../modules/undersokelse/components/undersokelse.css";
import { listRunder } from "../modules/undersokelse/runder.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "undersokelse.tittel");

/** /undersokelser — the survey rounds with addresses in the actor's scope, and what one can do next. */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.administrer");
  return {
    runder: await listRunder({ db: deps(context).db, actor }),
    kanPapir: can(actor, "undersokelse.registrer"),
  };
}

export default function Undersokelser({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { runder, kanPapir } = loaderData;
  return (
    <>
      <Heading level={1} data-size="lg">
        {tr("undersokelse.tittel")}
      </Heading>
      <Paragraph>{tr("undersokelse.ingress")}</Paragraph>
      <ul>
        <li>
          <Link href="/undersokelser/ny">{tr("undersokelse.ny.tittel")}</Link>
        </li>
        <li>
          <Link href="/undersokelser/resultater">{tr("undersokelse.resultater.tittel")}</Link>
        </li>
        {kanPapir ? (
          <li>
            <Link href="/undersokelser/papir">{tr("undersokelse.papir.tittel")}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/bomiljoundersokelse/kiosk">{tr("undersokelse.kiosk.lenke")}</Link>{" "}
          {tr("undersokelse.kiosk.forklaring")}
        </li>
      </ul>
      <Heading level={2} data-size="md">
        {tr("undersokelse.runder")}
      </Heading>
      {runder.length === 0 ? (
        <Paragraph>{tr("undersokelse.ingenRunder")}</Paragraph>
      ) : (
        <div className="us-rull" role="region" aria-label={tr("undersokelse.runder")} tabIndex={0}>
          <Table zebra>
            <caption>{tr("undersokelse.runder")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("undersokelse.kol.runde")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("undersokelse.kol.omfang")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("undersokelse.kol.periode")}</Table.HeaderCell>
                <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.adresser")}</Table.HeaderCell>
                <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svar")}</Table.HeaderCell>
                <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svarprosent")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {runder.map((r) => (
                <Table.Row key={r.id}>
                  <Table.HeaderCell scope="row">
                    <Link href={`/undersokelser/${r.id}`}>{r.navn}</Link>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {r.bydel ? tr("boliger.bydelNavn", { navn: r.bydel }) : tr("undersokelse.heleByen")}
                  </Table.Cell>
                  <Table.Cell>
                    {formatDato(r.startdato, sprak)}–{formatDato(r.sluttdato, sprak)}
                  </Table.Cell>
                  <Table.Cell className="us-tall">{r.adresser}</Table.Cell>
                  <Table.Cell className="us-tall">
                    {r.svar} / {r.husstander}
                  </Table.Cell>
                  <Table.Cell className="us-tall">
                    {r.husstander > 0 ? `${formatTall((r.svar / r.husstander) * 100, 0, sprak)} %` : "–"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  );
}
