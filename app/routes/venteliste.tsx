import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/venteliste";
import "../modules/cases/components/klagenemnd/klagenemnd.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import { listWaitingList } from "../modules/cases/list-waiting-list.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.venteliste");

/** /venteliste — the caseworker's waiting list for the own district (each listed name is audited). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "venteliste.les");
  return { rader: await listWaitingList({ db: deps(context).db, actor, requestId: state.requestId }) };
}

export default function Venteliste({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { rader } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.venteliste") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.venteliste")}
      </Heading>
      <Paragraph>{tr("venteliste.ingress")}</Paragraph>
      {rader.length === 0 ? (
        <Paragraph>{tr("venteliste.ingen")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <strong>{tr("venteliste.antall", { antall: formatTall(rader.length, 0, sprak) })}</strong>
          </Paragraph>
          <RullbarTabell label={tr("venteliste.tabell")}>
            <Table zebra>
              <caption>{tr("venteliste.tabell")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell className="hs-tall">{tr("venteliste.kol.plass")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("venteliste.kol.saksnummer")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("venteliste.kol.soker")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("venteliste.kol.prioritet")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("venteliste.kol.dato")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("venteliste.kol.ventetid")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("venteliste.kol.bolig")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rader.map((r) => (
                  <Table.Row key={r.sakId}>
                    <Table.Cell className="hs-tall">{r.plass}</Table.Cell>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/saker/${r.sakId}`}>{r.saksnummer}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{r.soker}</Table.Cell>
                    <Table.Cell className="hs-tall">{r.prioritet}</Table.Cell>
                    <Table.Cell className="kn-nowrap">{formatDato(r.dato, sprak)}</Table.Cell>
                    <Table.Cell className="hs-tall">
                      {tr("venteliste.dager", { dager: formatTall(r.ventetidDager, 0, sprak) })}
                    </Table.Cell>
                    <Table.Cell>
                      {r.boligtype && r.rom
                        ? tr("venteliste.bolig", { boligtype: r.boligtype, rom: r.rom })
                        : tr("venteliste.ikkeOppgitt")}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </RullbarTabell>
          <Paragraph data-size="sm">{tr("venteliste.logget")}</Paragraph>
        </>
      )}
    </>
  );
}
