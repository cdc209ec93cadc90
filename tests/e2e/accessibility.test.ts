import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { WHO, pagesFor, type Who } from "./access-matrix.routes";
import { appRoutes } from "./helpers/app-routes";
import { axeViolations, horizontalOverflow } from "./helpers/axe";
import { launchBrowser, newContext } from "./helpers/browser";
import { loginType } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Every page each persona may see (from the access matrix), the public pages,
 * the 404 page and the test identity provider's pages: axe (WCAG 2.1 A and
 * AA) at desktop width, and no sideways scrolling at 360 px.
 */
let server: RunningServer;
let browser: Browser;
const ids = inject("bomiljoE2e").ids;
const routes = appRoutes().filter((route) => route.hasComponent);

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function audit(page: Page, label: string): Promise<string[]> {
  const problems = (await axeViolations(page)).map((line) => `${label}: ${line}`);
  const width = page.viewportSize()?.width ?? 1280;
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) problems.push(`${label}: ${overflow} px wider than a 360 px screen`);
  await page.setViewportSize({ width, height: 800 });
  return problems;
}

test("the checks themselves catch a missing alt text, an unlabelled field and a page too wide for 360 px", async () => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main>
       <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">
       <div style="width: 500px">bred</div></main></body></html>`,
    );
    const problems = await audit(page, "prøve");
    expect(problems.some((line) => line.includes("image-alt"))).toBe(true);
    expect(problems.some((line) => line.includes("label"))).toBe(true);
    expect(problems.some((line) => line.includes("wider than a 360 px screen"))).toBe(true);
  } finally {
    await context.close();
  }
});

describe.each(WHO)("%s", (who: Who) => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  if (who !== "anonym") {
    test("signing in: the identity provider's page, then back in the app", async () => {
      await page.goto(`${server.url}/auth/logg-inn?type=${loginType(who)}&returnTo=/`);
      await page.waitForURL(/\/idp\/interaction\//);
      problems.push(...(await audit(page, `IdP (${loginType(who)})`)));
      await Promise.all([
        page.waitForURL((url) => url.origin === server.url && url.pathname === "/"),
        page.locator(`button[name="persona"][value="${who}"]`).click(),
      ]);
      expect(problems).toEqual([]);
    });
  } else {
    test.each([
      ["the 404 page", "/denne-siden-finnes-ikke", 404],
      ["a sign-in that cannot be completed", "/auth/callback/ansatt?code=x&state=y", 400],
      ["the identity provider's page for an expired sign-in", "/idp/interaction/utlopt", null],
    ] as const)("%s", async (label, path, status) => {
      const response = await page.goto(`${server.url}${path}`);
      if (status !== null) expect(response?.status()).toBe(status);
      else expect(response?.status()).toBeGreaterThanOrEqual(400);
      expect(await audit(page, label)).toEqual([]);
    });
  }

  for (const { pattern, path } of pagesFor(who, routes, ids)) {
    test(`${pattern}`, async () => {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), `${path} as ${who}`).toBe(200);
      expect(await audit(page, path)).toEqual([]);
    });
  }
});
