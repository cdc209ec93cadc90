import { Field, Fieldset, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";
import type { MessageKey } from "../../../i18n";
import { useT } from "../../../i18n/use-t";
import {
  Avkrysning,
  feltId,
  Gruppefeil,
  Tekstfelt,
  Tekstomrade,
  Valgfelt,
} from "../../../components/skjema/felt";
import type { Mangelsted } from "../../../db/schema";
import { HASTEGRADER, KATEGORIER, MAKS_BILDE_BYTES, STEDER } from "../config";

/**
 * The parts of a defect report form that the resident's form (`/mangler/ny`), the staff form
 * (`/mangelmeldinger/ny`) and the resident's «add information» form (`/mangler/:id`) share. Each page keeps
 * its own frame (address, idempotency key, error summary, submit text); the fields live here.
 */

export const MB = MAKS_BILDE_BYTES / (1024 * 1024);

/** A place as the resident names it («I boligen min»). */
export const beboersSted = (sted: Mangelsted): MessageKey => `mangel.sted.${sted}`;

/** A place as staff name it: a unit is «I en bolig» — «I boligen min» is the resident's voice. */
export const ansattsSted = (sted: Mangelsted): MessageKey =>
  sted === "egen_bolig" ? "mangel.ansatt.sted.egen_bolig" : beboersSted(sted);

/** The values a defect form keeps when it is sent back with errors. */
export type MangelVerdier = {
  kategori: string;
  sted: string;
  stedDetalj: string;
  beskrivelse: string;
  hastegrad: string;
};

/**
 * Category, where, where exactly, description and urgency. `stedTekst` names a place (staff read «the
 * resident's home» where a resident reads «my home»); `akuttRad` is the urgent-danger advice residents get.
 */
export function MangelFelter({
  verdier: v,
  tekst: f,
  stedTekst,
  beskrivelseHjelp,
  akuttRad,
}: {
  verdier: MangelVerdier;
  tekst: (felt: string) => string | undefined;
  stedTekst: (sted: Mangelsted) => MessageKey;
  beskrivelseHjelp: MessageKey;
  akuttRad?: MessageKey;
}) {
  const tr = useT();
  return (
    <>
      <Valgfelt
        name="kategori"
        label={tr("mangel.kategori")}
        verdi={v.kategori}
        feil={f("kategori")}
        tomtValg={tr("soknad.velg")}
        valg={KATEGORIER.map((k) => ({ verdi: k, tekst: tr(`mangel.kategori.${k}`) }))}
      />
      <Valgfelt
        name="sted"
        label={tr("mangel.sted")}
        verdi={v.sted}
        feil={f("sted")}
        tomtValg={tr("soknad.velg")}
        valg={STEDER.map((k) => ({ verdi: k, tekst: tr(stedTekst(k)) }))}
      />
      <Tekstfelt
        name="stedDetalj"
        label={tr("mangel.stedDetalj")}
        hjelp={tr("mangel.stedDetalj.hjelp")}
        verdi={v.stedDetalj}
        feil={f("stedDetalj")}
      />
      <Tekstomrade
        name="beskrivelse"
        label={tr("mangel.beskrivelse")}
        hjelp={tr(beskrivelseHjelp)}
        verdi={v.beskrivelse}
        feil={f("beskrivelse")}
      />
      <Fieldset id={feltId("hastegrad")}>
        <Fieldset.Legend>{tr("mangel.hastegrad")}</Fieldset.Legend>
        {akuttRad ? <Fieldset.Description>{tr(akuttRad)}</Fieldset.Description> : null}
        {HASTEGRADER.map((h) => (
          <Avkrysning
            key={h}
            type="radio"
            name="hastegrad"
            value={h}
            idSuffiks={h}
            checked={v.hastegrad === h}
            label={tr(`mangel.hastegrad.${h}`)}
          />
        ))}
        <Gruppefeil name="hastegrad" feil={f("hastegrad")} />
      </Fieldset>
    </>
  );
}

/**
 * The photo field. `antall` is how many photos may still be added; `velgIgjen` says the browser dropped the
 * chosen files when the form came back with an error (a file input cannot be refilled).
 */
export function Bildefelt({
  antall,
  feil,
  velgIgjen,
}: {
  antall: number;
  feil: string | undefined;
  velgIgjen: boolean;
}) {
  const tr = useT();
  const id = feltId("bilder");
  return (
    <Field>
      <Label htmlFor={id}>{tr("mangel.bilder")}</Label>
      <Field.Description id={`${id}-hjelp`}>
        {tr("mangel.bilder.hjelp", { antall, mb: MB })}
        {velgIgjen ? ` ${tr("mangel.feil.bilder.velgIgjen")}` : ""}
      </Field.Description>
      <Input
        id={id}
        type="file"
        name="bilder"
        multiple
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={feil ? true : undefined}
        aria-describedby={`${id}-hjelp${feil ? ` ${id}-feil` : ""}`}
      />
      {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
    </Field>
  );
}
