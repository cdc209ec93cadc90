import { Alert, Button, Checkbox, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/naboklager.ny";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey, type MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { fail } from "../lib/errors";
import { Feiloppsummering, Radiogruppe, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import "../modules/cases/components/soknad/soknad.css";
import { feltfeil, type Feltfeil } from "../modules/bekymring/schemas";
import { nyttSkjemaId } from "../modules/bekymring/submit-concern.server";
import { createComplaint } from "../modules/naboklage/create-complaint.server";
import { listAddressesAndUnits } from "../modules/naboklage/list-complaints.server";
import { NABOKLAGE_KATEGORIER, nyNaboklageSchema } from "../modules/naboklage/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "naboklage.ny.tittel");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /naboklager/ny — the coordinator registers a complaint: first the address (a GET form), then the parties
 * among its units. `?fra=<bekymringId>` makes it from an anonymous concern (no complainant).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "naboklage.behandle");
  const url = new URL(request.url);
  const eiendom = url.searchParams.get("eiendom");
  const fra = url.searchParams.get("fra");
  const valg = await listAddressesAndUnits({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    eiendomId: eiendom && UUID.test(eiendom) ? eiendom : null,
  });
  return { ...valg, fra: fra && UUID.test(fra) ? fra : "", nokkel: nyttSkjemaId() };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "naboklage.behandle");
  const form = await request.formData();
  const felt = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const skjema = {
    nokkel: felt("nokkel"),
    eiendomId: felt("eiendomId"),
    klagerBoligId: felt("klagerBoligId"),
    innklagetBoligId: felt("innklagetBoligId"),
    kategori: felt("kategori"),
    beskrivelse: felt("beskrivelse"),
    klagerSkjult: form.get("klagerSkjult") === "ja",
    bekymringId: felt("bekymringId"),
  };
  const sjekk = nyNaboklageSchema.safeParse(skjema);
  if (!sjekk.success) {
    if (!UUID.test(skjema.nokkel)) fail("ugyldig");
    return data({ feil: feltfeil(sjekk.error), verdier: skjema }, { status: 422 });
  }
  const id = await createComplaint({ db: deps(context).db, actor, requestId: state.requestId, skjema });
  return redirect(`/naboklager/${id}`);
}

export default function NyNaboklage({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { adresser, valgt, boliger, fra, nokkel } = loaderData;
  const feil: Feltfeil = actionData?.feil ?? {};
  const v = actionData?.verdier;
  const tekst = (key: string | undefined) => (key && isMessageKey(key) ? tr(key) : undefined);
  const feilliste = Object.entries(feil).flatMap(([f, key]) => {
    const t = tekst(key);
    return t ? [[f, t] as [string, string]] : [];
  });
  const boligValg = boliger.map((b) => ({
    verdi: b.id,
    tekst: tr("naboklage.ny.bolig", { oppgang: b.oppgang, bolignummer: b.bolignummer, etasje: b.etasje }),
  }));
  const medFra = fra ? `&fra=${fra}` : "";
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("naboklage.tittel"), href: "/naboklager" },
          { label: tr("naboklage.ny.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("naboklage.ny.tittel")}
      </Heading>
      {fra ? (
        <Alert data-color="info">
          <Paragraph>{tr("naboklage.ny.fraBekymring")}</Paragraph>
        </Alert>
      ) : null}
      {valgt === null ? (
        <Form method="get" className="soknad-side">
          <Heading level={2} data-size="sm">
            {tr("naboklage.ny.steg.adresse")}
          </Heading>
          {fra ? <input type="hidden" name="fra" value={fra} /> : null}
          <Valgfelt
            name="eiendom"
            label={tr("naboklage.ny.adresse")}
            verdi=""
            tomtValg={tr("naboklage.ny.adresse.velg")}
            valg={adresser.map((a) => ({ verdi: a.id, tekst: a.gateadresse }))}
          />
          <div>
            <Button type="submit">{tr("naboklage.ny.neste")}</Button>
          </div>
        </Form>
      ) : (
        <>
          <Heading level={2} data-size="sm">
            {tr("naboklage.ny.steg.klage")}
          </Heading>
          <Paragraph>
            {tr("naboklage.ny.adresseValgt", { adresse: valgt.gateadresse })}{" "}
            <Link asChild>
              <RouterLink to={`/naboklager/ny${fra ? `?fra=${fra}` : ""}`}>
                {tr("naboklage.ny.byttAdresse")}
              </RouterLink>
            </Link>
          </Paragraph>
          <Feiloppsummering tittel={tr("bekymring.feil.oppsummering")} feil={feilliste} />
          <Form
            method="post"
            noValidate
            className="soknad-side"
            action={`/naboklager/ny?eiendom=${valgt.id}${medFra}`}
          >
            <CsrfField />
            <input type="hidden" name="nokkel" value={v?.nokkel ?? nokkel} />
            <input type="hidden" name="eiendomId" value={valgt.id} />
            <input type="hidden" name="bekymringId" value={fra} />
            {fra ? (
              <input type="hidden" name="klagerBoligId" value="" />
            ) : (
              <Valgfelt
                name="klagerBoligId"
                label={tr("naboklage.ny.klager")}
                hjelp={tr("naboklage.ny.klager.hjelp")}
                verdi={v?.klagerBoligId ?? ""}
                feil={tekst(feil.klagerBoligId)}
                valg={[{ verdi: "", tekst: tr("naboklage.ny.klager.ingen") }, ...boligValg]}
              />
            )}
            <Valgfelt
              name="innklagetBoligId"
              label={tr("naboklage.ny.innklaget")}
              verdi={v?.innklagetBoligId ?? ""}
              feil={tekst(feil.innklagetBoligId)}
              tomtValg={tr("naboklage.ny.innklaget.velg")}
              valg={boligValg}
            />
            <Radiogruppe
              name="kategori"
              legend={tr("naboklage.ny.kategori")}
              verdi={v?.kategori ?? ""}
              feil={tekst(feil.kategori)}
              valg={NABOKLAGE_KATEGORIER.map((k) => ({
                verdi: k,
                tekst: tr(`naboklage.kategori.${k}` as MessageKey),
              }))}
            />
            <Tekstomrade
              name="beskrivelse"
              label={tr("naboklage.ny.beskrivelse")}
              hjelp={tr("naboklage.ny.beskrivelse.hjelp")}
              verdi={v?.beskrivelse ?? ""}
              feil={tekst(feil.beskrivelse)}
              maxLength={5000}
            />
            {fra ? null : (
              <Checkbox
                id="felt-klagerSkjult"
                name="klagerSkjult"
                value="ja"
                label={tr("naboklage.ny.skjult")}
                defaultChecked={v?.klagerSkjult ?? false}
              />
            )}
            <div>
              <Button type="submit">{tr("naboklage.ny.send")}</Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
