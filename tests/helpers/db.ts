import type { PGlite } from "@electric-sql/pglite";
import { createMemoryPglite, openDatabase, type DatabaseHandle } from "../../app/db/connection.server";
import { migrateToLatest } from "../../app/db/migrate.server";
import { createFileDatabase, serverUrls } from "./pg-server";

let template: Promise<PGlite> | null = null;

/**
 * A fresh, migrated database for one test file. On PGlite the schema is
 * migrated once per worker and cloned for each call. With DATABASE_URL set,
 * each call gets its own database on that PostgreSQL server, copied from a
 * template the global setup migrated (see pg-server.ts); the handle connects
 * as the app role, and DATABASE_URL / DATABASE_MIGRATION_URL are pointed at
 * the new database for the rest of the file, so code that reads them (an
 * owner connection, a spawned script) works on the same data.
 */
export async function createTestDb(): Promise<DatabaseHandle> {
  const urls = serverUrls();
  if (urls) {
    const file = await createFileDatabase(urls);
    process.env.DATABASE_URL = file.urls.app;
    if (urls.owner !== urls.app) process.env.DATABASE_MIGRATION_URL = file.urls.owner;
    const handle = await openDatabase({ databaseUrl: file.urls.app });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await file.drop();
      },
    };
  }
  template ??= (async () => {
    const pglite = await createMemoryPglite();
    const handle = await openDatabase({ databaseUrl: null, pglite });
    await migrateToLatest(handle.db);
    return pglite;
  })();
  const clone = (await (await template).clone()) as PGlite;
  // clone() does not carry the type parsers over: restore them, so dates stay "YYYY-MM-DD" as in the app.
  Object.assign(clone.parsers, (await template).parsers);
  const handle = await openDatabase({ databaseUrl: null, pglite: clone });
  return { ...handle, close: async () => clone.close() };
}
