import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { Database } from "../../db/schema";
import { fail } from "../../lib/errors";

export type NaboklageContext = { db: Db; actor: Actor; requestId: string | null; now?: () => Date };

/** The two sides of a complaint. The district (social side) and Boligbygg (lease side) see different parts. */
export type Side = "bydel" | "boligbygg";

/** Which side the actor works on; "ikke tilgang" for everyone else. */
export function sideFor(actor: Actor): Side {
  if (can(actor, "naboklage.behandle")) return "bydel";
  if (can(actor, "naboklage.leieforhold")) return "boligbygg";
  fail("ikke_tilgang");
}

/** Complaints in scope: the coordinator's own district; Boligbygg every district (it manages all leases). */
export function naboklageScope(actor: Actor) {
  return (eb: ExpressionBuilder<Database, "naboklage">): Expression<SqlBool> => {
    if (can(actor, "naboklage.behandle") && actor.bydelId)
      return eb("naboklage.bydel_id", "=", actor.bydelId);
    if (can(actor, "naboklage.leieforhold")) return eb.val(true);
    return eb.val(false);
  };
}

/** The main person of each household, for the audit rows (one row per person the read is about). */
export async function hovedpersoner(db: Db, husstandIder: (string | null)[]): Promise<string[]> {
  const ider = husstandIder.filter((id): id is string => id !== null);
  if (ider.length === 0) return [];
  const rader = await db
    .selectFrom("husstand_medlem")
    .select("person_id")
    .where("husstand_id", "in", ider)
    .where("rolle", "=", "hovedperson")
    .execute();
  return rader.map((r) => r.person_id);
}

/** The household holding the active lease of a unit, or null (vacant, or not a municipal lease). */
export async function aktivHusstand(db: Db, boligId: string): Promise<string | null> {
  const rad = await db
    .selectFrom("leiekontrakt")
    .select("husstand_id")
    .where("bolig_id", "=", boligId)
    .where("status", "=", "aktiv")
    .executeTakeFirst();
  return rad?.husstand_id ?? null;
}
