import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { searchWorkQueue } from "../../app/modules/cases/search-work-queue.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { createTestDb } from "../helpers/db";
import { beboer, bydel, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const sagene = staff("saksbehandler", "sagene");
const alna = staff("saksbehandler", "alna");

beforeAll(async () => {
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "alna", 12);
});
afterAll(async () => {
  await handle.close();
});

const ctx = () => ({ db: handle.db, requestId: "req-sok" });

test("searches the work queue by saksnummer or by the start of the applicant's names, within the district", async () => {
  const ingrid = await submitApplication({
    ...ctx(),
    actor: beboer(await person(handle.db, "Ingrid")),
    input: soknad("sagene"),
  });
  await submitApplication({
    ...ctx(),
    actor: beboer(await person(handle.db, "Omar")),
    input: soknad("sagene"),
  });
  await submitApplication({
    ...ctx(),
    actor: beboer(await person(handle.db, "Ingvild")),
    input: soknad("alna"),
  });

  const saksnumre = async (actor = sagene, sok?: string) =>
    (await searchWorkQueue({ ...ctx(), actor, sok })).rader.map((rad) => rad.saksnummer);

  expect(await saksnumre(sagene, "ingr")).toEqual([ingrid.saksnummer]);
  expect(await saksnumre(sagene, "ING testes")).toEqual([ingrid.saksnummer]);
  expect(await saksnumre(sagene, "ingrid omar")).toEqual([]);
  expect(await saksnumre(sagene, ingrid.saksnummer)).toEqual([ingrid.saksnummer]);
  expect(await saksnumre(sagene, "%")).toHaveLength(2);
  // Ingvild's case is in Alna: a Sagene caseworker never finds it.
  expect(await saksnumre(sagene, "ingv")).toEqual([]);
  expect(await saksnumre(alna, "ingv")).toHaveLength(1);
});
