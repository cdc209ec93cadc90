import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle } from "../../app/db/connection.server";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

test("a transaction on the embedded database is not entered by concurrent queries", async () => {
  const { db } = handle;
  await db
    .insertInto("bydel")
    .values({ id: "test", nummer: 99, navn: "Test", innbyggere: 1 })
    .onConflict((c) => c.doNothing())
    .execute();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const trx = db.transaction().execute(async (trx) => {
    await trx.updateTable("bydel").set({ innbyggere: 2 }).where("id", "=", "test").execute();
    await gate;
    throw new Error("rull tilbake");
  });
  const outside = db
    .selectFrom("bydel")
    .select("innbyggere")
    .where("id", "=", "test")
    .executeTakeFirstOrThrow();
  release();
  await expect(trx).rejects.toThrow("rull tilbake");
  // The outside read waited for the transaction and saw the rolled-back value.
  expect((await outside).innbyggere).toBe(1);
});
