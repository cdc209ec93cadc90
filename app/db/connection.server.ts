import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { lockDataFolder } from "./lock.server";
import { PGliteDialect } from "./pglite-dialect";

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
};

// Dates (type 1082) stay "YYYY-MM-DD" strings: deadlines are calendar dates in Europe/Oslo.
pg.types.setTypeParser(1082, (value: string) => value);
// bigint counts (type 20) as numbers; ids are uuids, counts stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

const pgliteParsers = { 1082: (value: string) => value, 20: (value: string) => Number(value) };

/** A PostgreSQL server when a URL is given, otherwise PGlite in `pgliteDir` (locked to this process). */
export async function openDatabase(options: {
  databaseUrl: string | null;
  pgliteDir?: string;
  pglite?: PGlite;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  if (options.pglite) {
    const db = new Kysely<Database>({ dialect: new PGliteDialect(options.pglite) });
    return { db, kind: "pglite", close: async () => {} };
  }
  if (!options.pgliteDir) throw new Error("Mangler PGLITE_DIR");
  const unlock = lockDataFolder(options.pgliteDir);
  try {
    const pglite = await PGlite.create({ dataDir: options.pgliteDir, parsers: pgliteParsers });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: "pglite",
      close: async () => {
        await db.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** An in-memory PGlite, for tests. */
export async function createMemoryPglite(): Promise<PGlite> {
  return PGlite.create({ parsers: pgliteParsers });
}
