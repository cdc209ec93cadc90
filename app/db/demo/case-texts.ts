import type { Sakstype, Vedtaksutfall } from "../schema";
import type { Random } from "./random";

/**
 * Invented but plausible texts for the demo cases: reasons for decisions (§§ 24–25), notes, documentation
 * requests, preliminary replies and the appeal body's reasons. No real person or case is described.
 */

export const BOLIGSITUASJON = [
  ["uten_bolig", "Bor hos venner fra uke til uke og har ikke fast adresse."],
  ["midlertidig", "Bor på hospits etter at leieforholdet ble sagt opp."],
  ["leier_privat", "Leier en liten hybel privat; husleien er høyere enn inntekten tåler."],
  ["institusjon", "Skrives snart ut fra institusjon og har ikke bolig å flytte til."],
  ["hos_familie", "Bor hos foreldre med barna sine; det er for trangt for alle."],
  ["annet", "Boligen er ikke tilpasset behovene i husstanden."],
] as const;

export const FORNYELSE_SITUASJON =
  "Leier kommunal bolig i dag og søker om ny leiekontrakt før den gamle går ut.";
export const BISTAND_SITUASJON = "Trenger hjelp til å finne og beholde en egnet bolig (boligsosial lov § 6).";

export const HELSEBEHOV = [
  { behov: ["heis"], beskrivelse: "Har vondt i knærne og kan ikke gå mange trapper." },
  { behov: ["bakkeplan"], beskrivelse: "Bruker rullator." },
  { behov: ["rullestol", "heis"], beskrivelse: "Bruker rullestol." },
  { behov: ["oppfolging"], beskrivelse: "Trenger oppfølging i hjemmet fra bydelen." },
] as const;

export const NOTATER = [
  "Snakket med søkeren på telefon. Søkeren bekreftet opplysningene i søknaden.",
  "Kartleggingssamtale gjennomført. Husstanden ønsker helst å bli i bydelen.",
  "Innhentet opplysninger fra NAV med samtykke fra søkeren.",
  "Søkeren møtte på boligkontoret og fikk veiledning om søknaden.",
] as const;

export const DOKUMENTASJON = [
  "Kopi av skattemelding for i fjor.",
  "Lønnsslipper for de tre siste månedene.",
  "Bekreftelse fra NAV på ytelser.",
  "Legeerklæring om behovet for tilrettelagt bolig.",
  "Oppsigelse fra nåværende utleier.",
] as const;

export const FORELOPIG_GRUNN = [
  "Vi venter på dokumentasjon og har mange saker til behandling.",
  "Saken krever at vi innhenter opplysninger fra andre tjenester.",
  "Vi har mange søknader nå og trenger mer tid til å behandle saken forsvarlig.",
] as const;

const REGLER: Record<Sakstype, string> = {
  bolig:
    "Forskrift om tildeling av kommunal bolig i Oslo kommune §§ 3 og 4, lov om kommunenes ansvar på det boligsosiale feltet § 5.",
  fornyelse:
    "Forskrift om tildeling av kommunal bolig i Oslo kommune § 9 om ny leiekontrakt, husleieloven § 11-1.",
  bistand_6: "Lov om kommunenes ansvar på det boligsosiale feltet § 6 om individuell bistand.",
};

const FAKTUM: Record<Vedtaksutfall, readonly string[]> = {
  innvilget: [
    "Husstanden har ikke egen bolig og har inntekt under grensen i forskriften.",
    "Søkeren bor midlertidig og har dokumentert at det ikke er mulig å skaffe bolig selv.",
  ],
  venteliste: [
    "Husstanden fyller vilkårene, men det er ingen ledig bolig av riktig størrelse i bydelen nå.",
    "Søkeren er vanskeligstilt på boligmarkedet; boligen som trengs, er ikke ledig nå.",
  ],
  avslag: [
    "Søkeren har fast arbeid og inntekt over grensen i forskriften.",
    "Husstanden har en bolig som dekker behovene, og er ikke vanskeligstilt på boligmarkedet.",
  ],
};

const HOVEDHENSYN: Record<Vedtaksutfall, readonly string[]> = {
  innvilget: [
    "Husstanden kan ikke skaffe seg bolig selv, og behovet er akutt.",
    "Barna i husstanden trenger en stabil bosituasjon.",
  ],
  venteliste: [
    "Behovet er reelt, men andre søkere har et mer akutt behov og kommer foran.",
    "Søkeren settes på venteliste og får tilbud når en egnet bolig blir ledig.",
  ],
  avslag: [
    "Søkeren kan skaffe bolig på det private markedet, eventuelt med bostøtte eller startlån.",
    "Kommunale boliger skal gå til dem som ikke kan skaffe bolig selv.",
  ],
};

export function vedtaksbegrunnelse(r: Random, type: Sakstype, utfall: Vedtaksutfall) {
  return { regler: REGLER[type], faktum: r.pick(FAKTUM[utfall]), hovedhensyn: r.pick(HOVEDHENSYN[utfall]) };
}

export const OVERSENDELSE_MERKNAD = [
  "Bydelen har vurdert klagen og finner ikke grunn til å endre vedtaket. Klagen bringer ikke fram nye opplysninger.",
  "Bydelen opprettholder vedtaket. Søkerens inntekt er fortsatt over grensen i forskriften.",
  "Bydelen mener vedtaket er riktig. Det er tatt hensyn til opplysningene i klagen, men de endrer ikke vurderingen.",
] as const;

export const KLAGENEMND_BEGRUNNELSE = {
  stadfestet: "Klagenemnda er enig i bydelens vurdering. Vilkårene for kommunal bolig er ikke oppfylt.",
  omgjort: "Klagenemnda finner at søkeren er vanskeligstilt på boligmarkedet, og endrer vedtaket.",
  opphevet:
    "Saken er ikke godt nok opplyst. Bydelen må innhente opplysninger om helse og økonomi og gjøre nytt vedtak.",
} as const;

export const SEN_KLAGE_BEGRUNNELSE = {
  behandles: "Søkeren var innlagt på sykehus i klagefristen og kan ikke lastes for at klagen kom for sent.",
  avvises: "Det er ikke opplyst om forhold som gjør at søkeren ikke kan lastes for at klagen kom for sent.",
} as const;

export const BOLIGTYPER = [
  "Leilighet",
  "Leilighet med heis",
  "Leilighet på bakkeplan",
  "Omsorgsbolig",
] as const;

/** Invented caseworkers for the districts without a persona (given name + surname). */
export const SAKSBEHANDLERNAVN = [
  "Hanne Bergstrøm",
  "Yusuf Ahmed",
  "Marte Lindrud",
  "Tomasz Kowalczyk",
  "Ingrid Solheim",
  "Fatima Rahimi",
  "Jon Tveitåsen",
  "Helga Moen",
  "Ali Hussaini",
  "Kristine Haugland",
] as const;
