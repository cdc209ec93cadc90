import { sql, type Kysely } from "kysely";

/**
 * Application drafts and attachments (docs/domain/soknad.md): a draft (søknadsutkast) belongs to the actor who
 * writes it and holds the answers as typed, with a schema version and a row version; attachments (vedlegg) are
 * stored in the database as bytea, checked by type and size, linked to a draft and — once the application is
 * sent — to its case. The appeal text a resident writes online goes into `klage.klagetekst`.
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table soknadsutkast (
  id uuid primary key,
  eier_aktor_id text not null,
  eier_person_id uuid references person(id),
  skjemaversjon integer not null check (skjemaversjon > 0),
  svar jsonb not null,
  helse_funksjon jsonb,
  status text not null check (status in ('utkast', 'sendt')),
  sak_id uuid references sak(id),
  versjon integer not null default 1 check (versjon > 0),
  opprettet timestamptz not null default now(),
  endret timestamptz not null default now(),
  check ((status = 'sendt') = (sak_id is not null))
);
create index soknadsutkast_eier_idx on soknadsutkast (eier_aktor_id, status, endret desc);

create table vedlegg (
  id uuid primary key,
  eier_aktor_id text not null,
  utkast_id uuid references soknadsutkast(id) on delete cascade,
  sak_id uuid references sak(id),
  filnavn text not null check (length(filnavn) between 1 and 200),
  mime text not null check (mime in ('application/pdf', 'image/jpeg', 'image/png')),
  storrelse integer not null check (storrelse > 0 and storrelse <= 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  innhold bytea not null,
  opprettet timestamptz not null default now(),
  check (utkast_id is not null or sak_id is not null)
);
create index vedlegg_utkast_idx on vedlegg (utkast_id);
create index vedlegg_sak_idx on vedlegg (sak_id);

alter table klage add column klagetekst text;
`.execute(db);
}
