import { sql, type Kysely } from "kysely";

/**
 * HMS campaigns (Oslostandard measure 11, docs/domain/hms.md): a campaign per address (eiendom) with its
 * door-by-door list of units, up to four attempts per unit, findings recorded on a visit, and referrals of a
 * finding to a district service. A building finding becomes a defect report (`mangelmelding`) and points to it.
 * Referrals live in their own table so the property manager's queries never touch them. Visits record no
 * names: a unit is its unit number. Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table hms_kampanje (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid not null references eiendom(id),
  tittel text not null check (length(btrim(tittel)) > 0),
  fra_dato date not null,
  til_dato date not null check (til_dato >= fra_dato),
  gjennomfores_av text not null check (gjennomfores_av in ('bydel', 'boligbygg', 'begge')),
  versjon integer not null default 1 check (versjon > 0),
  opprettet_av_id text not null,
  opprettet timestamptz not null default now(),
  idempotensnokkel text not null,
  unique (opprettet_av_id, idempotensnokkel)
);
create index hms_kampanje_bydel_idx on hms_kampanje (bydel_id, fra_dato);
create index hms_kampanje_eiendom_idx on hms_kampanje (eiendom_id);

create table hms_dor (
  id uuid primary key,
  kampanje_id uuid not null references hms_kampanje(id),
  bydel_id text not null references bydel(id),
  oppgang_id uuid not null references oppgang(id),
  bolig_id uuid not null references bolig(id),
  versjon integer not null default 1 check (versjon > 0),
  unique (kampanje_id, bolig_id)
);

create table hms_besok (
  id uuid primary key,
  kampanje_id uuid not null references hms_kampanje(id),
  dor_id uuid not null references hms_dor(id),
  bydel_id text not null references bydel(id),
  forsok integer not null check (forsok between 1 and 4),
  dato date not null,
  tidsrom text not null check (tidsrom in ('formiddag', 'ettermiddag', 'kveld', 'helg')),
  utfall text not null check (utfall in ('ikke_hjemme', 'besokt', 'avslo', 'ledig_bolig')),
  registrert_av_id text not null,
  registrert timestamptz not null default now(),
  idempotensnokkel text not null,
  unique (dor_id, forsok),
  unique (registrert_av_id, idempotensnokkel)
);
create index hms_besok_kampanje_idx on hms_besok (kampanje_id);

create table hms_funn (
  id uuid primary key,
  kampanje_id uuid not null references hms_kampanje(id),
  dor_id uuid not null references hms_dor(id),
  besok_id uuid not null references hms_besok(id),
  bydel_id text not null references bydel(id),
  type text not null check (type in ('bygning', 'behov')),
  tema text check (tema in ('rettigheter_plikter', 'husleie_okonomi', 'tilpasning', 'trygghet', 'sosialt_nettverk', 'barn_unge', 'annet')),
  beskrivelse text,
  status text not null check (status in ('apen', 'sendt', 'henvist', 'lukket')),
  mangelmelding_id uuid unique references mangelmelding(id),
  lukket_dato date,
  versjon integer not null default 1 check (versjon > 0),
  registrert_av_id text not null,
  registrert_av_rolle text not null,
  registrert timestamptz not null default now(),
  idempotensnokkel text not null,
  unique (registrert_av_id, idempotensnokkel),
  check ((type = 'bygning') = (beskrivelse is not null)),
  check ((type = 'behov') = (tema is not null)),
  check (mangelmelding_id is null or type = 'bygning'),
  check (status <> 'henvist' or type = 'behov'),
  check (status <> 'sendt' or mangelmelding_id is not null)
);
create index hms_funn_kampanje_idx on hms_funn (kampanje_id);
create index hms_funn_dor_idx on hms_funn (dor_id);

create table hms_henvisning (
  funn_id uuid primary key references hms_funn(id),
  bydel_id text not null references bydel(id),
  tjeneste text not null check (tjeneste in ('nav', 'boligkontor', 'helsestasjon', 'psykisk_helse_rus', 'hjemmetjeneste', 'barn_unge', 'frivilligsentral', 'annen')),
  oppsummering text not null check (length(btrim(oppsummering)) > 0),
  henvist_dato date not null,
  henvist_av_id text not null
);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table hms_henvisning; drop table hms_funn; drop table hms_besok; drop table hms_dor; drop table hms_kampanje;`.execute(
    db,
  );
}
