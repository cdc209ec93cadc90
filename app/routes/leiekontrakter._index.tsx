import { Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Form, Link as RouterLink } from "react-router";
import type { Route } from "./+types/leiekontrakter._index";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { bydelScope, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { BYDELER } from "../db/reference/bydeler";
import { useLocale, useT } from "../i18n/use-t";
import { notFound } from "../lib/errors";
import { Valgfelt } from "../components/skjema/felt";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato, formatKroner } from "../modules/housing-stock/format";
import { listLeasesEnding } from "../modules/leiekontrakt/list-leases-ending.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.leiekontrakter");

/**
 * /leiekontrakter — the lease register's start page (leiekontrakt.les): active leases ending within twelve
 * months in one district (the caseworker's own; the property manager chooses), with links to each lease and
 * its history. Lease data only.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "leiekontrakt.les");
  const scope = bydelScope(actor);
  const bydeler = BYDELER.filter((b) => scope.alle || scope.bydeler.includes(b.id)).map((b) => ({
    id: b.id,
    navn: b.navn,
  }));
  const valgt = new URL(request.url).searchParams.get("bydel") ?? bydeler[0]?.id ?? "";
  if (!bydeler.some((b) => b.id === valgt)) notFound();
  const { rader, til } = await listLeasesEnding({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    bydelId: valgt,
  });
  return { bydeler, valgt, rader, til };
}

export default function Leiekontrakter({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bydeler, valgt, rader, til } = loaderData;
  const navn = bydeler.find((b) => b.id === valgt)?.navn ?? "";
  return (
    <>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.leiekontrakter") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.leiekontrakter")}
      </Heading>
      <Paragraph>{tr("lk.register.ingress", { dato: formatDato(til, sprak), bydel: navn })}</Paragraph>
      {bydeler.length > 1 ? (
        <Form method="get" className="lk-skjema">
          <Valgfelt
            name="bydel"
            label={tr("lk.register.bydel")}
            verdi={valgt}
            valg={bydeler.map((b) => ({ verdi: b.id, tekst: b.navn }))}
          />
          <div>
            <Button type="submit" variant="secondary">
              {tr("lk.register.vis")}
            </Button>
          </div>
        </Form>
      ) : null}
      {rader.length === 0 ? (
        <Paragraph>{tr("lk.arbeidsliste.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("lk.register.tabell", { bydel: navn })}>
          <Table zebra>
            <caption>{tr("lk.register.tabell", { bydel: navn })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("lk.kol.leietaker")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("lk.kol.adresse")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("lk.kol.slutter")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("lk.kol.husleie")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rader.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/leiekontrakter/${r.id}`}>
                        {r.leietaker || tr("lk.ukjentLeietaker")}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {r.adresse}, {tr("lk.bolignummer", { bolignummer: r.bolignummer })}
                  </Table.Cell>
                  <Table.Cell className="lk-nowrap">{formatDato(r.sluttdato, sprak)}</Table.Cell>
                  <Table.Cell className="lk-nowrap">
                    {tr("boliger.perMaaned", { belop: formatKroner(r.husleieKr, sprak) })}
                  </Table.Cell>
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
