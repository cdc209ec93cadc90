import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { recordAccess } from "../audit/record-access.server";
import { hentBoplan, type Boplan } from "./boplan-queries.server";
import { krev, type LeaseContext } from "./queries.server";

/** The household of the resident's active lease (their own), or null. */
export async function egenHusstand(db: Db, actor: Actor): Promise<string | null> {
  if (!actor.personId) return null;
  const rad = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .select("lk.husstand_id")
    .where("m.person_id", "=", actor.personId)
    .where("lk.status", "=", "aktiv")
    .orderBy("lk.startdato", "desc")
    .orderBy("lk.id")
    .limit(1)
    .executeTakeFirst();
  return rad?.husstand_id ?? null;
}

/** Min bolig: the resident's own household's boplan (goal, steps, comments), or null when there is none. */
export async function getOwnBoplan(ctx: LeaseContext): Promise<Boplan | null> {
  const { db, actor } = ctx;
  krev(actor, "minbolig.les");
  const husstandId = await egenHusstand(db, actor);
  if (!husstandId) return null;
  const plan = await hentBoplan(db, husstandId);
  if (plan && actor.personId) {
    await recordAccess(db, actor, ctx.requestId, [
      { personId: actor.personId, kategori: "leieforhold", handling: "les", ressurs: `boplan:${husstandId}` },
    ]);
  }
  return plan;
}
