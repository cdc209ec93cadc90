import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sql } from "kysely";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { generateDemoUndersokelse } from "../../app/db/demo/undersokelse.server";
import { actor } from "./housing-stock-fixtures";
import { pdfTekst } from "../../app/modules/letters/test-helpers";
import { createRunde, getRunde, listRunder } from "../../app/modules/undersokelse/runder.server";
import { skrivUtBrev } from "../../app/modules/undersokelse/brev.server";
import { lagreSvar, sjekkKode, svarkolonner } from "../../app/modules/undersokelse/svar.server";
import { getResultater } from "../../app/modules/undersokelse/get-resultater.server";
import { getAdresseresultater } from "../../app/modules/undersokelse/get-adresse.server";
import { resultaterCsv } from "../../app/modules/undersokelse/resultater-csv";
import { SKJULT, resultaterXlsx } from "../../app/modules/undersokelse/resultater-xlsx";
import ExcelJS from "exceljs";
import { createAdresseTiltak } from "../../app/modules/bomiljo/save-adresse-tiltak.server";
import { todayInOslo } from "../../app/lib/frister";
import express from "express";
import type { AddressInfo } from "node:net";
import {
  GRENSE_FEIL_PER_DAG,
  erSvarsideSti,
  lagKodegrense,
  svarsideKodegrense,
} from "../../app/modules/undersokelse/kodegrense.server";
import { lastSvarside, svarsideStatus } from "../../app/modules/undersokelse/svarside.server";
import { INDIKATORER } from "../../app/modules/undersokelse/instrument";
import type { Svarinput } from "../../app/modules/undersokelse/schemas";

const TODAY = "2026-11-22";
/** A day after the test rounds (2026-11-01 – 2026-12-31) have ended: they are closed and show figures. */
const ETTER = "2027-01-01";
const SEED = 777;
const koord = actor("bomiljokoordinator", "sagene");
const koordStovner = actor("bomiljokoordinator", "stovner");
const analytiker = actor("analytiker", null);
const forvalter = actor("forvalter", null);

let handle: DatabaseHandle;
let db: Db;

const svar = (v: number, fritekst: string | null = null): Svarinput => ({
  verdier: { helhet: v, bolig: v, trygg_bolig: v, kontakt: 1 },
  botid: "2_5",
  barn: false,
  fritekst,
});

/** The district's `n` largest blocks (most households), largest last. */
async function sageneAdresser(n: number) {
  const rows = await db
    .selectFrom("eiendom as e")
    .innerJoin("bolig as bo", "bo.eiendom_id", "e.id")
    .innerJoin("leiekontrakt as lk", (j) =>
      j.onRef("lk.bolig_id", "=", "bo.id").on("lk.status", "=", "aktiv"),
    )
    .select(["e.id", "e.navn", (eb) => eb.fn.countAll<number>().as("husstander")])
    .where("e.bydel_id", "=", "sagene")
    .groupBy(["e.id", "e.navn"])
    .orderBy("husstander", "desc")
    .orderBy("e.id")
    .limit(n)
    .execute();
  return rows.reverse();
}

/** Sets up a round at the given addresses today, prints letters and returns the codes printed in the PDF. */
async function rundeMedKoder(eiendommer: string[], navn: string) {
  const { rundeId } = await createRunde({
    db,
    actor: koord,
    input: {
      navn,
      startdato: "2026-11-01",
      sluttdato: "2026-12-31",
      omfang: "adresser",
      eiendommer,
      lokale: ["Hvordan er utelyset?"],
      idempotensnokkel: `nokkel-${navn}`,
    },
  });
  const { pdf, antall } = await skrivUtBrev({
    db,
    actor: koord,
    rundeId,
    eiendommer: [],
    sprak: "ar",
    publicUrl: "https://bomiljo.example",
  });
  const koder = [...(await pdfTekst(pdf)).matchAll(/\b([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})\b/g)].map(
    (m) => m[1]!,
  );
  return { rundeId, koder: [...new Set(koder)], antall };
}

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await generateDemoData(db, { seed: SEED, size: "small", today: TODAY });
}, 120_000);
afterAll(async () => handle?.close());

describe("bomiljøundersøkelsen: anonymity in the schema", () => {
  test("an answer has no column for a code, a time, an IP address, a user agent or a channel", async () => {
    expect(await svarkolonner(db)).toEqual(
      [
        "barn",
        "botid",
        "bydel_id",
        "eiendom_id",
        "fritekst",
        "id",
        "indeks",
        "instrumentversjon",
        "runde_id",
        "verdier",
      ].sort(),
    );
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.table_name = 'undersokelse_svar' and tc.constraint_type = 'FOREIGN KEY'
        and ccu.table_name in ('undersokelse_kode', 'undersokelse_utsendelse', 'bolig', 'husstand', 'person')`.execute(
      db,
    );
    expect(rows[0]!.n).toBe(0);
  });
});

describe("bomiljøundersøkelsen: rounds, letters and codes", () => {
  let rundeId: string;
  let koder: string[];
  let eiendomId: string;

  beforeAll(async () => {
    const [a] = await sageneAdresser(1);
    eiendomId = a!.id;
    ({ rundeId, koder } = await rundeMedKoder([eiendomId], "Test høst"));
  });

  test("one letter per household with a readable code; only hashes are stored", async () => {
    const husstander = (await getRunde({ db, actor: koord, rundeId })).adresser[0]!.husstander;
    expect(koder.length).toBe(husstander);
    const lagret = await db
      .selectFrom("undersokelse_kode")
      .select("kode_hash")
      .where("runde_id", "=", rundeId)
      .execute();
    expect(lagret).toHaveLength(husstander);
    for (const k of koder) expect(lagret.some((l) => l.kode_hash.includes(k.replace("-", "")))).toBe(false);
    // Printing again issues nothing new: every household already had its letter.
    const igjen = await skrivUtBrev({
      db,
      actor: koord,
      rundeId,
      eiendommer: [],
      sprak: "nb",
      publicUrl: "https://x",
    });
    expect(igjen.antall).toBe(0);
  });

  test("a double click on 'create' makes one round", async () => {
    const input = {
      navn: "Dobbel",
      startdato: "2026-11-01",
      sluttdato: "2026-11-30",
      omfang: "bydel",
      eiendommer: [],
      lokale: [],
      idempotensnokkel: "samme-nokkel",
    };
    const a = await createRunde({ db, actor: koord, input });
    const b = await createRunde({ db, actor: koord, input });
    expect(a.rundeId).toBe(b.rundeId);
  });

  test("a code gives one answer; the answer cannot be linked back to the code", async () => {
    const kode = koder[0]!;
    const sjekk = await sjekkKode(db, kode.toLowerCase(), TODAY);
    expect(sjekk.ok && sjekk.kode.lokale).toEqual(["Hvordan er utelyset?"]);
    expect(await lagreSvar(db, kode, svar(4), TODAY)).toEqual({ ok: true });
    expect(await lagreSvar(db, kode, svar(1), TODAY)).toEqual({ ok: false, feil: "feilBrukt" });
    expect(await lagreSvar(db, "ZZZZZ-ZZZZZ", svar(1), TODAY)).toEqual({ ok: false, feil: "feilUkjent" });
    const rader = await db
      .selectFrom("undersokelse_svar")
      .selectAll()
      .where("runde_id", "=", rundeId)
      .execute();
    expect(rader).toHaveLength(1);
    expect(JSON.stringify(rader[0])).not.toContain(kode.replace("-", ""));
    const brukt = await db
      .selectFrom("undersokelse_kode")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("runde_id", "=", rundeId)
      .where("brukt", "=", true)
      .executeTakeFirstOrThrow();
    expect(Number(brukt.n)).toBe(1);
    // The response rate counts it, live.
    expect((await getRunde({ db, actor: koord, rundeId })).adresser[0]!.svar).toBe(1);
  });

  test("no transaction id pairs an answer with its code: the address is rewritten with each answer", async () => {
    await lagreSvar(db, koder[3]!, svar(2), TODAY);
    const x = async (tabell: "undersokelse_svar" | "undersokelse_kode") =>
      (
        await sql<{ x: string }>`select distinct xmin::text as x from ${sql.table(tabell)}
          where runde_id = ${rundeId} and eiendom_id = ${eiendomId}`.execute(db)
      ).rows.map((r) => r.x);
    const svarX = await x("undersokelse_svar");
    expect(svarX).toHaveLength(1);
    expect(await x("undersokelse_kode")).toEqual(svarX);
  });

  test("a closed round takes no answers", async () => {
    expect(await lagreSvar(db, koder[1]!, svar(3), "2027-01-05")).toEqual({ ok: false, feil: "feilStengt" });
  });

  test("another district's coordinator and the property manager cannot see the round", async () => {
    await expect(getRunde({ db, actor: koordStovner, rundeId })).rejects.toMatchObject({
      init: { status: 404 },
    });
    await expect(getRunde({ db, actor: forvalter, rundeId })).rejects.toMatchObject({
      init: { status: 403 },
    });
    expect((await listRunder({ db, actor: koordStovner })).some((r) => r.id === rundeId)).toBe(false);
  });
});

describe("bomiljøundersøkelsen: privacy rules in the query layer", () => {
  let rundeId: string;
  let adresser: Array<{ id: string; navn: string }>;

  beforeAll(async () => {
    adresser = await sageneAdresser(3);
    let koder: string[];
    ({ rundeId, koder } = await rundeMedKoder(
      adresser.map((a) => a.id),
      "Personvern",
    ));
    // Answer 3 codes of the first address, 6 of the second, 8 of the third (as far as there are households).
    const perAdresse = new Map<string, string[]>();
    for (const k of koder) {
      const s = await sjekkKode(db, k, TODAY);
      if (s.ok) perAdresse.set(s.kode.eiendomId, [...(perAdresse.get(s.kode.eiendomId) ?? []), k]);
    }
    const antall = [3, 6, 8];
    for (const [i, a] of adresser.entries()) {
      for (const k of (perAdresse.get(a.id) ?? []).slice(0, antall[i]))
        await lagreSvar(db, k, svar(2 + (i % 3), "Lyset i oppgangen er ødelagt."), TODAY);
    }
  });

  test("district staff: no figure from fewer than 5, and a second cell hidden so the first cannot be subtracted", async () => {
    const r = await getResultater({ db, actor: koord, rundeId, idag: ETTER });
    const [a, b, c] = adresser.map((x) => r.enheter.find((e) => e.id === x.id)!);
    expect(a!.celler.samlet.skjult).toBe("for_faa");
    expect(a!.celler.samlet.indeks).toBeNull();
    // b (6) is the smallest shown address: hidden as the complement, so district − c gives only a+b (9 ≥ 5).
    expect(b!.celler.samlet.skjult).toBe("komplementaer");
    expect(c!.celler.samlet.skjult).toBeNull();
    expect(r.topp!.celler.samlet.skjult).toBeNull();
  });

  test("Velferdsetaten sees no address, and no district below 10", async () => {
    const r = await getResultater({ db, actor: analytiker, rundeId, idag: ETTER });
    expect(r.niva).toBe("by");
    const sagene = r.enheter.find((e) => e.id === "sagene")!;
    expect(sagene.svar).toBe(17);
    expect(sagene.celler.samlet.skjult).toBeNull();
    await expect(
      getAdresseresultater({ db, actor: analytiker, eiendomId: adresser[0]!.id }),
    ).rejects.toMatchObject({
      init: { status: 403 },
    });
  });

  test("a breakdown by respondent group needs 10, also for district staff", async () => {
    const r = await getResultater({ db, actor: koord, rundeId, gruppering: "botid", idag: ETTER });
    const g = r.grupper!.rader.find((x) => x.gruppe === "2_5")!;
    expect(g.celler.samlet.skjult).toBeNull(); // 17 answers, all 2–5 years
    const r2 = await getResultater({ db, actor: koord, rundeId, gruppering: "barn", idag: ETTER });
    expect(r2.grupper!.rader.find((x) => x.gruppe === "nei")!.celler.samlet.n).toBe(17);
  });

  test("free text only to the district's own staff, and only at addresses with at least 5 answers", async () => {
    const sider = await Promise.all(
      adresser.map((a) => getAdresseresultater({ db, actor: koord, eiendomId: a.id, idag: ETTER })),
    );
    const i = (k: number) => sider[k]!.runder.find((r) => r.runde.id === rundeId)!;
    expect(i(0).fritekst).toBeNull();
    expect(i(1).fritekst).toEqual(Array(6).fill("Lyset i oppgangen er ødelagt."));
    await expect(
      getAdresseresultater({ db, actor: koordStovner, eiendomId: adresser[1]!.id }),
    ).rejects.toMatchObject({
      init: { status: 404 },
    });
  });

  test("the CSV file holds only what the page may show", async () => {
    const r = await getResultater({ db, actor: koord, rundeId, idag: ETTER });
    const csv = resultaterCsv(r);
    const linje = csv.split("\r\n").find((l) => l.includes(adresser[0]!.navn))!;
    expect(
      linje
        .split(";")
        .slice(5)
        .every((c) => c === "–"),
    ).toBe(true);
  });
  test("the Excel file holds the same permitted cells: hidden ones carry no number, shown ones are numbers", async () => {
    const r = await getResultater({ db, actor: koord, rundeId, gruppering: "botid", idag: ETTER });
    const bok = new ExcelJS.Workbook();
    await bok.xlsx.load((await resultaterXlsx(r)) as never);
    expect(bok.worksheets.map((w) => w.name)).toEqual(["Resultater", "Om tallene"]);
    const ark = bok.getWorksheet("Resultater")!;
    const hode = (ark.getRow(1).values as unknown[]).slice(1);
    expect(hode.slice(0, 6)).toEqual(["Del", "Runde", "Enhet", "Svar", "Husstander", "Samlet"]);
    const rader = new Map<string, unknown[]>();
    let antall = 0;
    ark.eachRow((rad, nr) => {
      if (nr > 1) antall++;
      if (nr > 1)
        rader.set(`${rad.getCell(1).value}|${rad.getCell(3).value}`, (rad.values as unknown[]).slice(1));
    });
    // The same rows as the CSV: total, the round's addresses, the groups and the trend.
    expect(antall).toBe(1 + r.enheter.length + r.grupper!.rader.length + r.trend.length);
    const [a, b, c] = adresser.map((x) => rader.get(`Adresse|${x.navn}`)!);
    // a: too few answers; b: hidden as the complement. Not one number in their index cells (not even n).
    for (const rad of [a!, b!]) {
      const celler = rad.slice(5);
      expect(celler).toHaveLength(INDIKATORER.length * 4);
      expect(celler.every((v) => v === SKJULT)).toBe(true);
    }
    // The response counts are shown (they are the response rate), as numbers.
    expect(a![3]).toBe(3);
    // c is shown: figures are numbers, equal to the page's.
    const cr = r.enheter.find((e) => e.id === adresser[2]!.id)!;
    expect(c![5]).toBe(cr.celler.samlet.indeks);
    expect(typeof c![5]).toBe("number");
    expect(c![8]).toBe(cr.celler.samlet.n);
    expect(ark.getRow(2).getCell(6).numFmt).toBe("0.0");
    // The group cells follow the group threshold; the explanation sheet names both thresholds.
    const gruppe = rader.get("Gruppe: hvor lenge de har bodd der|2–5 år")!;
    expect(gruppe[5]).toBe(r.grupper!.rader.find((g) => g.gruppe === "2_5")!.celler.samlet.indeks);
    const tekst = bok
      .getWorksheet("Om tallene")!
      .getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    expect(tekst).toContain("færre enn 5 svar");
    expect(tekst).toContain("minst 10 svar");
    // The CSV and the workbook agree cell for cell on what is hidden.
    const csvLinje = resultaterCsv(r)
      .split("\r\n")
      .find((l) => l.includes(adresser[1]!.navn))!
      .split(";");
    expect(csvLinje.slice(5)).toEqual(b!.slice(5));
  });

  test("an open round shows its response rate and no figure (page, address page, CSV, Excel); closed, the figures appear", async () => {
    // TODAY is inside the round (2026-11-01 – 2026-12-31): every figure would change with the next answer.
    const apen = await getResultater({ db, actor: koord, rundeId, gruppering: "botid", idag: TODAY });
    expect(apen.valgtRunde!.avsluttet).toBe(false);
    const skjult = { skjult: "apen_runde", n: null, indeks: null, lav: null, hoy: null };
    for (const e of [apen.topp!, ...apen.enheter])
      for (const i of INDIKATORER) expect(e.celler[i]).toEqual(skjult);
    // The response rate is live: answers and households per address and for the district.
    expect(apen.topp!.svar).toBe(17);
    expect(apen.topp!.husstander).toBeGreaterThanOrEqual(17);
    expect(adresser.map((a) => apen.enheter.find((e) => e.id === a.id)!.svar)).toEqual([3, 6, 8]);
    // No breakdown by group and no trend point for the open round.
    expect(apen.grupper).toBeNull();
    expect(apen.trend.map((t) => t.runde.id)).not.toContain(rundeId);
    expect(apen.trend.every((t) => t.runde.avsluttet)).toBe(true);
    // The CSV: answers and households, then only "–".
    const csvLinje = resultaterCsv(apen)
      .split("\r\n")
      .find((l) => l.includes(adresser[2]!.navn))!
      .split(";");
    expect(csvLinje[3]).toBe("8");
    expect(csvLinje.slice(5).every((c) => c === "–")).toBe(true);
    // The Excel file: the same.
    const bok = new ExcelJS.Workbook();
    await bok.xlsx.load((await resultaterXlsx(apen)) as never);
    const celler: unknown[][] = [];
    bok.getWorksheet("Resultater")!.eachRow((rad, nr) => {
      if (nr > 1 && rad.getCell(2).value === "Personvern") celler.push((rad.values as unknown[]).slice(1));
    });
    expect(celler).toHaveLength(1 + adresser.length);
    expect(
      bok
        .getWorksheet("Om tallene")!
        .getColumn(1)
        .values.filter((v) => typeof v === "string")
        .join("\n"),
    ).toContain("En runde som ikke er avsluttet, har ingen tall");
    for (const rad of celler) {
      expect(typeof rad[3]).toBe("number");
      expect(rad.slice(5).every((v) => v === SKJULT)).toBe(true);
    }
    // The address page: the response count, no figures, no free text, and no before/after with the open round.
    const side = await getAdresseresultater({
      db,
      actor: koord,
      eiendomId: adresser[2]!.id,
      dato: "2026-10-01",
      idag: TODAY,
    });
    const runde = side.runder.find((r) => r.runde.id === rundeId)!;
    expect(runde.rad.svar).toBe(8);
    expect(runde.fritekst).toBeNull();
    for (const i of INDIKATORER) expect(runde.rad.celler[i]).toEqual(skjult);
    expect(side.forEtter!.etter.map((r) => r.runde.id)).not.toContain(rundeId);

    // Once the end date has passed the round is closed: figures with the usual suppression, free text, trend.
    const lukket = await getResultater({ db, actor: koord, rundeId, idag: ETTER });
    expect(lukket.valgtRunde!.avsluttet).toBe(true);
    expect(lukket.topp!.celler.samlet.n).toBe(17);
    const [a, b, c] = adresser.map((x) => lukket.enheter.find((e) => e.id === x.id)!);
    expect(a!.celler.samlet.skjult).toBe("for_faa");
    expect(b!.celler.samlet.skjult).toBe("komplementaer");
    expect(c!.celler.samlet.n).toBe(8);
    expect(lukket.trend.map((t) => t.runde.id)).toContain(rundeId);
    const csvLukket = resultaterCsv(lukket)
      .split("\r\n")
      .find((l) => l.includes(adresser[2]!.navn))!
      .split(";");
    expect(csvLukket[5]).not.toBe("–");
    expect(csvLukket[8]).toBe("8");
    const etter = await getAdresseresultater({
      db,
      actor: koord,
      eiendomId: adresser[2]!.id,
      dato: "2026-10-01",
      idag: ETTER,
    });
    expect(etter.runder.find((r) => r.runde.id === rundeId)!.fritekst).toHaveLength(8);
    expect(etter.forEtter!.etter.map((r) => r.runde.id)).toContain(rundeId);
  });

  test("the per-address aggregate table always equals the answers, also after writes outside the app", async () => {
    const sammenlign = async () => {
      const { rows: avvik } = await sql<{ n: number }>`
        with raa as (
          select runde_id, eiendom_id, count(*)::int as svar,
            count(indeks->'samlet')::float8 as n, coalesce(sum((indeks->>'samlet')::float8), 0) as s,
            coalesce(sum(((indeks->>'trygghet')::float8) ^ 2), 0) as q
          from undersokelse_svar group by runde_id, eiendom_id)
        select count(*)::int as n from raa full join undersokelse_aggregat a using (runde_id, eiendom_id)
        where raa.svar is distinct from a.svar or abs(raa.n - a.summer[1]) > 1e-6
          or abs(raa.s - a.summer[2]) > 1e-6 or abs(raa.q - a.summer[12]) > 1e-6`.execute(db);
      return avvik[0]!.n;
    };
    expect(await sammenlign()).toBe(0);
    // A direct delete, update and insert (as a test or psql would do) are followed too.
    const rad = await db
      .selectFrom("undersokelse_svar")
      .selectAll()
      .where("runde_id", "=", rundeId)
      .limit(1)
      .executeTakeFirstOrThrow();
    await db.deleteFrom("undersokelse_svar").where("id", "=", rad.id).execute();
    expect(await sammenlign()).toBe(0);
    await db
      .insertInto("undersokelse_svar")
      .values({ ...rad, verdier: JSON.stringify(rad.verdier), indeks: JSON.stringify(rad.indeks) })
      .execute();
    expect(await sammenlign()).toBe(0);
    await db
      .updateTable("undersokelse_svar")
      .set({ indeks: JSON.stringify({ ...rad.indeks, samlet: 0 }) })
      .where("id", "=", rad.id)
      .execute();
    expect(await sammenlign()).toBe(0);
    await db
      .updateTable("undersokelse_svar")
      .set({ indeks: JSON.stringify(rad.indeks) })
      .where("id", "=", rad.id)
      .execute();
    expect(await sammenlign()).toBe(0);
  });
});

/** A small seeded generator for the property test (no dependency on fast-check, which is not installed). */
function mulberry(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("bomiljøundersøkelsen: property test over random data and filters", () => {
  test("no shown figure below the threshold, and subtraction never isolates fewer than the threshold", async () => {
    const own = await createTestDb();
    try {
      const pdb = own.db;
      await generateDemoData(pdb, { seed: 99, size: "small", today: TODAY });
      await generateDemoUndersokelse(pdb, { seed: 99, size: "small", today: TODAY, runder: 2 });
      const rnd = mulberry(20261203);
      // Randomise the data: drop a random share of answers per address and round, so many cells fall near 5 and 10.
      const rader = await pdb
        .selectFrom("undersokelse_svar")
        .select(["id", "runde_id", "eiendom_id"])
        .execute();
      const behold = new Map<string, number>();
      const slett: string[] = [];
      for (const r of rader) {
        const key = `${r.runde_id}/${r.eiendom_id}`;
        if (!behold.has(key)) behold.set(key, Math.floor(rnd() * 14));
        if (behold.get(key)! <= 0 || rnd() < 0.1) slett.push(r.id);
        else behold.set(key, behold.get(key)! - 1);
      }
      for (let i = 0; i < slett.length; i += 500)
        await pdb
          .deleteFrom("undersokelse_svar")
          .where("id", "in", slett.slice(i, i + 500))
          .execute();

      const runder = await pdb.selectFrom("undersokelse_runde").select("id").execute();
      const aktorer = [analytiker, koord, koordStovner, actor("bomiljokoordinator", "grunerlokka")];
      let sjekket = 0;
      let apne = 0;
      for (let iter = 0; iter < 40; iter++) {
        const aktor = aktorer[Math.floor(rnd() * aktorer.length)]!;
        const runde = runder[Math.floor(rnd() * runder.length)]!.id;
        const gruppering = ([null, "botid", "barn"] as const)[Math.floor(rnd() * 3)]!;
        let r;
        try {
          r = await getResultater({ db: pdb, actor: aktor, rundeId: runde, gruppering, idag: TODAY });
        } catch (e) {
          // A district round of another district is not found for a coordinator — that is the scope rule.
          expect(e).toMatchObject({ init: { status: 404 } });
          continue;
        }
        const terskel = aktor.rolle === "analytiker" ? 10 : 5;
        // Raw n per unit and indicator, straight from the table, to check what the page shows.
        const enhet = r.niva === "by" ? "bydel_id" : "eiendom_id";
        const raa = await sql<Record<string, unknown>>`
          select ${sql.ref(enhet)} as enhet, ${sql.raw(INDIKATORER.map((i) => `count(indeks->'${i}') as "${i}"`).join(", "))}
          from undersokelse_svar where runde_id = ${runde}
          ${aktor.bydelId ? sql`and bydel_id = ${aktor.bydelId}` : sql``}
          group by 1`.execute(pdb);
        const rawN = (id: string, i: string) => Number(raa.rows.find((x) => x.enhet === id)?.[i] ?? 0);
        // An open round (the demo's current one) shows no figure at all, only the response counts.
        if (!r.valgtRunde!.avsluttet) {
          apne++;
          for (const e of [r.topp!, ...r.enheter])
            expect(INDIKATORER.every((i) => e.celler[i].skjult === "apen_runde")).toBe(true);
          expect(r.grupper).toBeNull();
        }
        expect(r.trend.every((t) => t.runde.avsluttet)).toBe(true);
        for (const i of INDIKATORER) {
          for (const e of r.enheter) {
            const c = e.celler[i];
            if (c.skjult === null) {
              expect(c.n).toBeGreaterThanOrEqual(terskel);
              expect(c.n).toBe(rawN(e.id, i));
            }
          }
          const topp = r.topp!.celler[i];
          if (topp.skjult === null) {
            // What subtraction of the shown units from the total reveals: the hidden units together.
            const skjulte = r.enheter.filter((e) => e.celler[i].skjult !== null);
            const skjultN = skjulte.reduce((a, e) => a + rawN(e.id, i), 0);
            const alleSkjult = r.enheter.every((e) => e.celler[i].skjult !== null || rawN(e.id, i) === 0);
            expect(skjultN === 0 || skjultN >= terskel || alleSkjult).toBe(true);
          }
          if (r.grupper) {
            const viste = r.grupper.rader.filter((g) => g.celler[i].skjult === null);
            for (const g of viste) expect(g.celler[i].n).toBeGreaterThanOrEqual(10);
            if (topp.skjult === null && viste.length > 0) {
              const vistN = viste.reduce((a, g) => a + g.celler[i].n!, 0);
              const rest = topp.n - vistN;
              expect(rest === 0 || rest >= 10).toBe(true);
            }
          }
          sjekket++;
        }
      }
      expect(sjekket).toBeGreaterThan(100);
      expect(apne).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  }, 180_000);
});

describe("bomiljøundersøkelsen: guessing codes on the public answer page", () => {
  test("an unknown code is a 404; a used code, an empty form and a valid code are not", async () => {
    const [a] = await sageneAdresser(1);
    const { koder } = await rundeMedKoder([a!.id], "Gjetting");
    const side = (kode: string | null) =>
      lastSvarside(
        db,
        new URL(`https://x/bomiljoundersokelse${kode === null ? "" : `?kode=${encodeURIComponent(kode)}`}`),
      );
    expect(svarsideStatus(await side("ZZZZZ-ZZZZZ"))).toBe(404);
    expect(svarsideStatus(await side("ikke en kode"))).toBe(404);
    expect(svarsideStatus(await side(null))).toBe(200);
    expect(svarsideStatus(await side(koder[0]!))).toBe(200);
    await lagreSvar(db, koder[0]!, svar(3));
    const brukt = await side(koder[0]!);
    expect(brukt).toMatchObject({ steg: "kode", feil: "feilBrukt" });
    expect(svarsideStatus(brukt)).toBe(200);
  });

  test("the limit counts unknown codes per address and day, without keeping the address", () => {
    let dag = "2026-11-22";
    const g = lagKodegrense({ grense: 2, idag: () => dag });
    expect(g.sperret("10.0.0.1")).toBe(false);
    g.feilet("10.0.0.1");
    g.feilet("10.0.0.1");
    expect(g.sperret("10.0.0.1")).toBe(true);
    expect(g.sperret("10.0.0.2")).toBe(false);
    expect(g.antallAdresser).toBe(1);
    dag = "2026-11-23";
    expect(g.sperret("10.0.0.1")).toBe(false);
    expect(g.antallAdresser).toBe(0);
    expect(GRENSE_FEIL_PER_DAG).toBe(100);
    // The pages it covers (also left out of the request log and the metrics in server/app.ts).
    expect(erSvarsideSti("/bomiljoundersokelse")).toBe(true);
    expect(erSvarsideSti("/bomiljoundersokelse/kiosk.data")).toBe(true);
    expect(erSvarsideSti("/undersokelser/papir")).toBe(false);
  });

  test("the middleware: 429 after the limit of unknown codes, valid answers never count", async () => {
    const app = express();
    app.use(svarsideKodegrense(lagKodegrense({ grense: 3 })));
    // Stands in for the page: 404 for "feil", 200 otherwise.
    app.all("/bomiljoundersokelse{/kiosk}", (req, res) => {
      res.status(req.query.kode === "feil" ? 404 : 200).send("ok");
    });
    app.all("/annet", (_req, res) => res.status(404).send("nei"));
    const server = app.listen(0);
    try {
      const port = (server.address() as AddressInfo).port;
      const hent = (sti: string, method = "GET") => fetch(`http://127.0.0.1:${port}${sti}`, { method });
      for (let i = 0; i < 10; i++) expect((await hent("/bomiljoundersokelse?kode=riktig")).status).toBe(200);
      const forste = await hent("/bomiljoundersokelse?kode=feil");
      expect(forste.status).toBe(404);
      expect(forste.headers.get("cache-control")).toBe("no-store");
      expect(forste.headers.get("referrer-policy")).toBe("no-referrer");
      expect((await hent("/bomiljoundersokelse/kiosk?kode=feil")).status).toBe(404);
      expect((await hent("/annet?kode=feil")).status).toBe(404); // other pages are not counted
      expect((await hent("/bomiljoundersokelse?kode=feil")).status).toBe(404);
      // Three unknown codes: every further try with a code is refused, also a valid one and a POST …
      const sperret = await hent("/bomiljoundersokelse?kode=riktig");
      expect(sperret.status).toBe(429);
      expect(await sperret.text()).toContain("for mange koder");
      expect((await hent("/bomiljoundersokelse", "POST")).status).toBe(429);
      // … but the code step itself still opens.
      expect((await hent("/bomiljoundersokelse")).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe("bomiljøundersøkelsen: before/after around a measure of the bomiljøplan", () => {
  test("the address page offers the address's started measures with the day they started", async () => {
    const [a] = await sageneAdresser(1);
    const tiltak = (status: "i_gang" | "planlagt", tittel: string) =>
      createAdresseTiltak({
        db,
        actor: koord,
        requestId: null,
        eiendomId: a!.id,
        idempotensnokkel: `tiltak-nokkel-${status.replace("_", "")}`,
        input: {
          tiltakNummer: "9",
          tittel,
          beskrivelse: "Nye armaturer ved søppelskuret.",
          ansvarlig: "boligbygg",
          ansvarligPerson: "",
          status,
          fristType: "dato",
          frist: "2027-03-01",
          forventetEndring: "Beboerne føler seg tryggere i bakgården om kvelden.",
          indikator: "trygghet_fellesareal",
        },
      });
    await tiltak("i_gang", "Bedre lys i bakgården");
    await tiltak("planlagt", "Nye postkasser");
    const side = await getAdresseresultater({ db, actor: koord, eiendomId: a!.id });
    expect(side.tiltak.map((t) => [t.tittel, t.startet])).toEqual([["Bedre lys i bakgården", todayInOslo()]]);
  });
});
