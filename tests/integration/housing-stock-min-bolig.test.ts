import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { getMinBolig } from "../../app/modules/housing-stock/get-min-bolig.server";
import { createTestDb } from "../helpers/db";
import * as f from "./housing-stock-fixtures";

let handle: DatabaseHandle;
let db: Db;
let amina: string;
let barn: string;
let utenKontrakt: string;
let boligId: string;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await f.bydel(db, "sagene", 3, "Sagene", 46000);
  await f.bydel(db, "stovner", 11, "Stovner", 34000);
  const e = await f.eiendom(db, "sagene", "Sandakerveien 10");
  const b = await f.bygning(db, e);
  const o = await f.oppgang(db, "sagene", e, b, "Sandakerveien 10 A");
  boligId = await f.bolig(db, { bydelId: "sagene", eiendomId: e, oppgangId: o }, "H0203");
  const annen = await f.bolig(db, { bydelId: "sagene", eiendomId: e, oppgangId: o }, "H0101");

  amina = await f.person(db, "Amina", "Hassan", "1986-04-02");
  barn = await f.person(db, "Sara", "Hassan", "2015-06-01");
  const h = await f.husstand(db, "sagene", [
    { personId: amina, rolle: "hovedperson" },
    { personId: barn, rolle: "barn" },
  ]);
  await f.leiekontrakt(db, boligId, h, "2018-03-01", {
    sluttdato: "2023-02-28",
    status: "avsluttet",
    husleie: 8000,
  });
  await f.leiekontrakt(db, boligId, h, "2023-03-01", { sluttdato: null, husleie: 10450 });

  // A resident whose only lease has ended (their household is in Stovner).
  utenKontrakt = await f.person(db, "Piotr", "Nowak", "1975-05-05");
  const h2 = await f.husstand(db, "stovner", [{ personId: utenKontrakt, rolle: "hovedperson" }]);
  await f.leiekontrakt(db, annen, h2, "2015-01-01", { sluttdato: "2020-12-31", status: "avsluttet" });
});

afterAll(async () => {
  await handle.close();
});

test("a resident sees their own unit, the active lease and the district's contact card, and it is audited", async () => {
  const før = (await f.auditRows(db)).length;
  const side = await getMinBolig({ db, actor: f.actor("beboer", null, amina), requestId: "req-min" });
  expect(side.bolig).toEqual({
    gateadresse: "Sandakerveien 10 A",
    postnummer: "0401",
    poststed: "OSLO",
    bolignummer: "H0203",
    rom: 2,
    arealM2: 48.5,
    etasje: 2,
  });
  expect(side.leiekontrakt).toEqual({ startdato: "2023-03-01", sluttdato: null, husleieKr: 10450 });
  expect(side.kontakter.bomiljokoordinator?.tittel).toBe("Bomiljøkoordinator i Bydel Sagene");
  expect(side.kontakter.nodnumre.map((n) => n.nummer)).toEqual(["110", "112", "113"]);
  expect(side.kontakter.vaktsentral.telefon).toMatch(/^\d{2} \d{2} \d{2} \d{2}$/);

  const nye = (await f.auditRows(db)).slice(før);
  expect(nye).toHaveLength(1);
  expect(nye[0]).toMatchObject({
    person_id: amina,
    kategori: "leieforhold",
    handling: "les",
    ressurs: `bolig:${boligId}`,
    aktor_rolle: "beboer",
    request_id: "req-min",
  });
});

test("a child in the household finds the same lease through their membership", async () => {
  const side = await getMinBolig({ db, actor: f.actor("beboer", null, barn), requestId: null });
  expect(side.bolig?.bolignummer).toBe("H0203");
});

test("a resident without an active lease gets no unit, but still their district's contacts", async () => {
  const før = (await f.auditRows(db)).length;
  const side = await getMinBolig({ db, actor: f.actor("beboer", null, utenKontrakt), requestId: null });
  expect(side.bolig).toBeNull();
  expect(side.leiekontrakt).toBeNull();
  expect(side.bydel).toEqual({ id: "stovner", navn: "Stovner" });
  expect(side.kontakter.bomiljokoordinator?.tittel).toBe("Bomiljøkoordinator i Bydel Stovner");
  expect((await f.auditRows(db)).length).toBe(før);
});

test("a resident with no person row linked gets the general contacts only", async () => {
  const side = await getMinBolig({ db, actor: f.actor("beboer", null, null), requestId: null });
  expect(side).toMatchObject({ bolig: null, leiekontrakt: null, bydel: null });
  expect(side.kontakter.bomiljokoordinator).toBeNull();
  expect(side.kontakter.kundesenter.tittel).toBe("Boligbygg kundesenter");
});

test("staff cannot use the resident's page", async () => {
  await expect(
    getMinBolig({ db, actor: f.actor("saksbehandler", "sagene", amina), requestId: null }),
  ).rejects.toMatchObject({ init: { status: 403 } });
});
