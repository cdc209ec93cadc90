import { Alert, Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/aktiviteter.$aktivitetId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { getAktivitet, updateAktivitet } from "../modules/samarbeid/aktiviteter.server";
import { feltFor, KUNNGJORINGSSPRAK, retning, SPRAKNAVN } from "../modules/samarbeid/kunngjoring";
import { getKunngjoringer, saveKunngjoringer } from "../modules/samarbeid/kunngjoring.server";
import { AktivitetStatus, k, useValg } from "../modules/samarbeid/components/format";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import {
  AKTIVITETSSTATUSER,
  dato,
  enumValg,
  heltall,
  tolk,
  valgfriTekst,
  verdierFra,
  versjon,
} from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.aktivitet.tittel) },
];

/** /aktiviteter/:aktivitetId — one activity: when, where, who organises, announcement; follow it up. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.les");
  const db = deps(context).db;
  const r = await getAktivitet({
    db,
    actor,
    requestId: state.requestId,
    aktivitetId: parseId(params.aktivitetId),
  });
  const kunngjoringer = await getKunngjoringer({ db }, r.aktivitet.id);
  return {
    ...r,
    kunngjoringer: KUNNGJORINGSSPRAK.flatMap((sprak) => kunngjoringer.filter((x) => x.sprak === sprak)),
    kanSkrive: can(actor, "aktivitet.skriv"),
    lagret: new URL(request.url).searchParams.has("lagret"),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.skriv");
  const aktivitetId = parseId(params.aktivitetId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, aktivitetId };
  const form = await request.formData();
  if (form.get("intent") === "kunngjoringer") {
    const k = tolk(
      z.object({
        versjon: versjon(),
        ...Object.fromEntries(KUNNGJORINGSSPRAK.map((sprak) => [feltFor(sprak), valgfriTekst(4000)])),
      }),
      form,
    );
    if (!k.ok) {
      await getAktivitet(ctx);
      return data<Skjemasvar>({ intent: "kunngjoringer", ...k }, { status: 400 });
    }
    const d = k.data as Record<string, string | null> & { versjon: number };
    const r = await saveKunngjoringer({
      ...ctx,
      versjon: d.versjon,
      tekster: Object.fromEntries(KUNNGJORINGSSPRAK.map((sprak) => [sprak, d[feltFor(sprak)] ?? null])),
    });
    if (!r.ok) {
      return data<Skjemasvar>(
        { intent: "kunngjoringer", konflikt: true, verdier: verdierFra(form) },
        { status: 409 },
      );
    }
    return redirect(`/aktiviteter/${aktivitetId}?lagret=1`);
  }
  const t = tolk(
    z.object({
      versjon: versjon(),
      status: enumValg(AKTIVITETSSTATUSER),
      dato: z
        .string()
        .optional()
        .transform((s) => s || undefined)
        .pipe(dato().optional()),
      deltakere: heltall(0, 100_000),
      budsjett: heltall(0, 10_000_000),
    }),
    form,
  );
  if (!t.ok) {
    await getAktivitet(ctx);
    return data<Skjemasvar>({ intent: "oppfolging", ...t }, { status: 400 });
  }
  const r = await updateAktivitet({ ...ctx, ...t.data, dato: t.data.dato ?? null });
  if (r.ok) return redirect(`/aktiviteter/${aktivitetId}?lagret=1`);
  if (r.konflikt)
    return data<Skjemasvar>(
      { intent: "oppfolging", konflikt: true, verdier: verdierFra(form) },
      { status: 409 },
    );
  return data<Skjemasvar>(
    { intent: "oppfolging", feil: { deltakere: "aktivitet.feil.deltakere" }, verdier: verdierFra(form) },
    { status: 400 },
  );
}

export default function Aktivitet({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const valg = useValg();
  const { aktivitet: a, serie } = loaderData;
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[
          { label: tr("nav.aktiviteter"), href: "/aktiviteter" },
          { label: a.gateadresse, href: `/aktiviteter/adresse/${a.eiendom_id}` },
          { label: a.tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {a.tittel}
      </Heading>
      {loaderData.lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("samarbeid.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <dl className="sa-kort">
        <dt>{tr("samarbeid.kol.status")}</dt>
        <dd>
          <AktivitetStatus status={a.status} />
        </dd>
        <dt>{tr("aktivitet.felt.type")}</dt>
        <dd>{tr(k("aktivitetstype", a.type))}</dd>
        <dt>{tr("aktivitet.felt.dato")}</dt>
        <dd>
          {formatDato(a.dato, sprak)}, {a.start}–{a.slutt}
        </dd>
        <dt>{tr("aktivitet.felt.sted")}</dt>
        <dd>
          {a.sted}, {a.gateadresse} ({a.bydel_navn})
        </dd>
        <dt>{tr("aktivitet.felt.arrangor")}</dt>
        <dd>
          {tr(k("arrangor", a.arrangor))}
          {a.partner_navn ? `: ${a.partner_navn}` : ""}
        </dd>
        <dt>{tr("aktivitet.felt.budsjett")}</dt>
        <dd>
          {a.budsjett === null ? tr("aktivitet.ikkeOppgitt") : tr("aktivitet.kroner", { belop: a.budsjett })}
        </dd>
        <dt>{tr("aktivitet.felt.deltakere")}</dt>
        <dd>{a.deltakere === null ? tr("aktivitet.ikkeTalt") : a.deltakere}</dd>
      </dl>
      <section className="sa-seksjon" aria-labelledby="kunngjoring">
        <Heading level={2} data-size="sm" id="kunngjoring">
          {tr("aktivitet.kunngjoring")}
        </Heading>
        <div lang="nb" className="sa-kort">
          <Heading level={3} data-size="2xs">
            Norsk (bokmål)
          </Heading>
          <Paragraph className="sa-tekst">{a.kunngjoring_nb}</Paragraph>
        </div>
        {a.kunngjoring_en ? (
          <div lang="en" className="sa-kort">
            <Heading level={3} data-size="2xs">
              English
            </Heading>
            <Paragraph className="sa-tekst">{a.kunngjoring_en}</Paragraph>
          </div>
        ) : null}
        {loaderData.kunngjoringer.map((x) => (
          <div key={x.sprak} lang={x.sprak} dir={retning(x.sprak)} className="sa-kort">
            <Heading level={3} data-size="2xs">
              {SPRAKNAVN[x.sprak]}
            </Heading>
            <Paragraph className="sa-tekst">{x.tekst}</Paragraph>
          </div>
        ))}
        {loaderData.kanSkrive ? (
          <details open={actionData?.intent === "kunngjoringer"}>
            <summary>{tr("aktivitet.kunngjoring.flereSprak")}</summary>
            <Paragraph>{tr("aktivitet.kunngjoring.flereSprakIngress")}</Paragraph>
            <Skjema
              intent="kunngjoringer"
              svar={actionData}
              knapp={tr("aktivitet.kunngjoring.lagre")}
              skjulte={{ versjon: a.versjon }}
            >
              {KUNNGJORINGSSPRAK.map((sprak) => (
                <Tekstfelt
                  key={sprak}
                  felt={feltFor(sprak)}
                  label={tr("aktivitet.kunngjoring.paSprak", { sprak: SPRAKNAVN[sprak] })}
                  flerlinje
                  lang={sprak}
                  dir={retning(sprak)}
                  standard={loaderData.kunngjoringer.find((x) => x.sprak === sprak)?.tekst ?? ""}
                />
              ))}
            </Skjema>
          </details>
        ) : null}
      </section>
      {serie.length > 1 ? (
        <section className="sa-seksjon" aria-labelledby="serie">
          <Heading level={2} data-size="sm" id="serie">
            {tr("aktivitet.serie", { antall: serie.length })}
          </Heading>
          <List.Unordered>
            {serie.map((s) => (
              <List.Item key={s.id}>
                {s.id === a.id ? (
                  <strong>{formatDato(s.dato, sprak)}</strong>
                ) : (
                  <Link asChild>
                    <RouterLink to={`/aktiviteter/${s.id}`}>{formatDato(s.dato, sprak)}</RouterLink>
                  </Link>
                )}{" "}
                ({tr(k("aktivitetsstatus", s.status))})
              </List.Item>
            ))}
          </List.Unordered>
        </section>
      ) : null}
      {loaderData.kanSkrive ? (
        <section className="sa-seksjon" aria-labelledby="oppfolging">
          <Heading level={2} data-size="sm" id="oppfolging">
            {tr("samarbeid.tiltak.folgOpp")}
          </Heading>
          <Skjema
            intent="oppfolging"
            svar={actionData}
            knapp={tr("samarbeid.lagre")}
            skjulte={{ versjon: a.versjon }}
            etiketter={{
              status: tr("samarbeid.kol.status"),
              dato: tr("aktivitet.felt.nyDato"),
              deltakere: tr("aktivitet.felt.deltakere"),
              budsjett: tr("aktivitet.felt.budsjett"),
            }}
          >
            <Valg
              felt="status"
              label={tr("samarbeid.kol.status")}
              standard={a.status}
              valg={valg("aktivitetsstatus", AKTIVITETSSTATUSER)}
            />
            <Tekstfelt
              felt="dato"
              type="date"
              label={tr("aktivitet.felt.nyDato")}
              beskrivelse={tr("aktivitet.felt.nyDatoBeskrivelse")}
            />
            <Tekstfelt
              felt="deltakere"
              type="number"
              label={tr("aktivitet.felt.deltakere")}
              beskrivelse={tr("aktivitet.felt.deltakereBeskrivelse")}
              standard={a.deltakere === null ? "" : String(a.deltakere)}
            />
            <Tekstfelt
              felt="budsjett"
              type="number"
              label={tr("aktivitet.felt.budsjett")}
              standard={a.budsjett === null ? "" : String(a.budsjett)}
            />
          </Skjema>
        </section>
      ) : null}
    </div>
  );
}
