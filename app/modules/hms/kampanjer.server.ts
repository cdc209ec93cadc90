import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { HmsFunnstatus, HmsFunntype, HmsUtforer, Mangelstatus } from "../../db/schema";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { avsluttBekymringTil } from "../bekymring/handle-concern.server";
import { dorstatus, framdrift, type Dorstatus, type Forsok, type Framdrift } from "./regler";
import type { NyKampanje } from "./schemas";
import { idag, serBehov, synligeBydeler, type HmsContext } from "./scope.server";

function krev(ctx: HmsContext, permission: "hms.les" | "hms.planlegge"): void {
  if (!can(ctx.actor, permission)) fail("ikke_tilgang");
}

export type Kampanjerad = {
  id: string;
  tittel: string;
  bydel: string;
  adresse: string;
  fraDato: string;
  tilDato: string;
  gjennomforesAv: HmsUtforer;
  dorer: number;
  ferdige: number;
};

/** The campaigns the actor may see (own district, or every district for Boligbygg), newest first; optionally at one address. */
export async function listKampanjer(ctx: HmsContext & { eiendomId?: string | null }): Promise<Kampanjerad[]> {
  krev(ctx, "hms.les");
  const bydeler = synligeBydeler(ctx.actor);
  const rader = await ctx.db
    .selectFrom("hms_kampanje as k")
    .innerJoin("eiendom as e", "e.id", "k.eiendom_id")
    .innerJoin("bydel as b", "b.id", "k.bydel_id")
    .select([
      "k.id",
      "k.tittel",
      "b.navn as bydel",
      "e.gateadresse as adresse",
      "k.fra_dato",
      "k.til_dato",
      "k.gjennomfores_av",
      (eb) =>
        eb
          .selectFrom("hms_dor as d")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("d.kampanje_id", "=", "k.id")
          .as("dorer"),
      (eb) =>
        eb
          .selectFrom("hms_besok as hb")
          .select(sql<number>`count(distinct hb.dor_id)::int`.as("n"))
          .whereRef("hb.kampanje_id", "=", "k.id")
          .where("hb.utfall", "in", ["besokt", "avslo", "ledig_bolig"])
          .as("ferdige"),
    ])
    .$if(bydeler !== null, (q) => q.where("k.bydel_id", "in", bydeler ?? []))
    .$if(!!ctx.eiendomId, (q) => q.where("k.eiendom_id", "=", ctx.eiendomId ?? ""))
    .orderBy("k.fra_dato", "desc")
    .orderBy("e.gateadresse")
    .limit(300)
    .execute();
  return rader.map((r) => ({
    id: r.id,
    tittel: r.tittel,
    bydel: r.bydel,
    adresse: r.adresse,
    fraDato: r.fra_dato,
    tilDato: r.til_dato,
    gjennomforesAv: r.gjennomfores_av,
    dorer: r.dorer ?? 0,
    ferdige: r.ferdige ?? 0,
  }));
}

/** Addresses (eiendom) of the own district with units, to plan a campaign at. */
export async function adresserForPlan(ctx: HmsContext): Promise<{ id: string; navn: string }[]> {
  krev(ctx, "hms.planlegge");
  const bydeler = synligeBydeler(ctx.actor) ?? [];
  return ctx.db
    .selectFrom("eiendom as e")
    .select(["e.id", sql<string>`e.gateadresse || ' (' || e.navn || ')'`.as("navn")])
    .where("e.bydel_id", "in", bydeler)
    .where((eb) =>
      eb.exists(eb.selectFrom("bolig as b").select("b.id").whereRef("b.eiendom_id", "=", "e.id")),
    )
    .orderBy("e.gateadresse")
    .execute();
}

/**
 * Plans a campaign at an address of the own district and generates its door list: every unit in the
 * address's stairwells. The same idempotency key from the same person returns the first campaign.
 */
export async function planleggKampanje(
  ctx: HmsContext & { input: NyKampanje },
): Promise<{ id: string; duplikat: boolean }> {
  krev(ctx, "hms.planlegge");
  const { actor, input } = ctx;
  const bydeler = synligeBydeler(actor) ?? [];
  return ctx.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`${actor.id}\n${input.idempotensnokkel}`}, 7301011))`.execute(
      trx,
    );
    const tidligere = await trx
      .selectFrom("hms_kampanje")
      .select("id")
      .where("opprettet_av_id", "=", actor.id)
      .where("idempotensnokkel", "=", input.idempotensnokkel)
      .executeTakeFirst();
    if (tidligere) return { id: tidligere.id, duplikat: true };
    const eiendom = await trx
      .selectFrom("eiendom")
      .select(["id", "bydel_id"])
      .where("id", "=", input.eiendomId)
      .where("bydel_id", "in", bydeler)
      .executeTakeFirst();
    if (!eiendom) fail("ikke_funnet");
    const id = randomUUID();
    if (input.bekymringId)
      await avsluttBekymringSomHms(trx, ctx, input.bekymringId, eiendom.bydel_id, input.tittel);
    await trx
      .insertInto("hms_kampanje")
      .values({
        id,
        bydel_id: eiendom.bydel_id,
        eiendom_id: eiendom.id,
        tittel: input.tittel,
        fra_dato: input.fraDato,
        til_dato: input.tilDato,
        gjennomfores_av: input.gjennomforesAv,
        opprettet_av_id: actor.id,
        idempotensnokkel: input.idempotensnokkel,
        bekymring_id: input.bekymringId ?? null,
      })
      .execute();
    const boliger = await trx
      .selectFrom("bolig")
      .select(["id", "oppgang_id"])
      .where("eiendom_id", "=", eiendom.id)
      .execute();
    if (boliger.length > 0) {
      await trx
        .insertInto("hms_dor")
        .values(
          boliger.map((b) => ({
            id: randomUUID(),
            kampanje_id: id,
            bydel_id: eiendom.bydel_id,
            oppgang_id: b.oppgang_id,
            bolig_id: b.id,
          })),
        )
        .execute();
    }
    return { id, duplikat: false };
  });
}

/**
 * Closes the anonymous concern a campaign is planned from: outcome «HMS-oppfølging», the campaign's title as the
 * summary (written by the coordinator, never the reporter's words). The concern must be open and in the
 * campaign's district; otherwise the page was stale («konflikt»).
 */
async function avsluttBekymringSomHms(
  trx: Db,
  ctx: HmsContext,
  bekymringId: string,
  bydelId: string,
  tittel: string,
): Promise<void> {
  if (!can(ctx.actor, "bekymring.behandle")) fail("ikke_tilgang");
  await avsluttBekymringTil(trx, {
    bekymringId,
    bydelId,
    utfall: "hms_oppfolging",
    oppsummering: tittel,
    dag: idag(ctx),
  });
  await recordAccess(trx, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "bekymring", handling: "endre", ressurs: `bekymring:${bekymringId}` },
  ]);
}

export type Dorrad = {
  id: string;
  oppgang: string;
  bolignummer: string;
  etasje: number;
  status: Dorstatus;
};

export type Funnrad = {
  id: string;
  dorId: string;
  bolignummer: string;
  type: HmsFunntype;
  status: HmsFunnstatus;
  beskrivelse: string | null;
  mangelmeldingId: string | null;
  mangelstatus: Mangelstatus | null;
};

export type Kampanje = {
  id: string;
  tittel: string;
  bydelId: string;
  bydel: string;
  eiendomId: string;
  adresse: string;
  fraDato: string;
  tilDato: string;
  gjennomforesAv: HmsUtforer;
  dorer: Dorrad[];
  framdrift: Framdrift;
  funn: Funnrad[];
  /** Need-findings hidden from this actor (Boligbygg): not listed, not counted. */
  serBehov: boolean;
};

/** One campaign with its door list, progress and findings; "not found" outside the actor's scope. */
export async function getKampanje(ctx: HmsContext & { kampanjeId: string }): Promise<Kampanje> {
  krev(ctx, "hms.les");
  const bydeler = synligeBydeler(ctx.actor);
  const k = await ctx.db
    .selectFrom("hms_kampanje as k")
    .innerJoin("eiendom as e", "e.id", "k.eiendom_id")
    .innerJoin("bydel as b", "b.id", "k.bydel_id")
    .select([
      "k.id",
      "k.tittel",
      "k.bydel_id",
      "b.navn as bydel",
      "k.eiendom_id",
      "e.gateadresse",
      "k.fra_dato",
      "k.til_dato",
      "k.gjennomfores_av",
    ])
    .where("k.id", "=", ctx.kampanjeId)
    .$if(bydeler !== null, (q) => q.where("k.bydel_id", "in", bydeler ?? []))
    .executeTakeFirst();
  if (!k) fail("ikke_funnet");
  const dorer = await ctx.db
    .selectFrom("hms_dor as d")
    .innerJoin("bolig as bo", "bo.id", "d.bolig_id")
    .innerJoin("oppgang as o", "o.id", "d.oppgang_id")
    .select(["d.id", "o.gateadresse as oppgang", "bo.bolignummer", "bo.etasje"])
    .where("d.kampanje_id", "=", k.id)
    .orderBy("o.gateadresse")
    .orderBy("bo.bolignummer")
    .execute();
  const besok = await ctx.db
    .selectFrom("hms_besok")
    .select(["dor_id", "forsok", "utfall", "tidsrom"])
    .where("kampanje_id", "=", k.id)
    .execute();
  const perDor = new Map<string, Forsok[]>();
  for (const b of besok) perDor.set(b.dor_id, [...(perDor.get(b.dor_id) ?? []), b]);
  const behov = serBehov(ctx.actor);
  const funn = await ctx.db
    .selectFrom("hms_funn as f")
    .innerJoin("hms_dor as d", "d.id", "f.dor_id")
    .innerJoin("bolig as bo", "bo.id", "d.bolig_id")
    .leftJoin("mangelmelding as m", "m.id", "f.mangelmelding_id")
    .select([
      "f.id",
      "f.dor_id",
      "bo.bolignummer",
      "f.type",
      "f.status",
      "f.beskrivelse",
      "f.mangelmelding_id",
      "m.status as mangelstatus",
    ])
    .where("f.kampanje_id", "=", k.id)
    .$if(!behov, (q) => q.where("f.type", "=", "bygning"))
    .orderBy("f.registrert", "desc")
    .execute();
  // The door list names units, and with them the households living there: one audit row for the list.
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "hms_besok", handling: "les", ressurs: `hms_kampanje:${k.id}` },
  ]);
  const dorrader = dorer.map((d) => ({ ...d, status: dorstatus(perDor.get(d.id) ?? []) }));
  return {
    id: k.id,
    tittel: k.tittel,
    bydelId: k.bydel_id,
    bydel: k.bydel,
    eiendomId: k.eiendom_id,
    adresse: k.gateadresse,
    fraDato: k.fra_dato,
    tilDato: k.til_dato,
    gjennomforesAv: k.gjennomfores_av,
    dorer: dorrader,
    framdrift: framdrift(dorer.map((d) => perDor.get(d.id) ?? [])),
    funn: funn.map((f) => ({
      id: f.id,
      dorId: f.dor_id,
      bolignummer: f.bolignummer,
      type: f.type,
      status: f.status,
      // Need-findings carry no text here; their theme and referral are on the door page, district only.
      beskrivelse: f.type === "bygning" ? f.beskrivelse : null,
      mangelmeldingId: f.mangelmelding_id,
      mangelstatus: f.mangelstatus ?? null,
    })),
    serBehov: behov,
  };
}

/** Campaigns at one address (for the address's bomiljø page link). */
export async function kampanjerForAdresse(
  ctx: HmsContext & { eiendomId: string },
): Promise<{ id: string; tittel: string; fraDato: string }[]> {
  if (!can(ctx.actor, "hms.les")) return [];
  const bydeler = synligeBydeler(ctx.actor);
  return ctx.db
    .selectFrom("hms_kampanje")
    .select(["id", "tittel", "fra_dato as fraDato"])
    .where("eiendom_id", "=", ctx.eiendomId)
    .$if(bydeler !== null, (q) => q.where("bydel_id", "in", bydeler ?? []))
    .orderBy("fra_dato", "desc")
    .execute();
}
