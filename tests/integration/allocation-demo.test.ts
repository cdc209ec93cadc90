import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { ensureDemoData } from "../../app/db/demo/ensure.server";
import { getRound } from "../../app/modules/allocation/get-round.server";
import { listRounds } from "../../app/modules/allocation/list-rounds.server";
import { createTestDb } from "../helpers/db";
import { staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const TODAY = "2026-11-20";
const logger = { info: () => {} };

beforeAll(async () => {
  handle = await createTestDb();
  await ensureDemoData(handle.db, { demoData: "small", demoSeed: 20240101 }, logger, TODAY);
}, 240_000);
afterAll(async () => {
  await handle.close();
});

test("the demo Oslo has open rounds and offers in Sagene and Stovner, and the open round gets an optimal suggestion", async () => {
  for (const bydel of ["sagene", "stovner"]) {
    const sb = staff("saksbehandler", bydel);
    const { runder, ledige } = await listRounds({ db: handle.db, actor: sb, requestId: null });
    expect(
      runder.map((r) => r.status),
      bydel,
    ).toContain("avsluttet");
    if (bydel === "sagene")
      expect(ledige.length, "vacant units left for a new round").toBeGreaterThanOrEqual(3);
    const tilbud = await handle.db
      .selectFrom("tilbud")
      .select("status")
      .where("bydel_id", "=", bydel)
      .execute();
    expect(tilbud.map((t) => t.status)).toContain("sendt");
    const apen = runder.find((r) => r.status === "apen")!;
    const runde = await getRound({ db: handle.db, actor: sb, requestId: null, rundeId: apen.id });
    expect(runde.forslag?.status).toBe("optimal");
    // Every unit has a suggested household, or the engine says why nobody can take it.
    for (const b of runde.boliger) expect(b.forslag !== null || b.ikkeTildeltGrunn !== null, b.id).toBe(true);
  }
  // The personas keep their homes.
  const personaLeases = await handle.db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .innerJoin("person as p", "p.id", "m.person_id")
    .select("p.fodselsnummer")
    .where("lk.status", "=", "aktiv")
    .where("p.fodselsnummer", "in", ["12899040463", "05817540165"])
    .execute();
  expect(new Set(personaLeases.map((l) => l.fodselsnummer)).size).toBe(2);
});
