import { Button, Field, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { useLocale, useT } from "../../../../i18n/use-t";
import { feltId } from "../../../../components/skjema/felt";

export type VedleggVisning = { id: string; filnavn: string; storrelse: number };

function storrelse(bytes: number, sprak: "nb" | "en"): string {
  const intl = sprak === "nb" ? "nb-NO" : "en-GB";
  if (bytes < 1024 * 1024)
    return `${new Intl.NumberFormat(intl).format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** Uploaded attachments with a remove button each, and the upload field (one file per click). */
export function Vedleggsliste({ vedlegg, feil }: { vedlegg: VedleggVisning[]; feil?: string }) {
  const tr = useT();
  const sprak = useLocale();
  const id = feltId("vedlegg");
  return (
    <>
      <Paragraph data-size="sm">{tr("soknad.vedlegg.hjelp")}</Paragraph>
      {vedlegg.length > 0 ? (
        <ul className="soknad-vedlegg">
          {vedlegg.map((v) => (
            <li key={v.id}>
              <span className="bryt-ord">
                {v.filnavn} ({storrelse(v.storrelse, sprak)})
              </span>
              <Button
                type="submit"
                name="handling"
                value={`slett_vedlegg:${v.id}`}
                variant="tertiary"
                data-size="sm"
                aria-label={tr("soknad.vedlegg.fjernFil", { filnavn: v.filnavn })}
              >
                {tr("soknad.vedlegg.fjern")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{tr("soknad.vedlegg.ingen")}</Paragraph>
      )}
      <Field>
        <Label htmlFor={id}>{tr("soknad.vedlegg.velg")}</Label>
        <Input
          id={id}
          type="file"
          name="vedlegg"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-invalid={feil ? true : undefined}
          aria-describedby={feil ? `${id}-feil` : undefined}
        />
        {feil ? <ValidationMessage id={`${id}-feil`}>{feil}</ValidationMessage> : null}
      </Field>
      <div>
        <Button type="submit" name="handling" value="last_opp" variant="secondary">
          {tr("soknad.vedlegg.lastOpp")}
        </Button>
      </div>
    </>
  );
}
