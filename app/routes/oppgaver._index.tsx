import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/oppgaver._index";
import "../modules/samarbeid/components/samarbeid.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { formatDato } from "../modules/housing-stock/format";
import { TiltakStatus } from "../modules/samarbeid/components/format";
import { listMineOppgaver } from "../modules/samarbeid/tiltak.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.oppgaver");

/** /oppgaver — "Mine oppgaver": the action items the signed-in user owns, overdue ones first. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.les");
  return listMineOppgaver({ db: deps(context).db, actor, requestId: state.requestId });
}

type Rad = Awaited<ReturnType<typeof loader>>["aapne"][number];

function Oppgavetabell({ id, tittel, rader }: { id: string; tittel: string; rader: readonly Rad[] }) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <section className="sa-seksjon" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {tittel} ({rader.length})
      </Heading>
      {rader.length === 0 ? (
        <Paragraph>{tr("samarbeid.oppgaver.ingen")}</Paragraph>
      ) : (
        <div className="sa-rull">
          <Table>
            <caption>{tittel}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("samarbeid.felt.beskrivelse")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.felt.frist")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.fra")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rader.map((x) => (
                <Table.Row key={x.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/oppgaver/${x.id}`}>{x.beskrivelse}</RouterLink>
                    </Link>
                    {x.eiendom_adresse ? (
                      <>
                        <br />
                        {x.eiendom_adresse}
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell className="sa-nowrap">{formatDato(x.frist, sprak)}</Table.Cell>
                  <Table.Cell>
                    <TiltakStatus status={x.status} forfalt={x.forfalt} />
                  </Table.Cell>
                  <Table.Cell>
                    {x.serie_navn && x.mote_dato ? `${x.serie_navn}, ${formatDato(x.mote_dato, sprak)}` : "–"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

export default function MineOppgaver({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.oppgaver") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.oppgaver")}
      </Heading>
      <Paragraph>{tr("samarbeid.oppgaver.ingress")}</Paragraph>
      <Oppgavetabell id="forfalt" tittel={tr("samarbeid.oppgaver.forfalt")} rader={loaderData.forfalt} />
      <Oppgavetabell id="aapne" tittel={tr("samarbeid.oppgaver.aapne")} rader={loaderData.aapne} />
      <Oppgavetabell id="lukket" tittel={tr("samarbeid.oppgaver.lukket")} rader={loaderData.lukket} />
    </div>
  );
}
