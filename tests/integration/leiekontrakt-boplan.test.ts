import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { commentOnBoplan } from "../../app/modules/leiekontrakt/comment-on-boplan.server";
import { editBoplan } from "../../app/modules/leiekontrakt/edit-boplan.server";
import { getBoplan } from "../../app/modules/leiekontrakt/get-boplan.server";
import { getOwnBoplan } from "../../app/modules/leiekontrakt/get-own-boplan.server";
import { listBoplaner } from "../../app/modules/leiekontrakt/list-boplaner.server";
import { createTestDb } from "../helpers/db";
import { forventFeil, lagKlokke } from "./cases-fixtures";
import * as f from "./housing-stock-fixtures";

let handle: DatabaseHandle;
let db: Db;
let amina: string;
let husstand: string;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = f.actor("saksbehandler", "sagene");
const bo = f.actor("booppfolger", "sagene");

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await f.bydel(db, "sagene", 3, "Sagene", 46000);
  await f.bydel(db, "stovner", 11, "Stovner", 34000);
  const e = await f.eiendom(db, "sagene", "Sandakerveien 10");
  const b = await f.bygning(db, e);
  const o = await f.oppgang(db, "sagene", e, b, "Sandakerveien 10 A");
  const boligId = await f.bolig(db, { bydelId: "sagene", eiendomId: e, oppgangId: o }, "H0203");
  amina = await f.person(db, "Amina", "Hassan", "1986-04-02");
  husstand = await f.husstand(db, "sagene", [{ personId: amina, rolle: "hovedperson" }]);
  await f.leiekontrakt(db, boligId, husstand, "2023-08-01", { sluttdato: "2026-07-31", husleie: 10450 });
});
afterAll(async () => {
  await handle.close();
});

const ctx = () => ({ db, requestId: "req-bp", now: klokke.now });

test("the caseworker makes a plan (once), the follow-up worker adds a step, a stale save is refused", async () => {
  const side = await getBoplan({ ...ctx(), actor: sb, husstandId: husstand });
  expect(side.plan).toBeNull();
  // The six-month notice point (2026-01-31) has passed, so the suggested review is a year from today.
  expect(side.forslagGjennomgang).toBe("2027-03-02");
  const opprett = {
    type: "opprett" as const,
    maal: "kjope_startlan" as const,
    maalBeskrivelse: "Vil kjøpe med startlån.",
    nesteGjennomgang: "2026-05-01",
  };
  const [a, b] = await Promise.all([
    editBoplan({ ...ctx(), actor: sb, husstandId: husstand, endring: opprett }),
    editBoplan({ ...ctx(), actor: sb, husstandId: husstand, endring: opprett }),
  ]);
  expect([a.versjon, b.versjon]).toEqual([1, 1]);
  const steg = {
    type: "steg" as const,
    versjon: 1,
    beskrivelse: "Søke om startlån",
    ansvarlig: "leietaker" as const,
    frist: "2026-06-01",
  };
  expect((await editBoplan({ ...ctx(), actor: bo, husstandId: husstand, endring: steg })).versjon).toBe(2);
  await forventFeil(editBoplan({ ...ctx(), actor: sb, husstandId: husstand, endring: steg }), "konflikt");
  await forventFeil(
    editBoplan({ ...ctx(), actor: f.actor("saksbehandler", "stovner"), husstandId: husstand, endring: steg }),
    "ikke_funnet",
  );
  await forventFeil(
    getBoplan({ ...ctx(), actor: f.actor("forvalter", null), husstandId: husstand }),
    "ikke_tilgang",
  );
  const plan = (await getBoplan({ ...ctx(), actor: sb, husstandId: husstand })).plan!;
  await editBoplan({
    ...ctx(),
    actor: sb,
    husstandId: husstand,
    endring: { type: "fullfor", versjon: plan.versjon, stegId: plan.steg[0]!.id },
  });
  await editBoplan({
    ...ctx(),
    actor: sb,
    husstandId: husstand,
    endring: { type: "gjennomgatt", versjon: plan.versjon + 1, nesteGjennomgang: "2029-01-31" },
  });
  const etter = (await getBoplan({ ...ctx(), actor: sb, husstandId: husstand })).plan!;
  expect(etter).toMatchObject({ sistGjennomgatt: "2026-03-02", nesteGjennomgang: "2029-01-31", versjon: 4 });
  expect(etter.steg[0]!.fullfort).toBe("2026-03-02");
  expect((await listBoplaner({ ...ctx(), actor: bo })).map((r) => r.leietaker)).toEqual(["Amina Hassan"]);
});

test("the tenant sees their own plan and comments on it; the comment is marked as theirs", async () => {
  const beboer = { ...f.actor("beboer", null, amina), navn: "Amina Hassan" };
  const plan = await getOwnBoplan({ ...ctx(), actor: beboer });
  expect(plan?.maal).toBe("kjope_startlan");
  await forventFeil(commentOnBoplan({ ...ctx(), actor: beboer, tekst: "   " }), "ugyldig");
  await commentOnBoplan({ ...ctx(), actor: beboer, tekst: "Jeg har begynt å spare." });
  const etter = await getOwnBoplan({ ...ctx(), actor: beboer });
  expect(etter?.kommentarer.map((k) => [k.navn, k.fraLeietaker, k.tekst])).toEqual([
    ["Amina Hassan", true, "Jeg har begynt å spare."],
  ]);
  const annen = f.actor("beboer", null, await f.person(db, "Ola", "Uten", "1970-01-01"));
  expect(await getOwnBoplan({ ...ctx(), actor: annen })).toBeNull();
  await forventFeil(commentOnBoplan({ ...ctx(), actor: annen, tekst: "Hei" }), "ikke_funnet");
});
