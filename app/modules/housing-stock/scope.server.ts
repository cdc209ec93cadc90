import type { Actor } from "../../auth/actor";
import { bydelScope } from "../../auth/policy.server";

/**
 * The districts the actor may see in the register, in the shape the queries
 * need: "alle" (the property manager), a non-empty list (a district role) or
 * null (nothing — every query returns "not found" or an empty list).
 */
export type Synlighet = "alle" | readonly string[];

export function synligeBydeler(actor: Actor): Synlighet | null {
  const scope = bydelScope(actor);
  if (scope.alle) return "alle";
  return scope.bydeler.length > 0 ? scope.bydeler : null;
}

/** The list to put in `where bydel_id in (…)`; only called when the scope is not "alle". */
export function bydelListe(synlighet: Synlighet): string[] {
  return synlighet === "alle" ? [] : [...synlighet];
}

export function kanSeBydel(synlighet: Synlighet | null, bydelId: string): boolean {
  if (synlighet === null) return false;
  return synlighet === "alle" || synlighet.includes(bydelId);
}

/** A user's text as a LIKE pattern that matches anywhere, with %, _ and \ taken literally. */
export function likeInneholder(tekst: string): string {
  return `%${tekst.replace(/[\\%_]/g, "\\$&")}%`;
}

export function likeStarterMed(tekst: string): string {
  return `${tekst.replace(/[\\%_]/g, "\\$&")}%`;
}

/** Search text as typed: trimmed, inner whitespace collapsed, at most 100 characters. */
export function normaliserSok(q: string | null | undefined): string {
  return (q ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
}
