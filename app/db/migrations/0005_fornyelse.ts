import { sql, type Kysely } from "kysely";

/**
 * Lease renewals (docs/domain/leiekontrakt.md): `leiekontrakt_fornyelse` links a renewed lease to the lease it
 * replaces and to the granted decision (vedtak) in the renewal case (sak of type `fornyelse`). One renewal per
 * lease (unique), so a double click makes one new lease. The renewal notices are not stored: they follow from
 * the lease's end date and the configured notice points. A boplan per household with steps and comments
 * (the tenant comments on their own plan). The end of a lease (move-out) with the unit's status after it.
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table leiekontrakt_fornyelse (
  ny_leiekontrakt_id uuid primary key references leiekontrakt(id),
  forrige_leiekontrakt_id uuid not null unique references leiekontrakt(id),
  sak_id uuid not null references sak(id),
  vedtak_id uuid not null references vedtak(id),
  registrert_av_id text not null,
  registrert_av_navn text not null,
  opprettet timestamptz not null default now(),
  check (ny_leiekontrakt_id <> forrige_leiekontrakt_id)
);
create index leiekontrakt_fornyelse_sak_idx on leiekontrakt_fornyelse (sak_id);

-- A housing plan (boplan) per household: the goal, steps with owner and date, reviewed at renewal.
create table boplan (
  id uuid primary key,
  husstand_id uuid not null unique references husstand(id),
  bydel_id text not null references bydel(id),
  maal text not null check (maal in ('bli_boende', 'leie_privat', 'kjope_startlan', 'leie_til_eie')),
  maal_beskrivelse text not null default '' check (length(maal_beskrivelse) <= 2000),
  neste_gjennomgang date,
  sist_gjennomgatt date,
  versjon integer not null default 1 check (versjon > 0),
  endret_av_navn text not null,
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now()
);
create index boplan_bydel_idx on boplan (bydel_id, neste_gjennomgang);

create table boplan_steg (
  id uuid primary key,
  boplan_id uuid not null references boplan(id),
  beskrivelse text not null check (length(btrim(beskrivelse)) between 1 and 500),
  ansvarlig text not null check (ansvarlig in ('leietaker', 'saksbehandler', 'booppfolger', 'nav', 'annen')),
  frist date not null,
  fullfort date,
  opprettet timestamptz not null default now()
);
create index boplan_steg_plan_idx on boplan_steg (boplan_id, frist);

create table boplan_kommentar (
  id uuid primary key,
  boplan_id uuid not null references boplan(id),
  aktor_id text not null,
  aktor_navn text not null,
  fra_leietaker boolean not null,
  tekst text not null check (length(btrim(tekst)) between 1 and 2000),
  opprettet timestamptz not null default now()
);
create index boplan_kommentar_plan_idx on boplan_kommentar (boplan_id, opprettet);

-- The end of a lease (move-out): when, why, and what the unit became (ledig or under oppussing).
create table leiekontrakt_avslutning (
  leiekontrakt_id uuid primary key references leiekontrakt(id),
  utflyttet date not null,
  grunn text not null check (grunn in ('flyttet', 'fornyelse_avslatt', 'oppsagt', 'dodsfall', 'annet')),
  bolig_status_etter text not null check (bolig_status_etter in ('ledig', 'under_oppussing')),
  merknad text not null default '' check (length(merknad) <= 1000),
  registrert_av_id text not null,
  registrert_av_navn text not null,
  opprettet timestamptz not null default now()
);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists leiekontrakt_avslutning, boplan_kommentar, boplan_steg, boplan, leiekontrakt_fornyelse;`.execute(
    db,
  );
}
