import type { PGlite } from "@electric-sql/pglite";
import { createMemoryPglite, openDatabase, type DatabaseHandle } from "../../app/db/connection.server";
import { migrateToLatest } from "../../app/db/migrate.server";

let template: Promise<PGlite> | null = null;

/**
 * A fresh, migrated database for one test file. On PGlite the schema is
 * migrated once per worker and cloned for each call; with DATABASE_URL set,
 * the tests run against that PostgreSQL server (migrated once).
 */
export async function createTestDb(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    const handle = await openDatabase({ databaseUrl: process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL });
    await migrateToLatest(handle.db);
    if (process.env.DATABASE_MIGRATION_URL) {
      await handle.close();
      return openDatabase({ databaseUrl: process.env.DATABASE_URL });
    }
    return handle;
  }
  template ??= (async () => {
    const pglite = await createMemoryPglite();
    const handle = await openDatabase({ databaseUrl: null, pglite });
    await migrateToLatest(handle.db);
    return pglite;
  })();
  const clone = (await (await template).clone()) as PGlite;
  const handle = await openDatabase({ databaseUrl: null, pglite: clone });
  return { ...handle, close: async () => clone.close() };
}
