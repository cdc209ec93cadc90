import { sql, type Kysely } from "kysely";

/**
 * Allocation rules as district configuration (docs/domain/tildeling.md, «Regler for sammensetning»):
 * - `oppgang_regel` gets a row version (a stale save of a stairwell's rules is refused);
 * - `tildeling_bydelsregel`: the district's default composition limits and the engine's objective weights
 *   (no row: the engine's defaults);
 * - `tildeling_regelendring`: every change of a stairwell's or the district's rules, with before/after, the reason,
 *   who and when (kept, never edited);
 * - a round can be cancelled (`avlyst`, with reason, who, when; row version), and an offer withdrawn (`trukket`).
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table oppgang_regel add column versjon integer not null default 1 check (versjon > 0);

create table tildeling_bydelsregel (
  bydel_id text primary key references bydel(id),
  maks_hoy_oppfolging_per_runde integer check (maks_hoy_oppfolging_per_runde >= 0),
  maks_andel_hoy_oppfolging numeric(4,3) check (maks_andel_hoy_oppfolging between 0 and 1),
  mal_andel_hoy_oppfolging numeric(4,3) not null check (mal_andel_hoy_oppfolging between 0 and 1),
  vekter jsonb not null,
  versjon integer not null default 1 check (versjon > 0)
);

create table tildeling_regelendring (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  oppgang_id uuid references oppgang(id),
  fra jsonb,
  til jsonb not null,
  begrunnelse text not null check (length(begrunnelse) between 1 and 2000),
  endret_av_id text not null,
  endret_av_navn text not null,
  endret timestamptz not null default now()
);
create index tildeling_regelendring_idx on tildeling_regelendring (bydel_id, oppgang_id, endret desc);

alter table tildelingsrunde drop constraint tildelingsrunde_status_check;
alter table tildelingsrunde add constraint tildelingsrunde_status_check
  check (status in ('apen', 'avsluttet', 'avlyst'));
alter table tildelingsrunde add column versjon integer not null default 1 check (versjon > 0);
alter table tildelingsrunde add column avlyst_grunn text check (length(avlyst_grunn) between 1 and 2000);
alter table tildelingsrunde add column avlyst_av_id text;
alter table tildelingsrunde add column avlyst_av_navn text;
alter table tildelingsrunde add column avlyst timestamptz;
alter table tildelingsrunde add constraint tildelingsrunde_avlyst_check
  check ((status = 'avlyst') = (avlyst_grunn is not null));

alter table tilbud drop constraint tilbud_status_check;
alter table tilbud add constraint tilbud_status_check
  check (status in ('sendt', 'akseptert', 'avslatt', 'trukket'));
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
alter table tilbud drop constraint tilbud_status_check;
alter table tilbud add constraint tilbud_status_check check (status in ('sendt', 'akseptert', 'avslatt'));
alter table tildelingsrunde drop constraint tildelingsrunde_avlyst_check;
alter table tildelingsrunde drop column avlyst, drop column avlyst_av_navn, drop column avlyst_av_id,
  drop column avlyst_grunn, drop column versjon;
alter table tildelingsrunde drop constraint tildelingsrunde_status_check;
alter table tildelingsrunde add constraint tildelingsrunde_status_check check (status in ('apen', 'avsluttet'));
drop table tildeling_regelendring; drop table tildeling_bydelsregel;
alter table oppgang_regel drop column versjon;`.execute(db);
}
