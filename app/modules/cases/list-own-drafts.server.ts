import { sql } from "kysely";
import { krevTilgang, type CaseContext } from "./queries.server";

export type Utkastliste = { utkastId: string; opprettet: Date; endret: Date; type: string | null }[];

/**
 * The resident's unsent drafts, last saved first. Only the kind of application and the dates are read (no
 * answers), so nothing personal beyond the owner's own draft list is touched and nothing is audited.
 */
export async function listOwnDrafts(ctx: CaseContext): Promise<Utkastliste> {
  const { db, actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  const rader = await db
    .selectFrom("soknadsutkast")
    .select(["id", "opprettet", "endret"])
    .select(sql<string | null>`svar->>'type'`.as("type"))
    .where("eier_aktor_id", "=", actor.id)
    .where("status", "=", "utkast")
    .orderBy("endret", "desc")
    .execute();
  return rader.map((r) => ({
    utkastId: r.id,
    opprettet: r.opprettet,
    endret: r.endret,
    type: r.type ?? null,
  }));
}
