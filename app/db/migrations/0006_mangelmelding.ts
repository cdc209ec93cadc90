import { sql, type Kysely } from "kysely";

/**
 * Defect reports (docs/domain/mangelmelding.md): the report itself with its deadline (set from the severity,
 * see app/modules/mangelmelding/config.ts), its photos (re-encoded, without metadata) and an append-only
 * timeline the resident sees. The defect is a plain object: HMS findings and meeting action items can refer
 * to it by id later. Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table mangelmelding (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid not null references eiendom(id),
  oppgang_id uuid not null references oppgang(id),
  bolig_id uuid references bolig(id),
  kilde text not null check (kilde in ('beboer', 'ansatt')),
  melder_aktor_id text,
  melder_person_id uuid references person(id),
  kategori text not null check (kategori in ('lys', 'dor_las', 'vann_avlop', 'skadedyr', 'fukt_mugg', 'heis',
    'uteomrade', 'avfall', 'annet')),
  sted text not null check (sted in ('egen_bolig', 'trappeoppgang', 'kjeller_bod', 'bakgard', 'uteomrade',
    'heis', 'annet')),
  sted_detalj text check (length(sted_detalj) <= 200),
  beskrivelse text not null check (length(btrim(beskrivelse)) between 1 and 2000),
  melders_hastegrad text not null check (melders_hastegrad in ('akutt', 'snart', 'kan_vente')),
  status text not null check (status in ('mottatt', 'vurdert', 'planlagt', 'utfort', 'avsluttet')),
  alvorlighet text not null check (alvorlighet in ('akutt', 'hoy', 'normal', 'lav')),
  ansvarlig text check (length(ansvarlig) <= 200),
  planlagt_dato date,
  frist_dato date not null,
  frist_tidspunkt timestamptz,
  resultat text check (length(resultat) <= 2000),
  mottatt timestamptz not null,
  vurdert timestamptz,
  lukket timestamptz,
  lukket_dato date,
  melder_sett_seq bigint not null default 0,
  idempotensnokkel text,
  versjon integer not null default 1 check (versjon > 0),
  opprettet timestamptz not null default now(),
  check ((lukket is null) = (status in ('mottatt', 'vurdert', 'planlagt'))),
  check ((lukket is null) = (lukket_dato is null)),
  check (status not in ('utfort', 'avsluttet') or length(btrim(resultat)) > 0),
  check (kilde <> 'beboer' or melder_aktor_id is not null)
);
create unique index mangelmelding_idempotens on mangelmelding (melder_aktor_id, idempotensnokkel)
  where idempotensnokkel is not null;
create index mangelmelding_ko_idx on mangelmelding (status, frist_dato);
create index mangelmelding_bydel_idx on mangelmelding (bydel_id, mottatt);
create index mangelmelding_oppgang_idx on mangelmelding (oppgang_id, mottatt);
create index mangelmelding_melder_idx on mangelmelding (melder_person_id, mottatt desc);

create table mangelmelding_bilde (
  id uuid primary key,
  mangelmelding_id uuid not null references mangelmelding(id),
  nummer integer not null check (nummer between 1 and 10),
  mime text not null check (mime = 'image/jpeg'),
  storrelse integer not null check (storrelse > 0),
  bredde integer not null check (bredde > 0),
  hoyde integer not null check (hoyde > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  innhold bytea not null,
  opprettet timestamptz not null default now(),
  unique (mangelmelding_id, nummer)
);

-- Append-only, like sakslogg: what happened to the report, shown to the resident as a timeline.
create table mangelmelding_hendelse (
  seq bigint generated always as identity primary key,
  mangelmelding_id uuid not null references mangelmelding(id),
  tidspunkt timestamptz not null default now(),
  hendelse text not null check (hendelse in ('mottatt', 'vurdert', 'tildelt', 'planlagt', 'utfort', 'avsluttet')),
  alvorlighet text,
  planlagt_dato date,
  tekst text,
  aktor_id text not null,
  aktor_rolle text not null,
  aktor_enhet text not null
);
create index mangelmelding_hendelse_idx on mangelmelding_hendelse (mangelmelding_id, seq);

create function mangelmelding_hendelse_kun_tillegg() returns trigger language plpgsql as $$
begin
  raise exception 'mangelmelding_hendelse kan bare få nye rader (forsøk på %)', tg_op;
end;
$$;
create trigger mangelmelding_hendelse_ingen_endring before update or delete on mangelmelding_hendelse
  for each row execute function mangelmelding_hendelse_kun_tillegg();
`.execute(db);
}
