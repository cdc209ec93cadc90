import type { Actor } from "../../auth/actor";

/**
 * Whose survey rows the actor may see: the coordinator their own district, Velferdsetaten the whole city,
 * everyone else nothing. Used in every query of this module.
 */
export function undersokelseScope(actor: Actor): { alle: true } | { alle: false; bydeler: string[] } {
  if (actor.rolle === "analytiker") return { alle: true };
  if (actor.rolle === "bomiljokoordinator" && actor.bydelId) return { alle: false, bydeler: [actor.bydelId] };
  return { alle: false, bydeler: [] };
}

/** The smallest number of answers behind a figure: 5 for the district's own staff, 10 for the central agency. */
export function terskelFor(actor: Actor): number {
  return actor.rolle === "bomiljokoordinator" ? TERSKEL_BYDEL : TERSKEL_SENTRALT;
}

export const TERSKEL_BYDEL = 5;
export const TERSKEL_SENTRALT = 10;
/** Any breakdown by respondent group, whoever asks. */
export const TERSKEL_GRUPPE = 10;
