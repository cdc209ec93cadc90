import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import type { Db } from "../../app/db/connection.server";
import { getBolig } from "../../app/modules/housing-stock/get-bolig.server";
import { getBydel } from "../../app/modules/housing-stock/get-bydel.server";
import { getEiendom } from "../../app/modules/housing-stock/get-eiendom.server";
import { getOppgang } from "../../app/modules/housing-stock/get-oppgang.server";
import { listBydeler } from "../../app/modules/housing-stock/list-bydeler.server";
import { searchAdresser } from "../../app/modules/housing-stock/search-adresser.server";
import { createTestDb } from "../helpers/db";
import * as f from "./housing-stock-fixtures";

const IDAG = "2026-11-22";

const saksbehandlerSagene = f.actor("saksbehandler", "sagene");
const saksbehandlerStovner = f.actor("saksbehandler", "stovner");
const koordinatorSagene = f.actor("bomiljokoordinator", "sagene");
const oppfolgerSagene = f.actor("booppfolger", "sagene");
const forvalter = f.actor("forvalter", null);
const analytiker = f.actor("analytiker", null);
const beboer = f.actor("beboer", null);

let handle: DatabaseHandle;
let db: Db;
const ids = {} as {
  sagEiendom: string;
  sagSpredt: string;
  sagOppgang: string;
  sagBolig1: string;
  sagBolig3: string;
  stoEiendom: string;
  stoOppgang: string;
  stoBolig: string;
  voksen1: string;
  voksen2: string;
  barn1: string;
};

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await f.bydel(db, "sagene", 3, "Sagene", 46000);
  await f.bydel(db, "stovner", 11, "Stovner", 34000);

  // Sagene: one block with a hand-made stairwell, one scattered unit.
  ids.sagEiendom = await f.eiendom(db, "sagene", "Sandakerveien 10", { gateadresse: "Sandakerveien 10" });
  const bygg = await f.bygning(db, ids.sagEiendom);
  ids.sagOppgang = await f.oppgang(db, "sagene", ids.sagEiendom, bygg, "Sandakerveien 10 A");
  await f.oppgang(db, "sagene", ids.sagEiendom, bygg, "Sandakerveien 10 B");
  const s = { bydelId: "sagene", eiendomId: ids.sagEiendom, oppgangId: ids.sagOppgang };
  ids.sagBolig1 = await f.bolig(db, s, "H0101");
  const bolig2 = await f.bolig(db, s, "H0102");
  ids.sagBolig3 = await f.bolig(db, s, "H0201", "ledig");
  const bolig4 = await f.bolig(db, s, "H0202");

  ids.sagSpredt = await f.eiendom(db, "sagene", "Borettslaget Bjølsen", {
    type: "spredt",
    gateadresse: "Bjølsengata 4",
  });
  const sprBygg = await f.bygning(db, ids.sagSpredt, "Hovedbygning");
  const sprOppgang = await f.oppgang(db, "sagene", ids.sagSpredt, sprBygg, "Bjølsengata 4");
  await f.bolig(db, { bydelId: "sagene", eiendomId: ids.sagSpredt, oppgangId: sprOppgang }, "H0301", "ledig");

  // Household 1: two adults, children aged 5 and 17, needs follow-up.
  ids.voksen1 = await f.person(db, "Amina", "Hassan", "1986-04-02");
  ids.voksen2 = await f.person(db, "Yusuf", "Hassan", "1988-09-10");
  ids.barn1 = await f.person(db, "Sara", "Hassan", "2021-06-01");
  const barn2 = await f.person(db, "Omar", "Hassan", "2008-11-23"); // 17 until tomorrow
  const h1 = await f.husstand(
    db,
    "sagene",
    [
      { personId: ids.voksen1, rolle: "hovedperson" },
      { personId: ids.voksen2, rolle: "medsoker" },
      { personId: ids.barn1, rolle: "barn" },
      { personId: barn2, rolle: "barn" },
    ],
    true,
  );
  await f.leiekontrakt(db, ids.sagBolig1, h1, "2024-03-01", { sluttdato: "2029-02-28", husleie: 11250 });
  await f.leiekontrakt(db, ids.sagBolig1, h1, "2019-03-01", { sluttdato: "2024-02-29", status: "avsluttet" });

  // Household 2: one person aged 70, registered without follow-up need.
  const eldre = await f.person(db, "Kari", "Nordmann", "1956-01-15");
  const h2 = await f.husstand(db, "sagene", [{ personId: eldre, rolle: "hovedperson" }], false);
  await f.leiekontrakt(db, bolig2, h2, "2015-05-01");

  // Household 3: moved out of H0201 — must not count.
  const tidligere = await f.person(db, "Per", "Tidligere", "2015-01-01");
  const h3 = await f.husstand(db, "sagene", [{ personId: tidligere, rolle: "hovedperson" }], true);
  await f.leiekontrakt(db, ids.sagBolig3, h3, "2020-01-01", { sluttdato: "2025-12-31", status: "avsluttet" });

  // Household 4: one person turning 18 today (an adult) and one turning 67 today (67+).
  const atten = await f.person(db, "Ola", "Grense", "2008-11-22");
  const sekstisju = await f.person(db, "Eva", "Grense", "1959-11-22");
  const h4 = await f.husstand(db, "sagene", [
    { personId: sekstisju, rolle: "hovedperson" },
    { personId: atten, rolle: "annen" },
  ]);
  await f.leiekontrakt(db, bolig4, h4, "2023-08-01", { sluttdato: "2026-07-31" });

  // Stovner.
  ids.stoEiendom = await f.eiendom(db, "stovner", "Fossumberget 3");
  const stoBygg = await f.bygning(db, ids.stoEiendom);
  ids.stoOppgang = await f.oppgang(db, "stovner", ids.stoEiendom, stoBygg, "Fossumberget 3 A");
  ids.stoBolig = await f.bolig(
    db,
    { bydelId: "stovner", eiendomId: ids.stoEiendom, oppgangId: ids.stoOppgang },
    "H0101",
  );
  const stoPerson = await f.person(db, "Piotr", "Nowak", "1975-05-05");
  const h5 = await f.husstand(db, "stovner", [{ personId: stoPerson, rolle: "hovedperson" }], true);
  await f.leiekontrakt(db, ids.stoBolig, h5, "2022-01-01");
});

afterAll(async () => {
  await handle.close();
});

describe("scoping", () => {
  test("a Sagene caseworker gets null for a Stovner eiendom, oppgang and bolig", async () => {
    const a = saksbehandlerSagene;
    expect(await getEiendom({ db, actor: a, eiendomId: ids.stoEiendom })).toBeNull();
    expect(await getOppgang({ db, actor: a, oppgangId: ids.stoOppgang, idag: IDAG })).toBeNull();
    expect(await getBolig({ db, actor: a, requestId: "r", boligId: ids.stoBolig })).toBeNull();
    expect(await getBydel({ db, actor: a, bydelId: "stovner" })).toBeNull();
    // …and the same ids are found by the Stovner caseworker.
    expect(await getEiendom({ db, actor: saksbehandlerStovner, eiendomId: ids.stoEiendom })).not.toBeNull();
  });

  test("the forvalter sees every district", async () => {
    const bydeler = await listBydeler({ db, actor: forvalter });
    expect(bydeler.map((b) => b.id)).toEqual(["sagene", "stovner"]);
    expect(await getEiendom({ db, actor: forvalter, eiendomId: ids.stoEiendom })).not.toBeNull();
    expect(await getEiendom({ db, actor: forvalter, eiendomId: ids.sagEiendom })).not.toBeNull();
  });

  test("roles without the register (analyst, resident) see nothing", async () => {
    for (const a of [analytiker, beboer]) {
      expect(await listBydeler({ db, actor: a })).toEqual([]);
      expect(await getEiendom({ db, actor: a, eiendomId: ids.sagEiendom })).toBeNull();
      expect(await getOppgang({ db, actor: a, oppgangId: ids.sagOppgang, idag: IDAG })).toBeNull();
      expect(await getBolig({ db, actor: a, requestId: "r", boligId: ids.sagBolig1 })).toBeNull();
      const sok = await searchAdresser({ db, actor: a, sok: "Sandakerveien" });
      expect(sok).toEqual({ status: "ok", sok: "Sandakerveien", treff: [], flere: false });
    }
  });

  test("a district role without a district sees nothing", async () => {
    expect(await listBydeler({ db, actor: f.actor("saksbehandler", null) })).toEqual([]);
  });
});

describe("lists and counts", () => {
  test("the Sagene caseworker's district list has unit counts and vacancies", async () => {
    expect(await listBydeler({ db, actor: saksbehandlerSagene })).toEqual([
      { id: "sagene", nummer: 3, navn: "Sagene", boliger: 5, ledige: 2 },
    ]);
  });

  test("the district page lists addresses with type and counts, and filters by address", async () => {
    const side = await getBydel({ db, actor: saksbehandlerSagene, bydelId: "sagene" });
    expect(side?.eiendommer).toEqual([
      expect.objectContaining({ navn: "Borettslaget Bjølsen", type: "spredt", boliger: 1, ledige: 1 }),
      expect.objectContaining({ navn: "Sandakerveien 10", type: "gard", boliger: 4, ledige: 1 }),
    ]);
    const filtrert = await getBydel({
      db,
      actor: saksbehandlerSagene,
      bydelId: "sagene",
      sok: "bjølsengata",
    });
    expect(filtrert?.eiendommer.map((e) => e.navn)).toEqual(["Borettslaget Bjølsen"]);
    // A stairwell's street address finds its property too.
    const viaOppgang = await getBydel({ db, actor: saksbehandlerSagene, bydelId: "sagene", sok: "10 b" });
    expect(viaOppgang?.eiendommer.map((e) => e.navn)).toEqual(["Sandakerveien 10"]);
    const ingen = await getBydel({ db, actor: saksbehandlerSagene, bydelId: "sagene", sok: "100%" });
    expect(ingen?.eiendommer).toEqual([]);
  });

  test("the property page has buildings, stairwells and counts", async () => {
    const side = await getEiendom({ db, actor: koordinatorSagene, eiendomId: ids.sagEiendom });
    expect(side?.boliger).toBe(4);
    expect(side?.bygninger).toHaveLength(1);
    expect(side?.bygninger[0]?.oppganger).toEqual([
      { id: ids.sagOppgang, navn: "Oppgang", gateadresse: "Sandakerveien 10 A", boliger: 4, ledige: 1 },
      expect.objectContaining({ gateadresse: "Sandakerveien 10 B", boliger: 0, ledige: 0 }),
    ]);
  });
});

describe("search", () => {
  test("needs at least two characters", async () => {
    expect(await searchAdresser({ db, actor: saksbehandlerSagene, sok: " s " })).toEqual({
      status: "for_kort",
      sok: "s",
    });
    expect(await searchAdresser({ db, actor: saksbehandlerSagene, sok: "" })).toEqual({ status: "tomt" });
  });

  test("finds properties and stairwells case-insensitively, only in the actor's districts", async () => {
    const sagene = await searchAdresser({ db, actor: saksbehandlerSagene, sok: "sandaKER" });
    expect(sagene.status === "ok" && sagene.treff.map((t) => `${t.type}:${t.tekst}`)).toEqual([
      "eiendom:Sandakerveien 10",
      "oppgang:Sandakerveien 10 A",
      "oppgang:Sandakerveien 10 B",
    ]);
    const fossum = await searchAdresser({ db, actor: saksbehandlerSagene, sok: "Fossum" });
    expect(fossum).toEqual({ status: "ok", sok: "Fossum", treff: [], flere: false });
    const forvalterSok = await searchAdresser({ db, actor: forvalter, sok: "fossum" });
    expect(forvalterSok.status === "ok" && forvalterSok.treff.map((t) => t.bydel.id)).toEqual([
      "stovner",
      "stovner",
    ]);
  });

  test("prefix matches come first; wildcards are taken literally", async () => {
    const treff = await searchAdresser({ db, actor: saksbehandlerSagene, sok: "bjøl" });
    // "Bjølsengata 4" starts with the text; "Borettslaget Bjølsen" only contains it.
    expect(treff.status === "ok" && treff.treff.map((t) => t.tekst)).toEqual([
      "Bjølsengata 4",
      "Borettslaget Bjølsen",
    ]);
    const wildcard = await searchAdresser({ db, actor: forvalter, sok: "%%" });
    expect(wildcard.status === "ok" && wildcard.treff).toEqual([]);
  });

  test("stops at 50 hits and says there were more", async () => {
    const e = await f.eiendom(db, "stovner", "Mange Treff gård");
    const b = await f.bygning(db, e);
    for (let i = 0; i < 55; i++) await f.oppgang(db, "stovner", e, b, `Treffveien ${i + 1}`);
    const result = await searchAdresser({ db, actor: forvalter, sok: "treff" });
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.treff).toHaveLength(50);
    expect(result.flere).toBe(true);
    const sagene = await searchAdresser({ db, actor: saksbehandlerSagene, sok: "treff" });
    expect(sagene.status === "ok" && sagene.treff).toEqual([]);
  });
});

describe("stairwell composition", () => {
  test("counts households, persons, children, 67+ and follow-up need from active leases", async () => {
    const side = await getOppgang({ db, actor: koordinatorSagene, oppgangId: ids.sagOppgang, idag: IDAG });
    expect(side?.sammensetning).toEqual({ husstander: 3, personer: 7, barn: 2, eldre: 2, oppfolging: 1 });
    expect(side?.boliger.map((b) => `${b.bolignummer}:${b.status}`)).toEqual([
      "H0101:utleid",
      "H0102:utleid",
      "H0201:ledig",
      "H0202:utleid",
    ]);
    const oppfolger = await getOppgang({ db, actor: oppfolgerSagene, oppgangId: ids.sagOppgang, idag: IDAG });
    expect(oppfolger?.sammensetning?.husstander).toBe(3);
  });

  test("the day after, the 17-year-old is an adult", async () => {
    const side = await getOppgang({
      db,
      actor: koordinatorSagene,
      oppgangId: ids.sagOppgang,
      idag: "2026-11-23",
    });
    expect(side?.sammensetning?.barn).toBe(1);
  });

  test("the forvalter gets units but no composition key at all", async () => {
    const side = await getOppgang({ db, actor: forvalter, oppgangId: ids.sagOppgang, idag: IDAG });
    expect(side?.boliger).toHaveLength(4);
    expect(side).not.toHaveProperty("sammensetning");
    const json = JSON.stringify(side);
    for (const ord of ["sammensetning", "husstander", "barn", "eldre", "oppfolging", "personer"]) {
      expect(json).not.toContain(ord);
    }
  });

  test("reading counts writes no audit row", async () => {
    const før = (await f.auditRows(db)).length;
    await getOppgang({ db, actor: koordinatorSagene, oppgangId: ids.sagOppgang, idag: IDAG });
    await getEiendom({ db, actor: koordinatorSagene, eiendomId: ids.sagEiendom });
    await listBydeler({ db, actor: koordinatorSagene });
    expect((await f.auditRows(db)).length).toBe(før);
  });
});

describe("unit and lease", () => {
  test("the bomiljøkoordinator gets the unit's facts but no lease, parties or history", async () => {
    const før = (await f.auditRows(db)).length;
    const side = await getBolig({ db, actor: koordinatorSagene, requestId: "r1", boligId: ids.sagBolig1 });
    expect(side?.bolig.bolignummer).toBe("H0101");
    expect(side).not.toHaveProperty("leieforhold");
    expect(side).not.toHaveProperty("historikk");
    expect(JSON.stringify(side)).not.toContain("Hassan");
    expect((await f.auditRows(db)).length).toBe(før);
  });

  test("the Sagene caseworker gets the active lease with the adult parties, and each is audited", async () => {
    const før = (await f.auditRows(db)).length;
    const side = await getBolig({
      db,
      actor: saksbehandlerSagene,
      requestId: "req-bolig",
      boligId: ids.sagBolig1,
    });
    expect(side?.leieforhold).toEqual({
      startdato: "2024-03-01",
      sluttdato: "2029-02-28",
      husleieKr: 11250,
      parter: [
        { navn: "Amina Hassan", rolle: "hovedperson" },
        { navn: "Yusuf Hassan", rolle: "medsoker" },
      ],
    });
    expect(side?.historikk?.map((h) => h.startdato)).toEqual(["2024-03-01", "2019-03-01"]);
    expect(JSON.stringify(side?.historikk)).not.toContain("Hassan");
    // Children are not lease parties and are not shown.
    expect(JSON.stringify(side)).not.toContain("Sara");

    const nye = (await f.auditRows(db)).slice(før);
    expect(
      nye
        .map(
          (r) => `${r.person_id}|${r.kategori}|${r.handling}|${r.ressurs}|${r.aktor_rolle}|${r.request_id}`,
        )
        .sort(),
    ).toEqual(
      [
        `${ids.voksen1}|personalia|les|bolig:${ids.sagBolig1}|saksbehandler|req-bolig`,
        `${ids.voksen1}|leieforhold|les|bolig:${ids.sagBolig1}|saksbehandler|req-bolig`,
        `${ids.voksen2}|personalia|les|bolig:${ids.sagBolig1}|saksbehandler|req-bolig`,
        `${ids.voksen2}|leieforhold|les|bolig:${ids.sagBolig1}|saksbehandler|req-bolig`,
      ].sort(),
    );
    expect(nye.some((r) => r.person_id === ids.barn1)).toBe(false);
  });

  test("the forvalter gets units and leases in any district but no composition", async () => {
    const side = await getBolig({ db, actor: forvalter, requestId: "r2", boligId: ids.stoBolig });
    expect(side?.leieforhold?.parter).toEqual([{ navn: "Piotr Nowak", rolle: "hovedperson" }]);
    expect(JSON.stringify(side)).not.toMatch(/oppfolg|sammensetning/i);
  });

  test("a vacant unit has no active lease but keeps its history", async () => {
    const før = (await f.auditRows(db)).length;
    const side = await getBolig({ db, actor: saksbehandlerSagene, requestId: "r3", boligId: ids.sagBolig3 });
    expect(side?.leieforhold).toBeNull();
    expect(side?.historikk).toEqual([
      { startdato: "2020-01-01", sluttdato: "2025-12-31", avsluttetDato: "2025-12-31", status: "avsluttet" },
    ]);
    expect((await f.auditRows(db)).length).toBe(før);
  });
});
