import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { axeViolations, horizontalOverflow } from "./helpers/axe";
import { hydrert, launchBrowser, newContext } from "./helpers/browser";
import { csrfTokenIn, follow, loginInBrowser, loginWithFetch, request } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The appeal board in Chromium, as klagenemnd-oslo on the small demo Oslo: the list holds only cases
 * forwarded to the board; open one, record "stadfestet" with reasons (a plain form, errors at the field
 * first); the case then shows the outcome and moves to "Avgjort". A case not forwarded to the board is 404.
 */
let server: RunningServer;
let browser: Browser;
const { ids } = inject("bomiljoE2e");

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("the board's list shows forwarded cases only; recording stadfestet with reasons ends the appeal", async () => {
  const forwarded = ids.sagene["sak:klagenemnd"];
  const notForwarded = ids.sagene["sak:ikke_klagenemnd"];
  expect(forwarded, "the demo data has a case forwarded to the board").toBeDefined();
  expect(notForwarded).toBeDefined();

  const context = await newContext(browser, 1280);
  const page = await context.newPage();
  await loginInBrowser(page, server.url, "klagenemnd-oslo", "/klagenemnd");
  expect(await page.locator("h1").textContent()).toBe("Klager til klagenemnda");
  const lenker = await page
    .locator('a[href^="/klagenemnd/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(lenker).toContain(`/klagenemnd/${forwarded}`);
  expect(lenker).not.toContain(`/klagenemnd/${notForwarded}`);
  expect(await axeViolations(page)).toEqual([]);

  // Open the first case waiting for the board.
  const venter = page.locator('section[aria-labelledby="venter"] a[href^="/klagenemnd/"]').first();
  const saksnummer = (await venter.textContent())!.trim();
  await venter.click();
  await page.waitForURL(/\/klagenemnd\/[0-9a-f-]{36}$/);
  await page.locator("h1", { hasText: "Klage i sak" }).waitFor();
  const sakUrl = page.url();
  expect(await page.locator("h1").textContent()).toBe(`Klage i sak ${saksnummer}`);
  expect(await page.getByRole("heading", { name: "Vedtaket det er klaget over" }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  // Submitting without a choice: errors at the fields, the typed reasons kept.
  await page.getByLabel("Begrunnelse", { exact: true }).fill("Nemnda er enig i bydelens vurdering.");
  await page.getByRole("button", { name: "Registrer avgjørelsen" }).click();
  await page.waitForSelector("text=Velg utfallet");
  expect(await page.locator("#avgjor-utfall").textContent()).toContain("Velg utfallet");
  expect(await page.getByLabel("Begrunnelse", { exact: true }).inputValue()).toBe(
    "Nemnda er enig i bydelens vurdering.",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("Stadfestet – vedtaket blir stående").check();
  await page.getByRole("button", { name: "Registrer avgjørelsen" }).click();
  await page.waitForURL((url) => url.search === "?lagret");
  await page.getByRole("heading", { name: "Klagen er avgjort" }).waitFor();
  const body = (await page.locator("main").textContent()) ?? "";
  expect(body).toContain("Avgjørelsen er registrert.");
  expect(body).toContain("Klagen er avgjort");
  expect(body).toContain("Nemnda er enig i bydelens vurdering.");
  expect(body).toContain("Stadfestet");
  expect(await page.getByRole("button", { name: "Registrer avgjørelsen" }).count()).toBe(0);

  // Back on the list, the case is among the decided ones.
  await page.goto(`${server.url}/klagenemnd`);
  await hydrert(page);
  const avgjort = page.locator('section[aria-labelledby="avgjorte"]');
  expect(await avgjort.getByRole("row").filter({ hasText: saksnummer }).textContent()).toContain(
    "Stadfestet",
  );
  expect(new URL(sakUrl).pathname.startsWith("/klagenemnd/")).toBe(true);

  // At 360 px: no sideways scrolling, still no axe violations.
  await context.close();
  const phone = await newContext(browser, 360);
  const small = await phone.newPage();
  await loginInBrowser(small, server.url, "klagenemnd-oslo", new URL(sakUrl).pathname);
  expect(await horizontalOverflow(small)).toBe(0);
  expect(await axeViolations(small)).toEqual([]);
  await phone.close();
});

test("a case not forwarded to the board is 404, and other roles are refused", async () => {
  const jar = await loginWithFetch(server.url, "klagenemnd-oslo");
  for (const district of ["sagene", "stovner"] as const) {
    const notForwarded = ids[district]["sak:ikke_klagenemnd"];
    const res = await follow(jar, `${server.url}/klagenemnd/${notForwarded}`);
    expect(res.response.status).toBe(404);
  }
  // A stale save (a row version from long ago: every forwarded case has been through many steps) is refused
  // with 409, saying so and keeping what was typed.
  const stovner = `${server.url}/klagenemnd/${ids.stovner["sak:klagenemnd"]}`;
  const page = await follow(jar, stovner);
  expect(page.response.status).toBe(200);
  const stale = await request(jar, stovner, {
    form: {
      _csrf: csrfTokenIn(page.body)!,
      versjon: "1",
      utfall: "omgjort",
      begrunnelse: "Skrevet på en gammel side.",
    },
  });
  expect(stale.status).toBe(409);
  const body = await stale.text();
  expect(body).toContain("Saken er endret mens du skrev");
  expect(body).toContain("Skrevet på en gammel side.");
  const sara = await loginWithFetch(server.url, "saksbehandler-sagene");
  const refused = await follow(sara, `${server.url}/klagenemnd/${ids.sagene["sak:klagenemnd"]}`);
  expect(refused.response.status).toBe(403);
  const list = await follow(sara, `${server.url}/venteliste`);
  expect(list.response.status).toBe(200);
  expect(list.body).toContain("Venteliste");
});
