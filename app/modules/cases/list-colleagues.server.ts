import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { krevTilgang, type CaseContext } from "./queries.server";

export type Kollega = { id: string; navn: string };

/**
 * The caseworkers of the actor's district a case can be assigned to. Staff live in Entra ID, not in the
 * database, so Bomiljø knows a colleague once they have worked on a case of the district (assigned, or written
 * in the case log as a caseworker). The actor is always first. No personal data of residents is read.
 */
export async function listColleagues(ctx: CaseContext): Promise<Kollega[]> {
  const { db, actor } = ctx;
  krevTilgang(actor, "sak.behandle");
  if (!actor.bydelId) fail("ikke_tilgang");
  return kjenteKolleger(db, actor.bydelId, { id: actor.id, navn: actor.navn });
}

export async function kjenteKolleger(db: Db, bydelId: string, meg: Kollega): Promise<Kollega[]> {
  const [tildelte, logget] = await Promise.all([
    db
      .selectFrom("sak")
      .select(["saksbehandler_id as id", "saksbehandler_navn as navn"])
      .where("bydel_id", "=", bydelId)
      .where("saksbehandler_id", "is not", null)
      .distinct()
      .execute(),
    db
      .selectFrom("sakslogg as l")
      .innerJoin("sak as s", "s.id", "l.sak_id")
      .select(["l.aktor_id as id", "l.aktor_navn as navn"])
      .where("s.bydel_id", "=", bydelId)
      .where("l.aktor_rolle", "=", "saksbehandler")
      .distinct()
      .execute(),
  ]);
  const kjente = new Map<string, string>();
  for (const k of [...tildelte, ...logget]) if (k.id && k.navn && k.id !== meg.id) kjente.set(k.id, k.navn);
  const andre = [...kjente].map(([id, navn]) => ({ id, navn }));
  andre.sort((a, b) => a.navn.localeCompare(b.navn, "nb"));
  return [meg, ...andre];
}
