import { Alert, Button, Fieldset, Paragraph } from "@digdir/designsystemet-react";
import { Form, useNavigation } from "react-router";
import { CsrfField } from "../../../components/csrf-field";
import type { MessageKey } from "../../../i18n";
import { useLocale, useT } from "../../../i18n/use-t";
import { Avkrysning, Tekstfelt, Tekstomrade, Valgfelt } from "../../../components/skjema/felt";
import { ADRESSE_TILTAK_ANSVARLIG, ADRESSE_TILTAK_STATUS, INDIKATORER, OSLOSTANDARD } from "../oslostandard";

export const ADRESSE_FELT = [
  "tiltakNummer",
  "tittel",
  "beskrivelse",
  "ansvarlig",
  "ansvarligPerson",
  "status",
  "fristType",
  "frist",
  "forventetEndring",
  "indikator",
] as const;

/**
 * The form for a measure in an address's plan (add and change). Works without JavaScript; errors at the field
 * in the user's language; the typed values are kept.
 */
export function AdresseTiltakSkjema({
  verdier,
  feil,
  skjult,
  knapp,
}: {
  verdier: Record<string, string>;
  feil: Record<string, string>;
  skjult: Record<string, string | number>;
  knapp: string;
}) {
  const tr = useT();
  const sprak = useLocale();
  const navigation = useNavigation();
  const fe = (felt: string) => (feil[felt] ? tr(feil[felt] as MessageKey) : undefined);
  return (
    <Form method="post" noValidate className="bm-skjema">
      <CsrfField />
      {Object.entries(skjult).map(([navn, verdi]) => (
        <input key={navn} type="hidden" name={navn} value={verdi} />
      ))}
      {feil.skjema ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tr(feil.skjema as MessageKey)}</Paragraph>
        </Alert>
      ) : null}
      <Valgfelt
        name="tiltakNummer"
        label={tr("bomiljo.adresse.overskrift")}
        verdi={verdier.tiltakNummer ?? ""}
        feil={fe("tiltakNummer")}
        tomtValg={tr("bomiljo.adresse.velgOverskrift")}
        valg={OSLOSTANDARD.map((t) => ({
          verdi: String(t.nummer),
          tekst: `${t.nummer}. ${sprak === "en" ? t.titleEn : t.tittel}`,
        }))}
      />
      <Tekstfelt
        name="tittel"
        label={tr("bomiljo.adresse.tittel")}
        verdi={verdier.tittel ?? ""}
        feil={fe("tittel")}
      />
      <Tekstomrade
        name="beskrivelse"
        label={tr("bomiljo.adresse.beskrivelse")}
        hjelp={tr("bomiljo.tiltak.hvaHjelp")}
        valgfri={tr("bomiljo.valgfri")}
        verdi={verdier.beskrivelse ?? ""}
        feil={fe("beskrivelse")}
        maxLength={4000}
      />
      <Tekstomrade
        name="forventetEndring"
        label={tr("bomiljo.adresse.forventetEndring")}
        hjelp={tr("bomiljo.adresse.forventetEndringHjelp")}
        verdi={verdier.forventetEndring ?? ""}
        feil={fe("forventetEndring")}
        maxLength={2000}
      />
      <Valgfelt
        name="indikator"
        label={tr("bomiljo.adresse.indikator")}
        hjelp={tr("bomiljo.adresse.indikatorHjelp")}
        verdi={verdier.indikator ?? ""}
        feil={fe("indikator")}
        tomtValg={tr("bomiljo.adresse.velgIndikator")}
        valg={INDIKATORER.map((i) => ({ verdi: i, tekst: tr(`bomiljo.indikator.${i}` as MessageKey) }))}
      />
      <Valgfelt
        name="ansvarlig"
        label={tr("bomiljo.adresse.ansvarlig")}
        verdi={verdier.ansvarlig ?? ""}
        feil={fe("ansvarlig")}
        valg={ADRESSE_TILTAK_ANSVARLIG.map((a) => ({
          verdi: a,
          tekst: tr(`bomiljo.ansvarlig.${a}` as MessageKey),
        }))}
      />
      <Tekstfelt
        name="ansvarligPerson"
        label={tr("bomiljo.kol.ansvarligPerson")}
        valgfri={tr("bomiljo.valgfri")}
        verdi={verdier.ansvarligPerson ?? ""}
        feil={fe("ansvarligPerson")}
        autoComplete="off"
      />
      <Fieldset>
        <Fieldset.Legend>{tr("bomiljo.kol.frist")}</Fieldset.Legend>
        {(["dato", "pagaende", "ingen"] as const).map((ft) => (
          <Avkrysning
            key={ft}
            type="radio"
            name="fristType"
            value={ft}
            idSuffiks={ft}
            label={tr(`bomiljo.fristType.${ft}` as MessageKey)}
            checked={verdier.fristType === ft}
          />
        ))}
      </Fieldset>
      <Tekstfelt
        name="frist"
        type="date"
        label={tr("bomiljo.frist.dato")}
        hjelp={tr("bomiljo.frist.hjelp")}
        verdi={verdier.frist ?? ""}
        feil={fe("frist")}
        bredde="kort"
      />
      <Valgfelt
        name="status"
        label={tr("bomiljo.kol.status")}
        verdi={verdier.status ?? ""}
        feil={fe("status")}
        valg={ADRESSE_TILTAK_STATUS.map((s) => ({
          verdi: s,
          tekst: tr(`bomiljo.status.${s}` as MessageKey),
        }))}
      />
      <div className="bm-knapper">
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {knapp}
        </Button>
      </div>
    </Form>
  );
}
