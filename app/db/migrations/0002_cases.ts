import { sql, type Kysely } from "kysely";

/**
 * The case journey (docs/domain/saksgang.md): sak with its application, case log, deadlines, documentation
 * requests, notes, preliminary replies, decisions, appeals, the waiting list and idempotency keys.
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table saksnummer_teller (
  aar integer primary key,
  siste integer not null check (siste > 0)
);

create table sak (
  id uuid primary key,
  saksnummer text not null unique check (saksnummer ~ '^[0-9]{4}/[0-9]{5,}$'),
  bydel_id text not null references bydel(id),
  type text not null check (type in ('bolig', 'fornyelse', 'bistand_6')),
  status text not null check (status in ('mottatt', 'under_behandling', 'venter_dokumentasjon', 'vedtatt',
    'klage_sen_vurdering', 'klage_under_forberedelse', 'klage_oversendt', 'avsluttet')),
  soker_person_id uuid not null references person(id),
  husstand jsonb not null,
  innsender_rolle text not null
    check (innsender_rolle in ('soker', 'parorende', 'kommunal_tjeneste', 'institusjon', 'saksbehandler_papir')),
  innsender_aktor_id text not null,
  innsender_navn text,
  samtykke boolean not null,
  samtykke_grunnlag text,
  saksbehandler_id text,
  saksbehandler_navn text,
  mottatt date not null,
  versjon integer not null default 1 check (versjon > 0),
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now(),
  check (innsender_rolle = 'soker' or samtykke)
);
create index sak_ko_idx on sak (bydel_id, status, mottatt);
create index sak_saksbehandler_idx on sak (bydel_id, saksbehandler_id);
create index sak_soker_idx on sak (soker_person_id);

create table soknadsinnhold (
  sak_id uuid primary key references sak(id),
  skjemaversjon integer not null check (skjemaversjon > 0),
  boligsituasjon jsonb not null,
  okonomi jsonb not null,
  helse_funksjon jsonb,
  onsker jsonb not null
);

-- Append-only, like audit_logg: what happened in the case, by whom and when. Never special-category values.
create table sakslogg (
  seq bigint generated always as identity primary key,
  sak_id uuid not null references sak(id),
  tidspunkt timestamptz not null default now(),
  aktor_id text not null,
  aktor_navn text not null,
  aktor_rolle text not null,
  aktor_enhet text not null,
  hendelse text not null,
  data jsonb not null default '{}'::jsonb
);
create index sakslogg_sak_idx on sakslogg (sak_id, seq);

create function sakslogg_kun_tillegg() returns trigger language plpgsql as $$
begin
  raise exception 'sakslogg kan bare få nye rader (forsøk på %)', tg_op;
end;
$$;
create trigger sakslogg_ingen_endring before update or delete on sakslogg
  for each row execute function sakslogg_kun_tillegg();
create trigger sakslogg_ingen_truncate before truncate on sakslogg
  for each statement execute function sakslogg_kun_tillegg();

create table frist (
  id uuid primary key,
  sak_id uuid not null references sak(id),
  type text not null
    check (type in ('forelopig_svar', 'forventet_vedtak', 'dokumentasjon', 'klagefrist', 'klage_ettarsgrense')),
  start date not null,
  forfall date not null,
  hjemmel text not null,
  status text not null check (status in ('aktiv', 'oppfylt', 'utlopt', 'avbrutt')),
  oppfylt_ved text,
  lukket date,
  opprettet timestamptz not null default now()
);
create index frist_sak_idx on frist (sak_id, type);
create index frist_aktiv_forfall_idx on frist (type, forfall) where status = 'aktiv';

create table dokumentasjonskrav (
  id uuid primary key,
  sak_id uuid not null references sak(id),
  beskrivelse text not null,
  frist date not null,
  status text not null check (status in ('etterspurt', 'mottatt', 'frafalt')),
  etterspurt_av text not null,
  etterspurt timestamptz not null default now(),
  mottatt date
);
create index dokumentasjonskrav_sak_idx on dokumentasjonskrav (sak_id);

create table notat (
  id uuid primary key,
  sak_id uuid not null references sak(id),
  tekst text not null,
  skrevet_av_id text not null,
  skrevet_av_navn text not null,
  opprettet timestamptz not null default now()
);
create index notat_sak_idx on notat (sak_id, opprettet);

create table forelopig_svar (
  id uuid primary key,
  sak_id uuid not null references sak(id),
  grunn text not null,
  forventet_vedtak date not null,
  sendt timestamptz not null,
  sendt_av_id text not null,
  sendt_av_navn text not null
);
create index forelopig_svar_sak_idx on forelopig_svar (sak_id);

create table vedtak (
  id uuid primary key,
  sak_id uuid not null references sak(id),
  utfall text not null check (utfall in ('innvilget', 'venteliste', 'avslag')),
  boligtype text,
  rom integer check (rom between 1 and 8),
  leietid_aar integer check (leietid_aar between 1 and 10),
  begrunnelse_regler text not null check (length(btrim(begrunnelse_regler)) > 0),
  begrunnelse_faktum text not null check (length(btrim(begrunnelse_faktum)) > 0),
  begrunnelse_hovedhensyn text not null check (length(btrim(begrunnelse_hovedhensyn)) > 0),
  vedtaksdato date not null,
  sendt timestamptz not null,
  sendemaate text not null check (sendemaate in ('digital', 'papir')),
  apnet timestamptz,
  mottatt date,
  mottatt_regel text check (mottatt_regel in ('apnet_digitalt', 'digital_sju_dager', 'papir_registrert')),
  klagefrist date,
  klageinstans text not null check (klageinstans in ('klagenemnd', 'statsforvalteren')),
  grunnlag text not null check (grunnlag in ('soknad', 'omgjort_etter_klage')),
  erstatter_vedtak_id uuid references vedtak(id),
  fattet_av_id text not null,
  fattet_av_navn text not null,
  opprettet timestamptz not null default now(),
  check ((mottatt is null) = (mottatt_regel is null))
);
create index vedtak_sak_idx on vedtak (sak_id, opprettet);

create table klage (
  id uuid primary key,
  sak_id uuid not null references sak(id),
  vedtak_id uuid not null references vedtak(id),
  mottatt date not null,
  i_tide boolean not null,
  tidsvurdering text not null,
  ettarsgrense_passert boolean not null,
  sen_klage_beslutning text check (sen_klage_beslutning in ('behandles', 'avvises')),
  sen_klage_begrunnelse text,
  status text not null
    check (status in ('registrert', 'under_forberedelse', 'omgjort', 'oversendt', 'avgjort', 'avvist')),
  klageinstans text not null check (klageinstans in ('klagenemnd', 'statsforvalteren')),
  oversendt timestamptz,
  oversendelse_merknad text,
  klager_underrettet timestamptz,
  utfall text check (utfall in ('stadfestet', 'omgjort', 'opphevet')),
  utfall_begrunnelse text,
  avgjort date,
  avgjort_av_id text,
  registrert_av_id text not null,
  opprettet timestamptz not null default now()
);
create index klage_sak_idx on klage (sak_id);
create index klage_instans_idx on klage (klageinstans, status) where oversendt is not null;

create table venteliste (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  sak_id uuid not null unique references sak(id),
  prioritet integer not null check (prioritet between 1 and 3),
  dato date not null,
  status text not null check (status in ('aktiv', 'fjernet')),
  opprettet timestamptz not null default now()
);
create index venteliste_bydel_idx on venteliste (bydel_id, prioritet, dato) where status = 'aktiv';

create table idempotens (
  aktor_id text not null,
  nokkel text not null check (length(nokkel) between 8 and 200),
  sak_id uuid not null references sak(id),
  opprettet timestamptz not null default now(),
  primary key (aktor_id, nokkel)
);
`.execute(db);
}
