import { sql } from "kysely";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle } from "../../app/db/connection.server";
import {
  alleKolonner,
  erSaerlig,
  harPersonopplysninger,
  klasseFor,
  kolonnerMedKlasse,
} from "../../app/db/classification";

/**
 * Every column of every table in the migrated database must be classified in
 * app/db/classification.ts, and every classified column must exist: a new
 * column cannot slip in unclassified, and the list cannot go stale.
 */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function databaseColumns(): Promise<string[]> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public'
      and t.table_type = 'BASE TABLE'
      and c.table_name not like 'kysely_migrasjon%'
    order by c.table_name, c.ordinal_position`.execute(handle.db);
  return rows.map((r) => `${r.table_name}.${r.column_name}`);
}

test("every column in the database is classified", async () => {
  const columns = await databaseColumns();
  expect(columns.length).toBeGreaterThan(50);
  const missing = columns.filter((c) => {
    const [tabell, kolonne] = c.split(".") as [string, string];
    return !klasseFor(tabell, kolonne);
  });
  expect(missing, "Klassifiser disse kolonnene i app/db/classification.ts").toEqual([]);
});

test("every classified column exists in the database", async () => {
  const columns = new Set(await databaseColumns());
  const stale = alleKolonner()
    .map((k) => `${k.tabell}.${k.kolonne}`)
    .filter((c) => !columns.has(c));
  expect(stale, "Disse kolonnene finnes ikke lenger; fjern dem fra app/db/classification.ts").toEqual([]);
});

test("every classification has a class and a reason", () => {
  for (const k of alleKolonner()) {
    expect(["ingen", "personopplysning", "saerlig"]).toContain(k.klasse);
    expect(k.grunn.trim().length, `${k.tabell}.${k.kolonne}`).toBeGreaterThan(3);
  }
});

test("the helpers answer from the list, and deny on doubt", () => {
  expect(klasseFor("person", "fodselsnummer")?.klasse).toBe("personopplysning");
  expect(klasseFor("person", "finnes_ikke")).toBeUndefined();
  expect(klasseFor("toString", "x")).toBeUndefined();
  expect(erSaerlig("husstand_oppfolging", "oppfolgingsbehov")).toBe(true);
  expect(erSaerlig("bolig", "status")).toBe(false);
  expect(erSaerlig("ukjent_tabell", "ukjent_kolonne")).toBe(true);
  expect(kolonnerMedKlasse("husstand_oppfolging", "saerlig")).toEqual(["oppfolgingsbehov", "registrert"]);
  expect(harPersonopplysninger("person")).toBe(true);
  expect(harPersonopplysninger("bolig")).toBe(false);
});
