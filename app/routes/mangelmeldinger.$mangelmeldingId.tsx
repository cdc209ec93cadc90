import { Alert, Button, Card, Fieldset, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/mangelmeldinger.$mangelmeldingId";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { Avkrysning, Gruppefeil, Tekstfelt, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import { assignDefect } from "../modules/mangelmelding/assign-defect.server";
import { closeDefect } from "../modules/mangelmelding/close-defect.server";
import {
  Frist,
  Tidslinje,
  formatTidspunkt,
  useFristerTekst,
} from "../modules/mangelmelding/components/tidslinje";
import { ALVORLIGHETER } from "../modules/mangelmelding/config";
import { getDefectForForvalter } from "../modules/mangelmelding/get-defect-for-forvalter.server";
import { planDefect } from "../modules/mangelmelding/plan-defect.server";
import {
  AvsluttSchema,
  feltfeil,
  PlanleggSchema,
  TildelSchema,
  VurderSchema,
} from "../modules/mangelmelding/schemas";
import { Bilder } from "../modules/mangelmelding/components/bilder";
import { ansattsSted } from "../modules/mangelmelding/components/mangel-felter";
import { triageDefect } from "../modules/mangelmelding/triage-defect.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const kategori = loaderData ? t(locale, `mangel.kategori.${loaderData.mangel.kategori}`) : undefined;
  return [
    { title: pageTitle(locale, kategori ? t(locale, "mangel.detalj.tittel", { kategori }) : undefined) },
  ];
};

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.behandle");
  const detalj = await getDefectForForvalter({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    id: parseId(params.mangelmeldingId),
  });
  return { ...detalj, lagret: new URL(request.url).searchParams.has("lagret") };
}

type Handling = "vurder" | "tildel" | "planlegg" | "avslutt";
type Svar = {
  handling: Handling;
  feil: Record<string, MessageKey>;
  konflikt: boolean;
  verdier: Record<string, string>;
};

const konflikt = (e: unknown) => (e as { data?: { code?: string } } | null)?.data?.code === "konflikt";

/**
 * One POST per panel (`handling`): assess, assign, plan, close. Each carries the row version it was loaded
 * with; a stale one is refused with a message (409) and nothing is overwritten. Field errors keep what was typed.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.behandle");
  const id = parseId(params.mangelmeldingId);
  const form = await request.formData();
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const handling = str("handling") as Handling;
  if (!["vurder", "tildel", "planlegg", "avslutt"].includes(handling)) fail("ugyldig");
  const versjon = Number(str("versjon"));
  const verdier = Object.fromEntries(
    ["alvorlighet", "ansvarlig", "planlagtDato", "utfall", "resultat"].map((k) => [k, str(k)]),
  );
  const avvis = (feil: Record<string, MessageKey>, status = 422) =>
    data<Svar>({ handling, feil, konflikt: status === 409, verdier }, { status });
  const feltFeil = (e: import("zod").ZodError) =>
    Object.fromEntries(
      Object.entries(feltfeil(e)).map(([k, kode]) => [
        k,
        `mangel.feil.${kode === "dato" ? "velg" : kode}` as MessageKey,
      ]),
    );
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, id, versjon };
  try {
    if (handling === "vurder") {
      const v = VurderSchema.safeParse(verdier);
      if (!v.success) return avvis(feltFeil(v.error));
      await triageDefect({ ...ctx, alvorlighet: v.data.alvorlighet });
    } else if (handling === "tildel") {
      const v = TildelSchema.safeParse(verdier);
      if (!v.success) return avvis(feltFeil(v.error));
      await assignDefect({ ...ctx, ansvarlig: v.data.ansvarlig });
    } else if (handling === "planlegg") {
      const v = PlanleggSchema.safeParse(verdier);
      if (!v.success) return avvis({ planlagtDato: "mangel.behandle.feil.dato" });
      const r = await planDefect({ ...ctx, planlagtDato: v.data.planlagtDato });
      if (!r.ok) return avvis({ planlagtDato: `mangel.behandle.feil.${r.feil}` });
    } else {
      const v = AvsluttSchema.safeParse(verdier);
      if (!v.success) return avvis(feltFeil(v.error));
      const r = await closeDefect({ ...ctx, utfall: v.data.utfall, resultat: v.data.resultat });
      if (!r.ok) return avvis({ utfall: `mangel.behandle.feil.${r.feil}` });
    }
  } catch (error) {
    if (!konflikt(error)) throw error;
    return avvis({}, 409);
  }
  return redirect(`/mangelmeldinger/${id}?lagret=${handling}`);
}

function Panel({
  handling,
  tittel,
  knapp,
  versjon,
  svar,
  children,
}: {
  handling: Handling;
  tittel: string;
  knapp: string;
  versjon: number;
  svar: Svar | undefined;
  children: React.ReactNode;
}) {
  const tr = useT();
  const mitt = svar?.handling === handling ? svar : undefined;
  return (
    <Card id={`handling-${handling}`}>
      <Form method="post" noValidate>
        <Fieldset>
          <Fieldset.Legend>{tittel}</Fieldset.Legend>
          <CsrfField />
          <input type="hidden" name="handling" value={handling} />
          <input type="hidden" name="versjon" value={versjon} />
          {mitt?.konflikt ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{tr("mangel.behandle.konflikt")}</Paragraph>
            </Alert>
          ) : null}
          {children}
          <div>
            <Button type="submit">{knapp}</Button>
          </div>
        </Fieldset>
      </Form>
    </Card>
  );
}

export default function BehandleMangel({ loaderData: d, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const m = d.mangel;
  const svar = actionData as Svar | undefined;
  const f = (h: Handling, k: string) =>
    svar?.handling === h && svar.feil[k] ? tr(svar.feil[k]!) : undefined;
  const v = (h: Handling, k: string, standard: string) =>
    svar?.handling === h ? (svar.verdier[k] ?? "") : standard;
  const kategori = tr(`mangel.kategori.${m.kategori}`);
  const apen = m.lukket === null;
  const frister = useFristerTekst();
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: tr("mangel.ko.tittel"), href: "/mangelmeldinger" },
          { label: tr("mangel.detalj.tittel", { kategori }) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.detalj.tittel", { kategori })}
      </Heading>
      {m.nyInformasjon ? (
        <Alert data-color="info">
          <Paragraph>{tr("mangel.behandle.nyInformasjon")}</Paragraph>
        </Alert>
      ) : null}
      {d.lagret ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("mangel.behandle.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <dl className="mangel-fakta">
        <dt>{tr("mangel.detalj.adresse")}</dt>
        <dd>
          {m.adresse.gateadresse}, {m.adresse.postnummer} {m.adresse.poststed} ({m.adresse.bydelNavn})
        </dd>
        <dt>{tr("mangel.detalj.hvor")}</dt>
        <dd>
          {tr(ansattsSted(m.sted))}
          {m.stedDetalj ? ` – ${m.stedDetalj}` : ""}
        </dd>
        <dt>{tr("mangel.beskrivelse")}</dt>
        <dd className="mangel-steg-tekst">{m.beskrivelse}</dd>
        <dt>{tr("mangel.detalj.hastegrad")}</dt>
        <dd>{tr(`mangel.hastegrad.${m.hastegrad}`)}</dd>
        <dt>{tr("mangel.detalj.mottatt")}</dt>
        <dd>{formatTidspunkt(m.mottatt, sprak)}</dd>
        <dt>{tr("mangel.ko.kolonne.status")}</dt>
        <dd>{tr(`mangel.status.${m.status}`)}</dd>
        <dt>{tr("mangel.alvorlighet")}</dt>
        <dd>{tr(`mangel.alvorlighet.${m.alvorlighet}`)}</dd>
        <dt>{tr("mangel.detalj.frist")}</dt>
        <dd>
          <Frist
            fristDato={m.fristDato}
            fristTidspunkt={m.fristTidspunkt}
            forsinket={m.forsinket}
            lukket={!apen}
          />
        </dd>
        <dt>{tr("mangel.ko.kolonne.ansvarlig")}</dt>
        <dd>{m.ansvarlig ?? tr("mangel.ko.ikkeTildelt")}</dd>
        <dt>{tr("mangel.behandle.melder")}</dt>
        <dd>
          {m.melder ? (
            <>
              {m.melder.navn}
              {m.melder.bolignummer
                ? `, ${tr("mangel.behandle.bolig", { nummer: m.melder.bolignummer })}`
                : ""}
              {m.melder.telefon ? `, ${tr("mangel.behandle.telefon", { telefon: m.melder.telefon })}` : ""}
            </>
          ) : (
            tr("mangel.behandle.ingenMelder")
          )}
        </dd>
      </dl>
      <Bilder mangelmeldingId={m.id} bilder={d.bilder} />

      {apen ? (
        <div className="mangel-handlinger">
          <Panel
            handling="vurder"
            tittel={tr("mangel.behandle.vurder")}
            knapp={tr("mangel.behandle.vurder.knapp")}
            versjon={m.versjon}
            svar={svar}
          >
            <Valgfelt
              name="alvorlighet"
              label={tr("mangel.alvorlighet")}
              hjelp={tr("mangel.behandle.vurder.hjelp", { frister })}
              verdi={v("vurder", "alvorlighet", m.alvorlighet)}
              feil={f("vurder", "alvorlighet")}
              valg={ALVORLIGHETER.map((a) => ({ verdi: a, tekst: tr(`mangel.alvorlighet.${a}`) }))}
            />
          </Panel>
          <Panel
            handling="tildel"
            tittel={tr("mangel.behandle.tildel")}
            knapp={tr("mangel.behandle.tildel.knapp")}
            versjon={m.versjon}
            svar={svar}
          >
            <Tekstfelt
              name="ansvarlig"
              label={tr("mangel.behandle.ansvarlig")}
              verdi={v("tildel", "ansvarlig", m.ansvarlig ?? "")}
              feil={f("tildel", "ansvarlig")}
            />
          </Panel>
          <Panel
            handling="planlegg"
            tittel={tr("mangel.behandle.planlegg")}
            knapp={tr("mangel.behandle.planlegg.knapp")}
            versjon={m.versjon}
            svar={svar}
          >
            <Tekstfelt
              name="planlagtDato"
              type="date"
              label={tr("mangel.behandle.planlagtDato")}
              verdi={v("planlegg", "planlagtDato", m.planlagtDato ?? "")}
              feil={f("planlegg", "planlagtDato")}
              bredde="kort"
            />
          </Panel>
          <Panel
            handling="avslutt"
            tittel={tr("mangel.behandle.avslutt")}
            knapp={tr("mangel.behandle.avslutt.knapp")}
            versjon={m.versjon}
            svar={svar}
          >
            <Fieldset>
              <Fieldset.Legend>{tr("mangel.behandle.utfall")}</Fieldset.Legend>
              {(["utfort", "avsluttet"] as const).map((u) => (
                <Avkrysning
                  key={u}
                  type="radio"
                  name="utfall"
                  value={u}
                  idSuffiks={u}
                  checked={v("avslutt", "utfall", "") === u}
                  label={tr(`mangel.behandle.utfall.${u}`)}
                />
              ))}
              <Gruppefeil name="utfall" feil={f("avslutt", "utfall")} />
            </Fieldset>
            <Tekstomrade
              name="resultat"
              label={tr("mangel.behandle.resultat")}
              hjelp={tr("mangel.behandle.resultat.hjelp")}
              verdi={v("avslutt", "resultat", "")}
              feil={f("avslutt", "resultat")}
            />
          </Panel>
        </div>
      ) : (
        <Paragraph>{tr("mangel.behandle.lukket")}</Paragraph>
      )}
      <Heading level={2} data-size="md">
        {tr("mangel.behandle.tidslinje")}
      </Heading>
      <Tidslinje steg={d.steg} for="ansatt" />
      <Paragraph>
        <Link href="/mangelmeldinger">{tr("mangel.behandle.tilbake")}</Link>
      </Paragraph>
    </div>
  );
}
