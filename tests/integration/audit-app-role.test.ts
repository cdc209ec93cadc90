import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { APP_ROLE } from "../../app/db/migrate.server";
import { recordAccess } from "../../app/modules/audit/record-access.server";
import { verifyAuditChain } from "../../app/modules/audit/verify-chain.server";

/**
 * On a PostgreSQL server the application connects as bomiljo_app, which may
 * only add and read audit rows: UPDATE, DELETE and TRUNCATE are refused by the
 * grants themselves, before any trigger runs, and it cannot switch the
 * triggers off. Runs only when DATABASE_URL connects as that role
 * (DATABASE_MIGRATION_URL as the owner); see docs/decisions/004-audit-log.md.
 */
let handle: DatabaseHandle | null = null;
let currentUser: string | null = null;

beforeAll(async () => {
  if (!process.env.DATABASE_URL) return;
  handle = await createTestDb();
  const { rows } = await sql<{ current_user: string }>`select current_user`.execute(handle.db);
  currentUser = rows[0]?.current_user ?? null;
});
afterAll(async () => {
  await handle?.close();
});

const runs = () => !!handle && currentUser === APP_ROLE;

describe.runIf(!!process.env.DATABASE_URL)("the app role on a PostgreSQL server", () => {
  test("the suite connects as the app role (set DATABASE_URL to bomiljo_app to run these checks)", (ctx) => {
    if (!runs()) ctx.skip();
    expect(currentUser).toBe(APP_ROLE);
  });

  test("may insert and select audit rows", async (ctx) => {
    if (!runs()) ctx.skip();
    const db = handle!.db;
    const personId = randomUUID();
    await recordAccess(db, { id: "ansatt-rolletest", rolle: "saksbehandler", enhet: "Bydel Sagene" }, null, [
      { personId, kategori: "personalia", handling: "les", ressurs: `person:${personId}` },
    ]);
    const rows = await db
      .selectFrom("audit_logg")
      .select(["seq", "hash"])
      .where("person_id", "=", personId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  test.for([
    {
      name: "update",
      statement: sql`update audit_logg set ressurs = 'x' where seq = (select max(seq) from audit_logg)`,
    },
    { name: "delete", statement: sql`delete from audit_logg where seq = (select max(seq) from audit_logg)` },
    { name: "truncate", statement: sql`truncate audit_logg` },
  ])("is refused $name with permission denied", async ({ statement }, ctx) => {
    if (!runs()) ctx.skip();
    await expect(statement.execute(handle!.db)).rejects.toThrow(/permission denied for table audit_logg/);
  });

  test("cannot switch the append-only triggers off", async (ctx) => {
    if (!runs()) ctx.skip();
    await expect(sql`alter table audit_logg disable trigger user`.execute(handle!.db)).rejects.toThrow(
      /must be owner of table audit_logg/,
    );
  });
});
