import type { TiltakAnsvarlig } from "../../db/schema";

/**
 * The Oslostandard for bomiljøarbeid i kommunale boliger (byrådssak 75/2022): its 15 measures as the checklist
 * in Vedlegg 1 numbers them, with the responsible body from the checklist's "Ansvarlig" column, the chapter in
 * the standard (chapter 4 orders some measures differently from the checklist), whether the standard words the
 * core duty as «skal» (a duty) or only «bør» (a recommendation), and the core requirement in our own words.
 * Reference data: changed only when the standard changes (see docs/domain/bomiljoplan.md).
 */
export type Kravniva = "skal" | "bor";

export type OslostandardTiltak = {
  nummer: number;
  tittel: string;
  titleEn: string;
  kapittel: string;
  ansvarlig: TiltakAnsvarlig;
  kravniva: Kravniva;
  /** The core requirement, paraphrased from the standard's chapter. */
  krav: string;
};

export const OSLOSTANDARD: readonly OslostandardTiltak[] = [
  {
    nummer: 1,
    tittel: "Deltakelse fra beboerne",
    titleEn: "Resident participation",
    kapittel: "4.1",
    ansvarlig: "bydel_boligbygg",
    kravniva: "skal",
    krav: "Beboerne skal kunne medvirke i alle kommunale gårder, også de som ikke melder seg til verv og de som bor spredt.",
  },
  {
    nummer: 2,
    tittel: "Bomiljøundersøkelse",
    titleEn: "Housing-environment survey",
    kapittel: "4.2",
    ansvarlig: "bydel_velferdsetaten",
    kravniva: "skal",
    krav: "Bomiljøet skal kartlegges jevnlig per adresse, og kartleggingen brukes til å beholde, avslutte eller starte tiltak.",
  },
  {
    nummer: 3,
    tittel: "Beboersammensetning",
    titleEn: "Resident composition",
    kapittel: "4.3",
    ansvarlig: "bydel",
    kravniva: "skal",
    krav: "Bydelen skal vite hvem som bor i boligene og vurdere nye beboere opp mot bomiljøet før bosetting.",
  },
  {
    nummer: 4,
    tittel: "Stabile boforhold",
    titleEn: "Stable housing",
    kapittel: "4.5",
    ansvarlig: "bydel",
    kravniva: "skal",
    krav: "Lengre kontrakter der det passer, og en rutine som fanger opp dem som ikke har søkt fornyelse. Boplan bør brukes.",
  },
  {
    nummer: 5,
    tittel: "Koordinering av bomiljøarbeid",
    titleEn: "Coordination of housing-environment work",
    kapittel: "4.6",
    ansvarlig: "bydel",
    kravniva: "skal",
    krav: "Hver bydel skal ha en eller flere navngitte personer som koordinerer bomiljøarbeidet.",
  },
  {
    nummer: 6,
    tittel: "Nettverk, opplæring og kompetanseheving",
    titleEn: "Network, training and skills",
    kapittel: "4.7",
    ansvarlig: "velferdsetaten",
    kravniva: "skal",
    krav: "Velferdsetaten koordinerer et nettverk for bomiljøarbeid der bydeler og Boligbygg deler kunnskap og får opplæring.",
  },
  {
    nummer: 7,
    tittel: "Samarbeid mellom bydel og Boligbygg",
    titleEn: "Cooperation between district and Boligbygg",
    kapittel: "4.4",
    ansvarlig: "bydel_boligbygg",
    kravniva: "skal",
    krav: "Faste møter mellom bydel og Boligbygg der bomiljø er tema, og deling av det som kan deles.",
  },
  {
    nummer: 8,
    tittel: "Dialog mellom beboer, Boligbygg og bydel",
    titleEn: "Dialogue between resident, Boligbygg and district",
    kapittel: "4.8",
    ansvarlig: "bydel_boligbygg",
    kravniva: "skal",
    krav: "Alle beboere skal vite hvor de kan henvende seg, og følges opp etter trusler og andre uønskede hendelser.",
  },
  {
    nummer: 9,
    tittel: "Fysisk utforming",
    titleEn: "Physical design",
    kapittel: "4.9",
    ansvarlig: "boligbygg",
    kravniva: "skal",
    krav: "Boligbygg skal følge opp mangler og utbedringer, og beboerne skal bli hørt før større utbedringer.",
  },
  {
    nummer: 10,
    tittel: "Felleslokaler",
    titleEn: "Common rooms",
    kapittel: "4.10",
    ansvarlig: "bydel_boligbygg",
    kravniva: "skal",
    krav: "Der det er fysisk mulig skal beboerne kunne bruke felleslokaler, og være med på å utforme dem.",
  },
  {
    nummer: 11,
    tittel: "Ansattes tilstedeværelse",
    titleEn: "Staff presence",
    kapittel: "4.11",
    ansvarlig: "bydel_boligbygg",
    kravniva: "skal",
    krav: "Bydelen skal ha rutiner for jevnlig tilstedeværelse, og feil og mangler som avdekkes skal følges opp først.",
  },
  {
    nummer: 12,
    tittel: "Aktiviteter",
    titleEn: "Activities",
    kapittel: "4.12",
    ansvarlig: "bydel_boligbygg",
    kravniva: "skal",
    krav: "Bydel og Boligbygg skal legge til rette for aktiviteter beboerne ønsker, og gi ansvar til beboere i nøkkelroller.",
  },
  {
    nummer: 13,
    tittel: "Samarbeid med eksterne aktører i nærmiljøet",
    titleEn: "Cooperation with local partners",
    kapittel: "4.13",
    ansvarlig: "bydel_boligbygg",
    kravniva: "bor",
    krav: "Der det passer bør bydelen legge til rette for at idrettslag, skoler, frivilligsentraler og andre bidrar.",
  },
  {
    nummer: 14,
    tittel: "Oppfølging",
    titleEn: "Follow-up",
    kapittel: "4.14",
    ansvarlig: "bydel",
    kravniva: "skal",
    krav: "Personer som påvirker bomiljøet negativt skal få riktig oppfølging tidlig.",
  },
  {
    nummer: 15,
    tittel: "Barn og unge",
    titleEn: "Children and young people",
    kapittel: "4.15",
    ansvarlig: "bydel",
    kravniva: "skal",
    krav: "Bydelen skal særlig arbeide for trygge bomiljøer der det bor mange barnefamilier.",
  },
];

export function oslostandardTiltak(nummer: number): OslostandardTiltak | undefined {
  return OSLOSTANDARD.find((t) => t.nummer === nummer);
}

export const TILTAK_ANSVARLIG: readonly TiltakAnsvarlig[] = [
  "bydel",
  "boligbygg",
  "velferdsetaten",
  "bydel_boligbygg",
  "bydel_velferdsetaten",
];

export const BYDEL_TILTAK_STATUS = ["ikke_startet", "planlagt", "i_gang", "pa_plass"] as const;

export const ADRESSE_TILTAK_ANSVARLIG = [
  "bydel",
  "boligbygg",
  "velferdsetaten",
  "beboere",
  "ekstern",
] as const;
export const ADRESSE_TILTAK_STATUS = ["planlagt", "i_gang", "gjennomfort", "avsluttet"] as const;

/**
 * What a later bomiljøundersøkelse can measure: the survey's core items (DOMAIN.md §6). A measure in an address
 * plan names the one it is meant to move, so a baseline and a later round can show whether it did.
 */
export const INDIKATORER = [
  "tilfredshet",
  "vedlikehold",
  "trygghet_bolig",
  "trygghet_fellesareal",
  "respekt",
  "blir_hort",
  "informert",
  "vet_hvem_kontakte",
  "naboforhold",
  "stoy_konflikter",
  "bruk_felleslokaler",
  "deltakelse",
  "kontraktstrygghet",
] as const;
export type Indikator = (typeof INDIKATORER)[number];
