import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/oppgaver.$tiltakspunktId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { k, TiltakStatus, useValg } from "../modules/samarbeid/components/format";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import { dato, enumValg, TILTAKSSTATUSER, tolk, versjon } from "../modules/samarbeid/schemas";
import { MangelSeksjon, MangelStatus } from "../modules/samarbeid/components/tiltak-mangel";
import { MANGELFEIL_FELT, tolkKnytt, tolkNyMangel } from "../modules/samarbeid/tiltak-mangel-skjema.server";
import {
  apneMangler,
  knyttMangelmelding,
  oppgangerPaAdresse,
  opprettMangelmeldingFraTiltak,
} from "../modules/samarbeid/tiltak-mangel.server";
import { getTiltakspunkt, updateTiltakspunkt } from "../modules/samarbeid/tiltak.server";

export const meta: Route.MetaFunction = ({ matches }) => [
  { title: pageTitle(metaLocale(matches), t(metaLocale(matches), "samarbeid.tiltak.side")) },
];

/** /oppgaver/:tiltakspunktId — one action item: what, who, when, what it is about; follow it up to done. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.les");
  const db = deps(context).db;
  const tiltak = await getTiltakspunkt({
    db,
    actor,
    requestId: state.requestId,
    tiltakspunktId: parseId(params.tiltakspunktId),
  });
  const kanMelde =
    can(actor, "samarbeid.skriv") &&
    can(actor, "mangelmelding.registrere") &&
    !tiltak.mangelmelding_id &&
    !!tiltak.eiendom_id;
  return {
    tiltak,
    kanSkrive: can(actor, "samarbeid.skriv"),
    kanMelde,
    kanApneMangel: can(actor, "mangelmelding.behandle"),
    apneMangler: kanMelde ? await apneMangler({ db }, tiltak.eiendom_id!) : [],
    oppganger: kanMelde ? await oppgangerPaAdresse({ db }, tiltak.eiendom_id!) : [],
    nokkel: randomUUID(),
    lagret: new URL(request.url).searchParams.has("lagret"),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.skriv");
  const tiltakspunktId = parseId(params.tiltakspunktId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "status");
  const verdier = () =>
    Object.fromEntries([...form].filter(([n]) => n !== "_csrf").map(([n, v]) => [n, String(v)]));
  if (intent === "knyttMangel") {
    requirePermission(actor, "mangelmelding.registrere");
    const t = tolkKnytt(form);
    if (!t.ok) {
      await getTiltakspunkt({ ...ctx, tiltakspunktId });
      return data<Skjemasvar>({ intent, ...t }, { status: 400 });
    }
    const r = await knyttMangelmelding({ ...ctx, tiltakspunktId, ...t.data });
    if (!r.ok) {
      return "konflikt" in r
        ? data<Skjemasvar>({ intent, konflikt: true, verdier: verdier() }, { status: 409 })
        : data<Skjemasvar>(
            { intent, feil: { mangelmeldingId: "samarbeid.feil.mangelmelding" }, verdier: verdier() },
            { status: 400 },
          );
    }
    return redirect(`/oppgaver/${tiltakspunktId}?lagret=1`);
  }
  if (intent === "nyMangel") {
    requirePermission(actor, "mangelmelding.registrere");
    const t = tolkNyMangel(form);
    if (!t.ok) {
      await getTiltakspunkt({ ...ctx, tiltakspunktId });
      return data<Skjemasvar>({ intent, ...t }, { status: 400 });
    }
    const { versjon: v, ...mangel } = t.data;
    const r = await opprettMangelmeldingFraTiltak({ ...ctx, tiltakspunktId, versjon: v, mangel });
    if (!r.ok) {
      if ("konflikt" in r) {
        return data<Skjemasvar>({ intent, konflikt: true, verdier: verdier() }, { status: 409 });
      }
      return data<Skjemasvar>(
        { intent, feil: { [r.felt]: MANGELFEIL_FELT[r.felt] }, verdier: verdier() },
        { status: 400 },
      );
    }
    return redirect(`/oppgaver/${tiltakspunktId}?lagret=1`);
  }
  const tolket = tolk(
    z.object({
      versjon: versjon(),
      status: enumValg(TILTAKSSTATUSER),
      frist: z
        .string()
        .optional()
        .transform((s) => s || undefined)
        .pipe(dato().optional()),
    }),
    form,
  );
  if (!tolket.ok) {
    await getTiltakspunkt({ ...ctx, tiltakspunktId });
    return data<Skjemasvar>({ intent: "status", ...tolket }, { status: 400 });
  }
  const r = await updateTiltakspunkt({
    ...ctx,
    tiltakspunktId,
    ...tolket.data,
    frist: tolket.data.frist ?? null,
  });
  if (!r.ok) {
    return data<Skjemasvar>(
      {
        intent: "status",
        konflikt: true,
        verdier: { status: String(form.get("status") ?? ""), frist: String(form.get("frist") ?? "") },
      },
      { status: 409 },
    );
  }
  return redirect(`/oppgaver/${tiltakspunktId}?lagret=1`);
}

export default function Tiltakspunkt({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const valg = useValg();
  const x = loaderData.tiltak;
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[{ label: tr("nav.oppgaver"), href: "/oppgaver" }, { label: tr("samarbeid.tiltak.side") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("samarbeid.tiltak.side")}
      </Heading>
      {loaderData.lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("samarbeid.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph className="sa-tekst" data-size="lg">
        {x.beskrivelse}
      </Paragraph>
      <dl className="sa-kort">
        <dt>{tr("samarbeid.kol.status")}</dt>
        <dd>
          <TiltakStatus status={x.status} forfalt={x.forfalt} />
          {x.utfort ? ` ${tr("samarbeid.tiltak.utfortDato", { dato: formatDato(x.utfort, sprak) })}` : null}
        </dd>
        <dt>{tr("samarbeid.felt.eier")}</dt>
        <dd>
          {x.eier_navn} ({tr(k("eierorganisasjon", x.eier_organisasjon))})
        </dd>
        <dt>{tr("samarbeid.felt.frist")}</dt>
        <dd>{formatDato(x.frist, sprak)}</dd>
        {x.eiendom_adresse ? (
          <>
            <dt>{tr("samarbeid.felt.eiendom")}</dt>
            <dd>
              {x.eiendom_adresse}
              {x.bolignummer ? `, ${tr("samarbeid.tiltak.bolig", { nummer: x.bolignummer })}` : ""}
            </dd>
          </>
        ) : null}
        {x.saksnummer ? (
          <>
            <dt>{tr("samarbeid.felt.saksnummer")}</dt>
            <dd>{x.saksnummer}</dd>
          </>
        ) : null}
        {x.mangelmelding_id && x.mangel_status ? (
          <>
            <dt>{tr("samarbeid.mangel.tittel")}</dt>
            <dd>
              <MangelStatus tiltak={x} kanApne={loaderData.kanApneMangel} />
            </dd>
          </>
        ) : null}
        {x.mote_id && x.mote_dato ? (
          <>
            <dt>{tr("samarbeid.kol.fra")}</dt>
            <dd>
              <Link asChild>
                <RouterLink to={`/moter/${x.mote_id}`}>
                  {x.serie_navn ?? tr("samarbeid.mote.beboermote")}, {formatDato(x.mote_dato, sprak)}
                </RouterLink>
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      {loaderData.kanSkrive ? (
        <section className="sa-seksjon" aria-labelledby="oppfolging">
          <Heading level={2} data-size="sm" id="oppfolging">
            {tr("samarbeid.tiltak.folgOpp")}
          </Heading>
          <Skjema
            intent="status"
            svar={actionData}
            knapp={tr("samarbeid.lagre")}
            skjulte={{ versjon: x.versjon }}
            etiketter={{ status: tr("samarbeid.kol.status"), frist: tr("samarbeid.tiltak.nyFrist") }}
          >
            <Valg
              felt="status"
              label={tr("samarbeid.kol.status")}
              standard={x.status}
              valg={valg("tiltaksstatus", TILTAKSSTATUSER)}
            />
            <Tekstfelt
              felt="frist"
              type="date"
              label={tr("samarbeid.tiltak.nyFrist")}
              beskrivelse={tr("samarbeid.tiltak.nyFristBeskrivelse")}
            />
          </Skjema>
        </section>
      ) : null}
      {loaderData.kanSkrive && !x.mangelmelding_id ? (
        <MangelSeksjon
          svar={actionData}
          harAdresse={!!x.eiendom_id}
          kanMelde={loaderData.kanMelde}
          sosialt={x.sosialt}
          versjon={x.versjon}
          nokkel={loaderData.nokkel}
          apneMangler={loaderData.apneMangler}
          oppganger={loaderData.oppganger}
          beskrivelse={x.sosialt ? "" : x.beskrivelse}
          bolignummer={x.bolignummer ?? ""}
        />
      ) : null}
    </div>
  );
}
