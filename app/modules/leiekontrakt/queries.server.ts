import { sql, type Expression, type SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Permission } from "../../auth/permissions";
import { bydelScope, can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { addMonths, todayInOslo, type Dato } from "../../lib/frister";
import type { RenewalSak } from "./fornyelsesstatus";
import { STANDARD_FORNYELSESPOLICY, type FornyelsesPolicy } from "./policy";

/** What every lease use case takes. `now` is the clock (tests pass a fixed one). */
export type LeaseContext = {
  db: Db;
  actor: Actor;
  requestId: string | null;
  now?: () => Date;
  policy?: FornyelsesPolicy;
};

export function krev(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) fail("ikke_tilgang");
}

export function idag(now: (() => Date) | undefined): Dato {
  return todayInOslo(now ?? (() => new Date()));
}

export function policyFra(ctx: { policy?: FornyelsesPolicy }): FornyelsesPolicy {
  return ctx.policy ?? STANDARD_FORNYELSESPOLICY;
}

/**
 * The units (`bo`, alias of bolig) whose leases the actor may see: the property manager all, a caseworker
 * the own district, anyone else none. A lease outside the scope is "not found".
 */
export function boligScope(actor: Actor, alias = "bo"): Expression<SqlBool> {
  const scope = bydelScope(actor);
  if (scope.alle) return sql<SqlBool>`true`;
  if (scope.bydeler.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${sql.ref(`${alias}.bydel_id`)} in (${sql.join(scope.bydeler)})`;
}

/** The main person of a household (hovedperson), for names in lists. */
export const hovedpersonLateral = (husstandRef: string) => sql`lateral (
  select p.id, p.fornavn, p.etternavn from husstand_medlem m join person p on p.id = m.person_id
  where m.husstand_id = ${sql.ref(husstandRef)} order by (m.rolle = 'hovedperson') desc, p.etternavn, p.id
  limit 1)`;

/**
 * The renewal case (sak of type `fornyelse`) that belongs to each lease: applied for by a member of the lease's
 * household, received no earlier than `soknadTidligstMaaneder` before the end date; the newest if several.
 * Case data: only for `fornyelse.behandle` (never the property manager) and the tenant's own lease.
 */
export async function fornyelsessaker(
  db: Db,
  leiekontraktIder: readonly string[],
  policy: FornyelsesPolicy,
): Promise<Map<string, RenewalSak>> {
  const ut = new Map<string, RenewalSak>();
  if (leiekontraktIder.length === 0) return ut;
  const { rows } = await sql<{
    leiekontrakt_id: string;
    sak_id: string;
    saksnummer: string;
    mottatt: string;
    status: string;
    soker_person_id: string;
    utfall: RenewalSak["utfall"];
  }>`
    select lk.id as leiekontrakt_id, s.id as sak_id, s.soker_person_id, s.saksnummer, s.mottatt::text as mottatt, s.status,
      (select v.utfall from vedtak v where v.sak_id = s.id order by v.opprettet desc, v.id limit 1) as utfall
    from leiekontrakt lk
    join lateral (
      select s.* from sak s
      where s.type = 'fornyelse'
        and s.soker_person_id in (select m.person_id from husstand_medlem m where m.husstand_id = lk.husstand_id)
        and lk.sluttdato is not null
        and s.mottatt >= (lk.sluttdato - make_interval(months => ${policy.soknadTidligstMaaneder}))::date
      order by s.mottatt desc, s.id limit 1
    ) s on true
    where lk.id in (${sql.join(leiekontraktIder)})`.execute(db);
  for (const r of rows) {
    ut.set(r.leiekontrakt_id, {
      sakId: r.sak_id,
      saksnummer: r.saksnummer,
      mottatt: r.mottatt,
      status: r.status,
      sokerPersonId: r.soker_person_id,
      utfall: r.utfall,
    });
  }
  return ut;
}

/** Leases (among `ider`) that have been renewed, with the new lease's id. */
export async function fornyelser(db: Db, ider: readonly string[]): Promise<Map<string, string>> {
  if (ider.length === 0) return new Map();
  const rows = await db
    .selectFrom("leiekontrakt_fornyelse")
    .select(["forrige_leiekontrakt_id", "ny_leiekontrakt_id"])
    .where("forrige_leiekontrakt_id", "in", ider)
    .execute();
  return new Map(rows.map((r) => [r.forrige_leiekontrakt_id, r.ny_leiekontrakt_id]));
}

/** The last day of the worklist window. */
export function vinduSlutt(today: Dato, policy: FornyelsesPolicy): Dato {
  return addMonths(today, policy.vinduMaaneder);
}

/** Whether a lease is in the actor's scope (`boligScope`); no personal data read: for refusing early. */
export async function leiekontraktIScope(db: Db, actor: Actor, leiekontraktId: string): Promise<boolean> {
  const rad = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .select("lk.id")
    .where("lk.id", "=", leiekontraktId)
    .where(boligScope(actor))
    .executeTakeFirst();
  return !!rad;
}
