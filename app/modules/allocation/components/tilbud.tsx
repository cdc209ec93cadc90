import { Alert, Button, Fieldset, Heading, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { Form } from "react-router";
import { CsrfField } from "../../../components/csrf-field";
import { useLocale, useT } from "../../../i18n/use-t";
import { Avkrysning, feltId, Tekstomrade } from "../../../components/skjema/felt";
import { formatDato, formatKroner, formatTall } from "../../housing-stock/format";
import type { TilbudVisning } from "../get-offer.server";

/** The offer's facts: the unit, rent, answer deadline, viewing, and the answer once given. */
export function TilbudFakta({ tilbud }: { tilbud: TilbudVisning }) {
  const tr = useT();
  const sprak = useLocale();
  const b = tilbud.bolig;
  return (
    <dl className="tl-fakta">
      <dt>{tr("tildeling.tilbud.bolig")}</dt>
      <dd>
        {b.adresse}, {b.postnummer} {b.poststed} (
        {tr("tildeling.tilbud.bolignummer", { bolignummer: b.bolignummer })})
      </dd>
      <dt>{tr("tildeling.tilbud.storrelse")}</dt>
      <dd>
        {tr("tildeling.bolig.fakta", {
          rom: b.rom,
          areal: formatTall(b.arealM2, 1, sprak),
          etasje: b.etasje,
        })}
      </dd>
      <dt>{tr("tildeling.tilbud.husleie")}</dt>
      <dd>{tr("tildeling.tilbud.perMnd", { kr: formatKroner(tilbud.husleieKr, sprak) })}</dd>
      <dt>{tr("tildeling.tilbud.svarfrist")}</dt>
      <dd>{formatDato(tilbud.svarfrist, sprak)}</dd>
      <dt>{tr("tildeling.visning")}</dt>
      <dd>
        {tilbud.visning
          ? tr("tildeling.visning.tekst", {
              dato: formatDato(tilbud.visning.dato, sprak),
              tid: tilbud.visning.tid,
              sted: tilbud.visning.sted,
              deltakere: tilbud.visning.deltakere,
            })
          : tr("tildeling.visning.ikkeAvtalt")}
      </dd>
      <dt>{tr("tildeling.tilbud.statusLabel")}</dt>
      <dd>{tr(`tildeling.tilbud.status.${tilbud.status}`)}</dd>
      {tilbud.svarDato ? (
        <>
          <dt>{tr("tildeling.tilbud.svart")}</dt>
          <dd>
            {formatDato(tilbud.svarDato, sprak)} (
            {tr(
              tilbud.svarRegistrertAv === "soker"
                ? "tildeling.tilbud.svartAvSoker"
                : "tildeling.tilbud.svartAvSb",
            )}
            )
          </dd>
        </>
      ) : null}
      {tilbud.avslagGrunn ? (
        <>
          <dt>{tr("tildeling.tilbud.grunn")}</dt>
          <dd>{tilbud.avslagGrunn}</dd>
          <dt>{tr("tildeling.tilbud.rutine")}</dt>
          <dd>{tilbud.rutine ? tr(`tildeling.rutine.${tilbud.rutine}`) : ""}</dd>
        </>
      ) : null}
      {tilbud.leiekontrakt ? (
        <>
          <dt>{tr("tildeling.tilbud.leiekontrakt")}</dt>
          <dd>
            {tr("tildeling.tilbud.leiekontrakt.tekst", {
              start: formatDato(tilbud.leiekontrakt.startdato, sprak),
              slutt: tilbud.leiekontrakt.sluttdato ? formatDato(tilbud.leiekontrakt.sluttdato, sprak) : "–",
            })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export type SvarFeil = { svar?: string; grunn?: string; skjema?: string };

/** Yes or no to the offer; a no needs the reason. `hvem` words the labels for the applicant or the caseworker. */
export function SvarSkjema({
  tilbud,
  hvem,
  feil,
  verdier,
}: {
  tilbud: TilbudVisning;
  hvem: "soker" | "saksbehandler";
  feil: SvarFeil;
  verdier: { svar?: string; grunn?: string };
}) {
  const tr = useT();
  return (
    <Form method="post" noValidate className="tl-skjema" id={`svar-${tilbud.id}`}>
      <CsrfField />
      <input type="hidden" name="intent" value="svar" />
      <input type="hidden" name="tilbudId" value={tilbud.id} />
      <input type="hidden" name="versjon" value={tilbud.versjon} />
      <Heading level={2} data-size="sm">
        {tr(hvem === "soker" ? "tildeling.svar.tittelSoker" : "tildeling.svar.tittelSb")}
      </Heading>
      {feil.skjema ? (
        <Alert data-color="danger">
          <Paragraph>{feil.skjema}</Paragraph>
        </Alert>
      ) : null}
      <Fieldset id={feltId(`svar-${tilbud.id}`)}>
        <Fieldset.Legend>
          {tr(hvem === "soker" ? "tildeling.svar.legendSoker" : "tildeling.svar.legendSb")}
        </Fieldset.Legend>
        <Avkrysning
          type="radio"
          name="svar"
          idSuffiks={`ja-${tilbud.id}`}
          value="ja"
          checked={verdier.svar === "ja"}
          label={tr("tildeling.svar.ja")}
        />
        <Avkrysning
          type="radio"
          name="svar"
          idSuffiks={`nei-${tilbud.id}`}
          value="nei"
          checked={verdier.svar === "nei"}
          label={tr("tildeling.svar.nei")}
        />
        {feil.svar ? <ValidationMessage>{feil.svar}</ValidationMessage> : null}
      </Fieldset>
      <Tekstomrade
        name={`grunn-${tilbud.id}`}
        label={tr("tildeling.svar.grunn")}
        hjelp={tr(`tildeling.svar.grunn.hjelp.${tilbud.bydelensRutine}`)}
        verdi={verdier.grunn ?? ""}
        feil={feil.grunn}
        maxLength={2000}
      />
      <div>
        <Button type="submit">{tr("tildeling.svar.send")}</Button>
      </div>
    </Form>
  );
}

/** Reads and checks the answer form; null when it is fine. */
export function lesSvar(
  form: FormData,
  tilbudId: string,
): { input: { svar: string; grunn?: string }; feil: SvarFeil | null } {
  const svar = String(form.get("svar") ?? "");
  const grunn = String(form.get(`grunn-${tilbudId}`) ?? "")
    .slice(0, 5000)
    .trim();
  if (svar !== "ja" && svar !== "nei") return { input: { svar, grunn }, feil: { svar: "Velg ja eller nei" } };
  if (svar === "nei" && !grunn)
    return { input: { svar, grunn }, feil: { grunn: "Skriv hvorfor du sier nei" } };
  if (grunn.length > 2000)
    return { input: { svar, grunn }, feil: { grunn: "Grunnen kan være høyst 2000 tegn" } };
  return { input: svar === "ja" ? { svar } : { svar, grunn }, feil: null };
}
