import {
  Alert,
  Button,
  ErrorSummary,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { createContext, useContext, type ReactNode } from "react";
import { Form } from "react-router";
import { CsrfField } from "../../../../components/csrf-field";
import type { MessageKey } from "../../../../i18n";
import { useT } from "../../../../i18n/use-t";
import type { Feil, Intent, Verdier } from "./skjema";

/** What the action answers for one form: field errors, a stale version, or a refusal — with what was typed. */
export type Skjematilstand = {
  intent: Intent;
  feil?: Feil;
  verdier: Verdier;
  konflikt?: boolean;
  avvist?: boolean;
};

type Ramme = { intent: Intent; tilstand: Skjematilstand | null };
const RammeContext = createContext<Ramme | null>(null);

function useRamme(): Ramme {
  const ramme = useContext(RammeContext);
  if (!ramme) throw new Error("Feltet må ligge i en Skjemaramme");
  return ramme;
}

export const feltId = (intent: Intent, felt: string) => `${intent}-${felt}`;

/** The field's name in the error summary ("Frist: Datoen må være etter i dag."). */
const FELTNAVN: Partial<Record<string, MessageKey>> = {
  saksbehandlerId: "saker.tildel.label",
  tekst: "saker.notat.label",
  beskrivelse: "saker.dokumentasjon.hva",
  frist: "saker.dokumentasjon.frist",
  grunn: "saker.forelopigSvar.grunn",
  forventetVedtak: "saker.forelopigSvar.dato",
  utfall: "saker.vedtak.utfall",
  boligtype: "saker.vedtak.boligtype",
  rom: "saker.vedtak.rom",
  leietidAar: "saker.vedtak.leietid",
  prioritet: "saker.vedtak.prioritet",
  regler: "saker.vedtak.regler",
  faktum: "saker.vedtak.faktum",
  hovedhensyn: "saker.vedtak.hovedhensyn",
  sendemaate: "saker.vedtak.sendemaate",
  maate: "saker.mottatt.legend",
  dato: "saker.mottatt.dato",
  mottatt: "saker.klage.mottatt",
  beslutning: "saker.senKlage.legend",
  begrunnelse: "saker.begrunnelse",
  merknad: "saker.oversend.merknad",
  avgjort: "saker.statsforvalter.dato",
};

/**
 * One action of the case page: a plain POST form (works without JavaScript) with the CSRF token, the intent and
 * the case's row version. On a stale version it says so and keeps the typed text; field errors are listed at the
 * top (links to the fields) and shown at each field.
 */
export function Skjemaramme({
  intent,
  versjon,
  tilstand,
  knapp,
  skjulte,
  children,
}: {
  intent: Intent;
  versjon: number;
  tilstand: Skjematilstand | null;
  knapp: string;
  skjulte?: Record<string, string>;
  children?: ReactNode;
}) {
  const tr = useT();
  const egen = tilstand?.intent === intent ? tilstand : null;
  const feil = Object.entries(egen?.feil ?? {}).filter((e): e is [string, MessageKey] => !!e[1]);
  return (
    // A new version (after a save) remounts the form, so a saved text does not linger in the field.
    <Form method="post" className="sb-skjema" key={`${intent}-${versjon}`} noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="versjon" value={versjon} />
      {Object.entries(skjulte ?? {}).map(([navn, verdi]) => (
        <input key={navn} type="hidden" name={navn} value={verdi} />
      ))}
      {egen?.konflikt ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            <strong>{tr("saker.konflikt.tittel")}</strong>
          </Paragraph>
          <Paragraph>{tr("saker.konflikt.tekst")}</Paragraph>
        </Alert>
      ) : null}
      {egen?.avvist ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tr("saker.avvist")}</Paragraph>
        </Alert>
      ) : null}
      {feil.length > 0 ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{tr("saker.feil.oppsummering")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {feil.map(([felt, key]) => (
              <ErrorSummary.Item key={felt}>
                <ErrorSummary.Link href={`#${feltId(intent, felt)}`}>
                  {FELTNAVN[felt] ? `${tr(FELTNAVN[felt])}: ${tr(key)}` : tr(key)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <RammeContext.Provider value={{ intent, tilstand: egen }}>{children}</RammeContext.Provider>
      <div>
        <Button type="submit">{knapp}</Button>
      </div>
    </Form>
  );
}

function useFelt(felt: string, standard = "") {
  const tr = useT();
  const { intent, tilstand } = useRamme();
  const key = tilstand?.feil?.[felt];
  return {
    id: feltId(intent, felt),
    verdi: tilstand ? (tilstand.verdier[felt] ?? "") : standard,
    feil: key ? tr(key) : undefined,
  };
}

export function Tekstfelt({
  felt,
  label,
  beskrivelse,
  type = "text",
  flerlinje,
  standard,
  maks,
  rader = 5,
}: {
  felt: string;
  label: string;
  beskrivelse?: string;
  type?: "text" | "date" | "number";
  flerlinje?: boolean;
  standard?: string;
  maks?: number;
  rader?: number;
}) {
  const f = useFelt(felt, standard);
  const felles = { id: f.id, name: felt, defaultValue: f.verdi, maxLength: maks };
  return flerlinje ? (
    <Textfield label={label} description={beskrivelse} error={f.feil} multiline rows={rader} {...felles} />
  ) : (
    <Textfield
      label={label}
      description={beskrivelse}
      error={f.feil}
      type={type}
      {...felles}
      {...(type === "number" ? { inputMode: "numeric" as const } : {})}
    />
  );
}

export function Valg({
  felt,
  label,
  valg,
  standard,
  beskrivelse,
}: {
  felt: string;
  label: string;
  valg: readonly { verdi: string; tekst: string }[];
  standard?: string;
  beskrivelse?: string;
}) {
  const f = useFelt(felt, standard);
  return (
    <Field>
      <Label htmlFor={f.id}>{label}</Label>
      {beskrivelse ? <Field.Description>{beskrivelse}</Field.Description> : null}
      <Select id={f.id} name={felt} defaultValue={f.verdi} aria-invalid={f.feil ? true : undefined}>
        {valg.map((v) => (
          <Select.Option key={v.verdi} value={v.verdi}>
            {v.tekst}
          </Select.Option>
        ))}
      </Select>
      {f.feil ? <ValidationMessage>{f.feil}</ValidationMessage> : null}
    </Field>
  );
}

export function Radiovalg({
  felt,
  legend,
  valg,
  standard,
}: {
  felt: string;
  legend: string;
  valg: readonly { verdi: string; tekst: string; beskrivelse?: string }[];
  standard?: string;
}) {
  const f = useFelt(felt, standard);
  return (
    <Fieldset id={f.id} tabIndex={-1}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {valg.map((v) => (
        <Radio
          key={v.verdi}
          id={`${f.id}-${v.verdi}`}
          name={felt}
          value={v.verdi}
          label={v.tekst}
          description={v.beskrivelse}
          defaultChecked={f.verdi === v.verdi}
          aria-invalid={f.feil ? true : undefined}
        />
      ))}
      {f.feil ? <ValidationMessage>{f.feil}</ValidationMessage> : null}
    </Fieldset>
  );
}
