import type { Actor } from "../../auth/actor";
import { BYDELSROLLER } from "../../auth/actor";
import { bydelScope } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { datoInOslo } from "../../lib/frister";
import type { AuditEntry } from "../audit/record-access.server";

/** What every HMS use case receives. `idag` is today in Oslo (tests pass a fixed one). */
export type HmsContext = { db: Db; actor: Actor; requestId: string | null; idag?: string };

/** A district no row can have: an actor without districts matches nothing (never "in ()"). */
const INGEN_BYDEL = "\u0000ingen";

/** The districts whose campaigns the actor may see: null for all (Boligbygg), otherwise a list. */
export function synligeBydeler(actor: Actor): string[] | null {
  const scope = bydelScope(actor);
  if (scope.alle) return null;
  return scope.bydeler.length > 0 ? scope.bydeler : [INGEN_BYDEL];
}

/**
 * Whether the actor may see need-findings and referrals: only district roles. Boligbygg (forvalter) sees
 * building findings only — never a need, a referral's service or its summary. Deny on doubt.
 */
export function serBehov(actor: Actor): boolean {
  return BYDELSROLLER.includes(actor.rolle);
}

/** The people of the household living in a unit now (active lease), for the audit log. Never shown. */
export async function husstandenI(db: Db, boligId: string): Promise<string[]> {
  const rader = await db
    .selectFrom("leiekontrakt as l")
    .innerJoin("husstand_medlem as hm", "hm.husstand_id", "l.husstand_id")
    .select("hm.person_id")
    .where("l.bolig_id", "=", boligId)
    .where("l.status", "=", "aktiv")
    .execute();
  return [...new Set(rader.map((r) => r.person_id))];
}

/** One audit entry per person in the unit's household (or one without a person when the unit is empty). */
export async function auditForBolig(
  db: Db,
  boligId: string,
  kategori: AuditEntry["kategori"],
  handling: AuditEntry["handling"],
  ressurs: string,
): Promise<AuditEntry[]> {
  const personer = await husstandenI(db, boligId);
  if (personer.length === 0) return [{ personId: null, kategori, handling, ressurs }];
  return personer.map((personId) => ({ personId, kategori, handling, ressurs }));
}

/** Today's date in Oslo, or the context's fixed day. */
export function idag(ctx: Pick<HmsContext, "idag">): string {
  return ctx.idag ?? datoInOslo(new Date());
}
