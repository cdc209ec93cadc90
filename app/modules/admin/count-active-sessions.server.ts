import { sql } from "kysely";
import { ROLLER, type Rolle } from "../../auth/actor";
import type { Db } from "../../db/connection.server";

export type ActiveSessions = { totalt: number; perRolle: { rolle: Rolle; antall: number }[] };

/**
 * How many sessions have not expired, in total and per role. Counts only:
 * never who is signed in (that would be personal data on the admin page).
 */
export async function countActiveSessions(db: Db): Promise<ActiveSessions> {
  const rows = await db
    .selectFrom("sesjon")
    .select([sql<string>`aktor->>'rolle'`.as("rolle"), (eb) => eb.fn.countAll<number>().as("antall")])
    .where("utloper", ">", new Date())
    .groupBy(sql`aktor->>'rolle'`)
    .execute();
  const counts = new Map(rows.map((r) => [r.rolle, Number(r.antall)]));
  const perRolle = ROLLER.map((rolle) => ({ rolle, antall: counts.get(rolle) ?? 0 }));
  return { totalt: rows.reduce((sum, r) => sum + Number(r.antall), 0), perRolle };
}
