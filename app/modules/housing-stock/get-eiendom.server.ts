import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { bydelListe, synligeBydeler } from "./scope.server";

export type EiendomSide = {
  eiendom: {
    id: string;
    navn: string;
    gateadresse: string;
    postnummer: string;
    poststed: string;
    type: "gard" | "spredt";
    byggeaar: number | null;
  };
  bydel: { id: string; navn: string };
  boliger: number;
  ledige: number;
  bygninger: {
    id: string;
    navn: string;
    etasjer: number;
    heis: boolean;
    oppganger: { id: string; navn: string; gateadresse: string; boliger: number; ledige: number }[];
  }[];
};

/** A property with its buildings and their stairwells, with unit counts. Null outside the actor's scope. */
export async function getEiendom({
  db,
  actor,
  eiendomId,
}: {
  db: Db;
  actor: Actor;
  eiendomId: string;
}): Promise<EiendomSide | null> {
  const synlighet = synligeBydeler(actor);
  if (synlighet === null) return null;
  const eiendom = await db
    .selectFrom("eiendom as e")
    .innerJoin("bydel as b", "b.id", "e.bydel_id")
    .select(["e.id", "e.navn", "e.gateadresse", "e.postnummer", "e.poststed", "e.type", "e.byggeaar"])
    .select(["b.id as bydel_id", "b.navn as bydel_navn"])
    .where("e.id", "=", eiendomId)
    .$if(synlighet !== "alle", (qb) => qb.where("e.bydel_id", "in", bydelListe(synlighet)))
    .executeTakeFirst();
  if (!eiendom) return null;

  const [bygninger, oppganger] = await Promise.all([
    db
      .selectFrom("bygning")
      .select(["id", "navn", "etasjer", "heis"])
      .where("eiendom_id", "=", eiendomId)
      .orderBy("navn")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("oppgang as o")
      .leftJoin("bolig as bo", "bo.oppgang_id", "o.id")
      .select((eb) => [
        "o.id",
        "o.bygning_id",
        "o.navn",
        "o.gateadresse",
        eb.fn.count<number>("bo.id").as("boliger"),
        eb.fn.count<number>("bo.id").filterWhere("bo.status", "=", "ledig").as("ledige"),
      ])
      .where("o.eiendom_id", "=", eiendomId)
      .groupBy(["o.id", "o.bygning_id", "o.navn", "o.gateadresse"])
      .orderBy("o.gateadresse")
      .orderBy("o.navn")
      .execute(),
  ]);

  const { bydel_id, bydel_navn, ...fakta } = eiendom;
  const medTall = bygninger.map((bygning) => ({
    ...bygning,
    oppganger: oppganger
      .filter((o) => o.bygning_id === bygning.id)
      .map((o) => ({
        id: o.id,
        navn: o.navn,
        gateadresse: o.gateadresse,
        boliger: Number(o.boliger),
        ledige: Number(o.ledige),
      })),
  }));
  return {
    eiendom: fakta,
    bydel: { id: bydel_id, navn: bydel_navn },
    boliger: medTall.reduce((sum, b) => sum + b.oppganger.reduce((s, o) => s + o.boliger, 0), 0),
    ledige: medTall.reduce((sum, b) => sum + b.oppganger.reduce((s, o) => s + o.ledige, 0), 0),
    bygninger: medTall,
  };
}
