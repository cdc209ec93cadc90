import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/boliger._index";
import { requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import {
  AdresseSokSkjema,
  RegisterBreadcrumbs,
  RullbarTabell,
} from "../modules/housing-stock/components/register";
import { formatTall } from "../modules/housing-stock/format";
import { listBydeler } from "../modules/housing-stock/list-bydeler.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.boliger");

/** The districts the actor may see, with unit counts and vacancies. */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "boligregister.les");
  return { bydeler: await listBydeler({ db: deps(context).db, actor }) };
}

export default function Boligregister({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bydeler } = loaderData;
  return (
    <>
      <RegisterBreadcrumbs />
      <Heading level={1} data-size="lg">
        {tr("nav.boliger")}
      </Heading>
      <Paragraph>{tr("boliger.ingress")}</Paragraph>
      <AdresseSokSkjema action="/boliger/sok" label={tr("boliger.sok.label")} verdi="" />
      {bydeler.length === 0 ? (
        <Paragraph>{tr("boliger.ingenBydeler")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("boliger.bydeler.tabell")}>
          <Table zebra>
            <caption>{tr("boliger.bydeler.tabell")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("boliger.kol.bydel")}</Table.HeaderCell>
                <Table.HeaderCell className="hs-tall">{tr("boliger.kol.boliger")}</Table.HeaderCell>
                <Table.HeaderCell className="hs-tall">{tr("boliger.kol.ledige")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {bydeler.map((b) => (
                <Table.Row key={b.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/boliger/bydel/${b.id}`}>
                        {tr("boliger.bydelNavn", { navn: b.navn })}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="hs-tall">{formatTall(b.boliger, 0, sprak)}</Table.Cell>
                  <Table.Cell className="hs-tall">{formatTall(b.ledige, 0, sprak)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
    </>
  );
}
