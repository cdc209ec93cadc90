import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, mainText, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Nærmiljøkontor in Chromium (docs/domain/naermiljokontor.md): the Sagene coordinator opens the district's
 * office, changes its opening hours (an empty field is refused at the field), registers contacts about a topic
 * this week and sees the week's count in the table. Boligbygg (forvalter-boligbygg) opens the same office: the
 * hours and services, no contact table, no forms. Axe on every page.
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

const TIDER = "E2E: tirsdag 12–15, torsdag 17–19";

/** The count this week (first week column) for a topic in the contact table. */
async function antallDenneUken(page: Page, tema: string): Promise<number> {
  const rad = page
    .getByTestId("kontakttabell")
    .locator("tr", { has: page.getByRole("rowheader", { name: tema }) });
  return Number(await rad.locator("td").first().textContent());
}

test("Nærmiljøkontor: koordinatoren endrer åpningstider og registrerer kontakter; Boligbygg ser ikke tallene", async () => {
  const axe = new AxeLogg();

  // 1. The coordinator's list: the district's offices with counts.
  const k = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/naermiljokontor", axe);
  await axe.sjekk(k, "koordinator: nærmiljøkontor");
  expect(await mainText(k)).toContain("Kontakter siste 12 uker");
  await Promise.all([
    k.waitForURL(/\/naermiljokontor\/[0-9a-f-]{36}$/),
    k.locator('main a[href^="/naermiljokontor/"]').first().click(),
  ]);
  await hydrert(k);
  const kontorUrl = k.url();
  await axe.sjekk(k, "koordinator: kontoret");

  // 2. An empty opening-hours field is refused at the field; then saved.
  const kontor = k.locator("form", { has: k.getByRole("button", { name: "Lagre kontoret" }) });
  await kontor.getByLabel("Åpningstider").fill("");
  await kontor.getByRole("button", { name: "Lagre kontoret" }).click();
  await expect.poll(() => mainText(k), { timeout: 15_000 }).toContain("Åpningstider: Fyll ut feltet.");
  await hydrert(k);
  await axe.sjekk(k, "koordinator: tomt felt");
  await kontor.getByLabel("Åpningstider").fill(TIDER);
  await kontor.getByLabel("NAV").check();
  await kontor.getByRole("button", { name: "Lagre kontoret" }).click();
  await expect.poll(() => mainText(k), { timeout: 15_000 }).toContain("Kontoret er lagret.");
  await hydrert(k);
  expect(await k.getByTestId("kontoret").textContent()).toContain(TIDER);
  expect(await k.getByTestId("kontoret").textContent()).toContain("NAV");

  // 3. Three contacts about neighbours this week: the table adds them.
  const for_ = await antallDenneUken(k, "Naboforhold");
  const kontakt = k.locator("form", { has: k.getByRole("button", { name: "Registrer", exact: true }) });
  await kontakt.getByLabel("Tema").selectOption("naboforhold");
  await kontakt.getByLabel("Antall kontakter").fill("3");
  await kontakt.getByRole("button", { name: "Registrer", exact: true }).click();
  await expect.poll(() => mainText(k), { timeout: 15_000 }).toContain("Kontaktene er registrert.");
  await hydrert(k);
  await axe.sjekk(k, "koordinator: registrert");
  expect(await antallDenneUken(k, "Naboforhold")).toBe(for_ + 3);

  // 4. Boligbygg: hours and services, never the counts, no forms.
  const f = await signedInPage(browser, server.url, "forvalter-boligbygg", "/naermiljokontor", axe);
  await axe.sjekk(f, "forvalter: nærmiljøkontor");
  expect(await mainText(f)).not.toContain("Kontakter siste 12 uker");
  await f.goto(kontorUrl);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: kontoret");
  const tekst = await mainText(f);
  expect(tekst).toContain(TIDER);
  expect(tekst).not.toContain("Kontakter per uke");
  expect(tekst).not.toContain("Naboforhold");
  expect(await f.getByTestId("kontakttabell").count()).toBe(0);
  expect(await f.locator("main form").count()).toBe(0);

  expect(axe.funn).toEqual({});
  // Expected: the empty field answered 400.
  const uventet = axe.konsoll.filter(
    (linje) => !(linje.startsWith("bomiljokoordinator-sagene:") && linje.includes("status of 400")),
  );
  expect(uventet).toEqual([]);
}, 180_000);
