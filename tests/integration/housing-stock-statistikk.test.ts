import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import type { BoligStatus } from "../../app/db/schema";
import { minusMaaneder } from "../../app/modules/housing-stock/format";
import { getDistriktsstatistikk } from "../../app/modules/housing-stock/get-distriktsstatistikk.server";
import { statistikkCsv } from "../../app/modules/housing-stock/statistikk-csv";
import { createTestDb } from "../helpers/db";
import * as f from "./housing-stock-fixtures";

const IDAG = "2026-11-22";
const analytiker = f.actor("analytiker", null);

/** n units in one stairwell of a new property in the district. */
async function boliger(db: Db, bydelId: string, statuser: BoligStatus[]) {
  const e = await f.eiendom(db, bydelId, `Statistikkgården ${bydelId}`);
  const b = await f.bygning(db, e);
  const o = await f.oppgang(db, bydelId, e, b, `Statistikkveien ${bydelId}`);
  const ids: string[] = [];
  for (const [i, status] of statuser.entries()) {
    ids.push(await f.bolig(db, { bydelId, eiendomId: e, oppgangId: o }, `H${String(100 + i)}`, status));
  }
  return ids;
}

async function nyHusstand(db: Db, bydelId: string, navn: string) {
  const p = await f.person(db, navn, "Statistikk", "1980-01-01");
  return f.husstand(db, bydelId, [{ personId: p, rolle: "hovedperson" }]);
}

const gjenta = <T>(n: number, verdi: T): T[] => Array.from({ length: n }, () => verdi);

describe("district statistics with small-cell suppression", () => {
  let handle: DatabaseHandle;
  let db: Db;
  const alleBoligIder: string[] = [];

  beforeAll(async () => {
    handle = await createTestDb();
    db = handle.db;
    await f.bydel(db, "sagene", 3, "Sagene", 46000);
    await f.bydel(db, "ullern", 6, "Ullern", 35000);

    // Sagene: 25 units — 14 let, 10 vacant, 1 reserved.
    const sag = await boliger(db, "sagene", [
      ...gjenta<BoligStatus>(14, "utleid"),
      ...gjenta<BoligStatus>(10, "ledig"),
      "reservert",
    ]);
    alleBoligIder.push(...sag);
    // 11 new households moved in within the last 12 months (the first on the day after the window opens).
    for (let i = 0; i < 11; i++) {
      const h = await nyHusstand(db, "sagene", `Ny${i}`);
      const start = i === 0 ? "2025-11-23" : `2026-${String(i).padStart(2, "0")}-01`;
      await f.leiekontrakt(db, sag[i]!, h, start);
    }
    // 3 renewals by the same household: lease starts, but no change of tenant.
    for (let i = 11; i < 14; i++) {
      const h = await nyHusstand(db, "sagene", `Fornyer${i}`);
      await f.leiekontrakt(db, sag[i]!, h, "2021-03-01", { sluttdato: "2026-02-28", status: "avsluttet" });
      await f.leiekontrakt(db, sag[i]!, h, "2026-03-01");
    }
    // Outside the window: a lease starting exactly 12 months ago, and one starting in the future.
    const gammel = await nyHusstand(db, "sagene", "Gammel");
    await f.leiekontrakt(db, sag[14]!, gammel, "2025-11-22", {
      sluttdato: "2026-05-01",
      status: "avsluttet",
    });
    const fremtid = await nyHusstand(db, "sagene", "Fremtid");
    await f.leiekontrakt(db, sag[24]!, fremtid, "2026-12-01");

    // Ullern: 5 units, 2 new leases — every cell built on them must be hidden.
    const ull = await boliger(db, "ullern", ["utleid", "utleid", "ledig", "ledig", "ledig"]);
    alleBoligIder.push(...ull);
    for (let i = 0; i < 2; i++) {
      await f.leiekontrakt(db, ull[i]!, await nyHusstand(db, "ullern", `Ull${i}`), "2026-06-01");
    }
  });

  afterAll(async () => {
    await handle.close();
  });

  test("the 12-month window ends today and starts the day after the same date last year", () => {
    expect(minusMaaneder(IDAG, 12)).toBe("2025-11-22");
    expect(minusMaaneder("2024-02-29", 12)).toBe("2023-02-28");
  });

  test("shows cells with a basis of at least 10 and hides the rest", async () => {
    const stat = await getDistriktsstatistikk({ db, actor: analytiker, idag: IDAG });
    expect(stat.grense).toBe(10);
    expect([stat.fraOgMed, stat.til]).toEqual(["2025-11-23", "2026-11-22"]);
    expect(stat.rader).toEqual([
      {
        bydelId: "sagene",
        bydel: "Sagene",
        innbyggere: 46000,
        boliger: 25,
        boligerPer1000: 0.5,
        ledige: 10,
        nyeKontrakter: 14,
        gjennomtrekkProsent: 44,
      },
      {
        bydelId: "ullern",
        bydel: "Ullern",
        innbyggere: 35000,
        boliger: null,
        boligerPer1000: null,
        ledige: null,
        nyeKontrakter: null,
        gjennomtrekkProsent: null,
      },
    ]);
    // Oslo in total would reveal Ullern by subtraction, so those columns are hidden there too.
    expect(stat.sum).toEqual({
      bydelId: null,
      bydel: "Oslo i alt",
      innbyggere: 81000,
      boliger: null,
      boligerPer1000: null,
      ledige: null,
      nyeKontrakter: null,
      gjennomtrekkProsent: null,
    });
  });

  test("the analyst gets no row about a person or a unit", async () => {
    const json = JSON.stringify(await getDistriktsstatistikk({ db, actor: analytiker, idag: IDAG }));
    for (const id of alleBoligIder) expect(json).not.toContain(id);
    expect(json).not.toMatch(/Statistikk|Ny0|H100/);
  });

  test("only roles with statistikk.les may read it", async () => {
    for (const rolle of ["saksbehandler", "forvalter", "bomiljokoordinator", "beboer"] as const) {
      await expect(
        getDistriktsstatistikk({ db, actor: f.actor(rolle, "sagene"), idag: IDAG }),
      ).rejects.toMatchObject({
        init: { status: 403 },
      });
    }
    await expect(
      getDistriktsstatistikk({ db, actor: f.actor("leder", null), idag: IDAG }),
    ).resolves.toBeTruthy();
  });

  test("the CSV file carries the same permitted figures, Norwegian headers and decimal comma", async () => {
    const csv = statistikkCsv(await getDistriktsstatistikk({ db, actor: analytiker, idag: IDAG }));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Bydel;Innbyggere;Kommunale boliger;Boliger per 1 000 innbyggere;Ledige boliger;" +
        "Nye leiekontrakter siste 12 måneder;Gjennomtrekk (%)",
      "Sagene;46000;25;0,5;10;14;44,0",
      "Ullern;35000;–;–;–;–;–",
      "Oslo i alt;81000;–;–;–;–;–",
      "",
    ]);
  });
});

describe("totals when no district is hidden", () => {
  let handle: DatabaseHandle;
  let db: Db;

  beforeAll(async () => {
    handle = await createTestDb();
    db = handle.db;
    await f.bydel(db, "stovner", 11, "Stovner", 34000);
    await f.bydel(db, "grorud", 10, "Grorud", 28000);
    const sto = await boliger(db, "stovner", gjenta<BoligStatus>(20, "utleid"));
    const gro = await boliger(db, "grorud", [
      ...gjenta<BoligStatus>(12, "utleid"),
      ...gjenta<BoligStatus>(10, "ledig"),
    ]);
    for (let i = 0; i < 10; i++)
      await f.leiekontrakt(db, sto[i]!, await nyHusstand(db, "stovner", `S${i}`), "2026-05-01");
    for (let i = 0; i < 9; i++)
      await f.leiekontrakt(db, gro[i]!, await nyHusstand(db, "grorud", `G${i}`), "2026-05-01");
    // A renewal in Grorud lifts lease starts to 10, but new tenants stay at 9.
    const h = await nyHusstand(db, "grorud", "Fornyer");
    await f.leiekontrakt(db, gro[9]!, h, "2020-05-01", { sluttdato: "2026-04-30", status: "avsluttet" });
    await f.leiekontrakt(db, gro[9]!, h, "2026-05-01");
  });

  afterAll(async () => {
    await handle.close();
  });

  test("sums the visible columns and hides turnover where one district's basis is too small", async () => {
    const stat = await getDistriktsstatistikk({ db, actor: analytiker, idag: IDAG });
    const grorud = stat.rader.find((r) => r.bydelId === "grorud");
    expect(grorud).toMatchObject({ boliger: 22, ledige: 10, nyeKontrakter: 10, gjennomtrekkProsent: null });
    expect(stat.rader.find((r) => r.bydelId === "stovner")).toMatchObject({
      boliger: 20,
      ledige: null,
      nyeKontrakter: 10,
      gjennomtrekkProsent: 50,
    });
    expect(stat.sum).toEqual({
      bydelId: null,
      bydel: "Oslo i alt",
      innbyggere: 62000,
      boliger: 42,
      boligerPer1000: 0.7,
      ledige: null,
      nyeKontrakter: 20,
      gjennomtrekkProsent: null,
    });
  });
});
