import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/bomiljo.adresser";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { todayInOslo } from "../lib/frister";
import { Rullbar } from "../modules/bomiljo/components/status";
import { listAdresser } from "../modules/bomiljo/list-adresser.server";

export const meta: Route.MetaFunction = ({ matches }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, t(locale, "bomiljo.adresser.tittel")) }];
};

/** The district's addresses, each with the size of its bomiljøplan. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.les");
  return listAdresser({ db: deps(context).db, actor, requestId: state.requestId, today: todayInOslo() });
}

export default function Adresser({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { bydel, adresser } = loaderData;
  return (
    <div className="bm-side">
      <Breadcrumbs
        items={[
          { label: tr("bomiljo.plan.bydel", { bydel: bydel.navn }), href: "/bomiljo" },
          { label: tr("bomiljo.adresser.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("bomiljo.adresser.tittel")}
      </Heading>
      <Paragraph>{tr("bomiljo.adresser.ingress")}</Paragraph>
      <Rullbar label={tr("bomiljo.adresser.tittel")}>
        <Table zebra data-size="sm">
          <caption>{tr("bomiljo.adresser.tabell", { bydel: bydel.navn })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("bomiljo.adresser.adresse")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.adresser.type")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.adresser.tiltak")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.adresser.aktive")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("bomiljo.status.forsinket")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {adresser.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/bomiljo/adresse/${a.id}`}>{a.gateadresse}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{tr(`bomiljo.eiendomType.${a.type}` as MessageKey)}</Table.Cell>
                <Table.Cell>{a.tiltak}</Table.Cell>
                <Table.Cell>{a.aktive}</Table.Cell>
                <Table.Cell>{a.forsinket}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Rullbar>
    </div>
  );
}
