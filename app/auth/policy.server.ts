import type { Actor } from "./actor";
import { BYDELSROLLER } from "./actor";
import { hasPermission, type Permission } from "./permissions";
import { fail } from "../lib/errors";

/** True only when the actor holds the permission. Any doubt (no actor, unknown role) is a no. */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  try {
    return !!actor && hasPermission(actor.rolle, permission);
  } catch {
    return false;
  }
}

/** Stops with 401 (not signed in) or 403 (signed in, not allowed). */
export function requirePermission(actor: Actor | null | undefined, permission: Permission): Actor {
  if (!actor) fail("ikke_innlogget");
  if (!can(actor, permission)) fail("ikke_tilgang");
  return actor;
}

/**
 * The districts whose rows the actor may see in the housing register:
 * a district role sees its own bydel, the property manager all of them,
 * everyone else none. Use in every register query.
 */
export function bydelScope(actor: Actor): { alle: true } | { alle: false; bydeler: string[] } {
  if (actor.rolle === "forvalter") return { alle: true };
  if (BYDELSROLLER.includes(actor.rolle) && actor.bydelId) return { alle: false, bydeler: [actor.bydelId] };
  return { alle: false, bydeler: [] };
}
