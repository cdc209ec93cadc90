import type { Actor } from "../../auth/actor";
import { BYDELSROLLER } from "../../auth/actor";
import { bydelScope } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { Motserietype } from "../../db/schema";

/** What every samarbeid use case receives. */
export type SamarbeidContext = { db: Db; actor: Actor; requestId: string | null };

/** A district no row can have: an actor without districts matches nothing (never "in ()"). */
const INGEN_BYDEL = "\u0000ingen";

/** The districts whose rows the actor may see: null for all (the property manager), otherwise a list. */
export function synligeBydeler(actor: Actor): string[] | null {
  const scope = bydelScope(actor);
  if (scope.alle) return null;
  return scope.bydeler.length > 0 ? scope.bydeler : [INGEN_BYDEL];
}

/**
 * Whether the actor may see content marked social (`sosialt`): only district roles. The property manager
 * (Boligbygg) never does — not in a meeting's minutes, not in an action item, not in a list. Deny on doubt:
 * every role that is not a district role is treated like the property manager.
 */
export function serSosialt(actor: Actor): boolean {
  return BYDELSROLLER.includes(actor.rolle);
}

/**
 * Meeting series the actor may see by type: district roles all of their district's; the property manager only
 * the district–Boligbygg series (NAV–district, the resource team and other series may be about individual
 * residents; deny on doubt).
 */
export function synligeSerietyper(actor: Actor): Motserietype[] {
  return serSosialt(actor) ? ["bydel_boligbygg", "nav_bydel", "ressursteam", "annet"] : ["bydel_boligbygg"];
}

/** The organisation an actor speaks for in a meeting. */
export function organisasjonFor(actor: Actor): "bydel" | "boligbygg" | "annen" {
  if (actor.rolle === "forvalter") return "boligbygg";
  if (BYDELSROLLER.includes(actor.rolle)) return "bydel";
  return "annen";
}
