import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import ExcelJS from "exceljs";
import { extractText } from "unpdf";
import { afterAll, beforeAll, expect, test } from "vitest";
import { todayInOslo } from "../../app/lib/frister";
import { addDays } from "../../app/db/demo/dates";
import { SKJEMATEKSTER, SVARSPRAK } from "../../app/modules/undersokelse/sprak";
import { horizontalOverflow } from "./helpers/axe";
import { hydrert, launchBrowser, newContext } from "./helpers/browser";
import { AxeLogg, mainText, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The survey in Chromium: the Sagene coordinator sets up a round for two addresses and prints the letters (PDF
 * with codes and QR codes, Arabic chosen); a household answers online in Arabic (right to left) without logging
 * in; the coordinator types in a paper form; a resident answers on the office tablet (kiosk); the round page
 * counts three answers; the results hide the addresses with fewer than 5 answers; the coordinator compares
 * before/after around a date at the demo's largest address; Velferdsetaten sees the city. The answer page is
 * checked with axe in all eight languages, at both steps; every page visited is checked too.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Picks one answer per scale question (in the page's language) and submits. */
async function svarPaaAlt(page: Page, sprak: (typeof SVARSPRAK)[number], verdi: 0 | 1 | 2 | 3 | 4) {
  const t = SKJEMATEKSTER[sprak];
  for (const sporsmal of Object.values(t.sporsmal)) {
    await page
      .getByRole("group", { name: sporsmal, exact: true })
      .getByRole("radio", { name: t.skala[verdi], exact: true })
      .check();
  }
  await page
    .getByRole("group", { name: t.janei.kontakt, exact: true })
    .getByRole("radio", { name: t.ja, exact: true })
    .check();
  await page.getByRole("button", { name: t.send }).click();
  await page.getByRole("heading", { name: t.takkTittel }).waitFor();
}

test("runde → brev → svar på arabisk, papir og kiosk → resultater med skjuling → før/etter", async () => {
  const axe = new AxeLogg();
  const idag = todayInOslo();

  // 1. The coordinator sets up a round for two addresses.
  const koord = await signedInPage(
    browser,
    server.url,
    "bomiljokoordinator-sagene",
    "/undersokelser/ny",
    axe,
  );
  await axe.sjekk(koord, "ny runde");
  await koord.getByLabel("Navn på runden").fill("E2E-runden");
  await koord.getByLabel("Første dag").fill(addDays(idag, -1));
  await koord.getByLabel("Siste dag").fill(addDays(idag, 30));
  await koord.getByRole("radio", { name: "Bare adressene jeg velger under" }).check();
  const adresser = koord.getByRole("group", { name: "Adresser" }).getByRole("checkbox");
  await adresser.nth(0).check();
  await adresser.nth(1).check();
  await Promise.all([
    koord.waitForURL(/\/undersokelser\/[0-9a-f-]{36}$/),
    koord.getByRole("button", { name: "Opprett runden" }).click(),
  ]);
  await hydrert(koord);
  const rundeUrl = koord.url();
  const rundeId = rundeUrl.split("/").at(-1)!;
  await koord.getByRole("heading", { level: 1, name: "E2E-runden" }).waitFor();
  await axe.sjekk(koord, "runden");

  // 2. Print the letters in Arabic: the PDF has one code per household and a QR code.
  await koord.getByLabel("Språk i brevet (i tillegg til bokmål)").selectOption("ar");
  const [nedlasting] = await Promise.all([
    koord.waitForEvent("download"),
    koord.getByRole("button", { name: "Skriv ut brev (PDF)" }).click(),
  ]);
  const pdf = await readFile((await nedlasting.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  const koder = [
    ...new Set([...text.matchAll(/\b([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})\b/g)].map((m) => m[1]!)),
  ];
  expect(koder.length).toBeGreaterThanOrEqual(3);
  expect(text).toContain("Bomiljøundersøkelsen");
  expect(text).toContain("استبيان بيئة السكن"); // the letter's own text in Arabic; the QR opens Arabic
  expect(text).not.toContain("Resident survey");

  // 3. A household answers online in Arabic, without logging in, from the QR link.
  const anonym = await (await newContext(browser, 360)).newPage();
  anonym.setDefaultTimeout(20_000);
  await anonym.goto(`${server.url}/bomiljoundersokelse?kode=${koder[0]}&sprak=ar`);
  await hydrert(anonym);
  await anonym.locator('div[lang="ar"][dir="rtl"]').waitFor();
  expect(await horizontalOverflow(anonym)).toBe(0);
  await axe.sjekk(anonym, "svar: arabisk skjema");
  await svarPaaAlt(anonym, "ar", 3);
  await axe.sjekk(anonym, "svar: arabisk takk");
  // The same code again is refused, in Arabic.
  await anonym.goto(`${server.url}/bomiljoundersokelse?kode=${koder[0]}&sprak=ar`);
  await hydrert(anonym);
  expect(await mainText(anonym)).toContain(SKJEMATEKSTER.ar.feilBrukt);

  // Every language, both steps, with axe (the code step, and the questionnaire with an unused code).
  for (const sprak of SVARSPRAK) {
    await anonym.goto(`${server.url}/bomiljoundersokelse?sprak=${encodeURIComponent(sprak)}`);
    await hydrert(anonym);
    await anonym.locator(`div[lang="${sprak}"]`).waitFor();
    await axe.sjekk(anonym, `svar: kode ${sprak}`);
    await anonym.goto(
      `${server.url}/bomiljoundersokelse?sprak=${encodeURIComponent(sprak)}&kode=${koder[2]}`,
    );
    await hydrert(anonym);
    await anonym.getByRole("button", { name: SKJEMATEKSTER[sprak].send }).waitFor();
    await axe.sjekk(anonym, `svar: skjema ${sprak}`);
  }

  // 4. The coordinator types in a paper form with its code.
  await koord.goto(`${server.url}/undersokelser/papir`);
  await hydrert(koord);
  await axe.sjekk(koord, "papir: kode");
  await koord.getByLabel("Koden fra brevet").fill(koder[1]!.toLowerCase());
  await koord.getByRole("button", { name: "Gå videre" }).click();
  await koord.getByRole("button", { name: "Send svaret" }).waitFor();
  await hydrert(koord);
  await axe.sjekk(koord, "papir: skjema");
  await svarPaaAlt(koord, "nb", 1);

  // 5. A resident answers on the office tablet (kiosk), keyboard only for the code.
  const kiosk = await (await newContext(browser, 800)).newPage();
  kiosk.setDefaultTimeout(20_000);
  await kiosk.goto(`${server.url}/bomiljoundersokelse/kiosk`);
  await hydrert(kiosk);
  await axe.sjekk(kiosk, "kiosk: kode");
  // An unknown code (the page answers 404, which the guessing limit counts) shows the message in the form.
  await kiosk.getByLabel("Koden fra brevet").fill("ZZZZZ-ZZZZZ");
  await kiosk.keyboard.press("Enter");
  await kiosk.getByText(SKJEMATEKSTER.nb.feilUkjent).first().waitFor();
  await axe.sjekk(kiosk, "kiosk: ukjent kode");
  const ukjent = await kiosk.request.get(`${server.url}/bomiljoundersokelse/kiosk?kode=ZZZZZ-ZZZZZ`);
  expect(ukjent.status()).toBe(404);
  expect(ukjent.headers()["cache-control"]).toBe("no-store");
  await kiosk.getByLabel("Koden fra brevet").fill("");
  await kiosk.getByLabel("Koden fra brevet").focus();
  await kiosk.keyboard.type(koder[2]!);
  await kiosk.keyboard.press("Enter");
  await kiosk.getByRole("button", { name: "Send svaret" }).waitFor();
  await hydrert(kiosk);
  await svarPaaAlt(kiosk, "nb", 2);
  await axe.sjekk(kiosk, "kiosk: takk");
  await kiosk.getByRole("link", { name: "Gå videre" }).click();
  await kiosk.getByLabel("Koden fra brevet").waitFor();

  // 6. The round page counts the three answers, whichever way they came.
  await koord.goto(rundeUrl);
  await hydrert(koord);
  expect(await mainText(koord)).toMatch(/3 av \d+ husstander har svart/);

  // 7. Results: the round is open, so it shows the response rate and no figure (its figures would change with
  // each answer) — in the page, the CSV and the Excel file.
  await koord.goto(`${server.url}/undersokelser/resultater?runde=${rundeId}`);
  await hydrert(koord);
  await axe.sjekk(koord, "resultater: åpen runde");
  const apenTekst = await mainText(koord);
  expect(apenTekst).toContain(
    "Runden er åpen. Tallene vises når runden er avsluttet, slik at ingen enkeltsvar kan regnes ut.",
  );
  expect(apenTekst).toMatch(/3 av \d+ husstander svarte \(\d+ %\)/);
  expect(apenTekst).toContain("Skjult: runden er åpen");
  expect(apenTekst).not.toContain("Skjult: færre enn 5 svar");
  const perAdresse = koord.getByRole("table", { name: "Per adresse" }).locator("tbody tr");
  expect(await perAdresse.count()).toBe(2);
  for (let i = 0; i < 2; i++) expect(await perAdresse.nth(i).locator("td").nth(1).textContent()).toMatch(/%/);
  const csv = await koord.request.get(`${server.url}/undersokelser/resultater.csv?runde=${rundeId}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("–");
  // The same figures as an Excel file, downloaded from the page's link and read back.
  const [xlsxNedlasting] = await Promise.all([
    koord.waitForEvent("download"),
    koord.getByRole("link", { name: "Last ned tallene som Excel-fil (XLSX)" }).click(),
  ]);
  expect(xlsxNedlasting.suggestedFilename()).toMatch(/^bomiljoundersokelse-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load((await readFile((await xlsxNedlasting.path())!)) as never);
  expect(bok.worksheets.map((w) => w.name)).toEqual(["Resultater", "Om tallene"]);
  const adresserader: unknown[][] = [];
  bok.getWorksheet("Resultater")!.eachRow((rad) => {
    if (rad.getCell(1).value === "Adresse") adresserader.push((rad.values as unknown[]).slice(6));
  });
  expect(adresserader).toHaveLength(2);
  for (const celler of adresserader) expect(celler.every((c) => c === "–")).toBe(true);

  // A closed round of the demo data (the one before the latest in the list) shows figures again.
  const lukket = await koord
    .locator("#velg-runde option")
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  await koord.goto(`${server.url}/undersokelser/resultater?runde=${lukket.at(-3)}`);
  await hydrert(koord);
  await axe.sjekk(koord, "resultater: avsluttet runde");
  const lukketTekst = await mainText(koord);
  expect(lukketTekst).not.toContain("Runden er åpen");
  expect(lukketTekst).toMatch(/\d+,\d/);

  // 8. Before/after at the address with the most answers in the latest city-wide round.
  await koord.goto(`${server.url}/undersokelser/resultater`);
  await hydrert(koord);
  await axe.sjekk(koord, "resultater: siste runde");
  const rader = koord.getByRole("table", { name: "Per adresse" }).locator("tbody tr");
  let beste = { svar: -1, href: "" };
  for (let i = 0; i < (await rader.count()); i++) {
    const rad = rader.nth(i);
    const svar = Number(await rad.locator("td").first().textContent());
    const href = (await rad.getByRole("link").getAttribute("href")) ?? "";
    if (svar > beste.svar) beste = { svar, href };
  }
  await koord.goto(`${server.url}${beste.href}`);
  await hydrert(koord);
  await axe.sjekk(koord, "adresse");
  await koord.getByLabel("Tiltaket startet").fill(addDays(idag, -300));
  await koord.getByRole("button", { name: "Sammenlign" }).click();
  await koord.waitForURL(/dato=/);
  await hydrert(koord);
  const forEtter = koord.getByRole("table", { name: /Før og etter/ });
  await forEtter.waitFor();
  expect(await forEtter.textContent()).toMatch(/Før: /);
  await axe.sjekk(koord, "adresse: før/etter");

  // 9. Velferdsetaten sees the city with its districts (cells of 10), never an address.
  const analytiker = await signedInPage(
    browser,
    server.url,
    "analytiker-velferdsetaten",
    "/undersokelser/resultater",
    axe,
  );
  await analytiker.getByRole("table", { name: "Per bydel" }).waitFor();
  await axe.sjekk(analytiker, "resultater: byen");
  expect(await analytiker.getByRole("link", { name: /Sagene/ }).count()).toBe(0);

  expect(axe.funn).toEqual({});
  expect(axe.konsoll).toEqual([]);
}, 300_000);
