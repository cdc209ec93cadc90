import { sql, type Kysely } from "kysely";

/**
 * Allocation (docs/domain/tildeling.md): an allocation round (tildelingsrunde) of a district's vacant units,
 * the allocation meeting (tildelingsmote) that records what people decided per unit (tildeling), and the offer
 * (tilbud) with viewing and the applicant's answer. Stairwell rules for the engine (utrygg, limits) live in
 * oppgang_regel. Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table oppgang_regel (
  oppgang_id uuid primary key references oppgang(id),
  bydel_id text not null references bydel(id),
  utrygg boolean not null default false,
  maks_hoy_oppfolging_per_runde integer check (maks_hoy_oppfolging_per_runde >= 0),
  maks_andel_hoy_oppfolging numeric(4,3) check (maks_andel_hoy_oppfolging between 0 and 1)
);

create table tildelingsrunde (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  navn text not null check (length(navn) between 1 and 200),
  status text not null check (status in ('apen', 'avsluttet')),
  opprettet_av_id text not null,
  opprettet_av_navn text not null,
  idempotensnokkel text not null,
  opprettet timestamptz not null default now(),
  unique (opprettet_av_id, idempotensnokkel)
);
create index tildelingsrunde_bydel_idx on tildelingsrunde (bydel_id, opprettet desc);

create table tildelingsrunde_bolig (
  runde_id uuid not null references tildelingsrunde(id),
  bolig_id uuid not null references bolig(id),
  primary key (runde_id, bolig_id)
);
create index tildelingsrunde_bolig_bolig_idx on tildelingsrunde_bolig (bolig_id);

create table tildelingsmote (
  id uuid primary key,
  runde_id uuid not null unique references tildelingsrunde(id),
  bydel_id text not null references bydel(id),
  dato date not null,
  deltakere text not null check (length(deltakere) between 1 and 2000),
  registrert_av_id text not null,
  registrert_av_navn text not null,
  opprettet timestamptz not null default now()
);

create table tildeling (
  id uuid primary key,
  mote_id uuid not null references tildelingsmote(id),
  runde_id uuid not null references tildelingsrunde(id),
  bydel_id text not null references bydel(id),
  bolig_id uuid not null references bolig(id),
  sak_id uuid references sak(id),
  foreslatt_sak_id uuid references sak(id),
  vurderte_sak_ids jsonb not null,
  begrunnelse text not null check (length(begrunnelse) between 1 and 4000),
  unique (mote_id, bolig_id)
);
create index tildeling_sak_idx on tildeling (sak_id);

create table tilbud (
  id uuid primary key,
  tildeling_id uuid not null unique references tildeling(id),
  bydel_id text not null references bydel(id),
  sak_id uuid not null references sak(id),
  bolig_id uuid not null references bolig(id),
  status text not null check (status in ('sendt', 'akseptert', 'avslatt')),
  husleie_kr integer not null check (husleie_kr >= 0),
  svarfrist date not null,
  visning_tid timestamptz,
  visning_sted text,
  visning_deltakere text,
  svar_dato date,
  svar_registrert_av text check (svar_registrert_av in ('soker', 'saksbehandler')),
  avslag_grunn text,
  rutine text check (rutine in ('nytt_tilbud', 'tilbake_til_listen')),
  leiekontrakt_id uuid references leiekontrakt(id),
  versjon integer not null default 1 check (versjon > 0),
  opprettet timestamptz not null default now(),
  check ((status = 'avslatt') = (avslag_grunn is not null)),
  check ((status = 'akseptert') = (leiekontrakt_id is not null))
);
create index tilbud_sak_idx on tilbud (sak_id);
create index tilbud_bydel_idx on tilbud (bydel_id, status);
`.execute(db);
}
