import { Alert, Heading, Link, List, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/beboerrad.$beboerorganId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { formatDato } from "../modules/housing-stock/format";
import {
  addMedlem,
  advanceBeboerorgan,
  getBeboerorgan,
  updateMedlem,
} from "../modules/samarbeid/beboerorgan.server";
import { k, OrganStatus, useValg } from "../modules/samarbeid/components/format";
import { Avkrysning, Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import { planMote } from "../modules/samarbeid/moter.server";
import {
  avkrysset,
  BEBOERORGANSTATUSER,
  dato,
  enumValg,
  nokkel,
  tekst,
  tolk,
  uuid,
  valgfriTekst,
  verdierFra,
  versjon,
  VERV,
} from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.organ.navn) },
];

/** /beboerrad/:beboerorganId — a resident body: establishment states, members, monthly meetings. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "beboerrad.les");
  const r = await getBeboerorgan({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    beboerorganId: parseId(params.beboerorganId),
  });
  return {
    ...r,
    kanSkrive: can(actor, "beboerrad.skriv"),
    nokkel: randomUUID(),
    idag: todayInOslo(),
    lagret: new URL(request.url).searchParams.get("lagret"),
  };
}

const GRUNN: Record<"ugyldig_overgang" | "mangler_leder" | "mangler_frivillige", MessageKey> = {
  ugyldig_overgang: "beboerrad.feil.overgang",
  mangler_leder: "beboerrad.feil.leder",
  mangler_frivillige: "beboerrad.feil.frivillige",
};

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "beboerrad.skriv");
  const beboerorganId = parseId(params.beboerorganId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, beboerorganId };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const svar = (s: Skjemasvar, status: number) => data<Skjemasvar>(s, { status });
  const ferdig = () => redirect(`/beboerrad/${beboerorganId}?lagret=${intent}`);
  if (intent === "steg") {
    const t = tolk(
      z.object({
        versjon: versjon(),
        til: enumValg(BEBOERORGANSTATUSER),
        dato: dato(),
        merknad: valgfriTekst(1000),
      }),
      form,
    );
    if (!t.ok) {
      await getBeboerorgan(ctx);
      return svar({ intent, ...t }, 400);
    }
    const r = await advanceBeboerorgan({ ...ctx, ...t.data });
    if (r.ok) return ferdig();
    if (r.konflikt) return svar({ intent, konflikt: true, verdier: verdierFra(form) }, 409);
    return svar({ intent, melding: GRUNN[r.grunn], verdier: verdierFra(form) }, 422);
  }
  if (intent === "medlem") {
    const t = tolk(z.object({ navn: tekst(200), verv: enumValg(VERV), fra: dato() }), form);
    if (!t.ok) {
      await getBeboerorgan(ctx);
      return svar({ intent, ...t }, 400);
    }
    await addMedlem({ ...ctx, ...t.data });
    return ferdig();
  }
  if (intent === "verv") {
    const t = tolk(z.object({ medlemId: uuid(), verv: enumValg(VERV), avslutt: avkrysset() }), form);
    if (!t.ok) return svar({ intent: `verv-${String(form.get("medlemId"))}`, ...t }, 400);
    await updateMedlem({ ...ctx, ...t.data });
    return ferdig();
  }
  if (intent === "mote") {
    const t = tolk(z.object({ dato: dato(), nokkel: nokkel() }), form);
    if (!t.ok) {
      await getBeboerorgan(ctx);
      return svar({ intent, ...t }, 400);
    }
    const { moteId } = await planMote({ ...ctx, kilde: { beboerorganId }, ...t.data });
    return redirect(`/moter/${moteId}`);
  }
  fail("ugyldig");
}

export default function Beboerorgan({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const valg = useValg();
  const { organ, logg, medlemmer, moter, overganger, kanSkrive } = loaderData;
  const aktive = medlemmer.filter((m) => !m.til);
  const tidligere = medlemmer.filter((m) => m.til);
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("nav.beboerrad"), href: "/beboerrad" }, { label: organ.navn }]} />
      <Heading level={1} data-size="lg">
        {organ.navn}
      </Heading>
      <Paragraph>
        {tr(k("organtype", organ.type))} · {organ.gateadresse} · {organ.bydel_navn} ·{" "}
        <OrganStatus status={organ.status} />
      </Paragraph>
      {loaderData.lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("samarbeid.lagret")}</Paragraph>
        </Alert>
      ) : null}
      {loaderData.moteForfalt ? (
        <Alert data-color="warning">
          <Paragraph>
            {tr("beboerrad.moteForfalt", { dato: formatDato(loaderData.nesteMoteSenest!, sprak) })}
          </Paragraph>
        </Alert>
      ) : null}

      <section className="sa-seksjon" aria-labelledby="etablering">
        <Heading level={2} data-size="md" id="etablering">
          {tr("beboerrad.etablering")}
        </Heading>
        <Paragraph>{tr("beboerrad.etableringIngress")}</Paragraph>
        <List.Ordered>
          {logg.map((l) => (
            <List.Item key={l.seq}>
              {tr(k("organstatus", l.status))}: {formatDato(l.dato, sprak)} ({l.aktor_navn})
              {l.merknad ? ` – ${l.merknad}` : ""}
            </List.Item>
          ))}
        </List.Ordered>
        {kanSkrive && overganger.length > 0 ? (
          <Skjema
            intent="steg"
            svar={actionData}
            knapp={tr("beboerrad.stegKnapp")}
            skjulte={{ versjon: organ.versjon }}
            etiketter={{ til: tr("beboerrad.felt.til"), dato: tr("beboerrad.felt.dato") }}
          >
            <Valg felt="til" label={tr("beboerrad.felt.til")} valg={valg("organstatus", overganger)} />
            <Tekstfelt felt="dato" type="date" label={tr("beboerrad.felt.dato")} standard={loaderData.idag} />
            <Tekstfelt felt="merknad" label={tr("beboerrad.felt.merknad")} flerlinje />
          </Skjema>
        ) : null}
      </section>

      <section className="sa-seksjon" aria-labelledby="medlemmer">
        <Heading level={2} data-size="md" id="medlemmer">
          {tr("beboerrad.medlemmer")}
        </Heading>
        {aktive.length === 0 ? (
          <Paragraph>{tr("beboerrad.ingenMedlemmer")}</Paragraph>
        ) : (
          <div className="sa-rull">
            <Table>
              <caption>{tr("beboerrad.medlemmer")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("samarbeid.felt.eierNavn")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("beboerrad.felt.verv")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("beboerrad.felt.fra")}</Table.HeaderCell>
                  {kanSkrive ? <Table.HeaderCell>{tr("beboerrad.endreVerv")}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {aktive.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>{m.navn}</Table.Cell>
                    <Table.Cell>{tr(k("verv", m.verv))}</Table.Cell>
                    <Table.Cell className="sa-nowrap">{formatDato(m.fra, sprak)}</Table.Cell>
                    {kanSkrive ? (
                      <Table.Cell>
                        <details>
                          <summary>{tr("beboerrad.endreVervFor", { navn: m.navn })}</summary>
                          <Skjema
                            intent="verv"
                            svarnokkel={`verv-${m.id}`}
                            svar={actionData}
                            knapp={tr("samarbeid.lagre")}
                            skjulte={{ medlemId: m.id }}
                          >
                            <Valg
                              felt="verv"
                              label={tr("beboerrad.felt.verv")}
                              standard={m.verv}
                              valg={valg("verv", VERV)}
                            />
                            <Avkrysning felt="avslutt" label={tr("beboerrad.felt.avslutt")} />
                          </Skjema>
                        </details>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        {tidligere.length > 0 ? (
          <Paragraph>
            {tr("beboerrad.tidligere")}: {tidligere.map((m) => m.navn).join(", ")}
          </Paragraph>
        ) : null}
        {kanSkrive ? (
          <details open={actionData?.intent === "medlem"}>
            <summary>{tr("beboerrad.nyttMedlem")}</summary>
            <Skjema
              intent="medlem"
              svar={actionData}
              knapp={tr("beboerrad.nyttMedlemKnapp")}
              etiketter={{ navn: tr("samarbeid.felt.eierNavn"), fra: tr("beboerrad.felt.fra") }}
            >
              <Tekstfelt felt="navn" label={tr("samarbeid.felt.eierNavn")} />
              <Valg
                felt="verv"
                label={tr("beboerrad.felt.verv")}
                standard="frivillig"
                valg={valg("verv", VERV)}
              />
              <Tekstfelt felt="fra" type="date" label={tr("beboerrad.felt.fra")} standard={loaderData.idag} />
            </Skjema>
          </details>
        ) : null}
      </section>

      <section className="sa-seksjon" aria-labelledby="moter">
        <Heading level={2} data-size="md" id="moter">
          {tr("samarbeid.serie.moter")}
        </Heading>
        {moter.length === 0 ? (
          <Paragraph>{tr("samarbeid.serie.ingenMoter")}</Paragraph>
        ) : (
          <List.Unordered>
            {moter.map((m) => (
              <List.Item key={m.id}>
                <Link asChild>
                  <RouterLink to={`/moter/${m.id}`}>
                    {tr("samarbeid.mote.lenke", { dato: formatDato(m.dato, sprak) })}
                  </RouterLink>
                </Link>{" "}
                ({tr(k("motestatus", m.status))})
              </List.Item>
            ))}
          </List.Unordered>
        )}
        {kanSkrive && organ.status !== "nedlagt" ? (
          <Skjema
            intent="mote"
            svar={actionData}
            knapp={tr("samarbeid.serie.planleggKnapp")}
            skjulte={{ nokkel: loaderData.nokkel }}
            etiketter={{ dato: tr("samarbeid.felt.motedato") }}
          >
            <Tekstfelt felt="dato" type="date" label={tr("samarbeid.felt.motedato")} />
          </Skjema>
        ) : null}
      </section>
    </div>
  );
}
