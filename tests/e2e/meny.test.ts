import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { horizontalOverflow } from "./helpers/axe";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The main menu of a role with many pages (the Sagene coordinator) is one drop-down per area of work: it opens
 * with the keyboard, marks the area of the current page, fits a phone screen and works without JavaScript. A
 * resident's short menu stays a plain row of links.
 */
let server: RunningServer;
let browser: Browser;
const axe = new AxeLogg();

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("the coordinator's menu is grouped by area and works with the keyboard", async () => {
  const page = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/", axe);
  const meny = page.getByRole("navigation", { name: "Hovedmeny" });
  const omrader = meny.locator(":scope > ul > li");
  expect(await omrader.count()).toBeLessThanOrEqual(7);
  // Closed drop-downs hide their links.
  await expect.poll(() => meny.getByRole("link", { name: "Aktiviteter" }).isVisible()).toBe(false);

  // Keyboard only: focus the area, open it with Enter, tab to a page and follow it.
  const bomiljo = meny.locator("summary", { hasText: "Bomiljø" }).first();
  await bomiljo.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => meny.getByRole("link", { name: "Aktiviteter" }).isVisible()).toBe(true);
  await axe.sjekk(page, "forside med åpen meny");
  await meny.getByRole("link", { name: "Aktiviteter" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/aktiviteter$/);
  await hydrert(page);
  // After the navigation every drop-down is closed again, and the current page's area is marked.
  await expect.poll(() => meny.locator("details[open]").count()).toBe(0);
  await expect.poll(() => meny.locator('summary[data-current="true"]').textContent()).toContain("Bomiljø");
  await meny.locator("summary", { hasText: "Bomiljø" }).first().click();
  expect(await meny.getByRole("link", { name: "Aktiviteter" }).getAttribute("aria-current")).toBe("page");

  // The home page groups its cards under the same areas.
  await page.goto(`${server.url}/`);
  await hydrert(page);
  const overskrifter = await page.locator("main h2").allTextContents();
  expect(overskrifter).toContain("Bomiljø");
  expect(overskrifter).toContain("Henvendelser");
  await axe.sjekk(page, "forside gruppert");

  // On a phone the closed menu is short and nothing overflows sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await horizontalOverflow(page)).toBe(0);
  const hoyde = await meny.evaluate((el) => el.getBoundingClientRect().height);
  expect(hoyde).toBeLessThan(740 / 2);
  await meny.locator("summary", { hasText: "Henvendelser" }).first().click();
  expect(await horizontalOverflow(page)).toBe(0);
  await axe.sjekk(page, "forside på mobil med åpen meny");
  await page.context().close();
});

test("without JavaScript the drop-downs still open and their links work", async () => {
  const page = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/", axe);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
  await context.addCookies(await page.context().cookies());
  const utenJs = await context.newPage();
  await utenJs.goto(`${server.url}/`);
  const meny = utenJs.getByRole("navigation", { name: "Hovedmeny" });
  await meny.locator("summary", { hasText: "Henvendelser" }).first().click();
  await meny.getByRole("link", { name: "Bekymringsmeldinger" }).click();
  await utenJs.waitForURL(/\/bekymringer$/);
  await context.close();
  await page.context().close();
});

test("a resident's short menu is a plain row of links", async () => {
  const page = await signedInPage(browser, server.url, "beboer-sagene", "/", axe);
  const meny = page.getByRole("navigation", { name: "Hovedmeny" });
  expect(await meny.locator("details").count()).toBe(0);
  expect(await meny.getByRole("link", { name: "Min bolig" }).isVisible()).toBe(true);
  await page.context().close();
});

test("no axe findings and no console errors", () => {
  expect(axe.funn).toEqual({});
  expect(axe.konsoll).toEqual([]);
});
