import { Alert, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/bekymringer._index";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { listConcerns } from "../modules/bekymring/list-concerns.server";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "bekymringer.tittel");

/** /bekymringer — the coordinator's anonymous concerns in the own district, by acknowledgement deadline. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bekymring.behandle");
  return listConcerns({ db: deps(context).db, actor, requestId: state.requestId });
}

export default function Bekymringer({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { rader, antallForfalt } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("bekymringer.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("bekymringer.tittel")}
      </Heading>
      <Paragraph>{tr("bekymringer.ingress")}</Paragraph>
      {antallForfalt > 0 ? (
        <Alert data-color="warning">
          <Paragraph>
            {antallForfalt === 1
              ? tr("bekymringer.forfalt.en")
              : tr("bekymringer.forfalt", { antall: antallForfalt })}
          </Paragraph>
        </Alert>
      ) : null}
      {rader.length === 0 ? (
        <Paragraph>{tr("bekymringer.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("bekymringer.tabell")}>
          <Table zebra>
            <caption>{tr("bekymringer.tabell")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("bekymringer.kol.mottatt")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bekymringer.kol.adresse")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bekymringer.kol.kategori")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bekymringer.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bekymringer.kol.frist")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rader.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink
                        to={`/bekymringer/${r.id}`}
                        aria-label={tr("bekymringer.apne", { dato: formatDato(r.mottatt, sprak) })}
                      >
                        {formatDato(r.mottatt, sprak)}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{r.adresse ?? tr("bekymringer.annenAdresse")}</Table.Cell>
                  <Table.Cell>{tr(`bekymring.kategori.${r.kategori}` as MessageKey)}</Table.Cell>
                  <Table.Cell>
                    {r.utfall
                      ? tr(`bekymringer.utfall.${r.utfall}` as MessageKey)
                      : tr(`bekymringer.status.${r.status}` as MessageKey)}
                  </Table.Cell>
                  <Table.Cell>
                    {r.status === "mottatt" ? formatDato(r.kvitteringsfrist, sprak) : "–"}{" "}
                    {r.forfalt ? <Tag data-color="danger">{tr("bekymringer.fristPassert")}</Tag> : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
    </>
  );
}
