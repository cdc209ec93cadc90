import { Alert, Heading, List, Paragraph } from "@digdir/designsystemet-react";
import { useLocale, useT } from "../../../../i18n/use-t";
import { formatDato } from "../../../housing-stock/format";

/**
 * The receipt after sending: the case number, the date we got it, what happens next, and the
 * forvaltningsloven § 11 a promise (an answer, or a preliminary reply, within one month).
 */
export function Kvittering({
  saksnummer,
  mottatt,
  svarInnen,
  forSegSelv,
}: {
  saksnummer: string;
  mottatt: string;
  svarInnen: string | null;
  forSegSelv: boolean;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <Alert data-color="success" className="soknad-kvittering">
      <Heading level={2} data-size="sm">
        {tr("soknad.kvittering.tittel")}
      </Heading>
      <Paragraph>
        {tr("soknad.kvittering.saksnummer", { saksnummer, dato: formatDato(mottatt, sprak) })}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {tr("soknad.kvittering.hvaSkjer")}
      </Heading>
      <List.Unordered>
        <List.Item>{tr("soknad.kvittering.steg1")}</List.Item>
        <List.Item>{tr("soknad.kvittering.steg2")}</List.Item>
        {svarInnen ? (
          <List.Item>
            <strong>{tr("soknad.kvittering.svarInnen", { dato: formatDato(svarInnen, sprak) })}</strong>
          </List.Item>
        ) : null}
        <List.Item>
          {tr(forSegSelv ? "soknad.kvittering.folgSaken" : "soknad.kvittering.folgSakenAndre")}
        </List.Item>
      </List.Unordered>
    </Alert>
  );
}
