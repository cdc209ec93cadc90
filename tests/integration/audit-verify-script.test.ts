import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase } from "../../app/db/connection.server";
import { migrateToLatest } from "../../app/db/migrate.server";
import { recordAccess } from "../../app/modules/audit/record-access.server";

/** `npm run audit:verify` end to end on a PGlite folder: intact, tampered, and locked by another process. */
let root: string;
let dir: string;

function runVerify(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/audit-verify.ts", "--batch=3"],
      { env: { ...process.env, DATABASE_URL: "", DATABASE_MIGRATION_URL: "", ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-audit-"));
  dir = path.join(root, "pglite");
  const handle = await openDatabase({ databaseUrl: null, pgliteDir: dir });
  try {
    await migrateToLatest(handle.db);
    const actor = { id: "ansatt-1", rolle: "saksbehandler" as const, enhet: "Bydel Sagene, boligkontoret" };
    for (let i = 0; i < 7; i++) {
      await recordAccess(handle.db, actor, null, [
        { personId: randomUUID(), kategori: "personalia", handling: "les", ressurs: `person:${i}` },
      ]);
    }
  } finally {
    await handle.close();
  }
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

test("an intact log: exit 0 and the row count", async () => {
  const result = await runVerify({ PGLITE_DIR: dir });
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("Revisjonsloggen er intakt: 7 rader");
  expect(result.code).toBe(0);
});

test("a folder held by a running app: the lock message and exit 2", async () => {
  const handle = await openDatabase({ databaseUrl: null, pgliteDir: dir });
  try {
    const result = await runVerify({ PGLITE_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`er i bruk av en annen prosess (pid ${process.pid})`);
  } finally {
    await handle.close();
  }
});

test("a missing folder: exit 2 with a clear message", async () => {
  const result = await runVerify({ PGLITE_DIR: path.join(root, "finnes-ikke") });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("Fant ingen database");
});

test("a deleted row: exit 1 naming the first broken seq", async () => {
  const handle = await openDatabase({ databaseUrl: null, pgliteDir: dir });
  try {
    await sql`alter table audit_logg disable trigger user`.execute(handle.db);
    await sql`delete from audit_logg where seq = 4`.execute(handle.db);
    await sql`alter table audit_logg enable trigger user`.execute(handle.db);
  } finally {
    await handle.close();
  }
  const result = await runVerify({ PGLITE_DIR: dir });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("Revisjonsloggen er brutt ved seq 5");
  expect(result.stderr).toContain("rader er slettet");
  expect(result.stderr).toContain("3 rader før denne er i orden");
});

test.skipIf(!process.env.DATABASE_URL)("on a PostgreSQL server it reads DATABASE_URL", async () => {
  const result = await runVerify({ DATABASE_URL: process.env.DATABASE_URL! });
  expect(result.stdout).toMatch(/Revisjonsloggen er intakt: \d+ rader/);
  expect(result.code).toBe(0);
});
