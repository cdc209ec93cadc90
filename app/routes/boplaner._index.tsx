import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/boplaner._index";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato } from "../modules/housing-stock/format";
import { listBoplaner } from "../modules/leiekontrakt/list-boplaner.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.boplaner");

/** /boplaner — the housing plans of the own district, the next review first (each tenant listed is audited). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "boplan.behandle");
  return { rader: await listBoplaner({ db: deps(context).db, actor, requestId: state.requestId }) };
}

export default function Boplaner({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { rader } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.boplaner") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.boplaner")}
      </Heading>
      <Paragraph>{tr("bp.liste.ingress")}</Paragraph>
      {rader.length === 0 ? (
        <Paragraph>{tr("bp.liste.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("nav.boplaner")}>
          <Table zebra>
            <caption>{tr("nav.boplaner")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("lk.kol.leietaker")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bp.maal")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bp.nesteGjennomgang")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bp.liste.apneSteg")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rader.map((r) => (
                <Table.Row key={r.husstandId}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/boplaner/${r.husstandId}`}>
                        {r.leietaker || tr("lk.ukjentLeietaker")}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{tr(`bp.maal.${r.maal}` as MessageKey)}</Table.Cell>
                  <Table.Cell className="lk-nowrap">
                    {r.nesteGjennomgang ? formatDato(r.nesteGjennomgang, sprak) : tr("bp.ikkeSatt")}
                    {r.gjennomgangForfalt ? (
                      <>
                        <br />
                        <strong className="lk-varsel">{tr("bp.liste.forfalt")}</strong>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>{r.apneSteg}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
      <Paragraph data-size="sm">{tr("lk.logget")}</Paragraph>
    </>
  );
}
