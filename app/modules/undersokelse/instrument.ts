/**
 * The questionnaire (spørreskjema), versioned. Version 1 has the core items of DOMAIN.md §6, the same in every
 * district, grouped into dimensions (after Boindeks for leieboliger and the UK Tenant Satisfaction Measures), two
 * yes/no items reported as shares, two optional background items (the only respondent groups), one free-text
 * item, and up to three local items a round may add (bokmål, scale items, not part of any index).
 *
 * Scale items are answered 1–5 ("Veldig dårlig" … "Veldig bra") or "Vet ikke" (0, not counted). A respondent's
 * dimension index is the mean of their answered items in it, mapped 1→0 and 5→100; their overall index is the
 * mean of their dimension indices. Yes/no items give 100 for "Ja" and 0 for "Nei" ("Vet ikke" not counted),
 * so their "index" is the share answering yes.
 */
export const INSTRUMENTVERSJON = 1;

export const DIMENSJONER = ["helhet", "bolig", "trygghet", "utleier", "naboskap", "medvirkning"] as const;
export type Dimensjon = (typeof DIMENSJONER)[number];

export const SKALASPORSMAL = [
  { id: "helhet", dimensjon: "helhet" },
  { id: "bolig", dimensjon: "bolig" },
  { id: "reparasjon", dimensjon: "bolig" },
  { id: "vedlikehold", dimensjon: "bolig" },
  { id: "kontrakt", dimensjon: "bolig" },
  { id: "trygg_bolig", dimensjon: "trygghet" },
  { id: "trygg_felles", dimensjon: "trygghet" },
  { id: "respekt", dimensjon: "utleier" },
  { id: "lyttet", dimensjon: "utleier" },
  { id: "informert", dimensjon: "utleier" },
  { id: "naboer", dimensjon: "naboskap" },
  { id: "ro", dimensjon: "naboskap" },
  { id: "fellesrom", dimensjon: "medvirkning" },
  { id: "deltakelse", dimensjon: "medvirkning" },
] as const satisfies readonly { id: string; dimensjon: Dimensjon }[];
export type SkalaId = (typeof SKALASPORSMAL)[number]["id"];

/** Yes/no items, each reported as the share answering yes. */
export const JANEI = ["kontakt", "beboerrad"] as const;
export type JaNeiId = (typeof JANEI)[number];

/** What the results show: the overall index, each dimension, and each yes/no share. */
export const INDIKATORER = ["samlet", ...DIMENSJONER, ...JANEI] as const;
export type Indikator = (typeof INDIKATORER)[number];

export const BOTID = ["under_2", "2_5", "over_5"] as const;
export type Botid = (typeof BOTID)[number];

/** Respondent groups a result may be broken down by (cells of at least 10, whoever asks). */
export const GRUPPERINGER = ["botid", "barn"] as const;
export type Gruppering = (typeof GRUPPERINGER)[number];

export const MAKS_LOKALE = 3;
export const MAKS_FRITEKST = 2000;

/** A local item's key in `verdier`. */
export const lokalId = (i: number) => `lokal_${i + 1}`;

/** From a 1–5 answer to 0–100. */
export const tilIndeks = (verdi: number) => ((verdi - 1) / 4) * 100;

/**
 * A respondent's indices from their answers: item id → 1–5 (scale), 1/2 (yes/no: 1 = ja, 2 = nei); items left
 * out or answered "Vet ikke" are simply missing. Returns only the indicators that have a value.
 */
export function beregnIndeks(verdier: Record<string, number>): Partial<Record<Indikator, number>> {
  const indeks: Partial<Record<Indikator, number>> = {};
  const dimensjonsverdier: number[] = [];
  for (const d of DIMENSJONER) {
    const svar = SKALASPORSMAL.filter((s) => s.dimensjon === d)
      .map((s) => verdier[s.id])
      .filter((v): v is number => v !== undefined && v >= 1 && v <= 5);
    if (svar.length === 0) continue;
    const v = svar.reduce((sum, x) => sum + tilIndeks(x), 0) / svar.length;
    indeks[d] = v;
    dimensjonsverdier.push(v);
  }
  if (dimensjonsverdier.length > 0)
    indeks.samlet = dimensjonsverdier.reduce((a, b) => a + b, 0) / dimensjonsverdier.length;
  for (const j of JANEI) {
    const v = verdier[j];
    if (v === 1) indeks[j] = 100;
    else if (v === 2) indeks[j] = 0;
  }
  return indeks;
}
