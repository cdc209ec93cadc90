import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { kanSeBydel, likeInneholder, normaliserSok, synligeBydeler } from "./scope.server";

export const EIENDOMMER_PER_SIDE = 100;

export type EiendomRad = {
  id: string;
  navn: string;
  gateadresse: string;
  type: "gard" | "spredt";
  boliger: number;
  ledige: number;
};

export type BydelSide = {
  bydel: { id: string; navn: string };
  sok: string;
  side: number;
  antallSider: number;
  antallTreff: number;
  eiendommer: EiendomRad[];
};

/**
 * One district's addresses (eiendom) with type, units and vacancies, optionally
 * filtered by address (the property's name or street address, or any of its
 * stairwells' street addresses). Null when the actor may not see the district.
 */
export async function getBydel({
  db,
  actor,
  bydelId,
  sok,
  side = 1,
}: {
  db: Db;
  actor: Actor;
  bydelId: string;
  sok?: string | null;
  side?: number;
}): Promise<BydelSide | null> {
  if (!kanSeBydel(synligeBydeler(actor), bydelId)) return null;
  const bydel = await db
    .selectFrom("bydel")
    .select(["id", "navn"])
    .where("id", "=", bydelId)
    .executeTakeFirst();
  if (!bydel) return null;

  const filter = normaliserSok(sok);
  const pattern = likeInneholder(filter);
  const base = db
    .selectFrom("eiendom as e")
    .where("e.bydel_id", "=", bydelId)
    .$if(filter.length > 0, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb("e.navn", "ilike", pattern),
          eb("e.gateadresse", "ilike", pattern),
          eb.exists(
            eb
              .selectFrom("oppgang as o")
              .select("o.id")
              .whereRef("o.eiendom_id", "=", "e.id")
              .where("o.gateadresse", "ilike", pattern),
          ),
        ]),
      ),
    );

  const { antall } = await base
    .select((eb) => eb.fn.countAll<number>().as("antall"))
    .executeTakeFirstOrThrow();
  const antallTreff = Number(antall);
  const antallSider = Math.max(1, Math.ceil(antallTreff / EIENDOMMER_PER_SIDE));
  const gjeldende = Math.min(Math.max(1, Math.trunc(side) || 1), antallSider);

  const tall = db
    .selectFrom("bolig")
    .select((eb) => [
      "eiendom_id",
      eb.fn.countAll<number>().as("boliger"),
      eb.fn.countAll<number>().filterWhere("status", "=", "ledig").as("ledige"),
    ])
    .where("bydel_id", "=", bydelId)
    .groupBy("eiendom_id")
    .as("t");

  const rows = await base
    .leftJoin(tall, "t.eiendom_id", "e.id")
    .select(["e.id", "e.navn", "e.gateadresse", "e.type", "t.boliger", "t.ledige"])
    .orderBy("e.navn")
    .orderBy("e.id")
    .limit(EIENDOMMER_PER_SIDE)
    .offset((gjeldende - 1) * EIENDOMMER_PER_SIDE)
    .execute();

  return {
    bydel,
    sok: filter,
    side: gjeldende,
    antallSider,
    antallTreff,
    eiendommer: rows.map((row) => ({
      id: row.id,
      navn: row.navn,
      gateadresse: row.gateadresse,
      type: row.type,
      boliger: Number(row.boliger ?? 0),
      ledige: Number(row.ledige ?? 0),
    })),
  };
}
