import type { ReactNode } from "react";
import { Skjema, type Skjemasvar } from "../../../../components/skjema/ramme";
import type { MessageKey } from "../../../../i18n";
import { useT } from "../../../../i18n/use-t";
import type { Intent } from "./skjema";

export { Radiovalg, Tekstfelt, Valg } from "../../../../components/skjema/ramme";

/** What the case page's action answers for one form (the shared frame's answer). */
export type Skjematilstand = Skjemasvar;

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
 * One action of the case page: the shared form frame (`components/skjema/ramme.tsx`) with the case's row
 * version, and the case's field names in the error summary.
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
  const etiketter = Object.fromEntries(Object.entries(FELTNAVN).map(([felt, key]) => [felt, tr(key!)]));
  return (
    <Skjema
      intent={intent}
      versjon={versjon}
      svar={tilstand}
      knapp={knapp}
      skjulte={skjulte}
      etiketter={etiketter}
    >
      {children}
    </Skjema>
  );
}
