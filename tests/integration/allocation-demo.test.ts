import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { ensureDemoData } from "../../app/db/demo/ensure.server";
import { getRound } from "../../app/modules/allocation/get-round.server";
import { createTestDb } from "../helpers/db";
import { staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const TODAY = "2026-11-20";
const logger = { info: () => {} };

beforeAll(async () => {
  handle = await createTestDb();
  await ensureDemoData(handle.db, { demoData: "small", demoSeed: 7 }, logger, TODAY);
}, 240_000);
afterAll(async () => {
  await handle.close();
});

test("the demo Oslo has allocation rounds and offers, and every open round gets an optimal suggestion", async () => {
  const runder = await handle.db
    .selectFrom("tildelingsrunde")
    .select(["id", "bydel_id", "status"])
    .orderBy("id")
    .execute();
  expect(runder.some((r) => r.status === "apen")).toBe(true);
  expect(await handle.db.selectFrom("tilbud").select("id").execute()).not.toHaveLength(0);
  for (const r of runder.filter((x) => x.status === "apen")) {
    const sb = staff("saksbehandler", r.bydel_id);
    const runde = await getRound({ db: handle.db, actor: sb, requestId: null, rundeId: r.id });
    expect(runde.forslag?.status).toBe("optimal");
    // Every unit has a suggested household, or the engine says why nobody can take it.
    for (const b of runde.boliger) expect(b.forslag !== null || b.ikkeTildeltGrunn !== null, b.id).toBe(true);
  }
  // Offered units are the stock's reserved ones; the demo never changes the housing stock.
  const offered = await handle.db
    .selectFrom("tilbud as t")
    .innerJoin("bolig as b", "b.id", "t.bolig_id")
    .select("b.status")
    .execute();
  expect(new Set(offered.map((o) => o.status))).toEqual(new Set(["reservert"]));
});
