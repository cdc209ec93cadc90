// `npm run audit:verify [-- --batch=5000]`: recomputes the audit log's hash chain.
// Reads DATABASE_URL (a PostgreSQL server; the app role's SELECT is enough) or the PGlite folder
// PGLITE_DIR (default .data/pglite). Exit 0: intact. Exit 1: broken (the first broken seq and why).
// Exit 2: could not check (the folder is locked by a running app, missing, or not migrated).
import fs from "node:fs";
import path from "node:path";
import { openDatabase, type DatabaseHandle } from "../app/db/connection.server";
import { DataFolderLockedError } from "../app/db/lock.server";
import { describeChainBreak, verifyAuditChain } from "../app/modules/audit/verify-chain.server";

const batchArg = process.argv.find((arg) => arg.startsWith("--batch="));
const batchSize = batchArg ? Number(batchArg.slice("--batch=".length)) : 2000;
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error("--batch må være et positivt heltall.");
  process.exit(2);
}

const databaseUrl = process.env.DATABASE_URL || null;
const pgliteDir = path.resolve(process.env.PGLITE_DIR || ".data/pglite");

if (!databaseUrl && !fs.existsSync(pgliteDir)) {
  console.error(`Fant ingen database i ${pgliteDir}. Sett PGLITE_DIR eller DATABASE_URL.`);
  process.exit(2);
}

let handle: DatabaseHandle;
try {
  handle = await openDatabase({ databaseUrl, pgliteDir });
} catch (error) {
  if (error instanceof DataFolderLockedError) {
    console.error(error.message);
    console.error(
      "Stopp appen før du kontrollerer PGlite-mappen, eller bruk kontrollen på /admin mens appen kjører.",
    );
    process.exit(2);
  }
  console.error("Kunne ikke åpne databasen:", error instanceof Error ? error.message : error);
  process.exit(2);
}

let exitCode: number;
try {
  const started = Date.now();
  const result = await verifyAuditChain(handle.db, { batchSize });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`Revisjonsloggen er intakt: ${result.rows} rader`);
    if (result.sisteSeq !== null)
      console.log(`Siste rad: seq ${result.sisteSeq}, hash ${result.sisteHash} (${seconds} s)`);
    exitCode = 0;
  } else {
    console.error(
      `Revisjonsloggen er brutt ved seq ${result.seq}: ${describeChainBreak(result.reason)} (${result.reason}).`,
    );
    console.error(`${result.rows} rader før denne er i orden.`);
    exitCode = 1;
  }
} catch (error) {
  console.error("Kunne ikke kontrollere revisjonsloggen:", error instanceof Error ? error.message : error);
  exitCode = 2;
} finally {
  await handle.close();
}
process.exit(exitCode);
