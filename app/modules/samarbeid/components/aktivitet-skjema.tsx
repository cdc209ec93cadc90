import { Fieldset } from "@digdir/designsystemet-react";
import { useT } from "../../../i18n/use-t";
import { AKTIVITETSTYPER, ARRANGORER, GJENTAKELSER } from "../schemas";
import { useValg } from "./format";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../../../components/skjema/ramme";

/** The form for planning an activity (or a recurring series) at an address, with the announcement in two languages. */
export function AktivitetSkjema({
  svar,
  nokkel,
  eiendommer,
  partnere,
  eiendomId,
}: {
  svar: Skjemasvar | null | undefined;
  nokkel: string;
  /** Address choice; left out when the page is one address's calendar (`eiendomId`). */
  eiendommer?: readonly { id: string; gateadresse: string; bydel_navn?: string }[];
  partnere: readonly { id: string; navn: string }[];
  eiendomId?: string;
}) {
  const tr = useT();
  const valg = useValg();
  return (
    <Skjema
      intent="aktivitet"
      svar={svar}
      knapp={tr("aktivitet.planleggKnapp")}
      skjulte={{ nokkel, ...(eiendomId ? { eiendomId } : {}) }}
      etiketter={{
        eiendomId: tr("samarbeid.felt.eiendom"),
        tittel: tr("aktivitet.felt.tittel"),
        dato: tr("aktivitet.felt.dato"),
        start: tr("aktivitet.felt.start"),
        slutt: tr("aktivitet.felt.slutt"),
        sted: tr("aktivitet.felt.sted"),
        partnerId: tr("aktivitet.felt.partner"),
        budsjett: tr("aktivitet.felt.budsjett"),
        kunngjoringNb: tr("aktivitet.felt.kunngjoringNb"),
        kunngjoringEn: tr("aktivitet.felt.kunngjoringEn"),
        antall: tr("aktivitet.felt.antall"),
      }}
    >
      {eiendommer ? (
        <Valg
          felt="eiendomId"
          label={tr("samarbeid.felt.eiendom")}
          valg={[
            { verdi: "", tekst: tr("beboerrad.velgAdresse") },
            ...eiendommer.map((e) => ({
              verdi: e.id,
              tekst: e.bydel_navn ? `${e.gateadresse} (${e.bydel_navn})` : e.gateadresse,
            })),
          ]}
        />
      ) : null}
      <Valg felt="type" label={tr("aktivitet.felt.type")} valg={valg("aktivitetstype", AKTIVITETSTYPER)} />
      <Tekstfelt felt="tittel" label={tr("aktivitet.felt.tittel")} />
      <Tekstfelt felt="dato" type="date" label={tr("aktivitet.felt.dato")} />
      <Tekstfelt felt="start" type="time" label={tr("aktivitet.felt.start")} standard="17:00" />
      <Tekstfelt felt="slutt" type="time" label={tr("aktivitet.felt.slutt")} standard="19:00" />
      <Tekstfelt
        felt="sted"
        label={tr("aktivitet.felt.sted")}
        beskrivelse={tr("aktivitet.felt.stedBeskrivelse")}
      />
      <Valg felt="arrangor" label={tr("aktivitet.felt.arrangor")} valg={valg("arrangor", ARRANGORER)} />
      {partnere.length > 0 ? (
        <Valg
          felt="partnerId"
          label={tr("aktivitet.felt.partner")}
          beskrivelse={tr("aktivitet.felt.partnerBeskrivelse")}
          valg={[
            { verdi: "", tekst: tr("aktivitet.ingenPartner") },
            ...partnere.map((p) => ({ verdi: p.id, tekst: p.navn })),
          ]}
        />
      ) : null}
      <Tekstfelt felt="budsjett" type="number" label={tr("aktivitet.felt.budsjett")} />
      <Tekstfelt felt="kunngjoringNb" label={tr("aktivitet.felt.kunngjoringNb")} flerlinje />
      <Tekstfelt felt="kunngjoringEn" label={tr("aktivitet.felt.kunngjoringEn")} flerlinje />
      <Fieldset>
        <Fieldset.Legend>{tr("aktivitet.gjentakelse")}</Fieldset.Legend>
        <Valg
          felt="gjentakelse"
          label={tr("aktivitet.felt.gjentakelse")}
          valg={valg("gjentakelse", GJENTAKELSER)}
        />
        <Tekstfelt
          felt="antall"
          type="number"
          label={tr("aktivitet.felt.antall")}
          standard="1"
          beskrivelse={tr("aktivitet.felt.antallBeskrivelse")}
        />
      </Fieldset>
    </Skjema>
  );
}
