import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { bydelListe, synligeBydeler } from "./scope.server";

export type BydelOversikt = { id: string; nummer: number; navn: string; boliger: number; ledige: number };

/** The districts the actor may see, with unit counts and vacancies. Counts only: nothing to audit. */
export async function listBydeler({ db, actor }: { db: Db; actor: Actor }): Promise<BydelOversikt[]> {
  const synlighet = synligeBydeler(actor);
  if (synlighet === null) return [];
  const rows = await db
    .selectFrom("bydel as b")
    .leftJoin("bolig as bo", "bo.bydel_id", "b.id")
    .select((eb) => [
      "b.id",
      "b.nummer",
      "b.navn",
      eb.fn.count<number>("bo.id").as("boliger"),
      eb.fn.count<number>("bo.id").filterWhere("bo.status", "=", "ledig").as("ledige"),
    ])
    .$if(synlighet !== "alle", (qb) => qb.where("b.id", "in", bydelListe(synlighet)))
    .groupBy(["b.id", "b.nummer", "b.navn"])
    .orderBy("b.nummer")
    .execute();
  return rows.map((row) => ({ ...row, boliger: Number(row.boliger), ledige: Number(row.ledige) }));
}
