import { sql, type Kysely } from "kysely";

/**
 * Lease renewals (docs/domain/leiekontrakt.md): `leiekontrakt_fornyelse` links a renewed lease to the lease it
 * replaces and to the granted decision (vedtak) in the renewal case (sak of type `fornyelse`). One renewal per
 * lease (unique), so a double click makes one new lease. The renewal notices are not stored: they follow from
 * the lease's end date and the configured notice points. Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table leiekontrakt_fornyelse (
  ny_leiekontrakt_id uuid primary key references leiekontrakt(id),
  forrige_leiekontrakt_id uuid not null unique references leiekontrakt(id),
  sak_id uuid not null references sak(id),
  vedtak_id uuid not null references vedtak(id),
  registrert_av_id text not null,
  registrert_av_navn text not null,
  opprettet timestamptz not null default now(),
  check (ny_leiekontrakt_id <> forrige_leiekontrakt_id)
);
create index leiekontrakt_fornyelse_sak_idx on leiekontrakt_fornyelse (sak_id);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists leiekontrakt_fornyelse;`.execute(db);
}
