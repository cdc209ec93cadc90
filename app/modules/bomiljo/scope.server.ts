import type { Actor } from "../../auth/actor";
import { bydelScope } from "../../auth/policy.server";
import { notFound } from "../../lib/errors";

/**
 * The one district whose bomiljø plans the actor works in. District roles have exactly one; everyone else
 * (the property manager's "all districts" register scope included) has none here: plans are district work
 * and may name social matters, so Boligbygg does not read them (docs/domain/bomiljoplan.md).
 */
export function planBydel(actor: Actor): string {
  const scope = bydelScope(actor);
  if (scope.alle || scope.bydeler.length !== 1) notFound();
  return scope.bydeler[0] as string;
}

/** A row outside the actor's district is "not found". */
export function kreverEgenBydel(actor: Actor, bydelId: string): void {
  if (planBydel(actor) !== bydelId) notFound();
}
