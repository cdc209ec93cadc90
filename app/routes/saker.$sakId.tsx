import { Alert, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { data, redirect } from "react-router";
import type { Route } from "./+types/saker.$sakId";
import "../modules/cases/components/saksbehandling/saksbehandling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { utforHandling } from "../modules/cases/components/saksbehandling/utfor.server";
import type { Skjematilstand as Handlingsresultat } from "../modules/cases/components/saksbehandling/skjemaramme";
import {
  formatDato,
  STATUS_FARGE,
  statusKey,
  typeKey,
} from "../modules/cases/components/saksbehandling/format";
import { Handlinger } from "../modules/cases/components/saksbehandling/handlinger";
import {
  Arbeid,
  Fakta,
  Frister,
  Klager,
  Sakslogg,
  Soknaden,
  Vedtak,
} from "../modules/cases/components/saksbehandling/saksinnhold";
import { INTENTS, tolkSkjema, type Intent } from "../modules/cases/components/saksbehandling/skjema";
import { Vedlegg } from "../modules/cases/components/saksbehandling/vedlegg";
import { getCaseForCaseworker } from "../modules/cases/get-case-for-caseworker.server";
import { requireCaseInScope } from "../modules/cases/require-case-in-scope.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const nummer = loaderData?.sak.sak.saksnummer;
  return [
    { title: pageTitle(locale, nummer ? t(locale, "saker.sak.tittel", { saksnummer: nummer }) : undefined) },
  ];
};

/** /saker/:sakId — the caseworker's case page (own district; another district's case is 404). */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.behandle");
  const sak = await getCaseForCaseworker({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    sakId: parseId(params.sakId),
  });
  const utfort = new URL(request.url).searchParams.get("utfort");
  return { sak, utfort: INTENTS.find((i) => i === utfort) ?? null };
}

/**
 * Every action of the page is its own form with an `intent`: parse it (field errors come back at the field with
 * what was typed), then exactly one use case. A stale version (someone else saved first) is answered 409 with the
 * typed text kept; nothing is overwritten.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.behandle");
  const sakId = parseId(params.sakId);
  const form = await request.formData();
  const idag = todayInOslo();
  const sakstype = form.get("sakstype");
  const tolket = tolkSkjema(form, {
    idag,
    sakstype: sakstype === "fornyelse" || sakstype === "bistand_6" ? sakstype : "bolig",
    leietider: String(form.get("leietider") ?? "")
      .split(",")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  });
  if (!tolket.ok) {
    // Another district's case is 404 whatever was posted; the use cases check this themselves on success.
    await requireCaseInScope({ db: deps(context).db, actor, requestId: state.requestId, sakId });
    if (tolket.intent === null) fail("ugyldig");
    return data<Handlingsresultat>(
      { intent: tolket.intent, feil: tolket.feil, verdier: tolket.verdier },
      { status: 400 },
    );
  }
  const resultat = await utforHandling(
    { db: deps(context).db, actor, requestId: state.requestId, sakId, versjon: tolket.versjon },
    tolket.data,
  );
  if (resultat.ok) return redirect(`/saker/${sakId}?utfort=${tolket.data.intent}`);
  const verdier: Record<string, string> = {};
  for (const [navn, verdi] of form) if (typeof verdi === "string" && navn !== "_csrf") verdier[navn] = verdi;
  return data<Handlingsresultat>(
    resultat.konflikt
      ? { intent: tolket.data.intent, verdier, konflikt: true }
      : { intent: tolket.data.intent, verdier, melding: "saker.avvist" },
    { status: resultat.konflikt ? 409 : 400 },
  );
}

const UTFORT_KEY: Record<Intent, Parameters<ReturnType<typeof useT>>[0]> = {
  tildel: "saker.utfort.tildel",
  notat: "saker.utfort.notat",
  dokumentasjon: "saker.utfort.dokumentasjon",
  dokumentasjon_mottatt: "saker.utfort.dokumentasjonMottatt",
  forelopig_svar: "saker.utfort.forelopigSvar",
  vedtak: "saker.utfort.vedtak",
  vedtak_mottatt: "saker.utfort.vedtakMottatt",
  klage: "saker.utfort.klage",
  sen_klage: "saker.utfort.senKlage",
  omgjor: "saker.utfort.omgjor",
  oversend: "saker.utfort.oversend",
  statsforvalter: "saker.utfort.statsforvalter",
  avslutt: "saker.utfort.avslutt",
};

export default function Saksside({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const locale = useLocale();
  const { sak, utfort } = loaderData;
  const s = sak.sak;
  return (
    <div className="sb-side">
      <Breadcrumbs
        items={[
          { label: tr("nav.saker"), href: "/saker" },
          { label: tr("saker.sak.tittel", { saksnummer: s.saksnummer }) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("saker.sak.tittel", { saksnummer: s.saksnummer })}
      </Heading>
      <Paragraph data-size="lg">
        {sak.soker.fornavn} {sak.soker.etternavn} · {tr(typeKey(s.type))}{" "}
        <Tag data-color={STATUS_FARGE[s.status]}>{tr(statusKey(s.status))}</Tag>
      </Paragraph>
      {utfort && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr(UTFORT_KEY[utfort])}</Paragraph>
        </Alert>
      ) : null}
      {sak.varsel11a ? (
        <Alert data-color={sak.varsel11a.passert ? "danger" : "warning"}>
          <Heading level={2} data-size="xs">
            {tr(sak.varsel11a.passert ? "saker.varsel11a.passert" : "saker.varsel11a.naer", {
              dato: formatDato(sak.varsel11a.forfall, locale),
            })}
          </Heading>
          <Paragraph>
            {tr(
              sak.varsel11a.type === "forelopig_svar" ? "saker.varsel11a.svar" : "saker.varsel11a.forventet",
            )}
          </Paragraph>
          {sak.tillatteHendelser.includes("forelopig_svar") ? (
            <Paragraph>
              <Link href="#handling-forelopig-svar">{tr("saker.varsel11a.lenke")}</Link>
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
      <Fakta
        rader={[
          [tr("saker.kol.soker"), `${sak.soker.fornavn} ${sak.soker.etternavn}`],
          [tr("saker.sak.fodselsnummer"), sak.soker.fodselsnummer],
          [tr("saker.kol.mottatt"), formatDato(s.mottatt, locale)],
          [tr("saker.sak.bydel"), s.bydel.navn],
          [tr("saker.kol.saksbehandler"), s.saksbehandler?.navn ?? tr("saker.ko.ikkeTildelt")],
        ]}
      />
      <Handlinger sak={sak} tilstand={actionData ?? null} />
      <Soknaden sak={sak} />
      <Vedlegg sakId={s.id} vedlegg={sak.vedlegg} />
      <Frister sak={sak} />
      <Arbeid sak={sak} />
      <Vedtak sak={sak} />
      <Klager sak={sak} />
      <Sakslogg sak={sak} />
    </div>
  );
}
