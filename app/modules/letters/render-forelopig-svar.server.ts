/**
 * The preliminary reply (foreløpig svar, forvaltningsloven § 11 a) as a tagged PDF: when an application cannot be
 * decided within one month, the party must be told why it takes longer and when a decision can be expected.
 */
import { computeDeadline, formatDatoLang, type FristResultat } from "../../lib/frister";
import { STANDARD_BREV_CONFIG, fristLengdeTekst, type BrevConfig } from "./config";
import { brevHode, kortDato, lov, signatur, sporsmalSeksjon } from "./felles";
import { Brev } from "./pdf.server";
import {
  forelopigSvarSchema,
  type ForelopigSvar,
  type ForelopigSvarInput,
  type RenderOptions,
} from "./types";

export const FORELOPIG_SVAR_TITTEL = "Foreløpig svar på søknaden din";

/** The § 11 a deadline for this application: when the preliminary reply is due at the latest. */
export function forelopigSvarFrist(
  f: ForelopigSvar,
  config: BrevConfig = STANDARD_BREV_CONFIG,
): FristResultat {
  return computeDeadline("forelopig_svar", f.soknadMottattDato, config.frister);
}

export async function renderForelopigSvar(
  input: ForelopigSvarInput,
  options: RenderOptions = {},
  config: BrevConfig = STANDARD_BREV_CONFIG,
): Promise<Buffer> {
  const f = forelopigSvarSchema.parse(input);
  const sak = config.sakstyper[f.sakstype];
  const frist = forelopigSvarFrist(f, config);
  const brev = new Brev({
    tittel: `${FORELOPIG_SVAR_TITTEL} – saksnummer ${f.saksnummer}`,
    forfatter: `Oslo kommune, ${f.avsender.bydel}`,
    emne: FORELOPIG_SVAR_TITTEL,
    opprettet: options.opprettet,
    fonter: config.fonter,
  });
  brev.hode(brevHode(f)).h1(FORELOPIG_SVAR_TITTEL);
  brev.seksjon("Vi trenger mer tid", (s) => {
    s.avsnitt({
      fet: `Vi har ikke gjort vedtak i saken din ennå. Vi regner med å gi deg svar innen ${formatDatoLang(f.forventetVedtakDato)}.`,
    });
    s.avsnitt(`Du søkte om ${sak.soknadOm}. Vi fikk søknaden ${kortDato(f.soknadMottattDato)}.`);
  });
  brev.seksjon("Derfor tar det lengre tid", (s) => {
    s.avsnitt(f.grunn);
  });
  brev.seksjon("Hva skjer nå?", (s) => {
    s.avsnitt(
      "Du trenger ikke å gjøre noe. Har du nye opplysninger som har betydning for saken, kan du sende dem til oss. Blir saken forsinket mer, gir vi deg beskjed.",
    );
  });
  brev.seksjon("Hvorfor får du dette brevet?", (s) => {
    s.avsnitt(
      `Når vi ikke kan svare på en søknad innen ${fristLengdeTekst("forelopig_svar", config)}, skal vi sende et foreløpig svar (${lov(config, "fvl_11a")}). Fristen for dette svaret på søknaden din ${f.brevdato <= frist.due ? "er" : "var"} ${formatDatoLang(frist.due)}.`,
    );
  });
  sporsmalSeksjon(brev, f);
  signatur(brev, f);
  return brev.ferdig();
}
