/**
 * Deadline kinds as data. Lengths and paragraph references live here and nowhere else, because the new
 * forvaltningslov (passed 2025) renumbers the sections: changing law means changing this file, not the engine.
 */

export type FristEnhet = "dager" | "uker" | "måneder" | "år";

export type FristLengde = { antall: number; enhet: FristEnhet };

export type FristKind =
  "klagefrist" | "forelopig_svar" | "klage_ettarsgrense" | "bekymringsmelding_kvittering";

export type FristDefinisjon = {
  /** Short Norwegian label for lists and tables. */
  navn: string;
  lengde: FristLengde;
  /** The legal basis shown to users and case workers, e.g. "forvaltningsloven § 29". */
  hjemmel: string;
  /**
   * First sentence of the explanation. `{lengde}` becomes "3 uker", `{start}` the long start date
   * ("onsdag 1. april 2026"), `{hjemmel}` the legal basis.
   */
  forklaring: string;
  /**
   * Domstolloven § 149: a deadline ending on a Saturday, Sunday or public holiday is extended to the next
   * working day. True for every kind by default; set false for a limit that must not move.
   */
  flyttesTilVirkedag: boolean;
};

export type FristConfig = {
  kinds: Readonly<Record<FristKind, FristDefinisjon>>;
  /**
   * Whether a deadline that ends on 24 December (julaften) or 31 December (nyttårsaften) is extended to the
   * next working day.
   *
   * Default **false**. Neither day is a helligdag under lov om helligdager og helligdagsfred, nor "likestilt
   * med helgedag" in any Norwegian statute, so domstolloven § 149 does not move a deadline that ends on them
   * (unless they are a Saturday or Sunday that year). Many offices close early or shut on those days, and
   * Danish and Swedish law do extend deadlines past them, so a municipality may choose the more lenient
   * practice: set this to true and 24/31 December count as non-working days both for deadlines and for
   * working-day counting. The choice must be the same for everyone and written in the municipality's routine.
   */
  julaftenOgNyttarsaftenForlenger: boolean;
};

export const STANDARD_FRISTER: Readonly<Record<FristKind, FristDefinisjon>> = Object.freeze({
  klagefrist: {
    navn: "Klagefrist",
    lengde: { antall: 3, enhet: "uker" },
    hjemmel: "forvaltningsloven § 29",
    forklaring: "Klagefristen er {lengde} fra du mottok vedtaket {start} ({hjemmel}).",
    flyttesTilVirkedag: true,
  },
  forelopig_svar: {
    navn: "Foreløpig svar",
    lengde: { antall: 1, enhet: "måneder" },
    hjemmel: "forvaltningsloven § 11 a",
    forklaring:
      "Kan saken ikke avgjøres innen {lengde} etter at henvendelsen kom inn {start}, skal kommunen gi et foreløpig svar ({hjemmel}).",
    flyttesTilVirkedag: true,
  },
  klage_ettarsgrense: {
    navn: "Ytterste grense for sen klage",
    lengde: { antall: 1, enhet: "år" },
    hjemmel: "forvaltningsloven § 31",
    forklaring:
      "En klage som kommer for sent, kan ikke tas under behandling når det er gått mer enn {lengde} siden vedtaket ble truffet {start} ({hjemmel}).",
    flyttesTilVirkedag: true,
  },
  bekymringsmelding_kvittering: {
    navn: "Svar på bekymringsmelding",
    lengde: { antall: 7, enhet: "dager" },
    hjemmel: "Bomiljøs tjenestestandard for bekymringsmeldinger",
    forklaring: "Bekymringsmeldingen kom inn {start} og skal bekreftes innen {lengde} ({hjemmel}).",
    flyttesTilVirkedag: true,
  },
});

export const STANDARD_FRIST_CONFIG: FristConfig = Object.freeze({
  kinds: STANDARD_FRISTER,
  julaftenOgNyttarsaftenForlenger: false,
});

/** A config with some settings changed, e.g. `lagFristConfig({ julaftenOgNyttarsaftenForlenger: true })`. */
export function lagFristConfig(
  overrides: Partial<Omit<FristConfig, "kinds">> & {
    kinds?: Partial<Record<FristKind, FristDefinisjon>>;
  } = {},
): FristConfig {
  return Object.freeze({
    julaftenOgNyttarsaftenForlenger:
      overrides.julaftenOgNyttarsaftenForlenger ?? STANDARD_FRIST_CONFIG.julaftenOgNyttarsaftenForlenger,
    kinds: Object.freeze({ ...STANDARD_FRISTER, ...overrides.kinds }),
  });
}

export function formatLengde(lengde: FristLengde): string {
  const { antall, enhet } = lengde;
  const one = antall === 1;
  switch (enhet) {
    case "dager":
      return `${antall} ${one ? "dag" : "dager"}`;
    case "uker":
      return `${antall} ${one ? "uke" : "uker"}`;
    case "måneder":
      return `${antall} ${one ? "måned" : "måneder"}`;
    case "år":
      return `${antall} år`;
  }
}
