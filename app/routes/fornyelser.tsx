import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/fornyelser";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import { FornyelseTag, HandletTekst } from "../modules/leiekontrakt/components/fornyelse-status";
import { listRenewalWorklist } from "../modules/leiekontrakt/list-renewal-worklist.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.fornyelser");

/** /fornyelser — the caseworker's renewal worklist for the own district (each listed tenant is audited). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "fornyelse.behandle");
  return listRenewalWorklist({ db: deps(context).db, actor, requestId: state.requestId });
}

export default function Fornyelser({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { rader, vinduSlutt } = loaderData;
  const varslet = rader.filter((r) => r.status.varsleSaksbehandler).length;
  const ikkeHandlet = rader.filter((r) => !r.status.bydelenHarHandlet).length;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.fornyelser") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.fornyelser")}
      </Heading>
      <Paragraph>{tr("lk.arbeidsliste.ingress", { dato: formatDato(vinduSlutt, sprak) })}</Paragraph>
      {rader.length === 0 ? (
        <Paragraph>{tr("lk.arbeidsliste.ingen")}</Paragraph>
      ) : (
        <>
          <ul>
            <li>{tr("lk.arbeidsliste.antall", { antall: formatTall(rader.length, 0, sprak) })}</li>
            <li>{tr("lk.arbeidsliste.ikkeHandlet", { antall: formatTall(ikkeHandlet, 0, sprak) })}</li>
            <li className="lk-varsel">
              {tr("lk.arbeidsliste.varslet", { antall: formatTall(varslet, 0, sprak) })}
            </li>
          </ul>
          <RullbarTabell label={tr("lk.arbeidsliste.tabell")}>
            <Table zebra>
              <caption>{tr("lk.arbeidsliste.tabell")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("lk.kol.leietaker")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("lk.kol.adresse")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("lk.kol.slutter")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("lk.kol.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("lk.kol.varsler")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("lk.kol.handlet")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rader.map((r) => (
                  <Table.Row key={r.leiekontraktId} data-varsel={r.status.varsleSaksbehandler || undefined}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/leiekontrakter/${r.leiekontraktId}`}>
                          {r.leietaker || tr("lk.ukjentLeietaker")}
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {r.adresse}, {tr("lk.bolignummer", { bolignummer: r.bolignummer })}
                    </Table.Cell>
                    <Table.Cell className="lk-nowrap">
                      {formatDato(r.sluttdato, sprak)}
                      <br />
                      {r.status.dagerIgjen < 0
                        ? tr("lk.dagerSiden", { dager: formatTall(-r.status.dagerIgjen, 0, sprak) })
                        : tr("lk.dagerIgjen", { dager: formatTall(r.status.dagerIgjen, 0, sprak) })}
                    </Table.Cell>
                    <Table.Cell>
                      <FornyelseTag tilstand={r.status.tilstand} />
                      {r.sak ? (
                        <>
                          <br />
                          <Link asChild>
                            <RouterLink to={`/saker/${r.sak.sakId}`}>
                              {tr("lk.sak", { saksnummer: r.sak.saksnummer })}
                            </RouterLink>
                          </Link>
                        </>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      {r.status.varsler.length === 0
                        ? tr("lk.varsler.ingen")
                        : r.status.varsler
                            .map((v) =>
                              tr("lk.varsler.en", {
                                maaneder: v.maaneder,
                                dato: formatDato(v.dato, sprak),
                              }),
                            )
                            .join(", ")}
                    </Table.Cell>
                    <Table.Cell>
                      <HandletTekst handlet={r.status.bydelenHarHandlet} />
                      {r.status.varsleSaksbehandler ? (
                        <>
                          <br />
                          <strong className="lk-varsel">{tr(`lk.varsel.${r.status.tilstand}`)}</strong>
                        </>
                      ) : null}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </RullbarTabell>
          <Paragraph data-size="sm">{tr("lk.logget")}</Paragraph>
        </>
      )}
    </>
  );
}
