import { sql, type Kysely } from "kysely";

/**
 * Cooperation meetings, resident bodies and activities (docs/domain/samarbeid.md): standing meeting series with
 * participants, meetings (of a series or of a resident body) with agenda points, minutes and decisions, action
 * items (tiltakspunkt) with owner, due date and status; resident bodies per address with their establishment
 * states and members; activities per address and external partners. Every column is classified in
 * app/db/classification.ts. `sosialt` marks content the property manager (forvalter) must never see.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table motserie (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  type text not null check (type in ('bydel_boligbygg', 'nav_bydel', 'ressursteam')),
  navn text not null check (length(btrim(navn)) > 0),
  hyppighet text not null check (hyppighet in ('ukentlig', 'annenhver_uke', 'maanedlig')),
  dagsorden jsonb not null,
  opprettet timestamptz not null default now()
);
create index motserie_bydel_idx on motserie (bydel_id);

create table motedeltaker (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  motserie_id uuid not null references motserie(id),
  aktor_id text not null,
  navn text not null,
  organisasjon text not null check (organisasjon in ('bydel', 'boligbygg', 'nav', 'annen')),
  unique (motserie_id, aktor_id)
);

create table beboerorgan (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid not null references eiendom(id),
  type text not null check (type in ('beboerrad', 'gardsstyre', 'gardskomite', 'ungdommens_beboerrad')),
  navn text not null check (length(btrim(navn)) > 0),
  status text not null check (status in ('invitasjon', 'informasjonsmote', 'valg', 'aktiv', 'nedlagt')),
  versjon integer not null default 1 check (versjon > 0),
  opprettet_av_id text not null,
  nokkel text,
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now()
);
create index beboerorgan_bydel_idx on beboerorgan (bydel_id, eiendom_id);
create unique index beboerorgan_nokkel_idx on beboerorgan (opprettet_av_id, nokkel) where nokkel is not null;

-- Append-only history of a resident body's establishment states.
create table beboerorgan_logg (
  seq bigint generated always as identity primary key,
  beboerorgan_id uuid not null references beboerorgan(id),
  status text not null,
  dato date not null,
  merknad text,
  aktor_navn text not null,
  tidspunkt timestamptz not null default now()
);
create index beboerorgan_logg_idx on beboerorgan_logg (beboerorgan_id, seq);

create table beboerorgan_medlem (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  beboerorgan_id uuid not null references beboerorgan(id),
  navn text not null check (length(btrim(navn)) > 0),
  verv text not null check (verv in ('leder', 'nestleder', 'medlem', 'vara', 'frivillig')),
  fra date not null,
  til date,
  opprettet timestamptz not null default now()
);
create index beboerorgan_medlem_idx on beboerorgan_medlem (beboerorgan_id);

create table mote (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  motserie_id uuid references motserie(id),
  beboerorgan_id uuid references beboerorgan(id),
  dato date not null,
  status text not null check (status in ('planlagt', 'holdt', 'avlyst')),
  versjon integer not null default 1 check (versjon > 0),
  opprettet_av_id text not null,
  nokkel text,
  opprettet timestamptz not null default now(),
  check ((motserie_id is null) <> (beboerorgan_id is null))
);
create index mote_serie_idx on mote (motserie_id, dato);
create index mote_organ_idx on mote (beboerorgan_id, dato);
create unique index mote_nokkel_idx on mote (opprettet_av_id, nokkel) where nokkel is not null;

create table dagsordenpunkt (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  mote_id uuid not null references mote(id),
  nr integer not null check (nr > 0),
  tittel text not null check (length(btrim(tittel)) > 0),
  referat text,
  vedtak text,
  sosialt boolean not null default false,
  versjon integer not null default 1 check (versjon > 0),
  unique (mote_id, nr)
);

create table tiltakspunkt (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  mote_id uuid references mote(id),
  dagsordenpunkt_id uuid references dagsordenpunkt(id),
  beskrivelse text not null check (length(btrim(beskrivelse)) > 0),
  eier_aktor_id text,
  eier_navn text not null,
  eier_organisasjon text not null check (eier_organisasjon in ('bydel', 'boligbygg', 'nav', 'beboere', 'annen')),
  frist date not null,
  status text not null check (status in ('apen', 'pagar', 'utfort', 'avbrutt')),
  eiendom_id uuid references eiendom(id),
  bolig_id uuid references bolig(id),
  sak_id uuid references sak(id),
  sosialt boolean not null default false,
  utfort date,
  versjon integer not null default 1 check (versjon > 0),
  opprettet_av_id text not null,
  nokkel text,
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now(),
  -- An item about a case is about a person's case: never shown to the property manager.
  check (sak_id is null or sosialt),
  check ((status = 'utfort') = (utfort is not null))
);
create index tiltakspunkt_eier_idx on tiltakspunkt (eier_aktor_id, status, frist);
create index tiltakspunkt_mote_idx on tiltakspunkt (mote_id);
create index tiltakspunkt_bydel_idx on tiltakspunkt (bydel_id, status, frist);
create unique index tiltakspunkt_nokkel_idx on tiltakspunkt (opprettet_av_id, nokkel) where nokkel is not null;

create table partner (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid not null references eiendom(id),
  navn text not null check (length(btrim(navn)) > 0),
  type text not null check (type in ('frivilligsentral', 'idrettslag', 'skole', 'bibliotek', 'menighet', 'annen')),
  kontakt text,
  opprettet timestamptz not null default now()
);
create index partner_eiendom_idx on partner (eiendom_id);

create table aktivitet (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid not null references eiendom(id),
  serie_id uuid,
  type text not null check (type in ('dugnad', 'grillfest', 'tur', 'leksehjelp', 'fredagskaffe', 'syttende_mai',
    'sprakkafe', 'beboermote', 'annen')),
  tittel text not null check (length(btrim(tittel)) > 0),
  dato date not null,
  start text not null check (start ~ '^[0-2][0-9]:[0-5][0-9]$'),
  slutt text not null check (slutt ~ '^[0-2][0-9]:[0-5][0-9]$'),
  sted text not null,
  arrangor text not null check (arrangor in ('bydel', 'boligbygg', 'beboere', 'partner')),
  partner_id uuid references partner(id),
  status text not null check (status in ('planlagt', 'bekreftet', 'utsatt', 'avlyst', 'gjennomfort')),
  deltakere integer check (deltakere >= 0),
  budsjett integer check (budsjett >= 0),
  kunngjoring_nb text not null,
  kunngjoring_en text,
  versjon integer not null default 1 check (versjon > 0),
  opprettet_av_id text not null,
  nokkel text,
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now(),
  check (arrangor <> 'partner' or partner_id is not null),
  check (start < slutt)
);
create index aktivitet_eiendom_idx on aktivitet (eiendom_id, dato);
create index aktivitet_bydel_idx on aktivitet (bydel_id, dato);
create unique index aktivitet_nokkel_idx on aktivitet (opprettet_av_id, nokkel) where nokkel is not null;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop table aktivitet; drop table partner; drop table tiltakspunkt; drop table dagsordenpunkt; drop table mote;
drop table beboerorgan_medlem; drop table beboerorgan_logg; drop table beboerorgan; drop table motedeltaker;
drop table motserie;`.execute(db);
}
