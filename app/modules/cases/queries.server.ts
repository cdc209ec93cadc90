import { sql, type Expression, type Selectable, type SqlBool, type Updateable } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Permission } from "../../auth/permissions";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { SakTable, Saksstatus } from "../../db/schema";
import { fail } from "../../lib/errors";
import { todayInOslo, type Dato } from "../../lib/frister";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { transition, type Sakshendelse } from "./state-machine";

/** What every case use case takes. `now` is the clock (tests pass a fixed one). */
export type CaseContext = { db: Db; actor: Actor; requestId: string | null; now?: () => Date };

export type SakRad = Selectable<SakTable>;

/**
 * The rows of `sak as s` the actor may see. A caseworker: the own district. The appeal board: cases with an
 * appeal forwarded to it. Everyone else (including the property manager, unlike `bydelScope`): none. A row
 * outside the scope is "not found".
 */
export function sakScope(actor: Actor): Expression<SqlBool> {
  if (actor.rolle === "saksbehandler" && actor.bydelId) return sql<SqlBool>`s.bydel_id = ${actor.bydelId}`;
  if (actor.rolle === "klagenemnd") {
    return sql<SqlBool>`exists (select 1 from klage k where k.sak_id = s.id and k.klageinstans = 'klagenemnd'
      and k.oversendt is not null)`;
  }
  return sql<SqlBool>`false`;
}

export function krevTilgang(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) fail("ikke_tilgang");
}

export function idag(now: (() => Date) | undefined): Dato {
  return todayInOslo(now ?? (() => new Date()));
}

/** Runs `fn` in one transaction (or in the caller's, when `db` already is one). */
export async function iTransaksjon<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/** A case in scope, locked for update; "not found" outside the scope. */
export async function hentSakForEndring(trx: Db, actor: Actor, sakId: string): Promise<SakRad> {
  const sak = await trx
    .selectFrom("sak as s")
    .selectAll("s")
    .where("s.id", "=", sakId)
    .where(sakScope(actor))
    .forUpdate()
    .executeTakeFirst();
  if (!sak) fail("ikke_funnet");
  return sak;
}

/** Appends one entry to the case log. `data` holds keys, dates and outcomes — never special-category values. */
export async function loggHendelse(
  trx: Db,
  actor: Actor,
  sakId: string,
  hendelse: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .insertInto("sakslogg")
    .values({
      sak_id: sakId,
      aktor_id: actor.id,
      aktor_navn: actor.navn,
      aktor_rolle: actor.rolle,
      aktor_enhet: actor.enhet,
      hendelse,
      data: JSON.stringify(data),
    })
    .execute();
}

export type Endring<T> = {
  /** Extra log data for the event. */
  logg?: Record<string, unknown>;
  /** Audit rows besides the one for the case itself (e.g. `helse` for a note). */
  audit?: AuditEntry[];
  resultat: T;
};

/**
 * The frame of every update of a case, in one transaction: permission → the case in scope (else "not found")
 * → the row version (stale → "konflikt", nothing written) → the state machine (refused → "konflikt") → status
 * and version bumped → `fn` writes its rows → the case log → the audit log.
 */
export async function endreSak<T>(
  ctx: CaseContext & {
    sakId: string;
    versjon: number;
    /** The state-machine event, or a function choosing it from the locked case (e.g. appeal in time or late). */
    hendelse: Sakshendelse | ((trx: Db, sak: SakRad) => Promise<Sakshendelse>);
    permission: Permission;
    /** Extra columns of `sak` to set with the status (e.g. the assigned caseworker). */
    sett?: Updateable<SakTable>;
    /** A different log event name than the state-machine event (e.g. "vedtak_fattet"). */
    loggnavn?: string;
  },
  fn: (trx: Db, sak: SakRad, til: Saksstatus) => Promise<Endring<T>>,
): Promise<T & { versjon: number; status: Saksstatus }> {
  const { actor } = ctx;
  krevTilgang(actor, ctx.permission);
  return iTransaksjon(ctx.db, async (trx) => {
    const sak = await hentSakForEndring(trx, actor, ctx.sakId);
    if (sak.versjon !== ctx.versjon) fail("konflikt");
    const hendelse = typeof ctx.hendelse === "function" ? await ctx.hendelse(trx, sak) : ctx.hendelse;
    const steg = transition(sak.status, hendelse, actor.rolle);
    if (!steg.ok) fail(steg.feil === "rolle_ikke_tillatt" ? "ikke_tilgang" : "konflikt");
    const oppdatert = await trx
      .updateTable("sak")
      .set({ ...ctx.sett, status: steg.til, versjon: sak.versjon + 1, endret: new Date() })
      .where("id", "=", sak.id)
      .where("versjon", "=", ctx.versjon)
      .returning(["versjon", "status"])
      .executeTakeFirst();
    if (!oppdatert) fail("konflikt");
    const endring = await fn(trx, sak, steg.til);
    await loggHendelse(trx, actor, sak.id, ctx.loggnavn ?? hendelse, {
      ...(steg.til !== sak.status ? { fra: sak.status, til: steg.til } : {}),
      ...endring.logg,
    });
    await recordAccess(trx, actor, ctx.requestId, [
      { personId: sak.soker_person_id, kategori: "sak", handling: "endre", ressurs: `sak:${sak.id}` },
      ...(endring.audit ?? []),
    ]);
    return { ...endring.resultat, versjon: oppdatert.versjon, status: oppdatert.status };
  });
}
