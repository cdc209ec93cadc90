import { Card } from "@digdir/designsystemet-react";
import type { MessageKey } from "../../../i18n";
import { useLocale, useT } from "../../../i18n/use-t";
import type { EgenMangelDetalj } from "../melders-visning.server";
import { Frist, formatTidspunkt } from "./tidslinje";

type Mangel = EgenMangelDetalj["mangel"];

/** Status, the deadline while open, and the address: the card at the top of a report its maker reads. */
export function Statusfakta({ mangel: m, gateadresse }: { mangel: Mangel; gateadresse: string }) {
  const tr = useT();
  return (
    <Card>
      <dl className="mangel-fakta">
        <dt>{tr("mangel.ko.kolonne.status")}</dt>
        <dd>{tr(`mangel.status.${m.status}`)}</dd>
        {m.lukket === null ? (
          <>
            <dt>{tr("mangel.detalj.frist")}</dt>
            <dd>
              <Frist
                fristDato={m.fristDato}
                fristTidspunkt={m.fristTidspunkt}
                forsinket={m.forsinket}
                lukket={false}
              />
            </dd>
          </>
        ) : null}
        <dt>{tr("mangel.detalj.adresse")}</dt>
        <dd>{gateadresse}</dd>
      </dl>
    </Card>
  );
}

/** What was reported: when, where, how urgent, the description. `stedTekst` names the place for the reader. */
export function Meldingsfakta({
  mangel: m,
  stedTekst,
}: {
  mangel: Mangel;
  stedTekst: (sted: Mangel["sted"]) => MessageKey;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <dl className="mangel-fakta">
      <dt>{tr("mangel.detalj.mottatt")}</dt>
      <dd>{formatTidspunkt(m.mottatt, sprak)}</dd>
      <dt>{tr("mangel.detalj.hvor")}</dt>
      <dd>
        {tr(stedTekst(m.sted))}
        {m.stedDetalj ? ` – ${m.stedDetalj}` : ""}
      </dd>
      <dt>{tr("mangel.detalj.dinHastegrad")}</dt>
      <dd>{tr(`mangel.hastegrad.${m.hastegrad}`)}</dd>
      <dt>{tr("mangel.beskrivelse")}</dt>
      <dd className="mangel-steg-tekst">{m.beskrivelse}</dd>
    </dl>
  );
}
