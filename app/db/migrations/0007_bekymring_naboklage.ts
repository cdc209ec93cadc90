import { sql, type Kysely } from "kysely";

/**
 * Anonymous concerns (docs/domain/bekymring-og-naboklage.md). Nothing here may identify the reporter: no
 * timestamps (days only, as `date`), no IP address, user agent or session; the receipt code only as an
 * Argon2id hash. Messages are ordered by a running number within the concern, not by a clock.
 * Neighbour complaints (naboklage) with their steps: the district handles the social side (samtale, mekling),
 * Boligbygg the lease side (advarsel, mislighold); each step says which side took it. Parties are units and
 * the households holding their lease when the complaint was registered.
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

create table naboklage (
  id uuid primary key,
  bydel_id text not null references bydel(id),
  eiendom_id uuid not null references eiendom(id),
  kilde text not null check (kilde in ('beboer', 'bekymring', 'ansatt')),
  bekymring_id uuid unique references bekymring(id),
  klager_bolig_id uuid references bolig(id),
  klager_husstand_id uuid references husstand(id),
  klager_skjult boolean not null default false,
  innklaget_bolig_id uuid not null references bolig(id),
  innklaget_husstand_id uuid references husstand(id),
  kategori text not null check (kategori in ('stoy', 'royk', 'trusler', 'dyr', 'avfall', 'besokende')),
  beskrivelse text not null check (length(beskrivelse) between 1 and 5000),
  behandler_id text not null,
  behandler_navn text not null,
  status text not null check (status in ('apen', 'avsluttet')),
  utfall text check (utfall in ('lost', 'ikke_grunnlag', 'flyttet', 'leieforhold_avsluttet', 'uten_losning')),
  opprettet date not null,
  avsluttet date,
  opprettet_nokkel text not null unique,
  versjon integer not null default 1 check (versjon > 0),
  check ((status = 'avsluttet') = (utfall is not null)),
  check (klager_bolig_id is null or klager_bolig_id <> innklaget_bolig_id),
  check (kilde <> 'bekymring' or (bekymring_id is not null and klager_bolig_id is null))
);
create index naboklage_bydel_idx on naboklage (bydel_id, status, opprettet desc);
create index naboklage_eiendom_idx on naboklage (eiendom_id, opprettet);

create table naboklage_steg (
  id uuid primary key,
  naboklage_id uuid not null references naboklage(id) on delete cascade,
  lopenummer integer not null check (lopenummer > 0),
  type text not null check (type in ('samtale', 'mekling', 'advarsel', 'mislighold')),
  side text not null check (side in ('bydel', 'boligbygg')),
  dato date not null,
  notat text not null check (length(notat) between 1 and 5000),
  registrert_av_id text not null,
  registrert_av_navn text not null,
  check ((side = 'bydel') = (type in ('samtale', 'mekling'))),
  unique (naboklage_id, lopenummer)
);
`.execute(db);
}
