import { sql } from "kysely";
import type { Db } from "../../db/connection.server";

/**
 * A stairwell's composition as counts — never reasons, never which unit or
 * person. Built from the households with an active lease in the stairwell.
 */
export type Sammensetning = {
  husstander: number;
  personer: number;
  /** Under 18 years on `idag`. */
  barn: number;
  /** 67 years or older on `idag`. */
  eldre: number;
  /** Households registered as needing follow-up (husstand_oppfolging.oppfolgingsbehov). */
  oppfolging: number;
};

/**
 * Unscoped: the caller has already checked that the actor may see the
 * stairwell and holds `sammensetning.les`. The counting happens in the
 * database, so no person row ever reaches the application.
 */
export async function unsafeTellSammensetning(
  db: Db,
  oppgangId: string,
  idag: string,
): Promise<Sammensetning> {
  const result = await sql<{
    husstander: number;
    personer: number;
    barn: number;
    eldre: number;
    oppfolging: number;
  }>`
with aktive as (
  select distinct lk.husstand_id
  from leiekontrakt lk
  join bolig b on b.id = lk.bolig_id
  where b.oppgang_id = ${oppgangId} and lk.status = 'aktiv'
),
personer as (
  select distinct p.id, p.fodselsdato
  from aktive a
  join husstand_medlem m on m.husstand_id = a.husstand_id
  join person p on p.id = m.person_id
)
select
  (select count(*) from aktive) as husstander,
  (select count(*) from personer) as personer,
  (select count(*) from personer where fodselsdato > (${idag}::date - interval '18 years')) as barn,
  (select count(*) from personer where fodselsdato <= (${idag}::date - interval '67 years')) as eldre,
  (select count(*) from aktive a join husstand_oppfolging ho on ho.husstand_id = a.husstand_id
    where ho.oppfolgingsbehov) as oppfolging
`.execute(db);
  const row = result.rows[0]!;
  return {
    husstander: Number(row.husstander),
    personer: Number(row.personer),
    barn: Number(row.barn),
    eldre: Number(row.eldre),
    oppfolging: Number(row.oppfolging),
  };
}
