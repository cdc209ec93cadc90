import { useT } from "../../../i18n/use-t";
import { HYPPIGHETER, MOTSERIETYPER } from "../schemas";
import { useValg } from "./format";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../../../components/skjema/ramme";

/**
 * The form for a standing meeting series (new or changed): name, who meets, how often, and the agenda template
 * (one point per line; empty gives the type's standard points). Works without JavaScript.
 */
export function MotserieSkjema({
  intent,
  svar,
  knapp,
  skjulte,
  standard,
}: {
  intent: string;
  svar: Skjemasvar | null | undefined;
  knapp: string;
  skjulte: Record<string, string | number>;
  standard?: { navn: string; type: string; hyppighet: string; dagsorden: string };
}) {
  const tr = useT();
  const valg = useValg();
  return (
    <Skjema
      intent={intent}
      svar={svar}
      knapp={knapp}
      skjulte={skjulte}
      etiketter={{
        navn: tr("samarbeid.felt.serienavn"),
        type: tr("samarbeid.felt.serietype"),
        hyppighet: tr("samarbeid.felt.hyppighet"),
        dagsorden: tr("samarbeid.felt.dagsorden"),
      }}
    >
      <Tekstfelt felt="navn" label={tr("samarbeid.felt.serienavn")} standard={standard?.navn} />
      <Valg
        felt="type"
        label={tr("samarbeid.felt.serietype")}
        valg={valg("serietype", MOTSERIETYPER)}
        standard={standard?.type}
      />
      <Valg
        felt="hyppighet"
        label={tr("samarbeid.felt.hyppighet")}
        valg={valg("hyppighet", HYPPIGHETER)}
        standard={standard?.hyppighet}
      />
      <Tekstfelt
        felt="dagsorden"
        label={tr("samarbeid.felt.dagsorden")}
        beskrivelse={tr("samarbeid.felt.dagsordenBeskrivelse")}
        flerlinje
        standard={standard?.dagsorden}
      />
    </Skjema>
  );
}
