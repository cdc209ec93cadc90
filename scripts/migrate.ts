// `npm run db:migrate`: migrate DATABASE_MIGRATION_URL (or DATABASE_URL, or the PGlite folder) to the latest schema.
import { openDatabase } from "../app/db/connection.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { loadConfig } from "../app/lib/env.server";

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseMigrationUrl, pgliteDir: config.pgliteDir });
try {
  await migrateToLatest(handle.db);
  console.log(`Databasen (${handle.kind}) er migrert til siste versjon.`);
} finally {
  await handle.close();
}
