import { sql, type Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index";

/** The database role the application connects as on a PostgreSQL server (docs/operations.md). */
export const APP_ROLE = "bomiljo_app";

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: "kysely_migrasjon",
    migrationLockTableName: "kysely_migrasjon_las",
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Migrering feilet${failed ? ` i ${failed.migrationName}` : ""}: ${String(error)}`);
  }
  await grantAppRole(db);
}

/**
 * When the app role exists (a PostgreSQL server set up as in docs/operations.md),
 * it may read and write every table except the append-only logs (audit_logg,
 * sakslogg), where it may only read and add rows. Run after every migration, so new tables are covered.
 */
async function grantAppRole(db: Kysely<any>): Promise<void> {
  await sql`
do $$
begin
  if exists (select 1 from pg_roles where rolname = ${sql.lit(APP_ROLE)}) then
    execute 'grant usage on schema public to ${sql.raw(APP_ROLE)}';
    execute 'grant select, insert, update, delete on all tables in schema public to ${sql.raw(APP_ROLE)}';
    execute 'grant usage, select on all sequences in schema public to ${sql.raw(APP_ROLE)}';
    execute 'revoke update, delete, truncate on audit_logg from ${sql.raw(APP_ROLE)}';
    if exists (select 1 from pg_tables where schemaname = 'public' and tablename = 'sakslogg') then
      execute 'revoke update, delete, truncate on sakslogg from ${sql.raw(APP_ROLE)}';
    end if;
  end if;
end;
$$`.execute(db);
}
