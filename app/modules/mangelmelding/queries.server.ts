import { randomUUID } from "node:crypto";
import { sql, type Expression, type Selectable, type SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Permission } from "../../auth/permissions";
import { bydelScope, can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { Alvorlighet, Mangelhendelse, MangelmeldingTable } from "../../db/schema";
import { fail } from "../../lib/errors";
import type { RensetBilde } from "./bilder.server";
import { beregnFrist, FORELOPIG_ALVORLIGHET } from "./config";
import type { NyMangel } from "./schemas";

/** What every defect use case takes. `now` is the clock (tests pass a fixed one). */
export type MangelContext = { db: Db; actor: Actor; requestId: string | null; now?: () => Date };

export type MangelRad = Selectable<MangelmeldingTable>;

export function krevTilgang(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) fail("ikke_tilgang");
}

/**
 * The reports (`mangelmelding as m`) the actor may handle: Boligbygg (forvalter) all of them — it manages
 * every municipal building — and nobody else. A resident reaches only their own through `egenScope`.
 */
export function behandlerScope(actor: Actor): Expression<SqlBool> {
  return actor.rolle === "forvalter" ? sql<SqlBool>`true` : sql<SqlBool>`false`;
}

/** The resident's own reports: made by this signed-in person. */
export function egenScope(actor: Actor): Expression<SqlBool> {
  if (actor.rolle !== "beboer" || !actor.id) return sql<SqlBool>`false`;
  return sql<SqlBool>`m.melder_aktor_id = ${actor.id}`;
}

/**
 * The reports this staff member registered (`kilde = 'ansatt'`) at addresses still in the actor's districts —
 * her list, her report page and its photos. A coordinator who changed district no longer reaches the old ones.
 */
export function registrertScope(actor: Actor): Expression<SqlBool> {
  const scope = bydelScope(actor);
  if (!actor.id || !can(actor, "mangelmelding.registrere")) return sql<SqlBool>`false`;
  if (!scope.alle && scope.bydeler.length === 0) return sql<SqlBool>`false`;
  const egne = sql<SqlBool>`m.kilde = 'ansatt' and m.melder_aktor_id = ${actor.id}`;
  return scope.alle ? egne : sql<SqlBool>`${egne} and m.bydel_id in (${sql.join(scope.bydeler)})`;
}

/** Runs `fn` in one transaction (or in the caller's, when `db` already is one). */
export async function iTransaksjon<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/** A report Boligbygg may handle, locked for update; "not found" outside the scope. */
export async function hentForEndring(trx: Db, actor: Actor, id: string): Promise<MangelRad> {
  const rad = await trx
    .selectFrom("mangelmelding as m")
    .selectAll("m")
    .where("m.id", "=", id)
    .where(behandlerScope(actor))
    .forUpdate()
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  return rad;
}

/** A stale version (someone saved in between) is refused, never overwritten. */
export function krevVersjon(rad: MangelRad, versjon: number): void {
  if (rad.versjon !== versjon) fail("konflikt");
}

/** Appends one step to the report's timeline (append-only). */
export async function loggSteg(
  trx: Db,
  actor: Pick<Actor, "id" | "rolle" | "enhet">,
  mangelmeldingId: string,
  hendelse: Mangelhendelse,
  data: { alvorlighet?: Alvorlighet; planlagtDato?: string; tekst?: string; tidspunkt?: Date } = {},
): Promise<void> {
  await trx
    .insertInto("mangelmelding_hendelse")
    .values({
      mangelmelding_id: mangelmeldingId,
      hendelse,
      alvorlighet: data.alvorlighet ?? null,
      planlagt_dato: data.planlagtDato ?? null,
      tekst: data.tekst ?? null,
      aktor_id: actor.id,
      aktor_rolle: actor.rolle,
      aktor_enhet: actor.enhet,
      ...(data.tidspunkt ? { tidspunkt: data.tidspunkt } : {}),
    })
    .execute();
}

/** The audit entry for reading or changing a report: it is about the person who reported it. */
export function auditFor(
  rad: Pick<MangelRad, "id" | "melder_person_id">,
  handling: "les" | "opprett" | "endre",
) {
  return {
    personId: rad.melder_person_id,
    kategori: "personalia" as const,
    handling,
    ressurs: `mangelmelding:${rad.id}`,
  };
}

/**
 * Stores checked, re-encoded photos (bilder.server.ts) after the report's existing ones. `hendelseSeq` is the
 * `tillegg` step that brought them; photos sent with the report have none.
 */
export async function lagreBilder(
  trx: Db,
  mangelmeldingId: string,
  bilder: readonly RensetBilde[],
  hendelseSeq: string | null = null,
): Promise<void> {
  if (bilder.length === 0) return;
  const { siste } = await trx
    .selectFrom("mangelmelding_bilde")
    .select((eb) => eb.fn.coalesce(eb.fn.max("nummer"), sql<number>`0`).as("siste"))
    .where("mangelmelding_id", "=", mangelmeldingId)
    .executeTakeFirstOrThrow();
  let nummer = Number(siste);
  for (const bilde of bilder) {
    nummer++;
    await trx
      .insertInto("mangelmelding_bilde")
      .values({
        id: randomUUID(),
        mangelmelding_id: mangelmeldingId,
        nummer,
        mime: "image/jpeg",
        ...bilde,
        hendelse_seq: hendelseSeq,
      })
      .execute();
  }
}

/**
 * Serialises one person's submissions with the same idempotency key and returns the report the key already made,
 * if any — so a double click makes one report. Call first in the creating transaction.
 */
export async function tidligereMelding(
  trx: Db,
  actor: Actor,
  idempotensnokkel: string,
): Promise<string | null> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${actor.id}\n${idempotensnokkel}`}, 7301006))`.execute(
    trx,
  );
  const tidligere = await trx
    .selectFrom("mangelmelding")
    .select("id")
    .where("melder_aktor_id", "=", actor.id)
    .where("idempotensnokkel", "=", idempotensnokkel)
    .executeTakeFirst();
  return tidligere?.id ?? null;
}

/**
 * Creates a report (a resident's or one staff registered) with its deadline from the reporter's urgency, its
 * photos and the "mottatt" step (already seen by its maker). The callers decide where it is and who may report it.
 */
export async function opprettMangelmelding(
  trx: Db,
  actor: Actor,
  ny: {
    sted: { bydelId: string; eiendomId: string; oppgangId: string; boligId: string | null };
    kilde: "beboer" | "ansatt";
    melderPersonId: string | null;
    input: NyMangel;
    bilder: readonly RensetBilde[];
    mottatt: Date;
  },
): Promise<string> {
  const { input, mottatt } = ny;
  const alvorlighet = FORELOPIG_ALVORLIGHET[input.hastegrad];
  const frist = beregnFrist(mottatt, alvorlighet);
  const id = randomUUID();
  await trx
    .insertInto("mangelmelding")
    .values({
      id,
      bydel_id: ny.sted.bydelId,
      eiendom_id: ny.sted.eiendomId,
      oppgang_id: ny.sted.oppgangId,
      bolig_id: ny.sted.boligId,
      kilde: ny.kilde,
      melder_aktor_id: actor.id,
      melder_person_id: ny.melderPersonId,
      kategori: input.kategori,
      sted: input.sted,
      sted_detalj: input.stedDetalj || null,
      beskrivelse: input.beskrivelse,
      melders_hastegrad: input.hastegrad,
      status: "mottatt",
      alvorlighet,
      ansvarlig: null,
      planlagt_dato: null,
      frist_dato: frist.fristDato,
      frist_tidspunkt: frist.fristTidspunkt,
      resultat: null,
      mottatt,
      vurdert: null,
      lukket: null,
      lukket_dato: null,
      idempotensnokkel: input.idempotensnokkel,
    })
    .execute();
  await lagreBilder(trx, id, ny.bilder);
  await loggSteg(trx, actor, id, "mottatt", { tidspunkt: mottatt });
  // The one who reported has seen their own "mottatt" step: it is never news to them.
  await trx
    .updateTable("mangelmelding")
    .set({
      melder_sett_seq: sql<string>`(select max(seq) from mangelmelding_hendelse where mangelmelding_id = ${id})`,
    })
    .where("id", "=", id)
    .execute();
  return id;
}
