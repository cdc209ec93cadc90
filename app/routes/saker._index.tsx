import { Button, Heading, Link, Paragraph, Table, Tag, Textfield } from "@digdir/designsystemet-react";
import { Form, Link as RouterLink } from "react-router";
import type { Route } from "./+types/saker._index";
import "../modules/cases/components/saksbehandling/saksbehandling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import {
  FILTER,
  VISNINGER,
  koUrl,
  tolkSok,
  type Visning,
} from "../modules/cases/components/saksbehandling/arbeidsko";
import {
  formatDato,
  STATUS_FARGE,
  statusKey,
  typeKey,
} from "../modules/cases/components/saksbehandling/format";
import { searchWorkQueue } from "../modules/cases/search-work-queue.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.saker");

/** /saker — the caseworker's work queue (own district): views, search by saksnummer or name, paging. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.behandle");
  const sok = tolkSok(new URL(request.url));
  const ko = await searchWorkQueue({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    filter: FILTER[sok.vis],
    sok: sok.q,
    side: sok.side,
  });
  return { sok, ko };
}

const VIS_KEY = {
  alle: "saker.vis.alle",
  nye: "saker.vis.nye",
  under_behandling: "saker.vis.underBehandling",
  venter: "saker.vis.venter",
  frist_naer: "saker.vis.fristNaer",
  frist_passert: "saker.vis.fristPassert",
  klager: "saker.vis.klager",
  mine: "saker.vis.mine",
} as const satisfies Record<Visning, string>;

export default function Arbeidsko({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const locale = useLocale();
  const { sok, ko } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: tr("nav.saker") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.saker")}
      </Heading>
      <Paragraph>{tr("saker.ko.ingress")}</Paragraph>

      <nav aria-label={tr("saker.ko.visninger")}>
        <ul className="sb-visninger">
          {VISNINGER.map((vis) => (
            <li key={vis}>
              <RouterLink
                to={koUrl({ vis, q: sok.q })}
                aria-current={vis === sok.vis ? "page" : undefined}
                className="sb-visning"
              >
                {tr(VIS_KEY[vis])}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>

      <Form method="get" action="/saker" role="search" className="sb-sok">
        {sok.vis !== "alle" ? <input type="hidden" name="vis" value={sok.vis} /> : null}
        <Textfield
          className="sb-sok-felt"
          label={tr("saker.ko.sok")}
          description={tr("saker.ko.sok.beskrivelse")}
          name="q"
          type="search"
          defaultValue={sok.q}
          maxLength={100}
          autoComplete="off"
        />
        <Button type="submit">{tr("saker.ko.sok.knapp")}</Button>
      </Form>

      <Paragraph role="status">
        {ko.totalt === 0
          ? tr("saker.ko.ingen")
          : tr("saker.ko.antall", { antall: ko.totalt, side: ko.side, sider: ko.antallSider })}
      </Paragraph>

      {ko.rader.length > 0 ? (
        <div className="sb-rull" role="region" aria-labelledby="sb-ko-tabell" tabIndex={0}>
          <Table zebra data-size="sm">
            <caption id="sb-ko-tabell">{tr("saker.ko.tabell", { visning: tr(VIS_KEY[sok.vis]) })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("saker.kol.saksnummer")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.kol.soker")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.kol.type")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.kol.mottatt")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.kol.frist")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.kol.saksbehandler")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {ko.rader.map((r) => (
                <Table.Row key={r.sakId}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/saker/${r.sakId}`}>{r.saksnummer}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{r.soker}</Table.Cell>
                  <Table.Cell>{tr(typeKey(r.type))}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={STATUS_FARGE[r.status]}>{tr(statusKey(r.status))}</Tag>
                  </Table.Cell>
                  <Table.Cell className="sb-dato">{formatDato(r.mottatt, locale)}</Table.Cell>
                  <Table.Cell className="sb-dato">
                    {r.fristForfall ? (
                      <>
                        {formatDato(r.fristForfall, locale)}
                        {r.fristVarsel ? (
                          <>
                            {" "}
                            <Tag data-color={r.fristVarsel === "passert" ? "danger" : "warning"}>
                              {tr(r.fristVarsel === "passert" ? "saker.frist.passert" : "saker.frist.naer")}
                            </Tag>
                          </>
                        ) : null}
                      </>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                  <Table.Cell>{r.saksbehandler ?? tr("saker.ko.ikkeTildelt")}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}

      {ko.antallSider > 1 ? (
        <nav aria-label={tr("saker.ko.sider")} className="sb-sider">
          {ko.side > 1 ? (
            <Link asChild>
              <RouterLink to={koUrl({ vis: sok.vis, q: sok.q, side: ko.side - 1 })}>
                {tr("saker.ko.forrige")}
              </RouterLink>
            </Link>
          ) : null}
          <span>{tr("saker.ko.sideAv", { side: ko.side, sider: ko.antallSider })}</span>
          {ko.side < ko.antallSider ? (
            <Link asChild>
              <RouterLink to={koUrl({ vis: sok.vis, q: sok.q, side: ko.side + 1 })}>
                {tr("saker.ko.neste")}
              </RouterLink>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
