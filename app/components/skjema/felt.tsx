import {
  ErrorSummary,
  Field,
  Fieldset,
  Input,
  Label,
  Radio,
  Select,
  Textarea,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/**
 * Form fields with their label, help text and error wired by explicit ids, so the association holds in the
 * server-rendered HTML too (the form must work without JavaScript). Errors sit at the field, in the
 * user's language; the typed value is kept (`defaultValue`).
 */
export const feltId = (name: string) => `felt-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

function beskrivelseIder(id: string, hjelp?: ReactNode, feil?: string): string | undefined {
  const ider = [hjelp ? `${id}-hjelp` : null, feil ? `${id}-feil` : null].filter(Boolean);
  return ider.length ? ider.join(" ") : undefined;
}

type Felles = { name: string; label: ReactNode; hjelp?: ReactNode; feil?: string; valgfri?: string };

function Topp({
  id,
  label,
  hjelp,
  valgfri,
}: {
  id: string;
  label: ReactNode;
  hjelp?: ReactNode;
  valgfri?: string;
}) {
  return (
    <>
      <Label htmlFor={id}>
        {label}
        {valgfri ? <span className="soknad-valgfri"> {valgfri}</span> : null}
      </Label>
      {hjelp ? <Field.Description id={`${id}-hjelp`}>{hjelp}</Field.Description> : null}
    </>
  );
}

export function Tekstfelt({
  name,
  label,
  hjelp,
  feil,
  valgfri,
  verdi,
  type = "text",
  inputMode,
  autoComplete,
  maxLength = 200,
  bredde,
}: Felles & {
  verdi: string;
  type?: "text" | "date" | "tel" | "email";
  inputMode?: "numeric" | "text";
  autoComplete?: string;
  maxLength?: number;
  bredde?: "kort";
}) {
  const id = feltId(name);
  return (
    <Field>
      <Topp id={id} label={label} hjelp={hjelp} valgfri={valgfri} />
      <Input
        id={id}
        name={name}
        type={type}
        defaultValue={verdi}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={feil ? true : undefined}
        aria-describedby={beskrivelseIder(id, hjelp, feil)}
        className={bredde === "kort" ? "soknad-kort" : undefined}
      />
      {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
    </Field>
  );
}

export function Tekstomrade({
  name,
  label,
  hjelp,
  feil,
  valgfri,
  verdi,
  maxLength = 2000,
}: Felles & { verdi: string; maxLength?: number }) {
  const id = feltId(name);
  return (
    <Field>
      <Topp id={id} label={label} hjelp={hjelp} valgfri={valgfri} />
      <Textarea
        id={id}
        name={name}
        defaultValue={verdi}
        rows={4}
        maxLength={maxLength}
        aria-invalid={feil ? true : undefined}
        aria-describedby={beskrivelseIder(id, hjelp, feil)}
      />
      {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
    </Field>
  );
}

export function Valgfelt({
  name,
  label,
  hjelp,
  feil,
  valgfri,
  verdi,
  valg,
  tomtValg,
}: Felles & { verdi: string; valg: { verdi: string; tekst: string }[]; tomtValg?: string }) {
  const id = feltId(name);
  return (
    <Field>
      <Topp id={id} label={label} hjelp={hjelp} valgfri={valgfri} />
      <Select
        id={id}
        name={name}
        defaultValue={verdi}
        aria-invalid={feil ? true : undefined}
        aria-describedby={beskrivelseIder(id, hjelp, feil)}
      >
        {tomtValg !== undefined ? <Select.Option value="">{tomtValg}</Select.Option> : null}
        {valg.map((v) => (
          <Select.Option key={v.verdi} value={v.verdi}>
            {v.tekst}
          </Select.Option>
        ))}
      </Select>
      {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
    </Field>
  );
}

/** One checkbox or radio button with its label (and an error for a single required box). */
export function Avkrysning({
  type,
  name,
  value,
  label,
  checked,
  feil,
  idSuffiks,
}: {
  type: "checkbox" | "radio";
  name: string;
  value: string;
  label: ReactNode;
  checked: boolean;
  feil?: string;
  idSuffiks?: string;
}) {
  const id = feltId(idSuffiks ? `${name}-${idSuffiks}` : name);
  return (
    <Field position="start">
      <Input
        type={type}
        id={id}
        name={name}
        value={value}
        defaultChecked={checked}
        aria-invalid={feil ? true : undefined}
        aria-describedby={feil ? `${id}-feil` : undefined}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
    </Field>
  );
}

/** An error for a group of radios or checkboxes, under the group (linked from the error summary). */
export function Gruppefeil({ name, feil }: { name: string; feil?: string }) {
  return feil ? <ValidationMessage id={`${feltId(name)}-gruppefeil`}>{feil}</ValidationMessage> : null;
}

/** A group of radio buttons with its legend and error, the first radio reachable from the error summary. */
export function Radiogruppe({
  name,
  legend,
  valg,
  verdi,
  feil,
}: {
  name: string;
  legend: string;
  valg: readonly { verdi: string; tekst: string }[];
  verdi: string;
  feil?: string;
}) {
  const id = feltId(name);
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {valg.map((v, i) => (
        <Radio
          key={v.verdi}
          id={i === 0 ? id : `${id}-${v.verdi}`}
          name={name}
          value={v.verdi}
          label={v.tekst}
          defaultChecked={verdi === v.verdi}
          aria-invalid={feil ? true : undefined}
          aria-describedby={feil ? `${id}-feil` : undefined}
        />
      ))}
      {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** The error summary above a form: one link per field in error. */
export function Feiloppsummering({ tittel, feil }: { tittel: string; feil: [string, string][] }) {
  if (feil.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{tittel}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {feil.map(([felt, tekst]) => (
          <ErrorSummary.Item key={felt}>
            <ErrorSummary.Link href={`#${feltId(felt)}`}>{tekst}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
