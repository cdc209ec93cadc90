import { Fieldset } from "@digdir/designsystemet-react";
import type { Sakstype } from "../../../../db/schema";
import { useT } from "../../../../i18n/use-t";
import { Radiovalg, Skjemaramme, Tekstfelt, Valg, type Skjematilstand } from "./skjemaramme";

/** Dwelling types a decision can name (stored in bokmål: the letter is in bokmål). */
export const BOLIGTYPER = [
  "leilighet",
  "omsorgsbolig",
  "tilrettelagt bolig",
  "bolig med fast bemanning",
] as const;

/**
 * The decision form (also used to reverse a decision after an appeal, § 33): the outcome; for a dwelling
 * decision the type, rooms and lease length (proposed from the policy); the rules, facts and main considerations
 * (§§ 24–25); and how it is sent.
 */
export function VedtakSkjema({
  intent,
  versjon,
  tilstand,
  sakstype,
  leietider,
  knapp,
}: {
  intent: "vedtak" | "omgjor";
  versjon: number;
  tilstand: Skjematilstand | null;
  sakstype: Sakstype;
  leietider: readonly number[];
  knapp: string;
}) {
  const tr = useT();
  const bistand = sakstype === "bistand_6";
  const utfall = [
    { verdi: "innvilget", tekst: tr("saker.utfall.innvilget") },
    ...(bistand ? [] : [{ verdi: "venteliste", tekst: tr("saker.utfall.venteliste") }]),
    { verdi: "avslag", tekst: tr("saker.utfall.avslag") },
  ];
  return (
    <Skjemaramme
      intent={intent}
      versjon={versjon}
      tilstand={tilstand}
      knapp={knapp}
      skjulte={{ sakstype, leietider: leietider.join(",") }}
    >
      <Radiovalg felt="utfall" legend={tr("saker.vedtak.utfall")} valg={utfall} />
      {bistand ? null : (
        <Fieldset>
          <Fieldset.Legend>{tr("saker.vedtak.bolig")}</Fieldset.Legend>
          <Fieldset.Description>{tr("saker.vedtak.bolig.beskrivelse")}</Fieldset.Description>
          <Valg
            felt="boligtype"
            label={tr("saker.vedtak.boligtype")}
            valg={BOLIGTYPER.map((b) => ({ verdi: b, tekst: b.charAt(0).toUpperCase() + b.slice(1) }))}
            standard="leilighet"
          />
          <Tekstfelt felt="rom" label={tr("saker.vedtak.rom")} type="number" standard="2" />
          <Valg
            felt="leietidAar"
            label={tr("saker.vedtak.leietid")}
            beskrivelse={tr("saker.vedtak.leietid.beskrivelse", { forslag: leietider[0] ?? "" })}
            valg={leietider.map((aar) => ({ verdi: String(aar), tekst: tr("saker.vedtak.aar", { aar }) }))}
            standard={String(leietider[0] ?? "")}
          />
          <Valg
            felt="prioritet"
            label={tr("saker.vedtak.prioritet")}
            beskrivelse={tr("saker.vedtak.prioritet.beskrivelse")}
            valg={([1, 2, 3] as const).map((p) => ({
              verdi: String(p),
              tekst: tr(`saker.vedtak.prioritet.${p}` as const),
            }))}
            standard="2"
          />
        </Fieldset>
      )}
      <Tekstfelt
        felt="regler"
        label={tr("saker.vedtak.regler")}
        beskrivelse={tr("saker.vedtak.regler.beskrivelse")}
        flerlinje
        maks={4000}
      />
      <Tekstfelt
        felt="faktum"
        label={tr("saker.vedtak.faktum")}
        beskrivelse={tr("saker.vedtak.faktum.beskrivelse")}
        flerlinje
        maks={4000}
      />
      <Tekstfelt
        felt="hovedhensyn"
        label={tr("saker.vedtak.hovedhensyn")}
        beskrivelse={tr(
          bistand ? "saker.vedtak.hovedhensyn.bistand" : "saker.vedtak.hovedhensyn.beskrivelse",
        )}
        flerlinje
        maks={4000}
      />
      <Radiovalg
        felt="sendemaate"
        legend={tr("saker.vedtak.sendemaate")}
        valg={[
          { verdi: "digital", tekst: tr("saker.vedtak.sendemaate.digital") },
          { verdi: "papir", tekst: tr("saker.vedtak.sendemaate.papir") },
        ]}
        standard="digital"
      />
    </Skjemaramme>
  );
}
