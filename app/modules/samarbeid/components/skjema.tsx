import {
  Alert,
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { createContext, useContext, type ReactNode } from "react";
import { Form } from "react-router";
import { CsrfField } from "../../../components/csrf-field";
import type { MessageKey } from "../../../i18n";
import { useT } from "../../../i18n/use-t";
import type { Feil, Verdier } from "../schemas";

/** What an action answers for one form: field errors, a stale version, a refusal — with what was typed. */
export type Skjemasvar = {
  intent: string;
  feil?: Feil;
  verdier: Verdier;
  konflikt?: boolean;
  melding?: MessageKey;
};

type Ramme = { intent: string; svar: Skjemasvar | null };
const RammeContext = createContext<Ramme | null>(null);

/**
 * One form of a samarbeid page: a plain POST (works without JavaScript) with the CSRF token, the intent, an
 * optional row version and idempotency key. Errors are summarised at the top (links to the fields) and shown at
 * each field; a stale version says so and keeps what was typed.
 */
export function Skjema({
  intent,
  svar,
  knapp,
  skjulte,
  etiketter,
  children,
  id,
  svarnokkel,
}: {
  intent: string;
  /** Which answer belongs to this form, when several forms post the same intent (default: the intent). */
  svarnokkel?: string;
  svar: Skjemasvar | null | undefined;
  knapp: string;
  skjulte?: Record<string, string | number>;
  /** Field name → its label, for the error summary. */
  etiketter?: Record<string, string>;
  children?: ReactNode;
  id?: string;
}) {
  const tr = useT();
  const nokkelen = svarnokkel ?? intent;
  const egen = svar?.intent === nokkelen ? svar : null;
  const feil = Object.entries(egen?.feil ?? {}).filter((e): e is [string, MessageKey] => !!e[1]);
  return (
    <Form
      method="post"
      className="sa-skjema"
      noValidate
      id={id}
      key={`${intent}-${JSON.stringify(skjulte ?? {})}`}
    >
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(skjulte ?? {}).map(([navn, verdi]) => (
        <input key={navn} type="hidden" name={navn} value={String(verdi)} />
      ))}
      {egen?.konflikt ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{tr("samarbeid.konflikt")}</Paragraph>
        </Alert>
      ) : null}
      {egen?.melding ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tr(egen.melding)}</Paragraph>
        </Alert>
      ) : null}
      {feil.length > 0 ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{tr("samarbeid.feil.oppsummering")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {feil.map(([felt, key]) => (
              <ErrorSummary.Item key={felt}>
                <ErrorSummary.Link href={`#${nokkelen}-${felt}`}>
                  {etiketter?.[felt] ? `${etiketter[felt]}: ` : ""}
                  {tr(key)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <RammeContext.Provider value={{ intent: nokkelen, svar: egen }}>{children}</RammeContext.Provider>
      <div>
        <Button type="submit">{knapp}</Button>
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
    id: `${ramme.intent}-${felt}`,
    verdi: ramme.svar ? (ramme.svar.verdier[felt] ?? "") : standard,
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
  lang,
  dir,
}: {
  felt: string;
  label: string;
  beskrivelse?: string;
  type?: "text" | "date" | "time" | "number";
  flerlinje?: boolean;
  standard?: string;
  /** The language of what is typed (an announcement in Arabic …), with its direction. */
  lang?: string;
  dir?: "ltr" | "rtl";
}) {
  const f = useFelt(felt, standard);
  return flerlinje ? (
    <Textfield
      id={f.id}
      name={felt}
      lang={lang}
      dir={dir}
      label={label}
      description={beskrivelse}
      error={f.feil}
      multiline
      rows={4}
      defaultValue={f.verdi}
    />
  ) : (
    <Textfield
      id={f.id}
      name={felt}
      label={label}
      description={beskrivelse}
      error={f.feil}
      type={type === "number" ? "text" : type}
      inputMode={type === "number" ? "numeric" : undefined}
      defaultValue={f.verdi}
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

export function Avkrysning({ felt, label, standard }: { felt: string; label: string; standard?: boolean }) {
  const f = useFelt(felt, standard ? "ja" : "");
  return <Checkbox id={f.id} name={felt} value="ja" label={label} defaultChecked={f.verdi === "ja"} />;
}
