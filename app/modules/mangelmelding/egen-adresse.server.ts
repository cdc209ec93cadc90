import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";

export type EgenAdresse = {
  boligId: string;
  bolignummer: string;
  oppgangId: string;
  eiendomId: string;
  bydelId: string;
  gateadresse: string;
  postnummer: string;
  poststed: string;
};

/** The resident's address from their active lease (through their household); null without one. */
export async function finnEgenAdresse(db: Db, actor: Actor): Promise<EgenAdresse | null> {
  if (actor.rolle !== "beboer" || !actor.personId) return null;
  const rad = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as hm", "hm.husstand_id", "lk.husstand_id")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "bo.eiendom_id")
    .select([
      "bo.id as boligId",
      "bo.bolignummer",
      "o.id as oppgangId",
      "e.id as eiendomId",
      "bo.bydel_id as bydelId",
    ])
    .select(["o.gateadresse", "e.postnummer", "e.poststed"])
    .where("hm.person_id", "=", actor.personId)
    .where("lk.status", "=", "aktiv")
    .orderBy("lk.startdato", "desc")
    .orderBy("lk.id")
    .limit(1)
    .executeTakeFirst();
  return rad ?? null;
}
