import { sql, type Kysely } from "kysely";

/**
 * Bomiljøundersøkelsen, per-round aggregates (docs/domain/undersokelse.md, "Performance"): the sufficient
 * statistics (count, sum, sum of squares of every indicator) of each round and address, kept by triggers on
 * `undersokelse_svar`, so the results pages add up a few hundred rows instead of reading every answer's jsonb.
 *
 * The table is a cache of the raw answers, never a second source: every insert, update and delete on
 * `undersokelse_svar` adds or subtracts the rows it wrote to the touched (round, address) rows in the same
 * statement (statement-level triggers with transition tables), so it follows the answers whoever writes
 * (the app, the demo generator, a test, psql). When the app stores an answer it rewrites the whole address
 * (svar.server.ts), so the row goes to zero and is rebuilt exactly. Answers only arrive in open rounds, so closed rounds' rows never change. It holds
 * no more than the raw answers already do (sums per address, which the privacy rules then suppress in the query
 * layer, exactly as before). `summer` is 27 numbers, n/s/q for each indicator in this fixed order:
 * samlet, helhet, bolig, trygghet, utleier, naboskap, medvirkning, kontakt, beboerrad (instrument version 1;
 * a new indicator needs a new migration).
 */
const INDIKATORER = [
  "samlet",
  "helhet",
  "bolig",
  "trygghet",
  "utleier",
  "naboskap",
  "medvirkning",
  "kontakt",
  "beboerrad",
];

const SUMMER = INDIKATORER.map(
  (i) =>
    `count(s.indeks->'${i}')::float8, coalesce(sum((s.indeks->>'${i}')::float8), 0), ` +
    `coalesce(sum(((s.indeks->>'${i}')::float8) ^ 2), 0)`,
).join(",\n      ");

/** The per-key sums of the rows in `tabell` (a transition table, or the answers themselves). */
const summerAv = (tabell: string) => `
    select s.runde_id, s.eiendom_id, s.bydel_id, count(*)::integer as svar, array[
      ${SUMMER}
    ] as summer
    from ${tabell} s
    group by s.runde_id, s.eiendom_id, s.bydel_id`;

/** Element-wise a ± b of two `summer` arrays, in order. */
const elementvis = (a: string, op: "+" | "-", b: string) =>
  `(select array_agg(x ${op} y order by i) from unnest(${a}, ${b}) with ordinality as t(x, y, i))`;

/** New answers: their sums are added to their (round, address) rows. Cost follows the rows written. */
const leggTil = `
  insert into undersokelse_aggregat as a (runde_id, eiendom_id, bydel_id, svar, summer)${summerAv("nye")}
  on conflict (runde_id, eiendom_id, bydel_id) do update
    set svar = a.svar + excluded.svar, summer = ${elementvis("a.summer", "+", "excluded.summer")};`;

/** Removed answers: their sums are subtracted; a row with no answers left is removed. */
const trekkFra = `
  update undersokelse_aggregat a
    set svar = a.svar - g.svar, summer = ${elementvis("a.summer", "-", "g.summer")}
    from (${summerAv("gamle")}) g
    where a.runde_id = g.runde_id and a.eiendom_id = g.eiendom_id and a.bydel_id = g.bydel_id;
  delete from undersokelse_aggregat a
    using (select distinct runde_id, eiendom_id from gamle) k
    where a.runde_id = k.runde_id and a.eiendom_id = k.eiendom_id and a.svar <= 0;`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `
create table undersokelse_aggregat (
  runde_id uuid not null references undersokelse_runde(id),
  eiendom_id uuid not null references eiendom(id),
  bydel_id text not null references bydel(id),
  svar integer not null check (svar >= 0),
  summer float8[] not null check (cardinality(summer) = ${INDIKATORER.length * 3}),
  primary key (runde_id, eiendom_id, bydel_id)
);
create index undersokelse_aggregat_bydel_idx on undersokelse_aggregat (bydel_id, runde_id);

create function undersokelse_aggregat_nye() returns trigger language plpgsql as $$
begin${leggTil}
  return null;
end;
$$;
create function undersokelse_aggregat_gamle() returns trigger language plpgsql as $$
begin${trekkFra}
  return null;
end;
$$;
create trigger undersokelse_aggregat_insert after insert on undersokelse_svar
  referencing new table as nye for each statement execute function undersokelse_aggregat_nye();
create trigger undersokelse_aggregat_delete after delete on undersokelse_svar
  referencing old table as gamle for each statement execute function undersokelse_aggregat_gamle();
create trigger undersokelse_aggregat_update_nye after update on undersokelse_svar
  referencing new table as nye for each statement execute function undersokelse_aggregat_nye();
create trigger undersokelse_aggregat_update_gamle after update on undersokelse_svar
  referencing old table as gamle for each statement execute function undersokelse_aggregat_gamle();

insert into undersokelse_aggregat (runde_id, eiendom_id, bydel_id, svar, summer)${summerAv("undersokelse_svar")};
`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop trigger if exists undersokelse_aggregat_update_gamle on undersokelse_svar;
drop trigger if exists undersokelse_aggregat_update_nye on undersokelse_svar;
drop trigger if exists undersokelse_aggregat_delete on undersokelse_svar;
drop trigger if exists undersokelse_aggregat_insert on undersokelse_svar;
drop function if exists undersokelse_aggregat_gamle();
drop function if exists undersokelse_aggregat_nye();
drop table if exists undersokelse_aggregat;
`.execute(db);
}
