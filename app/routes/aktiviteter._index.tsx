import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/aktiviteter._index";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { fail } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { planleggAktivitet } from "../modules/samarbeid/aktivitet-skjema.server";
import { listAktiviteter } from "../modules/samarbeid/aktiviteter.server";
import { listEiendommer } from "../modules/samarbeid/beboerorgan.server";
import { AktivitetSkjema } from "../modules/samarbeid/components/aktivitet-skjema";
import { AktivitetStatus, k } from "../modules/samarbeid/components/format";
import type { Skjemasvar } from "../components/skjema/ramme";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.aktiviteter");

/** /aktiviteter — coming activities at the addresses of the actor's districts; plan a new one. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.les");
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const kanSkrive = can(actor, "aktivitet.skriv");
  return {
    aktiviteter: await listAktiviteter(ctx),
    eiendommer: await listEiendommer(ctx),
    kanSkrive,
    nokkel: randomUUID(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.skriv");
  const form = await request.formData();
  if (form.get("intent") !== "aktivitet") fail("ugyldig");
  const r = await planleggAktivitet({ db: deps(context).db, actor, requestId: state.requestId }, form);
  if (!r.ok)
    return data<Skjemasvar>({ intent: "aktivitet", feil: r.feil, verdier: r.verdier }, { status: 400 });
  return redirect(`/aktiviteter/${r.id}`);
}

export default function Aktiviteter({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.aktiviteter") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.aktiviteter")}
      </Heading>
      <Paragraph>{tr("aktivitet.ingress")}</Paragraph>
      {loaderData.aktiviteter.length === 0 ? (
        <Paragraph>{tr("aktivitet.ingen")}</Paragraph>
      ) : (
        <div className="sa-rull">
          <Table zebra>
            <caption>{tr("aktivitet.kommende")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("aktivitet.felt.dato")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("aktivitet.felt.tittel")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.felt.eiendom")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("aktivitet.felt.arrangor")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {loaderData.aktiviteter.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell className="sa-nowrap">
                    {formatDato(a.dato, sprak)} {a.start}
                  </Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/aktiviteter/${a.id}`}>{a.tittel}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/aktiviteter/adresse/${a.eiendom_id}`}>{a.gateadresse}</RouterLink>
                    </Link>
                    <br />
                    {a.bydel_navn}
                  </Table.Cell>
                  <Table.Cell>{tr(k("arrangor", a.arrangor))}</Table.Cell>
                  <Table.Cell>
                    <AktivitetStatus status={a.status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {loaderData.kanSkrive ? (
        <section className="sa-seksjon" aria-labelledby="ny-aktivitet">
          <Heading level={2} data-size="sm" id="ny-aktivitet">
            {tr("aktivitet.planlegg")}
          </Heading>
          <AktivitetSkjema
            svar={actionData}
            nokkel={loaderData.nokkel}
            eiendommer={loaderData.eiendommer}
            partnere={[]}
          />
        </section>
      ) : null}
    </div>
  );
}
