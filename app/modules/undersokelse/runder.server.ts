import { randomUUID } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { INSTRUMENTVERSJON } from "./instrument";
import { iScope } from "./queries.server";
import type { RundeInput } from "./schemas";

export type Rundeliste = Array<{
  id: string;
  navn: string;
  bydelId: string | null;
  bydel: string | null;
  startdato: string;
  sluttdato: string;
  adresser: number;
  husstander: number;
  svar: number;
}>;

/** The rounds with addresses in the actor's scope, newest first, with counts for the actor's addresses only. */
export async function listRunder({ db, actor }: { db: Db; actor: Actor }): Promise<Rundeliste> {
  if (!can(actor, "undersokelse.administrer")) fail("ikke_tilgang");
  const rows = await db
    .selectFrom("undersokelse_runde as r")
    .innerJoin("undersokelse_runde_adresse as ra", "ra.runde_id", "r.id")
    .leftJoin("bydel as b", "b.id", "r.bydel_id")
    .select((eb) => [
      "r.id",
      "r.navn",
      "r.bydel_id",
      "b.navn as bydel",
      "r.startdato",
      "r.sluttdato",
      eb.fn.count<number>("ra.eiendom_id").as("adresser"),
      eb.fn.sum<number>("ra.husstander").as("husstander"),
      eb
        .selectFrom("undersokelse_kode as k")
        .innerJoin("undersokelse_runde_adresse as ra2", (j) =>
          j.onRef("ra2.runde_id", "=", "k.runde_id").onRef("ra2.eiendom_id", "=", "k.eiendom_id"),
        )
        .select((e2) => e2.fn.countAll<number>().as("n"))
        .whereRef("k.runde_id", "=", "r.id")
        .where("k.brukt", "=", true)
        .where(iScope(actor, "ra2.bydel_id"))
        .as("svar"),
    ])
    .where(iScope(actor, "ra.bydel_id"))
    .groupBy(["r.id", "r.navn", "r.bydel_id", "b.navn", "r.startdato", "r.sluttdato"])
    .orderBy("r.startdato", "desc")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    navn: r.navn,
    bydelId: r.bydel_id,
    bydel: r.bydel,
    startdato: String(r.startdato),
    sluttdato: String(r.sluttdato),
    adresser: Number(r.adresser),
    husstander: Number(r.husstander ?? 0),
    svar: Number(r.svar ?? 0),
  }));
}

export type Rundeside = {
  id: string;
  navn: string;
  bydelId: string | null;
  startdato: string;
  sluttdato: string;
  lokale: string[];
  adresser: Array<{
    eiendomId: string;
    navn: string;
    gateadresse: string;
    bydel: string;
    husstander: number;
    brev: number;
    svar: number;
  }>;
};

/**
 * A round with the response rate per address, live: used codes ÷ households when the round was set up. Only
 * the actor's addresses; a round with none of them is 404.
 */
export async function getRunde({
  db,
  actor,
  rundeId,
}: {
  db: Db;
  actor: Actor;
  rundeId: string;
}): Promise<Rundeside> {
  if (!can(actor, "undersokelse.administrer")) fail("ikke_tilgang");
  const runde = await db
    .selectFrom("undersokelse_runde")
    .selectAll()
    .where("id", "=", rundeId)
    .executeTakeFirst();
  if (!runde) fail("ikke_funnet");
  const adresser = await db
    .selectFrom("undersokelse_runde_adresse as ra")
    .innerJoin("eiendom as e", "e.id", "ra.eiendom_id")
    .innerJoin("bydel as b", "b.id", "ra.bydel_id")
    .select((eb) => [
      "ra.eiendom_id",
      "e.navn",
      "e.gateadresse",
      "b.navn as bydel",
      "ra.husstander",
      eb
        .selectFrom("undersokelse_kode as k")
        .select((e2) => e2.fn.countAll<number>().as("n"))
        .whereRef("k.runde_id", "=", "ra.runde_id")
        .whereRef("k.eiendom_id", "=", "ra.eiendom_id")
        .where("k.brukt", "=", true)
        .as("svar"),
      eb
        .selectFrom("undersokelse_utsendelse as u")
        .innerJoin("bolig as bo", "bo.id", "u.bolig_id")
        .select((e2) => e2.fn.countAll<number>().as("n"))
        .whereRef("u.runde_id", "=", "ra.runde_id")
        .whereRef("bo.eiendom_id", "=", "ra.eiendom_id")
        .as("brev"),
    ])
    .where("ra.runde_id", "=", rundeId)
    .where(iScope(actor, "ra.bydel_id"))
    .orderBy("b.navn")
    .orderBy("e.navn")
    .execute();
  if (adresser.length === 0) fail("ikke_funnet");
  return {
    id: runde.id,
    navn: runde.navn,
    bydelId: runde.bydel_id,
    startdato: String(runde.startdato),
    sluttdato: String(runde.sluttdato),
    lokale: Array.isArray(runde.lokale_sporsmal) ? (runde.lokale_sporsmal as string[]) : [],
    adresser: adresser.map((a) => ({
      eiendomId: a.eiendom_id,
      navn: a.navn,
      gateadresse: a.gateadresse,
      bydel: a.bydel,
      husstander: a.husstander,
      brev: Number(a.brev ?? 0),
      svar: Number(a.svar ?? 0),
    })),
  };
}

/** The addresses the actor may put in a round: the district's properties (coordinator), with households. */
export async function listAdresserForRunde({ db, actor }: { db: Db; actor: Actor }) {
  if (!can(actor, "undersokelse.administrer")) fail("ikke_tilgang");
  return db
    .selectFrom("eiendom as e")
    .select(["e.id", "e.navn", "e.gateadresse", "e.bydel_id"])
    .where(iScope(actor, "e.bydel_id"))
    .orderBy("e.navn")
    .execute();
}

/**
 * Sets up a round. The coordinator: chosen addresses of the own district, or the whole district. Velferdsetaten:
 * the whole city or one district. Households are counted now (units with an active lease) as the denominator
 * of the response rate. The idempotency key makes a double click one round.
 */
export async function createRunde({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: RundeInput;
}): Promise<{ rundeId: string }> {
  if (!can(actor, "undersokelse.administrer")) fail("ikke_tilgang");
  return db.transaction().execute(async (trx) => {
    const finnes = await trx
      .selectFrom("undersokelse_runde")
      .select("id")
      .where("idempotensnokkel", "=", `${actor.id}:${input.idempotensnokkel}`)
      .executeTakeFirst();
    if (finnes) return { rundeId: finnes.id };

    let bydelId: string | null;
    let q = trx.selectFrom("eiendom as e").select(["e.id", "e.bydel_id"]).where(iScope(actor, "e.bydel_id"));
    if (actor.rolle === "analytiker") {
      if (input.omfang === "by") bydelId = null;
      else {
        bydelId = input.omfang;
        q = q.where("e.bydel_id", "=", bydelId);
      }
    } else {
      bydelId = actor.bydelId;
      if (input.omfang === "adresser") q = q.where("e.id", "in", input.eiendommer);
      else if (input.omfang !== "bydel") fail("ugyldig");
    }
    const eiendommer = await q
      .select((eb) =>
        eb
          .selectFrom("leiekontrakt as lk")
          .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
          .select((e2) => e2.fn.countAll<number>().as("n"))
          .whereRef("bo.eiendom_id", "=", "e.id")
          .where("lk.status", "=", "aktiv")
          .as("husstander"),
      )
      .execute();
    // An address outside the actor's scope is simply not found.
    if (
      eiendommer.length === 0 ||
      (input.omfang === "adresser" && eiendommer.length !== input.eiendommer.length)
    )
      fail("ikke_funnet");
    const rundeId = randomUUID();
    await trx
      .insertInto("undersokelse_runde")
      .values({
        id: rundeId,
        navn: input.navn,
        bydel_id: bydelId,
        instrumentversjon: INSTRUMENTVERSJON,
        startdato: input.startdato,
        sluttdato: input.sluttdato,
        lokale_sporsmal: JSON.stringify(input.lokale.filter((l) => l.length > 0)),
        opprettet_av_id: actor.id,
        idempotensnokkel: `${actor.id}:${input.idempotensnokkel}`,
      })
      .execute();
    await trx
      .insertInto("undersokelse_runde_adresse")
      .values(
        eiendommer.map((e) => ({
          runde_id: rundeId,
          eiendom_id: e.id,
          bydel_id: e.bydel_id,
          husstander: Number(e.husstander ?? 0),
        })),
      )
      .execute();
    return { rundeId };
  });
}
