import { sql, type Expression, type SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { INDIKATORER } from "./instrument";
import { undersokelseScope } from "./scope.server";
import { leggTil, tommeSummer, type Summer } from "./statistikk";

/** `bydel_id in (…)` for the actor's scope (a city-wide actor: no limit; no scope: nothing). */
export function iScope(actor: Actor, kolonne: string): Expression<SqlBool> {
  const scope = undersokelseScope(actor);
  if (scope.alle) return sql<SqlBool>`true`;
  if (scope.bydeler.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${sql.ref(kolonne)} in (${sql.join(scope.bydeler)})`;
}

/** count / sum / sum of squares of every indicator, over `undersokelse_svar` rows. */
const AGGREGATER = sql.raw(
  INDIKATORER.map(
    (i) =>
      `count(indeks->'${i}') as "n_${i}", coalesce(sum((indeks->>'${i}')::float8), 0) as "s_${i}", ` +
      `coalesce(sum(((indeks->>'${i}')::float8) ^ 2), 0) as "q_${i}"`,
  ).join(", "),
);

/** The same sums from `undersokelse_aggregat` (n, s, q of each indicator at 3k+1…3k+3 of `summer`). */
const AGGREGATER_FRA_TABELL = sql.raw(
  INDIKATORER.map(
    (i, k) =>
      `sum(summer[${3 * k + 1}]) as "n_${i}", sum(summer[${3 * k + 2}]) as "s_${i}", ` +
      `sum(summer[${3 * k + 3}]) as "q_${i}"`,
  ).join(", "),
);

/** A row's `summer` array (n, s, q of each indicator in INDIKATORER order) as sums. */
function fraArray(a: number[]): Summer {
  const ut = tommeSummer();
  INDIKATORER.forEach((i, k) => {
    ut[i] = { n: Number(a[3 * k]), s: Number(a[3 * k + 1]), q: Number(a[3 * k + 2]) };
  });
  return ut;
}

export type Summerad = { runde_id: string; enhet: string; svar: number; summer: Summer };

function tilSummer(r: Record<string, unknown>): Summer {
  const ut = tommeSummer();
  for (const i of INDIKATORER)
    ut[i] = { n: Number(r[`n_${i}`]), s: Number(r[`s_${i}`]), q: Number(r[`q_${i}`]) };
  return ut;
}

/**
 * The raw aggregate: sufficient statistics per round and unit (`eiendom_id`, `bydel_id`, or a respondent
 * group), for the rows the actor may see, optionally only some rounds or one district. Never leaves the
 * module unsuppressed. Per address or district it adds up the per-round, per-address rows of
 * `undersokelse_aggregat` (kept by triggers, migration 0015) instead of reading every answer; a respondent
 * group reads the answers themselves.
 */
export async function summerPer(
  db: Db,
  actor: Actor,
  enhet: "eiendom_id" | "bydel_id" | "botid" | "barn",
  filter: { runder?: string[]; bydelId?: string },
): Promise<Summerad[]> {
  const enhetSql =
    enhet === "botid"
      ? sql`coalesce(botid, 'ukjent')`
      : enhet === "barn"
        ? sql`case when barn is null then 'ukjent' when barn then 'ja' else 'nei' end`
        : sql.ref(enhet);
  const runder = filter.runder;
  if (runder && runder.length === 0) return [];
  if (enhet === "eiendom_id") {
    // One row per round and address already: fetch the arrays as they are (no sums in SQL to decode).
    const rader = await db
      .selectFrom("undersokelse_aggregat")
      .select(["runde_id", "eiendom_id", "svar", "summer"])
      .where(iScope(actor, "bydel_id"))
      .$if(runder !== undefined, (q) => q.where("runde_id", "in", runder!))
      .$if(filter.bydelId !== undefined, (q) => q.where("bydel_id", "=", filter.bydelId!))
      .execute();
    const ut = new Map<string, Summerad>();
    for (const r of rader) {
      const nokkel = `${r.runde_id}/${r.eiendom_id}`;
      const summer = fraArray(r.summer);
      const forrige = ut.get(nokkel);
      ut.set(
        nokkel,
        forrige
          ? { ...forrige, svar: forrige.svar + r.svar, summer: leggTil(forrige.summer, summer) }
          : { runde_id: r.runde_id, enhet: r.eiendom_id, svar: Number(r.svar), summer },
      );
    }
    return [...ut.values()];
  }
  const fraTabell = enhet === "bydel_id";
  const { rows } = fraTabell
    ? await sql<Record<string, unknown>>`
select runde_id, ${sql.ref(enhet)} as enhet, sum(svar) as svar, ${AGGREGATER_FRA_TABELL}
from undersokelse_aggregat
where ${iScope(actor, "bydel_id")}
  ${runder ? sql`and runde_id in (${sql.join(runder)})` : sql``}
  ${filter.bydelId ? sql`and bydel_id = ${filter.bydelId}` : sql``}
group by runde_id, ${sql.ref(enhet)}`.execute(db)
    : await sql<Record<string, unknown>>`
select runde_id, ${enhetSql} as enhet, count(*) as svar, ${AGGREGATER}
from undersokelse_svar
where ${iScope(actor, "bydel_id")}
  ${runder ? sql`and runde_id in (${sql.join(runder)})` : sql``}
  ${filter.bydelId ? sql`and bydel_id = ${filter.bydelId}` : sql``}
group by runde_id, ${enhetSql}`.execute(db);
  return rows.map((r) => ({
    runde_id: String(r.runde_id),
    enhet: String(r.enhet),
    svar: Number(r.svar),
    summer: tilSummer(r),
  }));
}
