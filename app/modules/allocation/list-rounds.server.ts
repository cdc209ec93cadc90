import { sql } from "kysely";
import { krevBydel, type TildelingContext } from "./queries.server";

export type RundeOversikt = {
  id: string;
  navn: string;
  status: "apen" | "avsluttet" | "avlyst";
  opprettet: Date;
  boliger: number;
  moteHoldt: boolean;
  apneTilbud: number;
};

export type LedigBolig = {
  id: string;
  adresse: string;
  bolignummer: string;
  rom: number;
  arealM2: number;
  etasje: number;
  rullestol: boolean;
};

/**
 * The own district's rounds, newest first, and the vacant units (status `ledig`) not already in an open round.
 * No personal data: nothing is audited.
 */
export async function listRounds(
  ctx: TildelingContext,
): Promise<{ runder: RundeOversikt[]; ledige: LedigBolig[] }> {
  const bydelId = krevBydel(ctx.actor, "tildeling.les");
  const runder = await ctx.db
    .selectFrom("tildelingsrunde as r")
    .select(["r.id", "r.navn", "r.status", "r.opprettet"])
    .select((eb) => [
      eb
        .selectFrom("tildelingsrunde_bolig as rb")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("rb.runde_id", "=", "r.id")
        .as("boliger"),
      eb
        .exists(eb.selectFrom("tildelingsmote as m").select("m.id").whereRef("m.runde_id", "=", "r.id"))
        .as("mote"),
      eb
        .selectFrom("tilbud as t")
        .innerJoin("tildeling as td", "td.id", "t.tildeling_id")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("td.runde_id", "=", "r.id")
        .where("t.status", "=", "sendt")
        .as("tilbud"),
    ])
    .where("r.bydel_id", "=", bydelId)
    .orderBy("r.opprettet", "desc")
    .orderBy("r.id")
    .limit(100)
    .execute();
  const ledige = await ctx.db
    .selectFrom("bolig as b")
    .innerJoin("oppgang as o", "o.id", "b.oppgang_id")
    .select([
      "b.id",
      "o.gateadresse",
      "b.bolignummer",
      "b.rom",
      "b.areal_m2",
      "b.etasje",
      "b.rullestoltilpasset",
    ])
    .where("b.bydel_id", "=", bydelId)
    .where("b.status", "=", "ledig")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("tildelingsrunde_bolig as rb")
            .innerJoin("tildelingsrunde as r", "r.id", "rb.runde_id")
            .select("rb.bolig_id")
            .whereRef("rb.bolig_id", "=", "b.id")
            .where("r.status", "=", "apen"),
        ),
      ),
    )
    .orderBy("o.gateadresse")
    .orderBy("b.bolignummer")
    .limit(200)
    .execute();
  return {
    runder: runder.map((r) => ({
      id: r.id,
      navn: r.navn,
      status: r.status,
      opprettet: r.opprettet,
      boliger: Number(r.boliger ?? 0),
      moteHoldt: Boolean(r.mote),
      apneTilbud: Number(r.tilbud ?? 0),
    })),
    ledige: ledige.map((b) => ({
      id: b.id,
      adresse: b.gateadresse,
      bolignummer: b.bolignummer,
      rom: b.rom,
      arealM2: Number(b.areal_m2),
      etasje: b.etasje,
      rullestol: b.rullestoltilpasset,
    })),
  };
}
