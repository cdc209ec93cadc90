/**
 * npm run demo:generate [-- --size full|small] [--seed N] [--today YYYY-MM-DD]
 *
 * (Re)generates the demo Oslo in PGLITE_DIR, or on the PostgreSQL server at
 * DATABASE_URL: migrates, empties the demo tables (TRUNCATE … CASCADE, so rows
 * in other tables that point at them go too, the cases among them; the audit
 * log is kept), and fills them again with the demo cases. Size and seed default to DEMO_DATA and DEMO_SEED. Prints
 * row counts and seconds. Stop the app first: PGlite's folder is locked to
 * one process.
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { loadConfig } from "../app/lib/env.server";
import { openDatabase } from "../app/db/connection.server";
import { DataFolderLockedError } from "../app/db/lock.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { generateDemoCases } from "../app/db/demo/cases.server";
import { DEMO_TABLES, generateDemoData, type DemoSize } from "../app/db/demo/generate.server";
import { isDate, osloToday } from "../app/db/demo/dates";

async function main() {
  const { values } = parseArgs({
    options: { size: { type: "string" }, seed: { type: "string" }, today: { type: "string" } },
  });
  const config = loadConfig(process.env);
  const size = (values.size ?? (config.demoData === "none" ? "full" : config.demoData)) as DemoSize;
  if (size !== "full" && size !== "small") throw new Error("--size må være full eller small");
  const seed = values.seed === undefined ? config.demoSeed : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error("--seed må være et heltall");
  const today = values.today ?? osloToday();
  if (!isDate(today)) throw new Error("--today må være en dato (YYYY-MM-DD)");

  const started = performance.now();
  const handle = await openDatabase({
    databaseUrl: config.databaseMigrationUrl,
    pgliteDir: config.pgliteDir,
  });
  try {
    await migrateToLatest(handle.db);
    const opened = performance.now();
    const result = await handle.db.transaction().execute(async (trx) => {
      // The cases go with the persons (CASCADE), their append-only case log too: its guard against TRUNCATE is
      // lifted for this transaction only (the owner connection may; the app role may not).
      await sql`alter table sakslogg disable trigger sakslogg_ingen_truncate`.execute(trx);
      await sql`truncate table ${sql.join(DEMO_TABLES.map((t) => sql.table(t)))}, saksnummer_teller cascade`.execute(
        trx,
      );
      await sql`alter table sakslogg enable trigger sakslogg_ingen_truncate`.execute(trx);
      const generated = await generateDemoData(trx, { seed, size, today });
      const saker = await generateDemoCases(trx, { seed, size, today });
      return { ...generated, counts: { ...generated.counts, ...saker.counts } };
    });
    const where = handle.kind === "pglite" ? config.pgliteDir : "PostgreSQL-serveren";
    console.log(`Demo-Oslo (${size}, seed ${seed}, i dag ${today}) i ${where}:`);
    for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(20)} ${count}`);
    console.log(
      `Bygget på ${(result.buildMs / 1000).toFixed(1)} s, lagt inn på ${(result.insertMs / 1000).toFixed(1)} s; ` +
        `${((performance.now() - opened) / 1000).toFixed(1)} s med tømming, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s i alt.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderLockedError) console.error(error.message);
  else console.error("demo:generate feilet:", error instanceof Error ? error.message : error);
  process.exit(1);
});
