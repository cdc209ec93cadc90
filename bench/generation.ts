import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { openDatabase, type DatabaseHandle } from "../app/db/connection.server";
import { generateDemoCases } from "../app/db/demo/cases.server";
import { generateDemoData, type DemoCounts, type DemoSize } from "../app/db/demo/generate.server";
import { migrateToLatest } from "../app/db/migrate.server";

export type GenerationRun = {
  database: "pglite" | "postgres";
  /** Opening the database and running every migration on it (empty). */
  migrateSeconds: number;
  /** generateDemoData (the homes, people and leases): building the rows in memory … */
  buildSeconds: number;
  /** … and inserting them. */
  insertSeconds: number;
  /** generateDemoCases on top (applications, decisions, appeals, waiting list): build and insert. */
  casesSeconds: number;
  /** Everything after the migrations, in one transaction as at the app's first start (ensureDemoData). */
  totalSeconds: number;
  counts: DemoCounts;
  /** Rows of the demo cases (`sak`). */
  cases: number;
};

const seconds = (ms: number) => Math.round(ms) / 1000;

/**
 * Migrates a fresh, empty database and fills it with the demo Oslo as the
 * app's first start does (ensureDemoData: generateDemoData, then
 * generateDemoCases, in one transaction), timing each step. Leaves the data
 * in place (the page benchmark uses it) and closes the database, so a PGlite
 * folder is free for the next process.
 */
async function generateInto(
  database: GenerationRun["database"],
  open: () => Promise<DatabaseHandle>,
  options: { seed: number; size: DemoSize; today: string },
): Promise<GenerationRun> {
  const opened = performance.now();
  const handle = await open();
  try {
    await migrateToLatest(handle.db);
    const migrated = performance.now();
    const { oslo, cases } = await handle.db.transaction().execute(async (trx) => {
      const oslo = await generateDemoData(trx, options);
      const casesStarted = performance.now();
      const demoCases = await generateDemoCases(trx, options);
      return { oslo, cases: { ms: performance.now() - casesStarted, n: demoCases.counts.sak } };
    });
    const done = performance.now();
    // Not timed: fresh planner statistics, as autovacuum would gather soon after a bulk load.
    await sql`analyze`.execute(handle.db);
    return {
      database,
      migrateSeconds: seconds(migrated - opened),
      buildSeconds: seconds(oslo.buildMs),
      insertSeconds: seconds(oslo.insertMs),
      casesSeconds: seconds(cases.ms),
      totalSeconds: seconds(done - migrated),
      counts: oslo.counts,
      cases: cases.n,
    };
  } finally {
    await handle.close();
  }
}

/** Generates into a new PGlite folder (`dir` must not exist yet or be empty). */
export async function generatePglite(
  dir: string,
  options: { seed: number; size: DemoSize; today: string },
): Promise<GenerationRun> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`${dir} er ikke tom`);
  return generateInto("pglite", () => openDatabase({ databaseUrl: null, pgliteDir: dir }), options);
}

/** Generates into a freshly created server database at `url`. */
export async function generatePostgres(
  url: string,
  options: { seed: number; size: DemoSize; today: string },
): Promise<GenerationRun> {
  return generateInto("postgres", () => openDatabase({ databaseUrl: url }), options);
}
