import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/beboerrad._index";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { fail } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import {
  createBeboerorgan,
  listBeboerorganer,
  listEiendommer,
} from "../modules/samarbeid/beboerorgan.server";
import { k, OrganStatus, useValg } from "../modules/samarbeid/components/format";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import { BEBOERORGANTYPER, enumValg, nokkel, tekst, tolk, uuid } from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.beboerrad");

/** /beboerrad — resident bodies per address in the actor's districts; the district registers new ones. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "beboerrad.les");
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const kanSkrive = can(actor, "beboerrad.skriv");
  return {
    organer: await listBeboerorganer(ctx),
    eiendommer: kanSkrive ? await listEiendommer(ctx) : [],
    kanSkrive,
    nokkel: randomUUID(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "beboerrad.skriv");
  const form = await request.formData();
  if (form.get("intent") !== "nytt") fail("ugyldig");
  const tolket = tolk(
    z.object({ eiendomId: uuid(), type: enumValg(BEBOERORGANTYPER), navn: tekst(200), nokkel: nokkel() }),
    form,
  );
  if (!tolket.ok) return data<Skjemasvar>({ intent: "nytt", ...tolket }, { status: 400 });
  const r = await createBeboerorgan({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    ...tolket.data,
  });
  if (!r.ok) {
    return data<Skjemasvar>(
      {
        intent: "nytt",
        feil: { eiendomId: "samarbeid.feil.eiendom" },
        verdier: { ...tolket.data, nokkel: "" },
      },
      { status: 400 },
    );
  }
  return redirect(`/beboerrad/${r.id}`);
}

export default function Beboerrad({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const valg = useValg();
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.beboerrad") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.beboerrad")}
      </Heading>
      <Paragraph>{tr("beboerrad.ingress")}</Paragraph>
      {loaderData.organer.length === 0 ? (
        <Paragraph>{tr("beboerrad.ingen")}</Paragraph>
      ) : (
        <div className="sa-rull">
          <Table zebra>
            <caption>{tr("beboerrad.tabell")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("beboerrad.kol.navn")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.felt.eiendom")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("beboerrad.kol.medlemmer")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.sisteMote")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {loaderData.organer.map((o) => (
                <Table.Row key={o.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/beboerrad/${o.id}`}>{o.navn}</RouterLink>
                    </Link>
                    <br />
                    {tr(k("organtype", o.type))}
                  </Table.Cell>
                  <Table.Cell>
                    {o.gateadresse}
                    <br />
                    {o.bydel_navn}
                  </Table.Cell>
                  <Table.Cell>
                    <OrganStatus status={o.status} />
                  </Table.Cell>
                  <Table.Cell>{Number(o.medlemmer ?? 0)}</Table.Cell>
                  <Table.Cell className="sa-nowrap">
                    {o.siste_mote ? formatDato(String(o.siste_mote), sprak) : tr("samarbeid.ingenDato")}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {loaderData.kanSkrive ? (
        <section className="sa-seksjon" aria-labelledby="nytt-organ">
          <Heading level={2} data-size="sm" id="nytt-organ">
            {tr("beboerrad.nytt")}
          </Heading>
          <Paragraph>{tr("beboerrad.nyttIngress")}</Paragraph>
          <Skjema
            intent="nytt"
            svar={actionData}
            knapp={tr("beboerrad.nyttKnapp")}
            skjulte={{ nokkel: loaderData.nokkel }}
            etiketter={{
              eiendomId: tr("samarbeid.felt.eiendom"),
              type: tr("beboerrad.felt.type"),
              navn: tr("beboerrad.kol.navn"),
            }}
          >
            <Valg
              felt="eiendomId"
              label={tr("samarbeid.felt.eiendom")}
              valg={[
                { verdi: "", tekst: tr("beboerrad.velgAdresse") },
                ...loaderData.eiendommer.map((e) => ({
                  verdi: e.id,
                  tekst: `${e.gateadresse} (${e.bydel_navn})`,
                })),
              ]}
            />
            <Valg felt="type" label={tr("beboerrad.felt.type")} valg={valg("organtype", BEBOERORGANTYPER)} />
            <Tekstfelt
              felt="navn"
              label={tr("beboerrad.kol.navn")}
              beskrivelse={tr("beboerrad.felt.navnBeskrivelse")}
            />
          </Skjema>
        </section>
      ) : null}
    </div>
  );
}
