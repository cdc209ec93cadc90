import { sql, type Kysely } from "kysely";

/**
 * Bomiljøplan (docs/domain/bomiljoplan.md): the district's plan for the Oslostandard's 15 measures (one row per
 * district and measure, created at the first save, with every version kept in a history table), each address's
 * own plan of concrete measures under the 15 headings (per eiendom, also versioned), and the district's named
 * bomiljø coordinators (measure 5) shown on the contact card (measure 8), and Velferdsetaten's network
 * (measure 6): gatherings, participants and shared material. The 15 measures themselves are
 * reference data in code (app/modules/bomiljo/oslostandard.ts); the columns here only hold their number.
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table bydel_tiltak (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  tiltak_nummer integer not null check (tiltak_nummer between 1 and 15),
  ansvarlig text not null check (ansvarlig in ('bydel', 'boligbygg', 'velferdsetaten', 'bydel_boligbygg', 'bydel_velferdsetaten')),
  ansvarlig_person text check (length(ansvarlig_person) <= 200),
  hva_skal_utfores text not null check (length(hva_skal_utfores) <= 4000),
  tidsfrist date,
  pagaende boolean not null,
  status text not null check (status in ('ikke_startet', 'planlagt', 'i_gang', 'pa_plass')),
  versjon integer not null check (versjon > 0),
  endret timestamptz not null default now(),
  endret_av_id text not null,
  endret_av_navn text not null,
  unique (bydel_id, tiltak_nummer),
  check (not (pagaende and tidsfrist is not null))
);

create table bydel_tiltak_historikk (
  id uuid primary key,
  bydel_tiltak_id uuid not null references bydel_tiltak(id),
  bydel_id text not null references bydel(id),
  versjon integer not null check (versjon > 0),
  ansvarlig text not null,
  ansvarlig_person text,
  hva_skal_utfores text not null,
  tidsfrist date,
  pagaende boolean not null,
  status text not null,
  endret timestamptz not null,
  endret_av_id text not null,
  endret_av_navn text not null,
  unique (bydel_tiltak_id, versjon)
);

create table adresse_tiltak (
  id uuid primary key,
  eiendom_id uuid not null references eiendom(id),
  bydel_id text not null references bydel(id),
  tiltak_nummer integer not null check (tiltak_nummer between 1 and 15),
  tittel text not null check (length(tittel) between 1 and 200),
  beskrivelse text not null check (length(beskrivelse) <= 4000),
  ansvarlig text not null check (ansvarlig in ('bydel', 'boligbygg', 'velferdsetaten', 'beboere', 'ekstern')),
  ansvarlig_person text check (length(ansvarlig_person) <= 200),
  frist date,
  pagaende boolean not null,
  status text not null check (status in ('planlagt', 'i_gang', 'gjennomfort', 'avsluttet')),
  forventet_endring text not null check (length(forventet_endring) between 1 and 2000),
  indikator text not null,
  idempotens_nokkel text not null,
  versjon integer not null check (versjon > 0),
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now(),
  endret_av_id text not null,
  endret_av_navn text not null,
  unique (eiendom_id, idempotens_nokkel),
  check (not (pagaende and frist is not null))
);
create index adresse_tiltak_eiendom_idx on adresse_tiltak (eiendom_id, tiltak_nummer);
create index adresse_tiltak_bydel_idx on adresse_tiltak (bydel_id);

create table adresse_tiltak_historikk (
  id uuid primary key,
  adresse_tiltak_id uuid not null references adresse_tiltak(id),
  bydel_id text not null references bydel(id),
  versjon integer not null check (versjon > 0),
  tittel text not null,
  beskrivelse text not null,
  ansvarlig text not null,
  ansvarlig_person text,
  frist date,
  pagaende boolean not null,
  status text not null,
  forventet_endring text not null,
  indikator text not null,
  endret timestamptz not null,
  endret_av_id text not null,
  endret_av_navn text not null,
  unique (adresse_tiltak_id, versjon)
);

create table bomiljokoordinator (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  navn text not null check (length(navn) between 1 and 200),
  telefon text not null check (telefon ~ '^[0-9 +]{8,16}$'),
  epost text not null check (length(epost) between 3 and 200),
  omrade text check (length(omrade) <= 200),
  aktiv boolean not null,
  rekkefolge integer not null,
  versjon integer not null check (versjon > 0),
  endret timestamptz not null default now()
);
create index bomiljokoordinator_bydel_idx on bomiljokoordinator (bydel_id, aktiv, rekkefolge);

-- Velferdsetaten's city-wide network for bomiljø work (measure 6): gatherings, who took part, shared material.
create table nettverk_samling (
  id uuid primary key,
  tittel text not null check (length(tittel) between 1 and 200),
  dato date not null,
  sted text not null check (length(sted) between 1 and 200),
  tema text not null check (length(tema) <= 4000),
  idempotens_nokkel text not null unique,
  opprettet timestamptz not null default now(),
  opprettet_av_navn text not null
);
create index nettverk_samling_dato_idx on nettverk_samling (dato desc);

create table nettverk_deltaker (
  id uuid primary key,
  samling_id uuid not null references nettverk_samling(id),
  navn text not null check (length(navn) between 1 and 200),
  virksomhet text not null check (length(virksomhet) between 1 and 200),
  unique (samling_id, navn, virksomhet)
);

create table nettverk_materiale (
  id uuid primary key,
  tittel text not null check (length(tittel) between 1 and 200),
  lenke text check (lenke ~ '^https?://'),
  tekst text check (length(tekst) <= 8000),
  idempotens_nokkel text not null unique,
  opprettet timestamptz not null default now(),
  opprettet_av_navn text not null,
  check (lenke is not null or tekst is not null)
);
`.execute(db);
}
