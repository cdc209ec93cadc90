import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addDays, todayInOslo } from "../../app/lib/frister";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, mainText, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * An HMS campaign in Chromium (docs/domain/hms.md): the Sagene coordinator plans a campaign at an address, opens
 * a door from the generated door list, records an attempt without a date (refused at the field), "not at home"
 * and then "visited", records a building finding and sends it to Boligbygg as a defect report, and records a
 * need referred to NAV. Boligbygg (forvalter-boligbygg) opens the same door: the finding with its defect's live
 * status, no need and no referral text; and finds the defect in its queue (/mangelmeldinger). Axe on every page.
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

const FEIL = "E2E: ytterdøren i oppgangen smeller ikke igjen";
const HENVISNING = "E2E: ønsker hjelp med søknad om bostøtte";

/** Clicks a submit button and waits until the page shows `tekst` (the action redirected and reloaded). */
async function send(page: Page, form: ReturnType<Page["locator"]>, knapp: string, tekst: string) {
  await form.getByRole("button", { name: knapp }).click();
  await expect.poll(() => mainText(page), { timeout: 15_000 }).toContain(tekst);
  await hydrert(page);
}

test("HMS-kampanje: dørliste, forsøk, funn blir mangelmelding i Boligbyggs kø, henvisning skjult for Boligbygg", async () => {
  const axe = new AxeLogg();
  const idag = todayInOslo();

  // 1. The coordinator plans a campaign; the door list is generated.
  const k = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/hms", axe);
  await axe.sjekk(k, "koordinator: HMS-kampanjer");
  const adresse = k.getByLabel("Adresse");
  const valg = await adresse.locator("option").nth(1).getAttribute("value");
  await adresse.selectOption(valg ?? "");
  await k.getByLabel("Navn på kampanjen").fill("E2E-kampanje");
  await k.getByLabel("Første dag").fill(addDays(idag, -7));
  await k.getByLabel("Siste dag").fill(addDays(idag, 14));
  await Promise.all([
    k.waitForURL(/\/hms\/[0-9a-f-]{36}$/),
    k.getByRole("button", { name: "Lagre kampanjen" }).click(),
  ]);
  await hydrert(k);
  const kampanjeUrl = k.url();
  await axe.sjekk(k, "koordinator: kampanjen");
  expect(await mainText(k)).toContain("Dørliste");
  expect(await k.getByTestId("framdrift").textContent()).toContain("Ikke startet");

  // 2. The first door: a bad date is refused at the field, then two attempts.
  const dorlenke = k.locator('a[href*="/dor/"]').first();
  await Promise.all([k.waitForURL(/\/dor\/[0-9a-f-]{36}/), dorlenke.click()]);
  await hydrert(k);
  const dorUrl = k.url().split("?")[0]!;
  await axe.sjekk(k, "koordinator: døren");
  const forsok = k.locator("form", { has: k.getByLabel("Utfall") });
  await forsok.getByLabel("Dato", { exact: true }).fill("");
  await send(k, k.locator("main"), "Lagre forsøket", "Dato: Fyll ut feltet.");
  await axe.sjekk(k, "koordinator: feil dato");
  await forsok.getByLabel("Dato", { exact: true }).fill(idag);
  await forsok.getByLabel("Utfall").selectOption("ikke_hjemme");
  await send(k, forsok, "Lagre forsøket", "1 av 4 forsøk er brukt");
  await forsok.getByLabel("Utfall").selectOption("besokt");
  await send(k, forsok, "Lagre forsøket", "2 av 4 forsøk er brukt");
  expect(await mainText(k)).toContain("Døren er ferdig");

  // 3. A building finding, sent to Boligbygg as a defect report.
  const bygning = k.locator("form", { has: k.getByLabel("Beskriv feilen") });
  await bygning.getByLabel("Beskriv feilen").fill(FEIL);
  await send(k, bygning, "Lagre funnet", FEIL);
  await k.locator("summary", { hasText: "Send til Boligbygg som mangelmelding" }).click();
  const sendSkjema = k.locator("form", { has: k.getByLabel("Kategori") });
  await sendSkjema.getByLabel("Kategori").selectOption("dor_las");
  await sendSkjema.getByLabel("Hvor er feilen").selectOption("trappeoppgang");
  await send(k, sendSkjema, "Send mangelmeldingen", "Mangelmeldingen: Mottatt");
  await axe.sjekk(k, "koordinator: funn sendt");

  // 4. A need, referred to NAV (district only).
  const behov = k.locator("form", { has: k.getByLabel("Tema for behovet") });
  await behov.getByLabel("Tema for behovet").selectOption("husleie_okonomi");
  await send(k, behov, "Lagre funnet", "Husleie og økonomi");
  await k.locator("summary", { hasText: "Henvis til en tjeneste i bydelen" }).click();
  const henvis = k.locator("form", { has: k.getByLabel("Oppsummering til tjenesten") });
  await henvis.getByLabel("Tjeneste", { exact: true }).selectOption("nav");
  await henvis.getByLabel("Oppsummering til tjenesten").fill(HENVISNING);
  await send(k, henvis, "Send henvisningen", HENVISNING);
  await axe.sjekk(k, "koordinator: henvist");

  // 5. Boligbygg: the door shows the finding and the defect's status, never the need or the referral.
  const f = await signedInPage(browser, server.url, "forvalter-boligbygg", new URL(dorUrl).pathname, axe);
  await axe.sjekk(f, "forvalter: døren");
  const tekst = await mainText(f);
  expect(tekst).toContain(FEIL);
  expect(tekst).toContain("Mangelmeldingen: Mottatt");
  expect(tekst).not.toContain(HENVISNING);
  expect(tekst).not.toContain("Husleie og økonomi");
  expect(tekst).not.toContain("Behov hos beboerne");
  expect(await f.getByRole("button", { name: "Lagre forsøket" }).count()).toBe(0);
  const href = await f.getByRole("link", { name: "Åpne mangelmeldingen" }).getAttribute("href");
  expect(href).toMatch(/^\/mangelmeldinger\/[0-9a-f-]{36}$/);
  await f.goto(kampanjeUrl);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: kampanjen");
  expect(await mainText(f)).not.toContain("Behov hos beboerne");
  await f.goto(`${server.url}/hms`);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: HMS-kampanjer");

  // 6. …and the defect is in Boligbygg's queue, the same object.
  await f.goto(`${server.url}/mangelmeldinger?visning=apne&bydel=sagene`);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: mangelkø");
  await Promise.all([f.waitForURL(`${server.url}${href}`), f.locator(`a[href="${href}"]`).first().click()]);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: mangelmeldingen");
  expect(await mainText(f)).toContain(FEIL);

  expect(axe.funn).toEqual({});
  // Expected: the attempt without a date answered 400.
  const uventet = axe.konsoll.filter(
    (linje) => !(linje.startsWith("bomiljokoordinator-sagene:") && linje.includes("status of 400")),
  );
  expect(uventet).toEqual([]);
}, 180_000);
