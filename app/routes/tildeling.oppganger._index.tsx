import { Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/tildeling.oppganger._index";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { prosent } from "../modules/allocation/regler";
import { listStairwellRules } from "../modules/allocation/regler.server";
import { RullbarTabell } from "../modules/housing-stock/components/register";

export const meta: Route.MetaFunction = ({ matches }) =>
  titleMeta(matches, "tildeling.regler.oppganger.tittel");

/**
 * /tildeling/oppganger — every stairwell of the caseworker's district with its counts (households, with children,
 * with high follow-up need), the `utrygg` flag and its own limits. Counts and flags only, never names.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.les");
  requirePermission(actor, "sammensetning.les");
  return listStairwellRules({ db: deps(context).db, actor, requestId: state.requestId });
}

export default function Oppganger({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { oppganger, bydelsregler } = loaderData;
  const grense = (n: number | null) => (n === null ? tr("tildeling.regler.ingenGrense") : String(n));
  const andel = (a: number | null) => (a === null ? tr("tildeling.regler.ingenGrense") : `${prosent(a)} %`);
  const medRegler = oppganger.filter((o) => o.regler.versjon > 0).length;
  return (
    <div className="tl-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("tildeling.tittel"), href: "/tildeling" },
          { label: tr("tildeling.regler.oppganger.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("tildeling.regler.oppganger.tittel")}
      </Heading>
      <Paragraph>{tr("tildeling.regler.oppganger.ingress")}</Paragraph>
      <Paragraph>
        {tr("tildeling.regler.oppganger.standard", {
          perRunde: grense(bydelsregler.maksPerRunde),
          andel: andel(bydelsregler.maksAndel),
        })}{" "}
        <Link asChild>
          <RouterLink to="/tildeling/regler">{tr("tildeling.regler.tittel")}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        {tr("tildeling.regler.oppganger.antall", { antall: oppganger.length, medRegler })}
      </Paragraph>
      <RullbarTabell label={tr("tildeling.regler.oppganger.tittel")}>
        <Table zebra>
          <caption>{tr("tildeling.regler.oppganger.tittel")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("tildeling.regler.kol.oppgang")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("tildeling.regler.kol.boliger")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("tildeling.regler.kol.husstander")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">
                {tr("tildeling.regler.kol.barnefamilier")}
              </Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">
                {tr("tildeling.regler.kol.hoyOppfolging")}
              </Table.HeaderCell>
              <Table.HeaderCell>{tr("tildeling.regler.kol.utrygg")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("tildeling.regler.kol.perRunde")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("tildeling.regler.kol.andel")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {oppganger.map((o) => (
              <Table.Row key={o.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/tildeling/oppganger/${o.id}`}>{o.adresse}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell className="hs-tall">
                  {tr("tildeling.regler.boligerLedige", { boliger: o.boliger, ledige: o.ledige })}
                </Table.Cell>
                <Table.Cell className="hs-tall">{o.eksisterende.husstander}</Table.Cell>
                <Table.Cell className="hs-tall">{o.eksisterende.barnefamilier}</Table.Cell>
                <Table.Cell className="hs-tall">{o.eksisterende.hoyOppfolging}</Table.Cell>
                <Table.Cell>
                  {o.regler.utrygg ? (
                    <Tag data-color="warning">{tr("tildeling.regler.utrygg.kort")}</Tag>
                  ) : (
                    tr("tildeling.regler.nei")
                  )}
                </Table.Cell>
                <Table.Cell>
                  {o.regler.maksPerRunde === null ? tr("tildeling.regler.standard") : o.regler.maksPerRunde}
                </Table.Cell>
                <Table.Cell>
                  {o.regler.maksAndel === null
                    ? tr("tildeling.regler.standard")
                    : `${prosent(o.regler.maksAndel)} %`}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </RullbarTabell>
    </div>
  );
}
