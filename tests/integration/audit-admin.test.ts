import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import type { Actor, Rolle } from "../../app/auth/actor";
import { PERMISSIONS } from "../../app/auth/permissions";
import { createSession } from "../../app/auth/session.server";
import { appContext, requestContext } from "../../app/context";
import { openDatabase, type Db, type DatabaseHandle } from "../../app/db/connection.server";
import { loadConfig } from "../../app/lib/env.server";
import { createLogger } from "../../app/lib/logger.server";
import { recordAccess } from "../../app/modules/audit/record-access.server";
import { action, loader } from "../../app/routes/admin";

/** /admin: the permission registry, session counts and the audit check, for the system administrator only. */
let handle: DatabaseHandle;
let owner: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDb();
  owner = process.env.DATABASE_MIGRATION_URL
    ? await openDatabase({ databaseUrl: process.env.DATABASE_MIGRATION_URL })
    : handle;
});
afterAll(async () => {
  if (owner !== handle) await owner.close();
  await handle.close();
});

function staff(rolle: Rolle): Actor {
  return {
    id: `${rolle}-${randomUUID()}`,
    navn: "Test Testesen",
    rolle,
    enhet: "Oslo kommune, drift",
    bydelId: null,
    personId: null,
    acr: null,
  };
}
const admin = staff("systemadministrator");
const CSRF = "csrf-token-for-test-0123456789";

function args(db: Db, actor: Actor | null, form?: Record<string, string>) {
  const context = new RouterContextProvider();
  context.set(appContext, {
    db,
    dbKind: handle.kind,
    config: loadConfig({ NODE_ENV: "test" }),
    logger: createLogger("silent"),
  });
  context.set(requestContext, {
    requestId: "t",
    actor,
    sessionId: null,
    csrfToken: CSRF,
    locale: "nb",
    cspNonce: "n",
  });
  const request = form
    ? new Request("http://localhost/admin", { method: "POST", body: new URLSearchParams(form) })
    : new Request("http://localhost/admin");
  return { request, context, params: {} } as unknown as Parameters<typeof loader>[0];
}

async function countAudit(db: Db, aktorId?: string): Promise<number> {
  let query = db.selectFrom("audit_logg").select((eb) => eb.fn.countAll<number>().as("n"));
  if (aktorId) query = query.where("aktor_id", "=", aktorId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

test("the loader shows the permission registry as it is, and session counts per role", async () => {
  const before = await loader(args(handle.db, admin));
  const config = { sessionTtlMinutes: 30 };
  await createSession(handle.db, staff("saksbehandler"), config);
  await createSession(handle.db, staff("saksbehandler"), config);
  await createSession(handle.db, staff("forvalter"), config);
  await handle.db
    .insertInto("sesjon")
    .values({
      id: randomUUID(),
      aktor: JSON.stringify(staff("leder")),
      csrf_token: "x",
      utloper: new Date(Date.now() - 1000),
    })
    .execute();
  const data = await loader(args(handle.db, admin));

  expect(data.tilganger).toEqual(
    Object.entries(PERMISSIONS).map(([tilgang, roller]) => ({ tilgang, roller: [...roller] })),
  );
  const count = (d: typeof data, rolle: Rolle) =>
    d.sesjoner.perRolle.find((r) => r.rolle === rolle)?.antall ?? 0;
  expect(data.sesjoner.totalt - before.sesjoner.totalt).toBe(3);
  expect(count(data, "saksbehandler") - count(before, "saksbehandler")).toBe(2);
  expect(count(data, "forvalter") - count(before, "forvalter")).toBe(1);
  expect(count(data, "leder")).toBe(count(before, "leder"));
  expect(JSON.stringify(data)).not.toContain("Test Testesen");
});

test("every role but the system administrator is refused", async () => {
  for (const rolle of ["beboer", "saksbehandler", "forvalter", "analytiker", "leder"] as const) {
    await expect(loader(args(handle.db, staff(rolle)))).rejects.toMatchObject({ init: { status: 403 } });
    await expect(
      action(args(handle.db, staff(rolle), { _csrf: CSRF, handling: "kontroller" })),
    ).rejects.toMatchObject({
      init: { status: 403 },
    });
  }
  await expect(loader(args(handle.db, null))).rejects.toMatchObject({ init: { status: 401 } });
});

test("the check needs the form's CSRF token", async () => {
  await expect(action(args(handle.db, admin, { handling: "kontroller" }))).rejects.toMatchObject({
    init: { status: 403 },
  });
  await expect(
    action(args(handle.db, admin, { _csrf: "feil", handling: "kontroller" })),
  ).rejects.toMatchObject({
    init: { status: 403 },
  });
});

test("the check reports an intact log, and writes no audit rows itself", async () => {
  await recordAccess(handle.db, staff("saksbehandler"), null, [
    { personId: randomUUID(), kategori: "sak", handling: "les", ressurs: "sak:1" },
  ]);
  const before = await countAudit(handle.db);
  const result = await action(args(handle.db, admin, { _csrf: CSRF, handling: "kontroller" }));
  expect(result).toMatchObject({ ok: true, rader: before });
  expect(await countAudit(handle.db, admin.id)).toBe(0);
});

test("the check reports where a tampered log breaks", async () => {
  class Rollback extends Error {}
  let result: unknown;
  await expect(
    owner.db.transaction().execute(async (trx) => {
      const personId = randomUUID();
      for (let i = 0; i < 3; i++) {
        await recordAccess(trx, staff("saksbehandler"), null, [
          { personId, kategori: "helse", handling: "les", ressurs: `person:${i}` },
        ]);
      }
      const rows = await trx
        .selectFrom("audit_logg")
        .select("seq")
        .where("person_id", "=", personId)
        .orderBy("seq")
        .execute();
      await sql`alter table audit_logg disable trigger user`.execute(trx);
      await sql`update audit_logg set handling = 'slett' where seq = ${rows[1]!.seq}`.execute(trx);
      result = await action(args(trx, admin, { _csrf: CSRF, handling: "kontroller" }));
      expect(result).toMatchObject({ ok: false, seq: Number(rows[1]!.seq), grunn: "endret" });
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
  expect(result).toBeDefined();
});
