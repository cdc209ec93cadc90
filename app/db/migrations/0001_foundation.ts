import { sql, type Kysely } from "kysely";

/**
 * Foundation: districts, the housing register (eiendom → bygning → oppgang →
 * bolig), persons and households, leases, sessions and the audit log.
 * Every column holding personal data is listed in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table bydel (
  id text primary key,
  nummer integer not null unique,
  navn text not null,
  innbyggere integer not null check (innbyggere >= 0)
);

create table eiendom (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  navn text not null,
  gateadresse text not null,
  postnummer text not null check (postnummer ~ '^[0-9]{4}$'),
  poststed text not null,
  type text not null check (type in ('gard', 'spredt')),
  byggeaar integer
);
create index eiendom_bydel_idx on eiendom (bydel_id);
create index eiendom_navn_idx on eiendom (lower(navn) text_pattern_ops);

create table bygning (
  id uuid primary key,
  eiendom_id uuid not null references eiendom(id),
  navn text not null,
  etasjer integer not null check (etasjer > 0),
  heis boolean not null
);
create index bygning_eiendom_idx on bygning (eiendom_id);

create table oppgang (
  id uuid primary key,
  bygning_id uuid not null references bygning(id),
  eiendom_id uuid not null references eiendom(id),
  bydel_id text not null references bydel(id),
  navn text not null,
  gateadresse text not null
);
create index oppgang_bygning_idx on oppgang (bygning_id);
create index oppgang_adresse_idx on oppgang (lower(gateadresse) text_pattern_ops);

create table bolig (
  id uuid primary key,
  oppgang_id uuid not null references oppgang(id),
  eiendom_id uuid not null references eiendom(id),
  bydel_id text not null references bydel(id),
  bolignummer text not null,
  rom integer not null check (rom between 1 and 8),
  areal_m2 numeric(6,1) not null check (areal_m2 > 0),
  etasje integer not null,
  heis boolean not null,
  universelt_utformet boolean not null,
  rullestoltilpasset boolean not null,
  status text not null check (status in ('utleid', 'ledig', 'reservert', 'under_oppussing', 'ute_av_drift')),
  unique (oppgang_id, bolignummer)
);
create index bolig_oppgang_idx on bolig (oppgang_id);
create index bolig_bydel_status_idx on bolig (bydel_id, status);

create table person (
  id uuid primary key,
  fodselsnummer text not null unique check (fodselsnummer ~ '^[0-9]{11}$'),
  fornavn text not null,
  etternavn text not null,
  fodselsdato date not null,
  telefon text,
  epost text
);

create table husstand (
  id uuid primary key,
  bydel_id text not null references bydel(id)
);

create table husstand_medlem (
  husstand_id uuid not null references husstand(id),
  person_id uuid not null references person(id),
  rolle text not null check (rolle in ('hovedperson', 'medsoker', 'barn', 'annen')),
  primary key (husstand_id, person_id)
);
create index husstand_medlem_person_idx on husstand_medlem (person_id);

-- Special category: that a household needs follow-up. Districts see it only as counts.
create table husstand_oppfolging (
  husstand_id uuid primary key references husstand(id),
  oppfolgingsbehov boolean not null,
  registrert date not null
);

create table leiekontrakt (
  id uuid primary key,
  bolig_id uuid not null references bolig(id),
  husstand_id uuid not null references husstand(id),
  startdato date not null,
  sluttdato date,
  husleie_kr integer not null check (husleie_kr >= 0),
  status text not null check (status in ('aktiv', 'avsluttet')),
  avsluttet_dato date,
  check (sluttdato is null or sluttdato > startdato)
);
create index leiekontrakt_bolig_idx on leiekontrakt (bolig_id, startdato desc);
create index leiekontrakt_husstand_idx on leiekontrakt (husstand_id);
create unique index leiekontrakt_en_aktiv_per_bolig on leiekontrakt (bolig_id) where status = 'aktiv';

create table sesjon (
  id text primary key,
  aktor jsonb not null,
  csrf_token text not null,
  opprettet timestamptz not null default now(),
  utloper timestamptz not null
);
create index sesjon_utloper_idx on sesjon (utloper);

-- Append-only, hash-chained. See app/modules/audit and docs/decisions/004-audit-log.md.
create table audit_logg (
  seq bigint generated always as identity primary key,
  tidspunkt timestamptz not null,
  aktor_id text not null,
  aktor_rolle text not null,
  aktor_enhet text not null,
  person_id uuid,
  kategori text not null,
  handling text not null check (handling in ('les', 'opprett', 'endre', 'slett')),
  ressurs text not null,
  request_id text,
  forrige_hash text not null,
  hash text not null unique
);
create index audit_logg_person_idx on audit_logg (person_id, seq desc);

create function audit_logg_kun_tillegg() returns trigger language plpgsql as $$
begin
  raise exception 'audit_logg kan bare få nye rader (forsøk på %)', tg_op;
end;
$$;
create trigger audit_logg_ingen_endring before update or delete on audit_logg
  for each row execute function audit_logg_kun_tillegg();
create trigger audit_logg_ingen_truncate before truncate on audit_logg
  for each statement execute function audit_logg_kun_tillegg();

`.execute(db);
}
