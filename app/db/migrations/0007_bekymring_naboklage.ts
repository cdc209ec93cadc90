import { sql, type Kysely } from "kysely";

/**
 * Anonymous concerns (docs/domain/bekymring-og-naboklage.md). Nothing here may identify the reporter: no
 * timestamps (days only, as `date`), no IP address, user agent or session; the receipt code only as an
 * Argon2id hash. Messages are ordered by a running number within the concern, not by a clock.
 * Every column is classified in app/db/classification.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table bekymring (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid references eiendom(id),
  kategori text not null
    check (kategori in ('trusler_vold', 'rus', 'uro_stoy', 'utrygt_bygg', 'noen_trenger_hjelp', 'annet')),
  beskrivelse text not null check (length(beskrivelse) between 1 and 5000),
  kvittering_hash text not null unique check (kvittering_hash ~ '^[0-9a-f]{64}$'),
  mottatt date not null,
  kvitteringsfrist date not null,
  kvittert date,
  status text not null check (status in ('mottatt', 'kvittert', 'avsluttet')),
  utfall text check (utfall in ('naboklage', 'hms_oppfolging', 'henvisning', 'ingen_tiltak')),
  utfall_oppsummering text check (length(utfall_oppsummering) <= 5000),
  henvist_til text check (length(henvist_til) <= 200),
  avsluttet date,
  versjon integer not null default 1 check (versjon > 0),
  check ((status = 'avsluttet') = (utfall is not null)),
  check ((status = 'mottatt') = (kvittert is null))
);
create index bekymring_bydel_idx on bekymring (bydel_id, status, kvitteringsfrist);
create index bekymring_eiendom_idx on bekymring (eiendom_id);

create table bekymring_melding (
  id uuid primary key,
  bekymring_id uuid not null references bekymring(id) on delete cascade,
  lopenummer integer not null check (lopenummer > 0),
  fra text not null check (fra in ('melder', 'bydel')),
  tekst text not null check (length(tekst) between 1 and 5000),
  dato date not null,
  unique (bekymring_id, lopenummer)
);
`.execute(db);
}
