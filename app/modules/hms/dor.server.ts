import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type {
  HmsFunnstatus,
  HmsFunntype,
  HmsTema,
  HmsTidsrom,
  HmsTjeneste,
  HmsUtfall,
  Mangelstatus,
} from "../../db/schema";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { dorstatus, foreslattTidsrom, nyttForsokNektet, type Dorstatus } from "./regler";
import type { NyttForsok } from "./schemas";
import { auditForBolig, idag, serBehov, synligeBydeler, type HmsContext } from "./scope.server";

export type Dorside = {
  id: string;
  versjon: number;
  kampanjeId: string;
  kampanjetittel: string;
  fraDato: string;
  tilDato: string;
  boligId: string;
  oppgangId: string;
  bolignummer: string;
  oppgang: string;
  etasje: number;
  status: Dorstatus;
  foreslattTidsrom: HmsTidsrom;
  forsok: { id: string; forsok: number; dato: string; tidsrom: HmsTidsrom; utfall: HmsUtfall }[];
  funn: {
    id: string;
    versjon: number;
    besokId: string;
    type: HmsFunntype;
    tema: HmsTema | null;
    beskrivelse: string | null;
    status: HmsFunnstatus;
    lukketDato: string | null;
    mangelmeldingId: string | null;
    mangelstatus: Mangelstatus | null;
    henvisning: { tjeneste: HmsTjeneste; oppsummering: string; henvistDato: string } | null;
  }[];
  serBehov: boolean;
};

/** The door (unit) in the actor's scope, locked when `forUpdate`; "not found" otherwise. */
async function hentDor(db: Db, actor: Actor, kampanjeId: string, dorId: string, forUpdate = false) {
  const bydeler = synligeBydeler(actor);
  let q = db
    .selectFrom("hms_dor as d")
    .innerJoin("hms_kampanje as k", "k.id", "d.kampanje_id")
    .innerJoin("bolig as bo", "bo.id", "d.bolig_id")
    .innerJoin("oppgang as o", "o.id", "d.oppgang_id")
    .select([
      "d.id",
      "d.versjon",
      "d.bolig_id",
      "d.oppgang_id",
      "d.bydel_id",
      "k.id as kampanje_id",
      "k.tittel",
      "k.fra_dato",
      "k.til_dato",
      "bo.bolignummer",
      "bo.etasje",
      "o.gateadresse as oppgang",
    ])
    .where("d.id", "=", dorId)
    .where("d.kampanje_id", "=", kampanjeId)
    .$if(bydeler !== null, (qq) => qq.where("d.bydel_id", "in", bydeler ?? []));
  if (forUpdate) q = q.forUpdate("d");
  const dor = await q.executeTakeFirst();
  if (!dor) fail("ikke_funnet");
  return dor;
}

async function forsokVed(db: Db, dorId: string) {
  return db
    .selectFrom("hms_besok")
    .select(["id", "forsok", "dato", "tidsrom", "utfall"])
    .where("dor_id", "=", dorId)
    .orderBy("forsok")
    .execute();
}

/** One door of a campaign: its attempts and findings (Boligbygg: building findings only). Audited. */
export async function getDor(ctx: HmsContext & { kampanjeId: string; dorId: string }): Promise<Dorside> {
  if (!can(ctx.actor, "hms.les")) fail("ikke_tilgang");
  const dor = await hentDor(ctx.db, ctx.actor, ctx.kampanjeId, ctx.dorId);
  const forsok = await forsokVed(ctx.db, dor.id);
  const behov = serBehov(ctx.actor);
  const funn = await ctx.db
    .selectFrom("hms_funn as f")
    .leftJoin("mangelmelding as m", "m.id", "f.mangelmelding_id")
    .select([
      "f.id",
      "f.versjon",
      "f.besok_id",
      "f.type",
      "f.tema",
      "f.beskrivelse",
      "f.status",
      "f.lukket_dato",
      "f.mangelmelding_id",
      "m.status as mangelstatus",
    ])
    .where("f.dor_id", "=", dor.id)
    .$if(!behov, (q) => q.where("f.type", "=", "bygning"))
    .orderBy("f.registrert")
    .execute();
  // Referrals are read only for district roles: the property manager's query never touches the table.
  const henvisninger = behov
    ? await ctx.db
        .selectFrom("hms_henvisning as h")
        .innerJoin("hms_funn as f", "f.id", "h.funn_id")
        .select(["h.funn_id", "h.tjeneste", "h.oppsummering", "h.henvist_dato"])
        .where("f.dor_id", "=", dor.id)
        .execute()
    : [];
  const audit = await auditForBolig(ctx.db, dor.bolig_id, "hms_besok", "les", `hms_dor:${dor.id}`);
  if (henvisninger.length > 0) {
    audit.push(...(await auditForBolig(ctx.db, dor.bolig_id, "hms_henvisning", "les", `hms_dor:${dor.id}`)));
  }
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, audit);
  return {
    id: dor.id,
    versjon: dor.versjon,
    kampanjeId: dor.kampanje_id,
    kampanjetittel: dor.tittel,
    fraDato: dor.fra_dato,
    tilDato: dor.til_dato,
    boligId: dor.bolig_id,
    oppgangId: dor.oppgang_id,
    bolignummer: dor.bolignummer,
    oppgang: dor.oppgang,
    etasje: dor.etasje,
    status: dorstatus(forsok),
    foreslattTidsrom: foreslattTidsrom(forsok),
    forsok,
    funn: funn.map((f) => {
      const h = henvisninger.find((x) => x.funn_id === f.id);
      return {
        id: f.id,
        versjon: f.versjon,
        besokId: f.besok_id,
        type: f.type,
        tema: behov ? f.tema : null,
        beskrivelse: f.beskrivelse,
        status: f.status,
        lukketDato: f.lukket_dato,
        mangelmeldingId: f.mangelmelding_id,
        mangelstatus: f.mangelstatus ?? null,
        henvisning: h
          ? { tjeneste: h.tjeneste, oppsummering: h.oppsummering, henvistDato: h.henvist_dato }
          : null,
      };
    }),
    serBehov: behov,
  };
}

export type Skriveresultat =
  | { ok: true; id: string; duplikat: boolean }
  | { ok: false; grunn: "konflikt" | "maks_forsok" | "dor_ferdig" | "dato_for_tidlig" | "dato_fremtid" };

/**
 * Records one attempt at a door: the next attempt number, at most four, none after a visit, a refusal or a
 * vacant unit. The door's `versjon` must match (a colleague's attempt in between is refused, not doubled);
 * the same idempotency key from the same person returns the first attempt.
 */
export async function registrerForsok(
  ctx: HmsContext & { kampanjeId: string; dorId: string; input: NyttForsok },
): Promise<Skriveresultat> {
  if (!can(ctx.actor, "hms.planlegge")) fail("ikke_tilgang");
  const { actor, input } = ctx;
  return ctx.db.transaction().execute(async (trx): Promise<Skriveresultat> => {
    const dor = await hentDor(trx, actor, ctx.kampanjeId, ctx.dorId, true);
    const tidligere = await trx
      .selectFrom("hms_besok")
      .select("id")
      .where("registrert_av_id", "=", actor.id)
      .where("idempotensnokkel", "=", input.idempotensnokkel)
      .executeTakeFirst();
    if (tidligere) return { ok: true, id: tidligere.id, duplikat: true };
    if (dor.versjon !== input.versjon) return { ok: false, grunn: "konflikt" };
    const forsok = await forsokVed(trx, dor.id);
    const nektet = nyttForsokNektet(forsok);
    if (nektet) return { ok: false, grunn: nektet };
    if (input.dato < dor.fra_dato) return { ok: false, grunn: "dato_for_tidlig" };
    if (input.dato > idag(ctx)) return { ok: false, grunn: "dato_fremtid" };
    const id = randomUUID();
    await trx
      .insertInto("hms_besok")
      .values({
        id,
        kampanje_id: dor.kampanje_id,
        dor_id: dor.id,
        bydel_id: dor.bydel_id,
        forsok: forsok.length + 1,
        dato: input.dato,
        tidsrom: input.tidsrom,
        utfall: input.utfall,
        registrert_av_id: actor.id,
        idempotensnokkel: input.idempotensnokkel,
      })
      .execute();
    await trx
      .updateTable("hms_dor")
      .set({ versjon: sql`versjon + 1` })
      .where("id", "=", dor.id)
      .execute();
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      await auditForBolig(trx, dor.bolig_id, "hms_besok", "opprett", `hms_besok:${id}`),
    );
    return { ok: true, id, duplikat: false };
  });
}

export { hentDor };
