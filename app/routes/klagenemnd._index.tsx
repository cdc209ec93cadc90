import { Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/klagenemnd._index";
import "../modules/cases/components/klagenemnd/klagenemnd.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato } from "../modules/housing-stock/format";
import { listForwardedAppeals, type OversendtKlage } from "../modules/cases/list-forwarded-appeals.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.klagenemnd");

/** /klagenemnd — the appeal board's list: only appeals forwarded to the board. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "klage.avgjore");
  return listForwardedAppeals({ db: deps(context).db, actor, requestId: state.requestId });
}

function Klagetabell({
  rader,
  caption,
  avgjort,
}: {
  rader: OversendtKlage[];
  caption: string;
  avgjort: boolean;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <RullbarTabell label={caption}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{tr("klagenemnd.kol.saksnummer")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("klagenemnd.kol.bydel")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("klagenemnd.kol.type")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("klagenemnd.kol.oversendt")}</Table.HeaderCell>
            <Table.HeaderCell>
              {tr(avgjort ? "klagenemnd.kol.avgjort" : "klagenemnd.kol.status")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rader.map((k) => (
            <Table.Row key={k.klageId}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/klagenemnd/${k.sakId}`}>{k.saksnummer}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{k.bydel}</Table.Cell>
              <Table.Cell>{tr(`klagenemnd.type.${k.type}`)}</Table.Cell>
              <Table.Cell className="kn-nowrap">{formatDato(k.oversendt, sprak)}</Table.Cell>
              <Table.Cell>
                {k.utfall ? (
                  <>
                    <Tag data-color={k.utfall === "stadfestet" ? "neutral" : "info"}>
                      {tr(`klagenemnd.utfall.${k.utfall}`)}
                    </Tag>{" "}
                    {k.avgjort ? <span className="kn-nowrap">{formatDato(k.avgjort, sprak)}</span> : null}
                  </>
                ) : (
                  <Tag data-color="warning">{tr("klagenemnd.status.oversendt")}</Tag>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </RullbarTabell>
  );
}

export default function Klagenemnd({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { venter, avgjort } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.klagenemnd") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.klagenemnd")}
      </Heading>
      <Paragraph>{tr("klagenemnd.ingress")}</Paragraph>
      <section className="hs-seksjon" aria-labelledby="venter">
        <Heading level={2} data-size="md" id="venter">
          {tr("klagenemnd.venter.tittel")}
        </Heading>
        {venter.length === 0 ? (
          <Paragraph>{tr("klagenemnd.venter.ingen")}</Paragraph>
        ) : (
          <Klagetabell rader={venter} caption={tr("klagenemnd.venter.tabell")} avgjort={false} />
        )}
      </section>
      <section className="hs-seksjon" aria-labelledby="avgjorte">
        <Heading level={2} data-size="md" id="avgjorte">
          {tr("klagenemnd.avgjort.tittel")}
        </Heading>
        {avgjort.length === 0 ? (
          <Paragraph>{tr("klagenemnd.avgjort.ingen")}</Paragraph>
        ) : (
          <Klagetabell rader={avgjort} caption={tr("klagenemnd.avgjort.tabell")} avgjort />
        )}
      </section>
    </>
  );
}
