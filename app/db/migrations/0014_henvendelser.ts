import { sql, type Kysely } from "kysely";

/**
 * Henvendelser, the rest of issue #7 (docs/domain/mangelmelding.md): the resident may add information or
 * photos to a report after sending it — a new timeline step `tillegg` (with its own idempotency key, so a double
 * click adds one step), a flag `ny_informasjon` that Boligbygg's queue shows until someone at Boligbygg opens
 * the report, and the step that added a photo. Staff-registered reports reuse the existing columns.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table mangelmelding_hendelse drop constraint mangelmelding_hendelse_hendelse_check;
alter table mangelmelding_hendelse add constraint mangelmelding_hendelse_hendelse_check
  check (hendelse in ('mottatt', 'vurdert', 'tildelt', 'planlagt', 'utfort', 'avsluttet', 'tillegg'));
alter table mangelmelding_hendelse add column idempotensnokkel text;
create unique index mangelmelding_hendelse_idempotens on mangelmelding_hendelse (mangelmelding_id, idempotensnokkel)
  where idempotensnokkel is not null;
alter table mangelmelding add column ny_informasjon boolean not null default false;
alter table mangelmelding_bilde add column hendelse_seq bigint references mangelmelding_hendelse(seq);
`.execute(db);
}
