import type { Avslagsrutine } from "../../db/schema";

/**
 * The district's allocation policy (docs/domain/tildeling.md). Kept as configuration, not literals in code:
 * lease lengths change with the allocation regulation (DOMAIN.md §4.6), and each district chooses its routine
 * for applicants who refuse an offer.
 */
export type Tildelingspolicy = {
  /** Lease length in years: households with children, others. */
  leietidAar: { barnefamilie: number; andre: number };
  /** What happens after a refusal: a new offer (the household is marked for one), or back to the list with a note. */
  avslagsrutine: Avslagsrutine;
  /** Calendar days the applicant has to answer an offer. */
  svarfristDager: number;
  /** Suggested rent per m² per month when the unit has no earlier lease (the caseworker may change it). */
  husleiePerKvm: number;
  /** What an existing tenant's old unit becomes when they accept an offer (transfer): ready to let, or refurbished first. */
  boligStatusEtterBytte: "ledig" | "under_oppussing";
};

export const STANDARD_POLICY: Tildelingspolicy = {
  leietidAar: { barnefamilie: 5, andre: 3 },
  avslagsrutine: "tilbake_til_listen",
  svarfristDager: 7,
  husleiePerKvm: 230,
  boligStatusEtterBytte: "under_oppussing",
};

/** Per-district deviations from the standard. */
const BYDELSPOLICY: Partial<Record<string, Partial<Tildelingspolicy>>> = {
  sagene: { avslagsrutine: "nytt_tilbud" },
};

export function policyFor(bydelId: string): Tildelingspolicy {
  return { ...STANDARD_POLICY, ...BYDELSPOLICY[bydelId] };
}
