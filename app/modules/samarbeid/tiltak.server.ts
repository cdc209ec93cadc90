import { randomUUID } from "node:crypto";
import type { Eierorganisasjon, Tiltaksstatus } from "../../db/schema";
import { fail } from "../../lib/errors";
import { todayInOslo, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { finnMote, tiltakAudit, tiltakspunktSporring } from "./moter.server";
import { organisasjonFor, serSosialt, synligeBydeler, type SamarbeidContext } from "./scope.server";

/** Who owns an action item: a participant (a staff member with a sign-in) or a named person of an organisation. */
export type Eier =
  | { type: "aktor"; aktorId: string }
  | { type: "meg" }
  | { type: "navngitt"; navn: string; organisasjon: Eierorganisasjon };

export type NyttTiltak = {
  moteId: string | null;
  /** The district, when the item is not from a meeting (from the meeting otherwise). */
  bydelId?: string;
  beskrivelse: string;
  eier: Eier;
  frist: Dato;
  eiendomId: string | null;
  bolignummer: string | null;
  saksnummer: string | null;
  sosialt: boolean;
  nokkel?: string | undefined;
};

export type Tiltaksfeil = "eier" | "eiendom" | "bolig" | "sak";

/**
 * Creates an action item (tiltakspunkt) from a meeting, linked to an address, a unit or a case. Idempotent by
 * key. An item about a case is always social (never shown to the property manager), and only district roles
 * may link a case at all.
 */
export async function createTiltakspunkt(
  ctx: SamarbeidContext & NyttTiltak,
): Promise<{ ok: true; id: string } | { ok: false; felt: Tiltaksfeil }> {
  if (ctx.nokkel) {
    const finnes = await ctx.db
      .selectFrom("tiltakspunkt")
      .select("id")
      .where("opprettet_av_id", "=", ctx.actor.id)
      .where("nokkel", "=", ctx.nokkel)
      .executeTakeFirst();
    if (finnes) return { ok: true, id: finnes.id };
  }
  let bydelId: string;
  let motserieId: string | null = null;
  if (ctx.moteId) {
    const mote = await finnMote(ctx.db, ctx, ctx.moteId);
    bydelId = mote.bydel_id;
    motserieId = mote.motserie_id;
  } else {
    const bydeler = synligeBydeler(ctx.actor);
    if (!ctx.bydelId || (bydeler !== null && !bydeler.includes(ctx.bydelId))) fail("ikke_funnet");
    bydelId = ctx.bydelId;
  }
  // The owner.
  let eier: { aktorId: string | null; navn: string; organisasjon: Eierorganisasjon };
  if (ctx.eier.type === "meg") {
    eier = { aktorId: ctx.actor.id, navn: ctx.actor.navn, organisasjon: organisasjonFor(ctx.actor) };
  } else if (ctx.eier.type === "aktor") {
    const deltaker = motserieId
      ? await ctx.db
          .selectFrom("motedeltaker")
          .select(["aktor_id", "navn", "organisasjon"])
          .where("motserie_id", "=", motserieId)
          .where("aktor_id", "=", ctx.eier.aktorId)
          .executeTakeFirst()
      : undefined;
    if (!deltaker) return { ok: false, felt: "eier" };
    eier = { aktorId: deltaker.aktor_id, navn: deltaker.navn, organisasjon: deltaker.organisasjon };
  } else {
    eier = { aktorId: null, navn: ctx.eier.navn, organisasjon: ctx.eier.organisasjon };
  }
  // The links, all inside the same district.
  let boligId: string | null = null;
  if (ctx.eiendomId) {
    const eiendom = await ctx.db
      .selectFrom("eiendom")
      .select("id")
      .where("id", "=", ctx.eiendomId)
      .where("bydel_id", "=", bydelId)
      .executeTakeFirst();
    if (!eiendom) return { ok: false, felt: "eiendom" };
    if (ctx.bolignummer) {
      const bolig = await ctx.db
        .selectFrom("bolig")
        .select("id")
        .where("eiendom_id", "=", eiendom.id)
        .where("bolignummer", "=", ctx.bolignummer)
        .executeTakeFirst();
      if (!bolig) return { ok: false, felt: "bolig" };
      boligId = bolig.id;
    }
  } else if (ctx.bolignummer) {
    return { ok: false, felt: "eiendom" };
  }
  let sak: { id: string; soker_person_id: string } | undefined;
  if (ctx.saksnummer) {
    if (!serSosialt(ctx.actor)) return { ok: false, felt: "sak" };
    sak = await ctx.db
      .selectFrom("sak")
      .select(["id", "soker_person_id"])
      .where("saksnummer", "=", ctx.saksnummer)
      .where("bydel_id", "=", bydelId)
      .executeTakeFirst();
    if (!sak) return { ok: false, felt: "sak" };
  }
  const id = randomUUID();
  await ctx.db
    .insertInto("tiltakspunkt")
    .values({
      id,
      bydel_id: bydelId,
      mote_id: ctx.moteId,
      beskrivelse: ctx.beskrivelse,
      eier_aktor_id: eier.aktorId,
      eier_navn: eier.navn,
      eier_organisasjon: eier.organisasjon,
      frist: ctx.frist,
      status: "apen",
      eiendom_id: ctx.eiendomId,
      bolig_id: boligId,
      sak_id: sak?.id ?? null,
      sosialt: serSosialt(ctx.actor) && (ctx.sosialt || !!sak),
      opprettet_av_id: ctx.actor.id,
      nokkel: ctx.nokkel ?? null,
    })
    .execute();
  await recordAccess(
    ctx.db,
    ctx.actor,
    ctx.requestId,
    tiltakAudit(
      [{ id, sak_id: sak?.id ?? null, soker_person_id: sak?.soker_person_id ?? null, bolig_id: boligId }],
      "opprett",
    ),
  );
  return { ok: true, id };
}

/** One action item the actor may see (404 otherwise; social items are not found for the property manager). */
export async function getTiltakspunkt(ctx: SamarbeidContext & { tiltakspunktId: string }) {
  const tiltak = await tiltakspunktSporring(ctx).where("t.id", "=", ctx.tiltakspunktId).executeTakeFirst();
  if (!tiltak) fail("ikke_funnet");
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, tiltakAudit([tiltak], "les"));
  return { ...tiltak, forfalt: erForfalt(tiltak) };
}

export function erForfalt(t: { status: Tiltaksstatus; frist: string }, idag: Dato = todayInOslo()): boolean {
  return (t.status === "apen" || t.status === "pagar") && t.frist < idag;
}

/**
 * Moves an action item to a new status (and optionally a new due date). Done items get today's date. A stale
 * version is refused.
 */
export async function updateTiltakspunkt(
  ctx: SamarbeidContext & {
    tiltakspunktId: string;
    versjon: number;
    status: Tiltaksstatus;
    frist: Dato | null;
  },
): Promise<{ ok: true } | { ok: false; konflikt: true }> {
  const tiltak = await tiltakspunktSporring(ctx).where("t.id", "=", ctx.tiltakspunktId).executeTakeFirst();
  if (!tiltak) fail("ikke_funnet");
  const r = await ctx.db
    .updateTable("tiltakspunkt")
    .set((eb) => ({
      status: ctx.status,
      utfort: ctx.status === "utfort" ? (tiltak.utfort ?? todayInOslo()) : null,
      frist: ctx.frist ?? tiltak.frist,
      versjon: eb("versjon", "+", 1),
      endret: new Date(),
    }))
    .where("id", "=", tiltak.id)
    .where("versjon", "=", ctx.versjon)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return { ok: false, konflikt: true };
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, tiltakAudit([tiltak], "endre"));
  return { ok: true };
}

/**
 * "Mine oppgaver": the action items the actor owns, open ones first by due date, overdue ones marked. Through
 * the same scoped query as every other list, so a social item never reaches the property manager even if
 * someone made them its owner.
 */
export async function listMineOppgaver(ctx: SamarbeidContext & { idag?: Dato }) {
  const idag = ctx.idag ?? todayInOslo();
  const rader = await tiltakspunktSporring(ctx)
    .where("t.eier_aktor_id", "=", ctx.actor.id)
    .where((eb) =>
      eb.or([
        eb("t.status", "in", ["apen", "pagar"]),
        eb("t.endret", ">", new Date(Date.now() - 30 * 864e5)),
      ]),
    )
    .orderBy("t.frist")
    .limit(500)
    .execute();
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, tiltakAudit(rader, "les"));
  const medFlagg = rader.map((t) => ({ ...t, forfalt: erForfalt(t, idag) }));
  const aapne = medFlagg.filter((t) => t.status === "apen" || t.status === "pagar");
  return {
    forfalt: aapne.filter((t) => t.forfalt),
    aapne: aapne.filter((t) => !t.forfalt),
    lukket: medFlagg.filter((t) => t.status === "utfort" || t.status === "avbrutt"),
  };
}
