import { ErrorSummary, Fieldset, Radio, ValidationMessage } from "@digdir/designsystemet-react";
import { feltId } from "../../cases/components/soknad/felt";

export { feltId };

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
