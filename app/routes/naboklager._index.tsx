import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/naboklager._index";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato } from "../modules/housing-stock/format";
import { RateTabell } from "../modules/naboklage/components/rate-tabell";
import { listComplaints } from "../modules/naboklage/list-complaints.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "naboklage.tittel");

/** /naboklager — the district's complaints (social side) or Boligbygg's (lease side), with counts per 1,000 homes. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "naboklage.les");
  return listComplaints({ db: deps(context).db, actor, requestId: state.requestId });
}

export default function Naboklager({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { side, rader, perBydel, perAdresse, fra, idag } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("naboklage.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("naboklage.tittel")}
      </Heading>
      <Paragraph>
        {tr(side === "bydel" ? "naboklage.ingress.bydel" : "naboklage.ingress.boligbygg")}
      </Paragraph>
      {side === "bydel" ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/naboklager/ny">{tr("naboklage.ny")}</RouterLink>
          </Link>
        </Paragraph>
      ) : null}
      {rader.length === 0 ? (
        <Paragraph>{tr("naboklage.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("naboklage.tabell")}>
          <Table zebra>
            <caption>{tr("naboklage.tabell")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("naboklage.kol.opprettet")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("naboklage.kol.adresse")}</Table.HeaderCell>
                {side === "boligbygg" ? (
                  <Table.HeaderCell>{tr("naboklage.kol.bydel")}</Table.HeaderCell>
                ) : null}
                <Table.HeaderCell>{tr("naboklage.kol.kategori")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("naboklage.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell className="hs-tall">{tr("naboklage.kol.steg")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rader.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink
                        to={`/naboklager/${r.id}`}
                        aria-label={tr("naboklage.apne", { dato: formatDato(r.opprettet, sprak) })}
                      >
                        {formatDato(r.opprettet, sprak)}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{r.adresse}</Table.Cell>
                  {side === "boligbygg" ? <Table.Cell>{r.bydel}</Table.Cell> : null}
                  <Table.Cell>{tr(`naboklage.kategori.${r.kategori}` as MessageKey)}</Table.Cell>
                  <Table.Cell>{tr(`naboklage.status.${r.status}` as MessageKey)}</Table.Cell>
                  <Table.Cell className="hs-tall">{r.antallSteg}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
      <Heading level={2} data-size="sm">
        {tr("naboklage.tall.tittel")}
      </Heading>
      <Paragraph>
        {tr("naboklage.tall.ingress", { fra: formatDato(fra, sprak), til: formatDato(idag, sprak) })}
      </Paragraph>
      <RateTabell tittel={tr("naboklage.tall.bydel")} rader={perBydel} />
      {perAdresse.length === 0 ? (
        <Paragraph>{tr("naboklage.tall.ingen")}</Paragraph>
      ) : (
        <RateTabell tittel={tr("naboklage.tall.adresse")} rader={perAdresse} />
      )}
    </>
  );
}
