import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import { bydelScope, can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { NaermiljoTema, NaermiljoTjeneste } from "../../db/schema";
import { datoInOslo, type Dato } from "../../lib/frister";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { registreringNektet, sisteUker, TEMAER } from "./regler";
import type { KontaktInput, KontorInput } from "./schemas";

/** What every nærmiljøkontor use case receives. `idag` is today in Oslo (tests pass a fixed one). */
export type NaermiljoContext = { db: Db; actor: Actor; requestId: string | null; idag?: Dato };

/** A district no row can have: an actor without districts matches nothing. */
const INGEN_BYDEL = "\u0000ingen";

/** The districts the actor may see: null for the whole city (Boligbygg, Velferdsetaten's analyst), else a list. */
export function synligeBydeler(actor: Actor): string[] | null {
  if (actor.rolle === "analytiker") return null;
  const scope = bydelScope(actor);
  if (scope.alle) return null;
  return scope.bydeler.length > 0 ? scope.bydeler : [INGEN_BYDEL];
}

function idag(ctx: NaermiljoContext): Dato {
  return ctx.idag ?? (datoInOslo(new Date()) as Dato);
}

function krev(
  ctx: NaermiljoContext,
  p: "naermiljokontor.les" | "naermiljokontor.endre" | "naermiljokontor.kontakter",
) {
  if (!can(ctx.actor, p)) fail("ikke_tilgang");
}

export type Kontorrad = {
  eiendomId: string;
  adresse: string;
  bydel: string;
  apningstider: string;
  sted: string;
  tjenester: NaermiljoTjeneste[];
  /** Contacts over the last 12 weeks; null when the actor may not see counts (Boligbygg). */
  kontakter: number | null;
};

/** The offices the actor may see (own district; the city for Boligbygg and the analyst), by address. */
export async function listKontorer(ctx: NaermiljoContext): Promise<Kontorrad[]> {
  krev(ctx, "naermiljokontor.les");
  const bydeler = synligeBydeler(ctx.actor);
  const serTall = can(ctx.actor, "naermiljokontor.kontakter");
  const fra = sisteUker(idag(ctx)).at(-1)!;
  const rader = await ctx.db
    .selectFrom("naermiljokontor as n")
    .innerJoin("eiendom as e", "e.id", "n.eiendom_id")
    .innerJoin("bydel as b", "b.id", "n.bydel_id")
    .select(["n.eiendom_id", "e.gateadresse", "b.navn as bydel", "n.apningstider", "n.sted", "n.tjenester"])
    .$if(serTall, (q) =>
      q.select((eb) =>
        eb
          .selectFrom("naermiljokontor_kontakt as k")
          .select(sql<number>`coalesce(sum(k.antall), 0)::int`.as("n"))
          .whereRef("k.eiendom_id", "=", "n.eiendom_id")
          .where("k.uke", ">=", fra)
          .as("kontakter"),
      ),
    )
    .$if(bydeler !== null, (q) => q.where("n.bydel_id", "in", bydeler ?? []))
    .orderBy("b.navn")
    .orderBy("e.gateadresse")
    .limit(500)
    .execute();
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "naermiljokontor", handling: "les", ressurs: "naermiljokontor:liste" },
  ]);
  return rader.map((r) => ({
    eiendomId: r.eiendom_id,
    adresse: r.gateadresse,
    bydel: r.bydel,
    apningstider: r.apningstider,
    sted: r.sted,
    tjenester: r.tjenester,
    kontakter: serTall ? Number((r as { kontakter?: number | null }).kontakter ?? 0) : null,
  }));
}

export type Kontaktoversikt = {
  uker: Dato[];
  /** tema → week (Monday) → count. */
  tall: Record<NaermiljoTema, Record<string, number>>;
};

export type Kontor = {
  eiendomId: string;
  adresse: string;
  bydelId: string;
  bydel: string;
  kontor: {
    apningstider: string;
    sted: string;
    tjenester: NaermiljoTjeneste[];
    versjon: number;
  } | null;
  /** null when the actor may not see counts (Boligbygg). */
  kontakter: Kontaktoversikt | null;
  kanEndre: boolean;
};

/** One address's office: hours, room, services, and (district and analyst) the counts of the last 12 weeks. */
export async function getKontor(ctx: NaermiljoContext & { eiendomId: string }): Promise<Kontor> {
  krev(ctx, "naermiljokontor.les");
  const bydeler = synligeBydeler(ctx.actor);
  const e = await ctx.db
    .selectFrom("eiendom as e")
    .innerJoin("bydel as b", "b.id", "e.bydel_id")
    .select(["e.id", "e.gateadresse", "e.bydel_id", "b.navn as bydel"])
    .where("e.id", "=", ctx.eiendomId)
    .$if(bydeler !== null, (q) => q.where("e.bydel_id", "in", bydeler ?? []))
    .executeTakeFirst();
  if (!e) fail("ikke_funnet");
  const kontor = await ctx.db
    .selectFrom("naermiljokontor")
    .select(["apningstider", "sted", "tjenester", "versjon"])
    .where("eiendom_id", "=", e.id)
    .executeTakeFirst();
  let kontakter: Kontaktoversikt | null = null;
  if (can(ctx.actor, "naermiljokontor.kontakter")) {
    const uker = sisteUker(idag(ctx));
    const rader = await ctx.db
      .selectFrom("naermiljokontor_kontakt")
      .select(["uke", "tema", sql<number>`sum(antall)::int`.as("antall")])
      .where("eiendom_id", "=", e.id)
      .where("uke", ">=", uker.at(-1)!)
      .groupBy(["uke", "tema"])
      .execute();
    const tall = Object.fromEntries(TEMAER.map((t) => [t, {}])) as Kontaktoversikt["tall"];
    for (const r of rader) tall[r.tema][r.uke] = Number(r.antall);
    kontakter = { uker, tall };
  }
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "naermiljokontor", handling: "les", ressurs: `naermiljokontor:${e.id}` },
  ]);
  return {
    eiendomId: e.id,
    adresse: e.gateadresse,
    bydelId: e.bydel_id,
    bydel: e.bydel,
    kontor: kontor ?? null,
    kontakter,
    kanEndre: can(ctx.actor, "naermiljokontor.endre"),
  };
}

/** The own district's address, or 404. */
async function egenAdresse(ctx: NaermiljoContext, db: Db, eiendomId: string) {
  const bydeler = synligeBydeler(ctx.actor);
  const e = await db
    .selectFrom("eiendom")
    .select(["id", "bydel_id"])
    .where("id", "=", eiendomId)
    .where("bydel_id", "in", bydeler ?? [INGEN_BYDEL])
    .executeTakeFirst();
  if (!e) fail("ikke_funnet");
  return e;
}

/**
 * Creates (versjon 0) or changes the office at an address of the own district. A save with an old version is
 * refused (`konflikt`), never overwritten.
 */
export async function lagreKontor(
  ctx: NaermiljoContext & { eiendomId: string; input: KontorInput },
): Promise<{ ok: true; versjon: number } | { ok: false; grunn: "konflikt" }> {
  krev(ctx, "naermiljokontor.endre");
  const { input } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const e = await egenAdresse(ctx, trx, ctx.eiendomId);
    await sql`select pg_advisory_xact_lock(hashtextextended(${e.id}, 7301016))`.execute(trx);
    const naa = await trx
      .selectFrom("naermiljokontor")
      .select("versjon")
      .where("eiendom_id", "=", e.id)
      .executeTakeFirst();
    if ((naa?.versjon ?? 0) !== input.versjon) return { ok: false as const, grunn: "konflikt" as const };
    const versjon = input.versjon + 1;
    if (!naa) {
      await trx
        .insertInto("naermiljokontor")
        .values({
          eiendom_id: e.id,
          bydel_id: e.bydel_id,
          apningstider: input.apningstider,
          sted: input.sted,
          tjenester: input.tjenester,
          endret_av_id: ctx.actor.id,
        })
        .execute();
    } else {
      await trx
        .updateTable("naermiljokontor")
        .set({
          apningstider: input.apningstider,
          sted: input.sted,
          tjenester: input.tjenester,
          versjon,
          endret_av_id: ctx.actor.id,
          endret: new Date(),
        })
        .where("eiendom_id", "=", e.id)
        .where("versjon", "=", input.versjon)
        .execute();
    }
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      {
        personId: null,
        kategori: "naermiljokontor",
        handling: naa ? "endre" : "opprett",
        ressurs: `naermiljokontor:${e.id}`,
      },
    ]);
    return { ok: true as const, versjon };
  });
}

export type KontaktSvar =
  | { ok: true; duplikat: boolean }
  | { ok: false; grunn: "ingen_kontor" | "uke_fremtid" | "uke_for_gammel" | "under_null" };

/**
 * Registers "N contacts about a topic this week". Adds to the week's count for the topic; a negative number is
 * a correction and may not take the count below zero. The same idempotency key from the same person is one
 * registration (a double click adds once).
 */
export async function registrerKontakter(
  ctx: NaermiljoContext & { eiendomId: string; input: KontaktInput },
): Promise<KontaktSvar> {
  krev(ctx, "naermiljokontor.endre");
  const { input, actor } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const e = await egenAdresse(ctx, trx, ctx.eiendomId);
    await sql`select pg_advisory_xact_lock(hashtextextended(${e.id}, 7301016))`.execute(trx);
    const tidligere = await trx
      .selectFrom("naermiljokontor_kontakt")
      .select("id")
      .where("registrert_av_id", "=", actor.id)
      .where("idempotensnokkel", "=", input.idempotensnokkel)
      .executeTakeFirst();
    if (tidligere) return { ok: true as const, duplikat: true };
    const kontor = await trx
      .selectFrom("naermiljokontor")
      .select("eiendom_id")
      .where("eiendom_id", "=", e.id)
      .executeTakeFirst();
    if (!kontor) return { ok: false as const, grunn: "ingen_kontor" as const };
    const { n } = await trx
      .selectFrom("naermiljokontor_kontakt")
      .select(sql<number>`coalesce(sum(antall), 0)::int`.as("n"))
      .where("eiendom_id", "=", e.id)
      .where("uke", "=", input.uke)
      .where("tema", "=", input.tema)
      .executeTakeFirstOrThrow();
    const nektet = registreringNektet(
      { uke: input.uke, antall: input.antall, naavaerende: Number(n) },
      idag(ctx),
    );
    if (nektet) return { ok: false as const, grunn: nektet };
    await trx
      .insertInto("naermiljokontor_kontakt")
      .values({
        id: randomUUID(),
        eiendom_id: e.id,
        bydel_id: e.bydel_id,
        uke: input.uke,
        tema: input.tema,
        antall: input.antall,
        korrigering: input.antall < 0,
        registrert_av_id: actor.id,
        idempotensnokkel: input.idempotensnokkel,
      })
      .execute();
    await recordAccess(trx, actor, ctx.requestId, [
      {
        personId: null,
        kategori: "naermiljokontor",
        handling: "opprett",
        ressurs: `naermiljokontor:${e.id}`,
      },
    ]);
    return { ok: true as const, duplikat: false };
  });
}

/** Addresses of the own district with units and no office yet, to start one at. */
export async function adresserUtenKontor(ctx: NaermiljoContext): Promise<{ id: string; navn: string }[]> {
  krev(ctx, "naermiljokontor.endre");
  const bydeler = synligeBydeler(ctx.actor) ?? [INGEN_BYDEL];
  return ctx.db
    .selectFrom("eiendom as e")
    .select(["e.id", sql<string>`e.gateadresse || ' (' || e.navn || ')'`.as("navn")])
    .where("e.bydel_id", "in", bydeler)
    .where((eb) =>
      eb.and([
        eb.exists(eb.selectFrom("bolig as b").select("b.id").whereRef("b.eiendom_id", "=", "e.id")),
        eb.not(
          eb.exists(
            eb
              .selectFrom("naermiljokontor as n")
              .select("n.eiendom_id")
              .whereRef("n.eiendom_id", "=", "e.id"),
          ),
        ),
      ]),
    )
    .orderBy("e.gateadresse")
    .limit(1000)
    .execute();
}
