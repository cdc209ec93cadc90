import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";

/**
 * Per address (eiendom): the mean of the survey's neighbourliness and safety indices (`naboskap`, `trygghet`,
 * 0–100) over every answer of the demo survey rounds. Empty when no survey data exists (e.g. a demo made
 * without surveys): the callers then keep their random choice.
 */
export async function naboskapOgTrygghet(db: Kysely<Database>): Promise<Map<string, number>> {
  const rader = await db
    .selectFrom("undersokelse_svar")
    .select("eiendom_id")
    .select(sql<number | null>`avg((indeks->>'naboskap')::float8)`.as("naboskap"))
    .select(sql<number | null>`avg((indeks->>'trygghet')::float8)`.as("trygghet"))
    .groupBy("eiendom_id")
    .execute();
  const skarer = new Map<string, number>();
  for (const r of rader) {
    const verdier = [r.naboskap, r.trygghet].filter((v): v is number => v !== null).map(Number);
    if (verdier.length > 0) skarer.set(r.eiendom_id, verdier.reduce((a, b) => a + b, 0) / verdier.length);
  }
  return skarer;
}

/**
 * `kandidater` (already shuffled by the caller's seeded random) sorted by score, lowest first; addresses
 * without a score keep their shuffled order after the scored ones. The sort is stable, so ties stay random.
 * DOMAIN.md: complaints and concerns cluster where the survey scores are low.
 */
export function lavestForst<T>(kandidater: T[], id: (t: T) => string, skarer: Map<string, number>): T[] {
  return [...kandidater].sort(
    (a, b) =>
      (skarer.get(id(a)) ?? Number.POSITIVE_INFINITY) - (skarer.get(id(b)) ?? Number.POSITIVE_INFINITY),
  );
}
