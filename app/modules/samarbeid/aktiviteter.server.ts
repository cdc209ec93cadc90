import { randomUUID } from "node:crypto";
import type { Aktivitetsstatus, Aktivitetstype, Arrangor, Partnertype } from "../../db/schema";
import { fail } from "../../lib/errors";
import { addMonths, addWeeks, todayInOslo, type Dato } from "../../lib/frister";
import { synligeBydeler, type SamarbeidContext } from "./scope.server";

/**
 * Activities per address (measures 12 and 13) and the address's external partners. Activities hold no
 * personal data: participants are a count, the announcement is public text.
 */

export type Gjentakelse = "ingen" | "ukentlig" | "annenhver_uke" | "maanedlig";

/** The dates of a recurring series: `antall` dates from `dato` (a month on the 31st ends on the month's last day). */
export function seriedatoer(dato: Dato, gjentakelse: Gjentakelse, antall: number): Dato[] {
  if (gjentakelse === "ingen") return [dato];
  return Array.from({ length: antall }, (_, i) =>
    gjentakelse === "ukentlig"
      ? addWeeks(dato, i)
      : gjentakelse === "annenhver_uke"
        ? addWeeks(dato, 2 * i)
        : addMonths(dato, i),
  );
}

async function finnEiendom(ctx: Pick<SamarbeidContext, "db" | "actor">, eiendomId: string) {
  const bydeler = synligeBydeler(ctx.actor);
  const eiendom = await ctx.db
    .selectFrom("eiendom as e")
    .innerJoin("bydel as d", "d.id", "e.bydel_id")
    .select([
      "e.id",
      "e.navn",
      "e.gateadresse",
      "e.postnummer",
      "e.poststed",
      "e.bydel_id",
      "d.navn as bydel_navn",
    ])
    .where("e.id", "=", eiendomId)
    .$if(bydeler !== null, (qb) => qb.where("e.bydel_id", "in", bydeler!))
    .executeTakeFirst();
  if (!eiendom) fail("ikke_funnet");
  return eiendom;
}

const AKTIVITET_KOLONNER = [
  "a.id",
  "a.bydel_id",
  "a.eiendom_id",
  "a.serie_id",
  "a.type",
  "a.tittel",
  "a.dato",
  "a.start",
  "a.slutt",
  "a.sted",
  "a.arrangor",
  "a.partner_id",
  "a.status",
  "a.deltakere",
  "a.budsjett",
  "a.kunngjoring_nb",
  "a.kunngjoring_en",
  "a.versjon",
] as const;

/** Upcoming activities (from `fra`) in the actor's districts, with their address. */
export async function listAktiviteter(ctx: SamarbeidContext & { fra?: Dato; grense?: number }) {
  const bydeler = synligeBydeler(ctx.actor);
  return ctx.db
    .selectFrom("aktivitet as a")
    .innerJoin("eiendom as e", "e.id", "a.eiendom_id")
    .innerJoin("bydel as d", "d.id", "a.bydel_id")
    .select([...AKTIVITET_KOLONNER, "e.gateadresse", "d.navn as bydel_navn"])
    .where("a.dato", ">=", ctx.fra ?? todayInOslo())
    .$if(bydeler !== null, (qb) => qb.where("a.bydel_id", "in", bydeler!))
    .orderBy("a.dato")
    .orderBy("a.start")
    .limit(ctx.grense ?? 100)
    .execute();
}

/** One address's calendar (from a month back), its partners and its totals. */
export async function getEiendomskalender(ctx: SamarbeidContext & { eiendomId: string; idag?: Dato }) {
  const eiendom = await finnEiendom(ctx, ctx.eiendomId);
  const idag = ctx.idag ?? todayInOslo();
  const [aktiviteter, partnere] = await Promise.all([
    ctx.db
      .selectFrom("aktivitet as a")
      .leftJoin("partner as p", "p.id", "a.partner_id")
      .select([...AKTIVITET_KOLONNER, "p.navn as partner_navn"])
      .where("a.eiendom_id", "=", eiendom.id)
      .where("a.dato", ">=", addMonths(idag, -1))
      .orderBy("a.dato")
      .orderBy("a.start")
      .limit(200)
      .execute(),
    listPartnere(ctx, eiendom.id),
  ]);
  return { eiendom, aktiviteter, partnere };
}

export async function listPartnere(ctx: Pick<SamarbeidContext, "db">, eiendomId: string) {
  return ctx.db
    .selectFrom("partner")
    .select(["id", "navn", "type", "kontakt"])
    .where("eiendom_id", "=", eiendomId)
    .orderBy("navn")
    .execute();
}

export type NyAktivitet = {
  eiendomId: string;
  type: Aktivitetstype;
  tittel: string;
  dato: Dato;
  start: string;
  slutt: string;
  sted: string;
  arrangor: Arrangor;
  partnerId: string | null;
  budsjett: number | null;
  kunngjoringNb: string;
  kunngjoringEn: string | null;
  gjentakelse: Gjentakelse;
  antall: number;
  nokkel?: string | undefined;
};

/**
 * Plans an activity, or a recurring series of them (one row per date, sharing `serie_id`). Idempotent by key.
 */
export async function createAktivitet(
  ctx: SamarbeidContext & NyAktivitet,
): Promise<{ ok: true; id: string; antall: number } | { ok: false; felt: "partnerId" | "slutt" }> {
  if (ctx.start >= ctx.slutt) return { ok: false, felt: "slutt" };
  if (ctx.arrangor === "partner" && !ctx.partnerId) return { ok: false, felt: "partnerId" };
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.nokkel) {
      const finnes = await trx
        .selectFrom("aktivitet")
        .select("id")
        .where("opprettet_av_id", "=", ctx.actor.id)
        .where("nokkel", "=", ctx.nokkel)
        .executeTakeFirst();
      if (finnes) return { ok: true as const, id: finnes.id, antall: 0 };
    }
    const eiendom = await finnEiendom({ db: trx, actor: ctx.actor }, ctx.eiendomId);
    const partnerId = ctx.arrangor === "partner" ? ctx.partnerId : null;
    if (partnerId) {
      const partner = await trx
        .selectFrom("partner")
        .select("id")
        .where("id", "=", partnerId)
        .where("eiendom_id", "=", eiendom.id)
        .executeTakeFirst();
      if (!partner) return { ok: false as const, felt: "partnerId" as const };
    }
    const datoer = seriedatoer(ctx.dato, ctx.gjentakelse, ctx.antall);
    const serieId = datoer.length > 1 ? randomUUID() : null;
    const rader = datoer.map((dato, i) => ({
      id: randomUUID(),
      bydel_id: eiendom.bydel_id,
      eiendom_id: eiendom.id,
      serie_id: serieId,
      type: ctx.type,
      tittel: ctx.tittel,
      dato,
      start: ctx.start,
      slutt: ctx.slutt,
      sted: ctx.sted,
      arrangor: ctx.arrangor,
      partner_id: partnerId,
      status: "planlagt" as const,
      budsjett: i === 0 ? ctx.budsjett : null,
      kunngjoring_nb: ctx.kunngjoringNb,
      kunngjoring_en: ctx.kunngjoringEn,
      opprettet_av_id: ctx.actor.id,
      nokkel: i === 0 ? (ctx.nokkel ?? null) : null,
    }));
    await trx.insertInto("aktivitet").values(rader).execute();
    return { ok: true as const, id: rader[0]!.id, antall: rader.length };
  });
}

/** One activity (404 outside the actor's districts). */
export async function getAktivitet(ctx: SamarbeidContext & { aktivitetId: string }) {
  const bydeler = synligeBydeler(ctx.actor);
  const aktivitet = await ctx.db
    .selectFrom("aktivitet as a")
    .innerJoin("eiendom as e", "e.id", "a.eiendom_id")
    .innerJoin("bydel as d", "d.id", "a.bydel_id")
    .leftJoin("partner as p", "p.id", "a.partner_id")
    .select([...AKTIVITET_KOLONNER, "e.gateadresse", "d.navn as bydel_navn", "p.navn as partner_navn"])
    .where("a.id", "=", ctx.aktivitetId)
    .$if(bydeler !== null, (qb) => qb.where("a.bydel_id", "in", bydeler!))
    .executeTakeFirst();
  if (!aktivitet) fail("ikke_funnet");
  const serie = aktivitet.serie_id
    ? await ctx.db
        .selectFrom("aktivitet")
        .select(["id", "dato", "status"])
        .where("serie_id", "=", aktivitet.serie_id)
        .orderBy("dato")
        .execute()
    : [];
  return { aktivitet, serie };
}

/**
 * Follows an activity up: status, a new date when postponed, participants counted, budget. Participants can
 * only be counted for an activity that took place. A stale version is refused.
 */
export async function updateAktivitet(
  ctx: SamarbeidContext & {
    aktivitetId: string;
    versjon: number;
    status: Aktivitetsstatus;
    dato: Dato | null;
    deltakere: number | null;
    budsjett: number | null;
  },
): Promise<{ ok: true } | { ok: false; konflikt: true } | { ok: false; konflikt: false; felt: "deltakere" }> {
  const { aktivitet } = await getAktivitet(ctx);
  if (ctx.deltakere !== null && ctx.status !== "gjennomfort")
    return { ok: false, konflikt: false, felt: "deltakere" };
  const r = await ctx.db
    .updateTable("aktivitet")
    .set((eb) => ({
      status: ctx.status,
      dato: ctx.dato ?? aktivitet.dato,
      deltakere: ctx.deltakere,
      budsjett: ctx.budsjett,
      versjon: eb("versjon", "+", 1),
      endret: new Date(),
    }))
    .where("id", "=", aktivitet.id)
    .where("versjon", "=", ctx.versjon)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 0 ? { ok: false, konflikt: true } : { ok: true };
}

/** Registers an external partner (volunteer centre, sports club, school, library …) at an address. */
export async function addPartner(
  ctx: SamarbeidContext & { eiendomId: string; navn: string; type: Partnertype; kontakt: string | null },
): Promise<{ id: string }> {
  const eiendom = await finnEiendom(ctx, ctx.eiendomId);
  const id = randomUUID();
  await ctx.db
    .insertInto("partner")
    .values({
      id,
      bydel_id: eiendom.bydel_id,
      eiendom_id: eiendom.id,
      navn: ctx.navn,
      type: ctx.type,
      kontakt: ctx.kontakt,
    })
    .execute();
  return { id };
}

/** The address lookup, scoped like every query here (also used by the iCalendar feed). */
export { finnEiendom };
