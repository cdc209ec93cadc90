import { DEFAULT_VEKTER } from "./engine/problem";

/**
 * The district's allocation rules as the engine reads them (docs/domain/tildeling.md, «Regler for sammensetning»):
 * default composition limits for its stairwells and the objective weights. Saved per district on
 * /tildeling/regler; without a saved row the engine's defaults below apply.
 */

/** The weights a district can change: the ones that count in its rounds (wished district/area are not read). */
export const VEKTNAVN = [
  "prioritet",
  "ventetid",
  "romPassform",
  "tilretteleggingSvinn",
  "onsketStorrelse",
  "balanse",
] as const;
export type Vektnavn = (typeof VEKTNAVN)[number];
export type Bydelsvekter = Record<Vektnavn, number>;

export type Bydelsregler = {
  /** At most N households with high follow-up need into one stairwell per round (null: no limit). */
  maksPerRunde: number | null;
  /** Max share (0–1) of households with high follow-up need in a stairwell after the round (null: no limit). */
  maksAndel: number | null;
  /** Target share (0–1) used by the balance weight. */
  malAndel: number;
  vekter: Bydelsvekter;
  /** Row version; 0 while the district has not saved its own rules. */
  versjon: number;
};

export const STANDARD_BYDELSREGLER: Bydelsregler = {
  maksPerRunde: 1,
  maksAndel: 0.3,
  malAndel: 0.15,
  vekter: Object.fromEntries(VEKTNAVN.map((v) => [v, DEFAULT_VEKTER[v]])) as Bydelsvekter,
  versjon: 0,
};

/** A stairwell's own rules (null limit: the district's default). */
export type Oppgangsregler = {
  utrygg: boolean;
  maksPerRunde: number | null;
  maksAndel: number | null;
  /** Row version; 0 while the stairwell has no rules of its own. */
  versjon: number;
};

export const INGEN_OPPGANGSREGLER: Oppgangsregler = {
  utrygg: false,
  maksPerRunde: null,
  maksAndel: null,
  versjon: 0,
};

/** A share 0–1 as whole percent for forms and pages (0.3 → 30). */
export function prosent(andel: number | null): number | null {
  return andel === null ? null : Math.round(andel * 1000) / 10;
}
