import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, headless, with no background traffic. playwright-core
 * never downloads a browser; `launch` gives every run a fresh temporary
 * profile (user-data dir), and each context is isolated like a private window.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export async function newContext(browser: Browser, width = 1280): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height: 800 }, locale: "nb-NO", timezoneId: "Europe/Oslo" });
}

/**
 * Waits until React has hydrated the current document (app/root.tsx sets `data-hydrert="ja"` on <html>).
 * A click that lands while React is hydrating can be swallowed, so tests wait for this after every full page
 * load before they click buttons or open panels. After a client-side navigation it also waits until React has
 * drawn the page the address bar shows (`data-vist`): the URL changes before the new page is rendered. Pages
 * with JavaScript turned off count as ready once loaded.
 */
export async function hydrert(page: Page): Promise<void> {
  // With JavaScript off, React Router's inline script never defines its context: there is nothing to wait for.
  await page.waitForFunction(
    () =>
      (document.documentElement.dataset.hydrert === "ja" &&
        document.documentElement.dataset.vist === location.pathname + location.search) ||
      (document.readyState === "complete" && !("__reactRouterContext" in window)),
  );
}
