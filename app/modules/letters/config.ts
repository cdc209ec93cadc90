/**
 * Letters as configuration: legal references, appeal bodies, lease lengths and fonts live here and nowhere else.
 * The new forvaltningslov (passed 2025) renumbers the sections; when it takes effect, change `LOVHENVISNINGER`
 * here. Deadline lengths and their basis are NOT repeated: they come from `app/lib/frister/config.ts`.
 */
import {
  STANDARD_FRISTER,
  STANDARD_FRIST_CONFIG,
  formatLengde,
  type FristConfig,
  type FristKind,
} from "../../lib/frister";

/** A legal reference as shown in a letter: the short form, and what it says in plain bokmål. */
export type Lovhenvisning = { henvisning: string; forklaring: string };

export type LovhenvisningKey =
  | "fvl_11a"
  | "fvl_18"
  | "fvl_24"
  | "fvl_25"
  | "fvl_27"
  | "fvl_28"
  | "fvl_29"
  | "fvl_30"
  | "fvl_31"
  | "fvl_32"
  | "fvl_33"
  | "fvl_42"
  | "boligsosial_6";

/** The name of the law on municipal housing duties, in force 1 July 2023 (replaced hol. § 3-7). */
export const BOLIGSOSIAL_LOV = "lov om kommunenes ansvar på det boligsosiale feltet";

export const LOVHENVISNINGER: Readonly<Record<LovhenvisningKey, Lovhenvisning>> = Object.freeze({
  // §§ 11 a, 29 and 31 are deadline rules: their reference comes from the deadline engine's configuration.
  fvl_11a: {
    henvisning: STANDARD_FRISTER.forelopig_svar.hjemmel,
    forklaring:
      "Vi skal svare uten ugrunnet opphold. Tar saken mer enn en måned, skal vi sende deg et foreløpig svar.",
  },
  fvl_18: {
    henvisning: "forvaltningsloven § 18",
    forklaring: "Du har rett til å se dokumentene i saken din, med noen unntak.",
  },
  fvl_24: {
    henvisning: "forvaltningsloven § 24",
    forklaring: "Et vedtak skal begrunnes, og begrunnelsen skal gis samtidig med vedtaket.",
  },
  fvl_25: {
    henvisning: "forvaltningsloven § 25",
    forklaring:
      "Begrunnelsen skal vise til reglene vi har brukt, de faktiske forholdene vi bygger på, og de viktigste hensynene i vurderingen.",
  },
  fvl_27: {
    henvisning: "forvaltningsloven § 27",
    forklaring:
      "Du skal få vite om vedtaket skriftlig, og om retten til å klage, klagefristen, hvem som avgjør klagen og hvordan du klager.",
  },
  fvl_28: {
    henvisning: "forvaltningsloven § 28",
    forklaring: "Du kan klage på et enkeltvedtak.",
  },
  fvl_29: {
    henvisning: STANDARD_FRISTER.klagefrist.hjemmel,
    forklaring: "Klagefristen regnes fra den dagen vedtaket kom fram til deg.",
  },
  fvl_30: {
    henvisning: "forvaltningsloven § 30",
    forklaring: "Klagen kommer tidsnok når du har sendt den eller levert den innen fristen.",
  },
  fvl_31: {
    henvisning: STANDARD_FRISTER.klage_ettarsgrense.hjemmel,
    forklaring:
      "En klage som kommer for sent, kan likevel behandles hvis du ikke kan lastes for det eller det er særlige grunner.",
  },
  fvl_32: {
    henvisning: "forvaltningsloven § 32",
    forklaring:
      "Klagen skal være skriftlig og underskrevet, si hvilket vedtak du klager på og hva du vil ha endret. Du bør også skrive hvorfor.",
  },
  fvl_33: {
    henvisning: "forvaltningsloven § 33",
    forklaring:
      "Den som har gjort vedtaket, vurderer klagen først og kan endre vedtaket selv. Ellers sendes saken til klageinstansen.",
  },
  fvl_42: {
    henvisning: "forvaltningsloven § 42",
    forklaring: "Du kan be om at vedtaket ikke gjennomføres før klagen er avgjort.",
  },
  boligsosial_6: {
    henvisning: `${BOLIGSOSIAL_LOV} § 6`,
    forklaring:
      "Kommunen skal gi individuelt tilpasset bistand til personer som er vanskeligstilte på boligmarkedet, slik at de kan skaffe seg eller beholde en egnet bolig.",
  },
});

/** The kinds of case a decision letter can be about. */
export const SAKSTYPER = ["kommunal_bolig", "fornyelse", "boligsosial_bistand"] as const;
export type Sakstype = (typeof SAKSTYPER)[number];

export type Klageinstans = {
  /** The body that decides the appeal. */
  navn: string;
  /** Why this body: the legal basis for its competence, in plain words. */
  grunnlag: string;
  /** The appeal is sent to the district that made the decision, which considers it first (fvl. § 33). */
  sendesVia: "bydelen";
};

export const KLAGEINSTANSER = Object.freeze({
  klagenemnd: {
    navn: "Oslo kommunes klagenemnd",
    grunnlag:
      "Klager på vedtak om kommunal bolig avgjøres av kommunens egen klageinstans (forvaltningsloven § 28).",
    sendesVia: "bydelen",
  },
  /**
   * The brief named "Statsforvalteren i Oslo og Viken". Viken was split on 1 January 2024 and the government
   * kept the office but renamed it "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus"; the current name is
   * the one a letter must give.
   */
  statsforvalteren: {
    navn: "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus",
    grunnlag: `Klager på vedtak etter ${BOLIGSOSIAL_LOV} avgjøres av statsforvalteren.`,
    sendesVia: "bydelen",
  },
} satisfies Record<string, Klageinstans>);

export type SakstypeConfig = {
  /** The letter's heading. */
  tittel: string;
  /** What the applicant asked for, completing "Du søkte om …". */
  soknadOm: string;
  /** The main legal basis for the decision itself (shown first among the rules). */
  hjemmel: LovhenvisningKey | null;
  klageinstans: Klageinstans;
  /**
   * Whether the letter tells the party about asking for postponed implementation (fvl. § 42) when the outcome is
   * avslag: relevant when a refusal means losing a home (renewal), not for a refused new flat.
   */
  utsattIverksettingVedAvslag: boolean;
};

export const SAKSTYPE_CONFIG: Readonly<Record<Sakstype, SakstypeConfig>> = Object.freeze({
  kommunal_bolig: {
    tittel: "Vedtak om kommunal bolig",
    soknadOm: "kommunal bolig",
    hjemmel: null,
    klageinstans: KLAGEINSTANSER.klagenemnd,
    utsattIverksettingVedAvslag: false,
  },
  fornyelse: {
    tittel: "Vedtak om fornyelse av leiekontrakt",
    soknadOm: "å fornye leiekontrakten for den kommunale boligen din",
    hjemmel: null,
    klageinstans: KLAGEINSTANSER.klagenemnd,
    utsattIverksettingVedAvslag: true,
  },
  boligsosial_bistand: {
    tittel: "Vedtak om bistand til å skaffe eller beholde bolig",
    soknadOm: "bistand til å skaffe deg eller beholde en egnet bolig",
    hjemmel: "boligsosial_6",
    klageinstans: KLAGEINSTANSER.statsforvalteren,
    utsattIverksettingVedAvslag: false,
  },
});

/**
 * Lease lengths (years) the allocation policy allows. Oslo's allocation regulation (2024) is reported to give
 * families with children 7 or 5 years and others 5 or 3 (DOMAIN.md §4.6); a lease is stated in whole years.
 */
export const LEIEPERIODER_AAR: readonly number[] = Object.freeze([3, 5, 7]);

/** The standard sentence for a letter approved electronically. */
export const ELEKTRONISK_GODKJENT = "Dokumentet er elektronisk godkjent og har derfor ingen signatur.";

/**
 * Fonts. `standard` uses the PDF standard fonts Helvetica / Helvetica-Bold (WinAnsi: æ ø å é ü § « » – are fine),
 * which are not embedded. For PDF/UA (every font embedded) give TrueType files: `{ kind: "embedded", regular,
 * bold }` with paths or Buffers; pdfkit embeds a subset with a ToUnicode map, so the text still extracts.
 */
export type BrevFonter =
  { kind: "standard" } | { kind: "embedded"; regular: string | Buffer; bold: string | Buffer };

export const STANDARD_BREV_FONTER: BrevFonter = Object.freeze({ kind: "standard" });

/** Everything a letter renderer reads from configuration, injectable for tests. */
export type BrevConfig = {
  frister: FristConfig;
  lover: Readonly<Record<LovhenvisningKey, Lovhenvisning>>;
  sakstyper: Readonly<Record<Sakstype, SakstypeConfig>>;
  leieperioderAar: readonly number[];
  fonter: BrevFonter;
};

export const STANDARD_BREV_CONFIG: BrevConfig = Object.freeze({
  frister: STANDARD_FRIST_CONFIG,
  lover: LOVHENVISNINGER,
  sakstyper: SAKSTYPE_CONFIG,
  leieperioderAar: LEIEPERIODER_AAR,
  fonter: STANDARD_BREV_FONTER,
});

/** "3 uker" — a deadline's length as configured in the deadline engine. */
export function fristLengdeTekst(kind: FristKind, config: BrevConfig = STANDARD_BREV_CONFIG): string {
  return formatLengde(config.frister.kinds[kind].lengde);
}

/** "forvaltningsloven § 29" — a deadline's legal basis as configured in the deadline engine. */
export function fristHjemmel(kind: FristKind, config: BrevConfig = STANDARD_BREV_CONFIG): string {
  return config.frister.kinds[kind].hjemmel;
}
