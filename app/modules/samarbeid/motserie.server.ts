import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Hyppighet, Motserietype, Organisasjon } from "../../db/schema";
import { fail } from "../../lib/errors";
import { addDays, addMonths, todayInOslo, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { organisasjonFor, synligeBydeler, synligeSerietyper, type SamarbeidContext } from "./scope.server";

/**
 * Standing meeting series made and changed in the UI (docs/domain/samarbeid.md). Only a district role makes and
 * changes series, and only in its own district (the route requires `motserie.endre`; the district check is here).
 */

/** The agenda templates a new series of each type starts with (Sagene's for the district–Boligbygg meeting). */
export const DAGSORDENMALER: Record<Motserietype, string[]> = {
  bydel_boligbygg: [
    "Tildelinger",
    "Klager",
    "Husleierestanser",
    "Bomiljøproblemer",
    "Dugnader",
    "Beboermøter",
  ],
  nav_bydel: ["Nye henvisninger", "Oppfølging av husstander", "Husleierestanser", "Eventuelt"],
  ressursteam: ["Nye saker", "Oppfølging", "Fordeling av oppgaver", "Eventuelt"],
  annet: ["Orienteringer", "Saker", "Eventuelt"],
};

/** The frequency a type usually has (measure 7: weekly or every other week; measure 8: every 14 days). */
export const STANDARD_HYPPIGHET: Record<Motserietype, Hyppighet> = {
  bydel_boligbygg: "ukentlig",
  nav_bydel: "annenhver_uke",
  ressursteam: "maanedlig",
  annet: "maanedlig",
};

export type Serieinnhold = {
  navn: string;
  type: Motserietype;
  hyppighet: Hyppighet;
  dagsorden: string[];
};

/** The agenda template from a textarea: one point per line, blank lines and duplicates dropped. */
export function dagsordenFraTekst(tekst: string): string[] {
  const punkter: string[] = [];
  for (const linje of tekst.split(/\r?\n/)) {
    const p = linje
      .trim()
      .replace(/^[-*•\d.)\s]+/, "")
      .trim();
    if (p && !punkter.includes(p)) punkter.push(p);
  }
  return punkter;
}

/** The district a district role makes a series in: the one asked for, if it is its own (404 otherwise). */
function egenBydel(ctx: Pick<SamarbeidContext, "actor">, bydelId: string | null): string {
  const bydeler = synligeBydeler(ctx.actor);
  // The property manager (all districts) does not make series; a district role only in its own district.
  if (bydeler === null) fail("ikke_tilgang");
  const valgt = bydelId ?? (bydeler.length === 1 ? bydeler[0]! : null);
  if (!valgt || !bydeler.includes(valgt)) fail("ikke_funnet");
  return valgt;
}

/**
 * Makes a series in the actor's own district, with the actor as its first participant. Idempotent: the same key
 * from the same actor gives the same series (a double click makes one).
 */
export async function createMotserie(
  ctx: SamarbeidContext & Serieinnhold & { bydelId: string | null; nokkel?: string | undefined },
): Promise<{ id: string }> {
  const bydelId = egenBydel(ctx, ctx.bydelId);
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.nokkel) {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`${ctx.actor.id}\n${ctx.nokkel}`}, 7301012))`.execute(
        trx,
      );
      const finnes = await trx
        .selectFrom("motserie")
        .select("id")
        .where("opprettet_av_id", "=", ctx.actor.id)
        .where("nokkel", "=", ctx.nokkel)
        .executeTakeFirst();
      if (finnes) return { id: finnes.id };
    }
    const id = randomUUID();
    await trx
      .insertInto("motserie")
      .values({
        id,
        bydel_id: bydelId,
        type: ctx.type,
        navn: ctx.navn,
        hyppighet: ctx.hyppighet,
        dagsorden: JSON.stringify(ctx.dagsorden),
        opprettet_av_id: ctx.actor.id,
        nokkel: ctx.nokkel ?? null,
      })
      .execute();
    await trx
      .insertInto("motedeltaker")
      .values({
        id: randomUUID(),
        bydel_id: bydelId,
        motserie_id: id,
        aktor_id: ctx.actor.id,
        navn: ctx.actor.navn,
        organisasjon: organisasjonFor(ctx.actor),
      })
      .execute();
    return { id };
  });
}

/** A series the actor may change: in its own district (404 otherwise). */
async function finnEgenSerie(ctx: SamarbeidContext, motserieId: string) {
  const bydeler = synligeBydeler(ctx.actor);
  if (bydeler === null) fail("ikke_tilgang");
  const serie = await ctx.db
    .selectFrom("motserie")
    .select(["id", "bydel_id", "versjon"])
    .where("id", "=", motserieId)
    .where("bydel_id", "in", bydeler)
    .where("type", "in", synligeSerietyper(ctx.actor))
    .executeTakeFirst();
  if (!serie) fail("ikke_funnet");
  return serie;
}

/** Changes a series' name, type, frequency and agenda template. A stale version is refused, not overwritten. */
export async function updateMotserie(
  ctx: SamarbeidContext & Serieinnhold & { motserieId: string; versjon: number },
): Promise<{ ok: true } | { ok: false; konflikt: true }> {
  const serie = await finnEgenSerie(ctx, ctx.motserieId);
  const r = await ctx.db
    .updateTable("motserie")
    .set((eb) => ({
      navn: ctx.navn,
      type: ctx.type,
      hyppighet: ctx.hyppighet,
      dagsorden: JSON.stringify(ctx.dagsorden),
      versjon: eb("versjon", "+", 1),
      endret: new Date(),
    }))
    .where("id", "=", serie.id)
    .where("versjon", "=", ctx.versjon)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return { ok: false, konflikt: true };
  return { ok: true };
}

export type NyDeltaker = { type: "meg" } | { type: "navngitt"; navn: string; organisasjon: Organisasjon };

/**
 * Adds a participant: oneself (any role that may see and write in the series — so Boligbygg's people join the
 * district–Boligbygg meeting themselves and can own action items), or a named person of an organisation without
 * a sign-in (only in a series of the actor's own district). Adding oneself twice is one participant.
 */
export async function addMotedeltaker(
  ctx: SamarbeidContext & { motserieId: string; deltaker: NyDeltaker },
): Promise<void> {
  let bydelId: string;
  if (ctx.deltaker.type === "navngitt") {
    bydelId = (await finnEgenSerie(ctx, ctx.motserieId)).bydel_id;
  } else {
    const bydeler = synligeBydeler(ctx.actor);
    const serie = await ctx.db
      .selectFrom("motserie")
      .select(["id", "bydel_id"])
      .where("id", "=", ctx.motserieId)
      .where("type", "in", synligeSerietyper(ctx.actor))
      .$if(bydeler !== null, (qb) => qb.where("bydel_id", "in", bydeler!))
      .executeTakeFirst();
    if (!serie) fail("ikke_funnet");
    bydelId = serie.bydel_id;
  }
  const d = ctx.deltaker;
  await ctx.db
    .insertInto("motedeltaker")
    .values({
      id: randomUUID(),
      bydel_id: bydelId,
      motserie_id: ctx.motserieId,
      aktor_id: d.type === "meg" ? ctx.actor.id : null,
      navn: d.type === "meg" ? ctx.actor.navn : d.navn,
      organisasjon: d.type === "meg" ? organisasjonFor(ctx.actor) : d.organisasjon,
    })
    .onConflict((oc) => oc.columns(["motserie_id", "aktor_id"]).doNothing())
    .execute();
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "personalia", handling: "opprett", ressurs: `motserie:${ctx.motserieId}` },
  ]);
}

/** Removes a participant from a series of the actor's own district (their action items keep their owner). */
export async function removeMotedeltaker(
  ctx: SamarbeidContext & { motserieId: string; deltakerId: string },
): Promise<void> {
  const serie = await finnEgenSerie(ctx, ctx.motserieId);
  const r = await ctx.db
    .deleteFrom("motedeltaker")
    .where("id", "=", ctx.deltakerId)
    .where("motserie_id", "=", serie.id)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) fail("ikke_funnet");
}

/**
 * The date to suggest for the next meeting: one interval after the last meeting of the series (planned or held),
 * moved forward by whole intervals until it is today or later; today when there is none.
 */
export function nesteMotedato(
  hyppighet: Hyppighet,
  sisteMote: Dato | null,
  idag: Dato = todayInOslo(),
): Dato {
  if (!sisteMote) return idag;
  const steg = (d: Dato): Dato =>
    hyppighet === "ukentlig"
      ? addDays(d, 7)
      : hyppighet === "annenhver_uke"
        ? addDays(d, 14)
        : addMonths(d, 1);
  let d = steg(sisteMote);
  for (let i = 0; d < idag && i < 600; i++) d = steg(d);
  return d;
}
