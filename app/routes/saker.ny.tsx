import { randomUUID } from "node:crypto";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data } from "react-router";
import type { Route } from "./+types/saker.ny";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { idag } from "../modules/cases/queries.server";
import { Kvittering } from "../modules/cases/components/soknad/kvittering";
import { SoknadSkjema } from "../modules/cases/components/soknad/soknad-skjema";
import {
  ANSATT_ROLLER,
  lesSkjema,
  MAKS_RADER,
  MIN_RADER,
  sjekkForInnsending,
  tomtSvar,
} from "../modules/cases/soknad-form";
import { submitApplication } from "../modules/cases/submit-application.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "soknad.papir.tittel");

/** Which submitter roles a staff member may register: the caseworker all three, the follow-up service its own. */
function rollerFor(rolle: string): readonly string[] {
  return rolle === "saksbehandler" ? ANSATT_ROLLER : ["kommunal_tjeneste"];
}

/**
 * /saker/ny — staff register an application that came on paper (or from a municipal service or an
 * institution) with the same form and the same checks as the resident's, plus the date stamp. The hidden
 * idempotency key makes a double click one case. No drafts: the form re-renders with what was typed.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "sak.registrer");
  // The date stamp starts as today (most paper applications are registered the day they arrive).
  return {
    idempotensnokkel: randomUUID(),
    roller: rollerFor(actor.rolle),
    svar: { ...tomtSvar("ansatt"), mottatt: idag(undefined) },
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "sak.registrer");
  const { db, config } = deps(context);
  const form = await request.formData();
  const handling = String(form.get("handling") ?? "");
  const nokkel = String(form.get("idempotensnokkel") ?? "");
  const fjern = /^fjern:(\d+)$/.exec(handling);
  if (fjern) for (const felt of ["rolle", "alder"]) form.delete(`medlem.${fjern[1]}.${felt}`);
  const { svar, helse } = lesSkjema(form, "ansatt");
  if (handling !== "send") {
    // "Legg til en person til" or "Fjern": show the form again with one row more or less, nothing stored.
    if (handling === "legg_til")
      svar.rader = Math.min(MAKS_RADER, Math.max(svar.rader, svar.medlemmer.length) + 1);
    if (fjern) svar.rader = Math.max(MIN_RADER, svar.rader - 1);
    return { svar, helse, feil: {}, kvittering: null };
  }
  const sjekk = sjekkForInnsending(svar, helse, "ansatt", {
    today: idag(undefined),
    allowSynthetic: config.allowTestIdentities,
    staffRolle: actor.rolle,
    staffBydelId: actor.bydelId,
  });
  if (!sjekk.ok) return data({ svar, helse, feil: sjekk.feil, kvittering: null }, { status: 422 });
  const resultat = await submitApplication({
    db,
    actor,
    requestId: state.requestId,
    input: { ...sjekk.input, idempotensnokkel: nokkel },
    allowSyntheticIdentities: config.allowTestIdentities,
  });
  return {
    svar,
    helse,
    feil: {},
    kvittering: { sakId: resultat.sakId, saksnummer: resultat.saksnummer, mottatt: svar.mottatt },
  };
}

export default function Papirsoknad({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const crumbs = [{ label: tr("soknad.papir.tittel") }];
  if (actionData?.kvittering) {
    const k = actionData.kvittering;
    return (
      <div className="soknad-side">
        <Breadcrumbs items={crumbs} />
        <Heading level={1} data-size="lg">
          {tr("soknad.papir.registrert")}
        </Heading>
        <Kvittering saksnummer={k.saksnummer} mottatt={k.mottatt} svarInnen={null} forSegSelv={false} />
        <Paragraph>
          <Link href={`/saker/${k.sakId}`}>{tr("soknad.papir.tilSaken")}</Link>
        </Paragraph>
        <Paragraph>
          <Link href="/saker/ny">{tr("soknad.papir.enTil")}</Link>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="soknad-side">
      <Breadcrumbs items={crumbs} />
      <Heading level={1} data-size="lg">
        {tr("soknad.papir.tittel")}
      </Heading>
      <Paragraph>{tr("soknad.papir.ingress")}</Paragraph>
      <SoknadSkjema
        // A new row set (added or removed) draws the form again from what was sent.
        key={
          actionData
            ? JSON.stringify([actionData.svar.rader, actionData.svar.medlemmer, actionData.feil])
            : "ny"
        }
        modus="ansatt"
        svar={actionData?.svar ?? loaderData.svar}
        helse={actionData?.helse ?? { behov: [], beskrivelse: "" }}
        feil={actionData?.feil ?? {}}
        idempotensnokkel={loaderData.idempotensnokkel}
        ansattRoller={loaderData.roller}
      />
    </div>
  );
}
