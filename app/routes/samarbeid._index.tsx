import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/samarbeid._index";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { formatDato } from "../modules/housing-stock/format";
import { k } from "../modules/samarbeid/components/format";
import { listMotserier } from "../modules/samarbeid/moter.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.samarbeid");

/** /samarbeid — the standing cooperation meetings the actor takes part in (the property manager: with Boligbygg). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.les");
  return {
    serier: await listMotserier({ db: deps(context).db, actor, requestId: state.requestId }),
    kanEndre: can(actor, "motserie.endre"),
  };
}

export default function Samarbeid({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.samarbeid") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.samarbeid")}
      </Heading>
      <Paragraph>{tr("samarbeid.ingress")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/oppgaver">{tr("nav.oppgaver")}</RouterLink>
        </Link>
      </Paragraph>
      {loaderData.kanEndre ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/samarbeid/ny">{tr("samarbeid.serie.ny")}</RouterLink>
          </Link>
        </Paragraph>
      ) : null}
      {loaderData.serier.length === 0 ? (
        <Paragraph>{tr("samarbeid.serier.ingen")}</Paragraph>
      ) : (
        <div className="sa-rull">
          <Table zebra>
            <caption>{tr("samarbeid.serier.tittel")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("samarbeid.kol.serie")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.bydel")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.hyppighet")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.nesteMote")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.sisteMote")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {loaderData.serier.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/samarbeid/${s.id}`}>{s.navn}</RouterLink>
                    </Link>
                    <br />
                    {tr(k("serietype", s.type))}
                  </Table.Cell>
                  <Table.Cell>{s.bydel_navn}</Table.Cell>
                  <Table.Cell>{tr(k("hyppighet", s.hyppighet))}</Table.Cell>
                  <Table.Cell className="sa-nowrap">
                    {s.neste_mote ? formatDato(String(s.neste_mote), sprak) : tr("samarbeid.ingenDato")}
                  </Table.Cell>
                  <Table.Cell className="sa-nowrap">
                    {s.siste_mote ? formatDato(String(s.siste_mote), sprak) : tr("samarbeid.ingenDato")}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
