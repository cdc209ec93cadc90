import {
  Alert,
  Button,
  Checkbox,
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
import type { MessageKey } from "../../i18n";
import { useT } from "../../i18n/use-t";
import { CsrfField } from "../csrf-field";
import { oppsummeringslinje } from "./oppsummering";
import "./skjema.css";

/**
 * The form frame for pages with several small forms told apart by `intent` (a case page, a meeting, an
 * HMS door): a plain POST that works without JavaScript, with the CSRF token, the intent, an optional row
 * version and hidden values. What the action answers (`Skjemasvar`) comes back to the form it belongs to:
 * field errors summarised at the top (links to the fields) and shown at each field, a stale version or a
 * refusal said in words, and everything typed kept.
 *
 * Single-form pages with their own layout (the application, a defect report) use the loose fields in
 * `./felt.tsx` instead.
 */

/** What an action answers for one form: field errors, a stale version, a refusal — with what was typed. */
export type Skjemasvar = {
  intent: string;
  feil?: Partial<Record<string, MessageKey>>;
  verdier: Record<string, string>;
  /** The row changed since the form was drawn: nothing was saved, the typed values are kept. */
  konflikt?: boolean;
  /** A refusal in words (the step is not allowed now …). */
  melding?: MessageKey;
};

type Ramme = { nokkel: string; svar: Skjemasvar | null };
const RammeContext = createContext<Ramme | null>(null);

/** A field's id: the form's key and the field's name, so two forms on one page never share an id. */
export const rammeFeltId = (nokkel: string, felt: string) => `${nokkel}-${felt}`;

export function Skjema({
  intent,
  svar,
  knapp,
  versjon,
  skjulte,
  etiketter,
  svarnokkel,
  id,
  knappVariant,
  children,
}: {
  intent: string;
  svar: Skjemasvar | null | undefined;
  knapp: string;
  /** A page's main action keeps the primary button; further forms on it may use the secondary. */
  knappVariant?: "primary" | "secondary";
  /** The row version the form was drawn from; a new version (after a save) redraws the form empty. */
  versjon?: number;
  skjulte?: Record<string, string | number>;
  /** Field name → its label, so the error summary says which field ("Frist: …"). */
  etiketter?: Record<string, string>;
  /** Which answer belongs to this form when several forms post the same intent (default: the intent). */
  svarnokkel?: string;
  id?: string;
  children?: ReactNode;
}) {
  const tr = useT();
  const nokkel = svarnokkel ?? intent;
  const egen = svar?.intent === nokkel ? svar : null;
  const feil = Object.entries(egen?.feil ?? {}).filter((e): e is [string, MessageKey] => !!e[1]);
  return (
    <Form
      method="post"
      className="skjema-ramme"
      noValidate
      id={id}
      key={`${intent}-${versjon ?? ""}-${JSON.stringify(skjulte ?? {})}`}
    >
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {versjon === undefined ? null : <input type="hidden" name="versjon" value={versjon} />}
      {Object.entries(skjulte ?? {}).map(([navn, verdi]) => (
        <input key={navn} type="hidden" name={navn} value={String(verdi)} />
      ))}
      {egen?.konflikt ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            <strong>{tr("skjema.konflikt.tittel")}</strong>
          </Paragraph>
          <Paragraph>{tr("skjema.konflikt.tekst")}</Paragraph>
        </Alert>
      ) : null}
      {egen?.melding ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tr(egen.melding)}</Paragraph>
        </Alert>
      ) : null}
      {feil.length > 0 ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{tr("skjema.feil.oppsummering")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {feil.map(([felt, key]) => (
              <ErrorSummary.Item key={felt}>
                <ErrorSummary.Link href={`#${rammeFeltId(nokkel, felt)}`}>
                  {oppsummeringslinje(etiketter?.[felt], tr(key))}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <RammeContext.Provider value={{ nokkel, svar: egen }}>{children}</RammeContext.Provider>
      <div>
        <Button type="submit" variant={knappVariant}>
          {knapp}
        </Button>
      </div>
    </Form>
  );
}

function useFelt(felt: string, standard = "") {
  const tr = useT();
  const ramme = useContext(RammeContext);
  if (!ramme) throw new Error("Feltet må ligge i et Skjema");
  const key = ramme.svar?.feil?.[felt];
  return {
    id: rammeFeltId(ramme.nokkel, felt),
    verdi: ramme.svar ? (ramme.svar.verdier[felt] ?? "") : standard,
    feil: key ? tr(key) : undefined,
  };
}

/** A text field; `type="number"` is a text field with the numeric keyboard (no spinner, no lost zeros). */
export function Tekstfelt({
  felt,
  label,
  beskrivelse,
  type = "text",
  flerlinje,
  standard,
  maks,
  rader = 4,
  lang,
  dir,
}: {
  felt: string;
  label: string;
  beskrivelse?: string;
  type?: "text" | "date" | "time" | "number";
  flerlinje?: boolean;
  standard?: string;
  maks?: number;
  rader?: number;
  /** The language of what is typed (an announcement in Arabic …), with its direction. */
  lang?: string;
  dir?: "ltr" | "rtl";
}) {
  const f = useFelt(felt, standard);
  const felles = { id: f.id, name: felt, defaultValue: f.verdi, maxLength: maks, lang, dir };
  return flerlinje ? (
    <Textfield label={label} description={beskrivelse} error={f.feil} multiline rows={rader} {...felles} />
  ) : (
    <Textfield
      label={label}
      description={beskrivelse}
      error={f.feil}
      type={type === "number" ? "text" : type}
      inputMode={type === "number" ? "numeric" : undefined}
      {...felles}
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

export function Avkrysning({ felt, label, standard }: { felt: string; label: string; standard?: boolean }) {
  const f = useFelt(felt, standard ? "ja" : "");
  return <Checkbox id={f.id} name={felt} value="ja" label={label} defaultChecked={f.verdi === "ja"} />;
}
