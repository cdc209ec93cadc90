import { sql, type Kysely } from "kysely";

/**
 * An anonymous concern can become an HMS follow-up (docs/domain/bekymring-og-naboklage.md): the coordinator plans
 * an HMS campaign from the concern, and the campaign remembers which concern it came from — like
 * `naboklage.bekymring_id`. At most one campaign per concern. Nothing about the reporter is stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table hms_kampanje add column bekymring_id uuid references bekymring(id);
create unique index hms_kampanje_bekymring_idx on hms_kampanje (bekymring_id) where bekymring_id is not null;
`.execute(db);
}
