import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { Database } from "../../db/schema";
import { fail } from "../../lib/errors";
import { todayInOslo, type Dato } from "../../lib/frister";

export type StaffContext = { db: Db; actor: Actor; requestId: string | null; now?: () => Date };
/** The anonymous reporter: no actor, no request id (nothing may tie a row to a request). */
export type AnonymContext = { db: Db; now?: () => Date };

export function idag(now?: () => Date): Dato {
  return todayInOslo(now ?? (() => new Date()));
}

/** Concerns the coordinator may see: the own district only. Everyone else: none (so "not found"). */
export function bekymringScope(actor: Actor) {
  return (eb: ExpressionBuilder<Database, "bekymring">): Expression<SqlBool> =>
    actor.rolle === "bomiljokoordinator" && actor.bydelId
      ? eb("bekymring.bydel_id", "=", actor.bydelId)
      : eb.val(false);
}

export function krevBehandler(actor: Actor): void {
  if (!can(actor, "bekymring.behandle")) fail("ikke_tilgang");
}

/** Runs `fn` in one transaction (or in the caller's). */
export async function iTransaksjon<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

export async function nesteLopenummer(trx: Db, bekymringId: string): Promise<number> {
  const { maks } = await trx
    .selectFrom("bekymring_melding")
    .select((eb) => eb.fn.max("lopenummer").as("maks"))
    .where("bekymring_id", "=", bekymringId)
    .executeTakeFirstOrThrow();
  return Number(maks ?? 0) + 1;
}
