import { sql, type Kysely } from "kysely";

/**
 * Nærmiljøkontor per address (Oslostandard measure 11, docs/domain/naermiljokontor.md): opening hours, the room
 * and the services present at one address (eiendom), and a contact log kept as counts by topic per week — no
 * names, no free text about people. A registration is a row; the week's count for a topic is the sum of its
 * rows (a correction is a negative row, never taking the sum below zero). Every column is classified in
 * app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table naermiljokontor (
  eiendom_id uuid primary key references eiendom(id),
  bydel_id text not null references bydel(id),
  apningstider text not null check (length(apningstider) <= 500),
  sted text not null check (length(sted) <= 200),
  tjenester text[] not null default '{}',
  versjon integer not null default 1 check (versjon > 0),
  endret_av_id text not null,
  endret timestamptz not null default now()
);
create index naermiljokontor_bydel_idx on naermiljokontor (bydel_id);

create table naermiljokontor_kontakt (
  id uuid primary key,
  eiendom_id uuid not null references naermiljokontor(eiendom_id),
  bydel_id text not null references bydel(id),
  uke date not null check (extract(isodow from uke) = 1),
  tema text not null check (tema in ('bolig', 'feil_mangler', 'naboforhold', 'okonomi_nav', 'helse', 'aktiviteter', 'annet')),
  antall integer not null check (antall <> 0 and antall between -999 and 999),
  korrigering boolean not null default false,
  registrert_av_id text not null,
  registrert timestamptz not null default now(),
  idempotensnokkel text not null,
  unique (registrert_av_id, idempotensnokkel)
);
create index naermiljokontor_kontakt_idx on naermiljokontor_kontakt (eiendom_id, uke);
`.execute(db);
}
