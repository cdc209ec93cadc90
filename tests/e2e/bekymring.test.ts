import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { openDatabase } from "../../app/db/connection.server";
import { todayInOslo } from "../../app/lib/frister";
import { hydrert, launchBrowser, newContext } from "./helpers/browser";
import { AxeLogg, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Anonymous concerns end to end. First the leak test: a report sent from a recognisable client (its own user
 * agent, X-Forwarded-For, cookie, Referer and a marker header) must leave no trace of that client in any table,
 * in the database folder's bytes, or in the server's log output (at log level debug) — and no log line for the
 * anonymous pages at all. Then the journey in Chromium: the reporter without signing in, the coordinator in
 * Sagene acknowledging, replying and closing, the reporter reading the reply and adding information with the
 * code; axe on every page.
 */
let server: RunningServer;
let browser: Browser;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-bekymring-"));
const pgliteDir = path.join(dataDir, "pglite");

beforeAll(async () => {
  const { templateDir } = inject("bomiljoE2e");
  if (templateDir) fs.cpSync(templateDir, pgliteDir, { recursive: true });
  [server, browser] = await Promise.all([
    startServer({ env: { PGLITE_DIR: pgliteDir, LOG_LEVEL: "debug" } }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const MARKOR = `spor-${randomUUID()}`;
const UA = `Lekkasjetest/9.9 (${MARKOR})`;
const XFF = "203.0.113.197";
const klient = (url: string) => ({
  "user-agent": UA,
  "x-forwarded-for": XFF,
  "x-real-ip": XFF,
  "x-marker": MARKOR,
  cookie: `spor=${MARKOR}`,
  referer: `https://utenfor.example/${MARKOR}`,
  origin: new URL(url).origin,
  "sec-fetch-site": "same-origin",
});

async function post(url: string, form: Record<string, string>) {
  return fetch(url, {
    method: "POST",
    headers: { ...klient(url), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
    redirect: "manual",
  });
}

function kodeI(html: string): string {
  const kode = /data-testid="kvitteringskode"[^>]*>([\d ]+)</.exec(html)?.[1];
  expect(kode, "the receipt code is on the page").toBeDefined();
  return kode!.replace(/ /g, "");
}

let lekkasjeKode = "";

test("a report from a recognisable client leaves no trace of it in storage or logs", async () => {
  const side = await fetch(`${server.url}/bekymring?bydel=sagene`, { headers: klient(server.url) });
  expect(side.status).toBe(200);
  expect(side.headers.get("cache-control")).toBe("no-store");
  expect(side.headers.get("referrer-policy")).toBe("no-referrer");
  expect(side.headers.get("set-cookie")).toBeNull();
  const html = await side.text();
  const skjemaId = /name="skjemaId" value="([0-9a-f-]{36})"/.exec(html)?.[1];
  expect(skjemaId).toBeDefined();

  const sendt = await post(`${server.url}/bekymring`, {
    skjemaId: skjemaId!,
    bydelId: "sagene",
    eiendomId: "",
    kategori: "trusler_vold",
    beskrivelse: "Lekkasjetest: en nabo truer folk i trappen.",
  });
  expect(sendt.status).toBe(200);
  expect(sendt.headers.get("cache-control")).toBe("no-store");
  expect(sendt.headers.get("referrer-policy")).toBe("no-referrer");
  expect(sendt.headers.get("set-cookie")).toBeNull();
  lekkasjeKode = kodeI(await sendt.text());
  expect(lekkasjeKode).toMatch(/^\d{20}$/);

  const lest = await post(`${server.url}/bekymring/kvittering`, { kode: lekkasjeKode });
  expect(lest.status).toBe(200);
  expect(await lest.text()).toContain("Lekkasjetest: en nabo truer folk i trappen.");
  const lagtTil = await post(`${server.url}/bekymring/kvittering`, {
    kode: lekkasjeKode,
    handling: "legg_til",
    tekst: "Lekkasjetest: mer informasjon.",
  });
  expect(lagtTil.status).toBe(200);
  expect(lagtTil.headers.get("set-cookie")).toBeNull();
  const feil = await post(`${server.url}/bekymring/kvittering`, { kode: "1".repeat(20) });
  expect(feil.status).toBe(422);

  // Stop the server so the database folder can be opened, then search everything.
  expect(await server.process.kill("SIGTERM")).toBe(true);
  await new Promise<void>((resolve) => server.process.once("exit", () => resolve()));
  const logg = server.output();
  const spor = [MARKOR, XFF, "127.0.0.1", "::1", lekkasjeKode];
  for (const s of [MARKOR, XFF, lekkasjeKode, "Lekkasjetest"])
    expect(logg, `log output holds ${s}`).not.toContain(s);
  // The log level was debug, so other requests were logged — but not a single line for the anonymous pages.
  expect(logg).toContain('"msg":"request"');
  expect(logg).not.toMatch(/"route":"\/bekymring(\/kvittering)?"/);

  const handle = await openDatabase({ databaseUrl: null, pgliteDir });
  try {
    const { rows: tabeller } = await sql<{ table_name: string }>`select table_name from
      information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
      handle.db,
    );
    expect(tabeller.length).toBeGreaterThan(10);
    for (const { table_name } of tabeller) {
      const { rows } = await sql<{
        rad: string;
      }>`select t::text as rad from ${sql.table(table_name)} t`.execute(handle.db);
      const tekst = rows.map((r) => r.rad).join("\n");
      for (const s of spor) expect(tekst.includes(s), `table ${table_name} holds ${s}`).toBe(false);
    }
    // The concern is there, dated by the day only, and no audit row was written for the anonymous requests.
    const rad = await handle.db
      .selectFrom("bekymring")
      .selectAll()
      .where("beskrivelse", "like", "Lekkasjetest%")
      .executeTakeFirstOrThrow();
    expect(rad.mottatt).toBe(todayInOslo());
    const { rows: audit } = await sql<{ n: number }>`select count(*)::int as n from audit_logg
      where ressurs = ${`bekymring:${rad.id}`}`.execute(handle.db);
    expect(audit[0]!.n).toBe(0);
  } finally {
    await handle.close();
  }
  // The folder's bytes (heap, WAL) hold none of it either.
  const filer = fs.readdirSync(pgliteDir, { recursive: true, encoding: "utf8" });
  for (const fil of filer) {
    const full = path.join(pgliteDir, fil);
    if (!fs.statSync(full).isFile()) continue;
    const bytes = fs.readFileSync(full);
    for (const s of [MARKOR, XFF, lekkasjeKode]) expect(bytes.includes(s), `${fil} holds ${s}`).toBe(false);
  }
  server = await startServer({ env: { PGLITE_DIR: pgliteDir } });
});

async function axeOgHydrert(page: Page, axe: AxeLogg, label: string) {
  await hydrert(page);
  await axe.sjekk(page, label);
}

test("reporter, coordinator and back: acknowledge, reply, add information, close — axe on every page", async () => {
  const axe = new AxeLogg();
  const tekst = `Det selges rus i oppgangen hver kveld (${randomUUID().slice(0, 8)}).`;

  // The reporter, not signed in.
  const anonym = await (await newContext(browser)).newPage();
  anonym.setDefaultTimeout(20_000);
  anonym.on("pageerror", (error) => axe.konsoll.push(`anonym: ${error.message}`));
  await anonym.goto(`${server.url}/bekymring`);
  await axeOgHydrert(anonym, axe, "bekymring: velg bydel");
  await anonym.getByLabel("Bydel").selectOption("sagene");
  await anonym.getByRole("button", { name: "Gå videre" }).click();
  await anonym.waitForURL(/bydel=sagene/);
  await axeOgHydrert(anonym, axe, "bekymring: skjema");
  // Empty form: errors at the fields, nothing stored.
  await anonym.getByRole("button", { name: "Send bekymringsmeldingen" }).click();
  await anonym.getByText("Velg hva bekymringen gjelder.").first().waitFor();
  await axe.sjekk(anonym, "bekymring: feil i skjemaet");
  const adresse = anonym.getByLabel("Adresse");
  const adresser = await adresse
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(adresser.length).toBeGreaterThan(1);
  await adresse.selectOption(adresser[1]!);
  await anonym.getByLabel("Rus eller salg av rus").check();
  await anonym.getByLabel("Hva er du bekymret for?").fill(tekst);
  await anonym.getByRole("button", { name: "Send bekymringsmeldingen" }).click();
  const kodeTekst = (await anonym.getByTestId("kvitteringskode").textContent())!;
  const kode = kodeTekst.replace(/ /g, "");
  expect(kode).toMatch(/^\d{20}$/);
  expect(await anonym.context().cookies()).toEqual([]);
  await axe.sjekk(anonym, "bekymring: kvittering");

  await anonym.getByRole("link", { name: "Les svar med koden din" }).click();
  await anonym.getByLabel("Kvitteringskode (20 siffer)").waitFor();
  await axe.sjekk(anonym, "kvittering: skriv kode");
  await anonym.getByLabel("Kvitteringskode (20 siffer)").fill(kodeTekst);
  await anonym.getByRole("button", { name: "Vis meldingen" }).click();
  await anonym.getByText("Bydelen har ikke bekreftet meldingen ennå.", { exact: false }).waitFor();
  expect(await anonym.locator("main").textContent()).toContain(tekst);
  await axe.sjekk(anonym, "kvittering: meldingen");

  // The coordinator in Sagene finds it in the list, by deadline, and opens it.
  const koordinator = await signedInPage(
    browser,
    server.url,
    "bomiljokoordinator-sagene",
    "/bekymringer",
    axe,
  );
  await axe.sjekk(koordinator, "bekymringer: liste");
  expect(await koordinator.locator("h1").textContent()).toBe("Bekymringsmeldinger");
  // The demo data has one concern past its deadline in Sagene: the list says so.
  expect(await koordinator.getByText("Fristen er passert").count()).toBeGreaterThan(0);
  const lenker = await koordinator
    .locator('a[href^="/bekymringer/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  let funnet = false;
  for (const href of lenker) {
    await koordinator.goto(`${server.url}${href}`);
    if ((await koordinator.locator("main").textContent())?.includes(tekst)) {
      funnet = true;
      break;
    }
  }
  expect(funnet, "the new concern is in the coordinator's list").toBe(true);
  await axeOgHydrert(koordinator, axe, "bekymringer: melding");
  expect(await koordinator.getByText("Frist for å bekrefte mottak").count()).toBe(1);
  await koordinator.getByRole("button", { name: "Bekreft at meldingen er mottatt" }).click();
  await koordinator.getByText("Bekreftet mottatt", { exact: false }).waitFor();
  await koordinator
    .getByLabel("Svar", { exact: true })
    .fill("Takk for at du sa fra. Vi følger opp med Boligbygg.");
  await koordinator.getByRole("button", { name: "Send svaret" }).click();
  await koordinator.getByText("Takk for at du sa fra. Vi følger opp med Boligbygg.").waitFor();
  await axe.sjekk(koordinator, "bekymringer: melding besvart");

  // The reporter reads the reply with the code and adds information.
  await anonym.goto(`${server.url}/bekymring/kvittering`);
  await hydrert(anonym);
  await anonym.getByLabel("Kvitteringskode (20 siffer)").fill(kode);
  await anonym.getByRole("button", { name: "Vis meldingen" }).click();
  await anonym.getByText("Takk for at du sa fra. Vi følger opp med Boligbygg.").waitFor();
  expect(await anonym.locator("main").textContent()).toContain("Bydelen bekreftet at de mottok meldingen");
  await anonym.getByLabel("Mer informasjon").fill("Det skjer mest på fredager.");
  await anonym.getByRole("button", { name: "Send informasjonen" }).click();
  await anonym.getByText("Takk, informasjonen er sendt til bydelen.").waitFor();
  await axe.sjekk(anonym, "kvittering: informasjon lagt til");

  // The coordinator sees it and closes the concern as a referral (the service named is required).
  await koordinator.reload();
  await hydrert(koordinator);
  await koordinator.getByText("Det skjer mest på fredager.").waitFor();
  await koordinator.getByLabel("Henvisning til en annen tjeneste").check();
  await koordinator.getByLabel("Oppsummering").fill("Mulig salg av rus i oppgang A; henvist til politiet.");
  await koordinator.getByRole("button", { name: "Avslutt meldingen" }).click();
  await koordinator.getByText("Skriv hvilken tjeneste saken er henvist til.").first().waitFor();
  expect(await koordinator.getByLabel("Oppsummering").inputValue()).toBe(
    "Mulig salg av rus i oppgang A; henvist til politiet.",
  );
  await axe.sjekk(koordinator, "bekymringer: feil ved avslutning");
  await koordinator.getByLabel("Henvist til", { exact: true }).fill("Politiet, forebyggende");
  await koordinator.getByRole("button", { name: "Avslutt meldingen" }).click();
  await koordinator.getByText("Henvist til: Politiet, forebyggende").waitFor();
  await axe.sjekk(koordinator, "bekymringer: avsluttet");

  // The reporter sees the outcome in general terms, not the district's summary.
  await anonym.goto(`${server.url}/bekymring/kvittering`);
  await hydrert(anonym);
  await anonym.getByLabel("Kvitteringskode (20 siffer)").fill(kode);
  await anonym.getByRole("button", { name: "Vis meldingen" }).click();
  await anonym.getByText("Bydelen har sendt saken videre til en tjeneste som kan hjelpe.").waitFor();
  expect(await anonym.locator("main").textContent()).not.toContain("henvist til politiet");
  expect(await anonym.getByLabel("Mer informasjon").count()).toBe(0);
  await axe.sjekk(anonym, "kvittering: avsluttet");

  expect(axe.funn).toEqual({});
  // The refused close answered 422 on purpose (errors at the fields); Chromium logs every 4xx fetch.
  expect(axe.konsoll.filter((line) => !line.includes("status of 422"))).toEqual([]);
});

test("the anonymous pages refuse a flood from one address with 429, in Norwegian", async () => {
  let status = 0;
  for (let i = 0; i < 260 && status !== 429; i++) {
    status = (await post(`${server.url}/bekymring/kvittering`, { kode: "" })).status;
  }
  expect(status).toBe(429);
  const svar = await post(`${server.url}/bekymring`, {});
  expect(svar.status).toBe(429);
  expect(await svar.text()).toContain("for mange meldinger");
  expect(svar.headers.get("referrer-policy")).toBe("no-referrer");
});
