import { Fieldset } from "@digdir/designsystemet-react";
import { useT } from "../../../i18n/use-t";
import { EIERORGANISASJONER } from "../schemas";
import { k, useValg } from "./format";
import { Avkrysning, Skjema, Tekstfelt, Valg, type Skjemasvar } from "../../../components/skjema/ramme";

/**
 * The form for a new action item (tiltakspunkt), the same on a cooperation meeting and a resident body's
 * meeting: what, who owns it (a participant, oneself or a named person), due date, and what it is about
 * (address, unit, case). Linking a case and marking social content are offered only to district roles.
 */
export function TiltakSkjema({
  svar,
  nokkel,
  deltakere,
  eiendommer,
  serSosialt,
}: {
  svar: Skjemasvar | null | undefined;
  nokkel: string;
  deltakere: readonly { aktor_id: string | null; navn: string; organisasjon: string }[];
  eiendommer: readonly { id: string; gateadresse: string }[];
  serSosialt: boolean;
}) {
  const tr = useT();
  const valg = useValg();
  return (
    <Skjema
      intent="tiltak"
      svar={svar}
      knapp={tr("samarbeid.tiltak.opprett")}
      skjulte={{ nokkel }}
      etiketter={{
        beskrivelse: tr("samarbeid.felt.beskrivelse"),
        eier: tr("samarbeid.felt.eier"),
        eierNavn: tr("samarbeid.felt.eierNavn"),
        frist: tr("samarbeid.felt.frist"),
        eiendomId: tr("samarbeid.felt.eiendom"),
        bolignummer: tr("samarbeid.felt.bolignummer"),
        saksnummer: tr("samarbeid.felt.saksnummer"),
      }}
    >
      <Tekstfelt felt="beskrivelse" label={tr("samarbeid.felt.beskrivelse")} flerlinje />
      <Valg
        felt="eier"
        label={tr("samarbeid.felt.eier")}
        standard="meg"
        valg={[
          { verdi: "meg", tekst: tr("samarbeid.eier.meg") },
          ...deltakere
            .filter((d) => d.aktor_id)
            .map((d) => ({
              verdi: `aktor:${d.aktor_id}`,
              tekst: `${d.navn} (${tr(k("organisasjon", d.organisasjon))})`,
            })),
          { verdi: "navngitt", tekst: tr("samarbeid.eier.navngitt") },
        ]}
      />
      <Fieldset>
        <Fieldset.Legend>{tr("samarbeid.eier.navngittLegend")}</Fieldset.Legend>
        <Tekstfelt felt="eierNavn" label={tr("samarbeid.felt.eierNavn")} />
        <Valg
          felt="eierOrganisasjon"
          label={tr("samarbeid.felt.eierOrganisasjon")}
          valg={valg("eierorganisasjon", EIERORGANISASJONER)}
        />
      </Fieldset>
      <Tekstfelt felt="frist" type="date" label={tr("samarbeid.felt.frist")} />
      <Valg
        felt="eiendomId"
        label={tr("samarbeid.felt.eiendom")}
        valg={[
          { verdi: "", tekst: tr("samarbeid.ingenAdresse") },
          ...eiendommer.map((e) => ({ verdi: e.id, tekst: e.gateadresse })),
        ]}
      />
      <Tekstfelt
        felt="bolignummer"
        label={tr("samarbeid.felt.bolignummer")}
        beskrivelse={tr("samarbeid.felt.bolignummerBeskrivelse")}
      />
      {serSosialt ? (
        <>
          <Tekstfelt
            felt="saksnummer"
            label={tr("samarbeid.felt.saksnummer")}
            beskrivelse={tr("samarbeid.felt.saksnummerBeskrivelse")}
          />
          <Avkrysning felt="sosialt" label={tr("samarbeid.felt.sosialt")} />
        </>
      ) : null}
    </Skjema>
  );
}
