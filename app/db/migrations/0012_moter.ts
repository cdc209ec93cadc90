import { sql, type Kysely } from "kysely";

/**
 * Meeting series made in the UI and action items that are defect reports (docs/domain/samarbeid.md):
 * - `motserie` gets the type `annet`, a row version (stale saves are refused), who made it and an idempotency key;
 * - `motedeltaker` may be a named person of an organisation without a sign-in (`aktor_id` null);
 * - `tiltakspunkt.mangelmelding_id`: the defect report an action item is (the same object, not a copy);
 * - `aktivitet_kunngjoring`: an activity's announcement in more of the residents' languages.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table motserie drop constraint motserie_type_check;
alter table motserie add constraint motserie_type_check
  check (type in ('bydel_boligbygg', 'nav_bydel', 'ressursteam', 'annet'));
alter table motserie add column versjon integer not null default 1 check (versjon > 0);
alter table motserie add column opprettet_av_id text;
alter table motserie add column nokkel text;
alter table motserie add column endret timestamptz not null default now();
create unique index motserie_nokkel_idx on motserie (opprettet_av_id, nokkel) where nokkel is not null;

alter table motedeltaker alter column aktor_id drop not null;

alter table tiltakspunkt add column mangelmelding_id uuid references mangelmelding(id);
create index tiltakspunkt_mangelmelding_idx on tiltakspunkt (mangelmelding_id) where mangelmelding_id is not null;

-- An activity's announcement in the residents' languages beyond bokmål and English (BCP 47 tags; Dari is fa-AF).
create table aktivitet_kunngjoring (
  aktivitet_id uuid not null references aktivitet(id),
  bydel_id text not null references bydel(id),
  sprak text not null check (sprak in ('ar', 'so', 'ti', 'uk', 'fa-AF', 'pl')),
  tekst text not null check (length(btrim(tekst)) > 0),
  primary key (aktivitet_id, sprak)
);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop table aktivitet_kunngjoring;
drop index tiltakspunkt_mangelmelding_idx;
alter table tiltakspunkt drop column mangelmelding_id;
delete from motedeltaker where aktor_id is null;
alter table motedeltaker alter column aktor_id set not null;
drop index motserie_nokkel_idx;
alter table motserie drop column endret;
alter table motserie drop column nokkel;
alter table motserie drop column opprettet_av_id;
alter table motserie drop column versjon;
alter table motserie drop constraint motserie_type_check;
alter table motserie add constraint motserie_type_check
  check (type in ('bydel_boligbygg', 'nav_bydel', 'ressursteam'));`.execute(db);
}
