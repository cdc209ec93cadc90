import { sql, type Kysely } from "kysely";

/**
 * Bomiljøundersøkelsen (docs/domain/undersokelse.md): survey rounds per address (eiendom), one-time codes per
 * household and anonymous answers.
 *
 * Anonymity is in the schema: `undersokelse_kode` says only that a code of an address was used; an answer
 * (`undersokelse_svar`) has no reference to a code, a household or a person, no timestamp, no sequence and no
 * channel, so nothing links the two tables. A code is stored only as a SHA-256 hash. Which households have been
 * sent a letter (`undersokelse_utsendelse`) is kept apart from the codes, with no reference between them.
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table undersokelse_runde (
  id uuid primary key,
  navn text not null check (length(navn) between 1 and 120),
  bydel_id text references bydel(id),
  instrumentversjon integer not null check (instrumentversjon > 0),
  startdato date not null,
  sluttdato date not null,
  lokale_sporsmal jsonb not null default '[]'::jsonb,
  opprettet_av_id text not null,
  idempotensnokkel text not null unique,
  opprettet timestamptz not null default now(),
  check (sluttdato >= startdato)
);
create index undersokelse_runde_bydel_idx on undersokelse_runde (bydel_id, startdato desc);

create table undersokelse_runde_adresse (
  runde_id uuid not null references undersokelse_runde(id),
  eiendom_id uuid not null references eiendom(id),
  bydel_id text not null references bydel(id),
  husstander integer not null check (husstander >= 0),
  primary key (runde_id, eiendom_id)
);
create index undersokelse_runde_adresse_bydel_idx on undersokelse_runde_adresse (bydel_id, runde_id);

create table undersokelse_utsendelse (
  runde_id uuid not null references undersokelse_runde(id),
  bolig_id uuid not null references bolig(id),
  primary key (runde_id, bolig_id)
);

create table undersokelse_kode (
  kode_hash text primary key check (kode_hash ~ '^[0-9a-f]{64}$'),
  runde_id uuid not null references undersokelse_runde(id),
  eiendom_id uuid not null references eiendom(id),
  brukt boolean not null default false,
  foreign key (runde_id, eiendom_id) references undersokelse_runde_adresse (runde_id, eiendom_id)
);
create index undersokelse_kode_runde_idx on undersokelse_kode (runde_id, eiendom_id, brukt);

create table undersokelse_svar (
  id uuid primary key,
  runde_id uuid not null references undersokelse_runde(id),
  eiendom_id uuid not null references eiendom(id),
  bydel_id text not null references bydel(id),
  instrumentversjon integer not null check (instrumentversjon > 0),
  verdier jsonb not null,
  indeks jsonb not null,
  botid text check (botid in ('under_2', '2_5', 'over_5')),
  barn boolean,
  fritekst text check (length(fritekst) <= 2000),
  foreign key (runde_id, eiendom_id) references undersokelse_runde_adresse (runde_id, eiendom_id)
);
create index undersokelse_svar_runde_idx on undersokelse_svar (runde_id, eiendom_id);
create index undersokelse_svar_bydel_idx on undersokelse_svar (bydel_id, runde_id);
`.execute(db);
}
