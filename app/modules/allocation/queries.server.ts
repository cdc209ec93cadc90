import type { Actor } from "../../auth/actor";
import type { Permission } from "../../auth/permissions";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { todayInOslo, type Dato } from "../../lib/frister";

/** What every allocation use case takes. `now` is the clock (tests pass a fixed one). */
export type TildelingContext = { db: Db; actor: Actor; requestId: string | null; now?: () => Date };

export function idag(now: (() => Date) | undefined): Dato {
  return todayInOslo(now ?? (() => new Date()));
}

/** The permission, and a caseworker with a district: allocation is district work. Returns the district. */
export function krevBydel(actor: Actor, permission: Permission): string {
  if (!can(actor, permission)) fail("ikke_tilgang");
  if (actor.rolle !== "saksbehandler" || !actor.bydelId) fail("ikke_tilgang");
  return actor.bydelId;
}

export async function iTransaksjon<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/** A round of the actor's own district (else "not found"); reads no personal data. */
export async function hentRunde(db: Db, bydelId: string, rundeId: string) {
  const runde = await db
    .selectFrom("tildelingsrunde")
    .selectAll()
    .where("id", "=", rundeId)
    .where("bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!runde) fail("ikke_funnet");
  return runde;
}

/** Stops with "not found" unless the offer belongs to the actor's district. Reads no personal data. */
export async function requireOfferInScope(ctx: TildelingContext & { tilbudId: string }): Promise<void> {
  const bydelId = krevBydel(ctx.actor, "tildeling.les");
  const t = await ctx.db
    .selectFrom("tilbud")
    .select("id")
    .where("id", "=", ctx.tilbudId)
    .where("bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!t) fail("ikke_funnet");
}

/** Stops with "not found" unless the round belongs to the actor's district. Reads no personal data. */
export async function requireRoundInScope(ctx: TildelingContext & { rundeId: string }): Promise<void> {
  await hentRunde(ctx.db, krevBydel(ctx.actor, "tildeling.les"), ctx.rundeId);
}
