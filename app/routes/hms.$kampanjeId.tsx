import { Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/hms.$kampanjeId";
import "../modules/samarbeid/components/samarbeid.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { getKampanje } from "../modules/hms/kampanjer.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.hms");

/** /hms/:kampanjeId — a campaign: progress, the door list with attempts left, and the findings. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "hms.les");
  return {
    kampanje: await getKampanje({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      kampanjeId: parseId(params.kampanjeId),
    }),
  };
}

export default function HmsKampanje({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const k = loaderData.kampanje;
  const f = k.framdrift;
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("nav.hms"), href: "/hms" }, { label: k.adresse }]} />
      <Heading level={1} data-size="lg">
        {k.tittel}: {k.adresse}
      </Heading>
      <dl className="sa-kort">
        <dt>{tr("hms.kol.bydel")}</dt>
        <dd>{k.bydel}</dd>
        <dt>{tr("hms.kol.periode")}</dt>
        <dd>{tr("hms.periode", { fra: formatDato(k.fraDato, sprak), til: formatDato(k.tilDato, sprak) })}</dd>
        <dt>{tr("hms.kol.utfores")}</dt>
        <dd>{tr(`hms.utforer.${k.gjennomforesAv}` as MessageKey)}</dd>
      </dl>
      <section className="sa-seksjon" aria-labelledby="framdrift">
        <Heading level={2} data-size="md" id="framdrift">
          {tr("hms.framdrift")}
        </Heading>
        <dl className="sa-kort" data-testid="framdrift">
          <dt>{tr("hms.framdrift.dorer")}</dt>
          <dd>{f.dorer}</dd>
          <dt>{tr("hms.framdrift.besokt")}</dt>
          <dd>{f.besokt}</dd>
          <dt>{tr("hms.framdrift.avsluttet")}</dt>
          <dd>{f.avsluttetUtenBesok}</dd>
          <dt>{tr("hms.framdrift.forsokt")}</dt>
          <dd>{f.forsokt}</dd>
          <dt>{tr("hms.framdrift.ikkeNaadd")}</dt>
          <dd>{f.ikkeNaadd}</dd>
          <dt>{tr("hms.framdrift.ikkeStartet")}</dt>
          <dd>{f.ikkeStartet}</dd>
        </dl>
      </section>
      <section className="sa-seksjon" aria-labelledby="funn">
        <Heading level={2} data-size="md" id="funn">
          {tr("hms.funn.tittel")}
        </Heading>
        {!k.serBehov ? <Paragraph>{tr("hms.boligbyggSerIkke")}</Paragraph> : null}
        {k.funn.length === 0 ? (
          <Paragraph>{tr("hms.funn.ingen")}</Paragraph>
        ) : (
          <div className="sa-rull">
            <Table>
              <caption className="ds-sr-only">{tr("hms.funn.tittel")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("hms.kol.bolig")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.type")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.funn")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {k.funn.map((x) => (
                  <Table.Row key={x.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/hms/${k.id}/dor/${x.dorId}`}>{x.bolignummer}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{tr(`hms.type.${x.type}` as MessageKey)}</Table.Cell>
                    <Table.Cell>{x.beskrivelse ?? ""}</Table.Cell>
                    <Table.Cell>
                      {tr(`hms.funnstatus.${x.status}` as MessageKey)}
                      {x.mangelstatus
                        ? `. ${tr("hms.funn.mangelstatus", { status: tr(`mangel.status.${x.mangelstatus}` as MessageKey) })}`
                        : ""}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <section className="sa-seksjon" aria-labelledby="dorliste">
        <Heading level={2} data-size="md" id="dorliste">
          {tr("hms.dorliste")}
        </Heading>
        <Paragraph>{tr("hms.dorlisteBeskrivelse")}</Paragraph>
        <div className="sa-rull">
          <Table>
            <caption className="ds-sr-only">{tr("hms.dorliste")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("hms.kol.bolig")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("hms.kol.oppgang")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("hms.kol.etasje")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("hms.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("hms.kol.siste")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("hms.kol.forsok")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("hms.kol.igjen")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {k.dorer.map((d) => (
                <Table.Row key={d.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/hms/${k.id}/dor/${d.id}`}>{d.bolignummer}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{d.oppgang}</Table.Cell>
                  <Table.Cell>{d.etasje}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={d.status.tilstand === "ferdig" ? "success" : "neutral"}>
                      {tr(`hms.tilstand.${d.status.tilstand}` as MessageKey)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {d.status.sisteUtfall ? tr(`hms.utfall.${d.status.sisteUtfall}` as MessageKey) : ""}
                  </Table.Cell>
                  <Table.Cell>{d.status.brukt}</Table.Cell>
                  <Table.Cell>{d.status.igjen}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>
    </div>
  );
}
