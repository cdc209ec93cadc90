import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { generateDemoCases } from "../../app/db/demo/cases.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { generateDemoLeiekontrakt } from "../../app/db/demo/leiekontrakt.server";
import { BYDELER } from "../../app/db/reference/bydeler";
import { listRenewalWorklist } from "../../app/modules/leiekontrakt/list-renewal-worklist.server";
import { createTestDb } from "../helpers/db";
import * as f from "./housing-stock-fixtures";

const TODAY = "2026-11-22";
const SEED = 4242;
let small: DatabaseHandle;

beforeAll(async () => {
  small = await createTestDb();
  await generateDemoData(small.db, { seed: SEED, size: "small", today: TODAY });
  await generateDemoCases(small.db, { seed: SEED, size: "small", today: TODAY });
  await generateDemoLeiekontrakt(small.db, { seed: SEED, size: "small", today: TODAY });
}, 120_000);
afterAll(async () => {
  await small?.close();
});

test("the renewal worklist has rows in most districts (Sagene and Stovner always), housing plans in all", async () => {
  const medRader: string[] = [];
  for (const bydel of BYDELER) {
    const { rader } = await listRenewalWorklist({
      db: small.db,
      actor: f.actor("saksbehandler", bydel.id),
      requestId: null,
      now: () => new Date(`${TODAY}T10:00:00Z`),
    });
    if (rader.length > 0) medRader.push(bydel.id);
  }
  // The small demo has about 25 leases a district; the full demo (about 700) fills every district's window.
  expect(medRader).toEqual(expect.arrayContaining(["sagene", "stovner"]));
  expect(medRader.length).toBeGreaterThanOrEqual(12);
  const { rows } = await sql<{ bydel_id: string; n: number }>`
    select bydel_id, count(*)::int as n from boplan group by bydel_id`.execute(small.db);
  expect(rows.length).toBe(BYDELER.length);
  const { rows: amina } = await sql<{ maal: string }>`
    select b.maal from boplan b join husstand_medlem m on m.husstand_id = b.husstand_id
    join person p on p.id = m.person_id where p.fornavn = 'Amina' and p.etternavn = 'Hassan'`.execute(
    small.db,
  );
  expect(amina.map((a) => a.maal)).toContain("kjope_startlan");
});

test("the same seed gives the same plans", async () => {
  const digest = async (db: DatabaseHandle["db"]) => {
    const { rows } = await sql<{ row: string }>`
      select concat_ws('|', b.id, b.husstand_id, b.maal, b.neste_gjennomgang, s.id, s.frist) as row
      from boplan b left join boplan_steg s on s.boplan_id = b.id order by 1`.execute(db);
    return createHash("sha256")
      .update(rows.map((r) => r.row).join("\n"))
      .digest("hex");
  };
  const andre = await createTestDb();
  try {
    await generateDemoData(andre.db, { seed: SEED, size: "small", today: TODAY });
    await generateDemoCases(andre.db, { seed: SEED, size: "small", today: TODAY });
    await generateDemoLeiekontrakt(andre.db, { seed: SEED, size: "small", today: TODAY });
    expect(await digest(andre.db)).toBe(await digest(small.db));
  } finally {
    await andre.close();
  }
}, 120_000);
