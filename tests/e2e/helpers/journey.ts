import type { Browser, Locator, Page } from "playwright-core";
import { extractText } from "unpdf";
import { axeViolations } from "./axe";
import { hydrert, newContext } from "./browser";
import { loginType, type PersonaId } from "./login";

/**
 * Helpers for journey tests that walk several personas through one case: axe findings collected per page (so
 * one run reports every page, not just the first with a violation), a signed-in page per persona in its own
 * browser context, the case page's action panels, and a PDF fetched with the page's own session.
 */
export class AxeLogg {
  /** Page label → axe violations (only pages with findings). */
  readonly funn: Record<string, string[]> = {};
  /** Every page label checked, in order. */
  readonly sider: string[] = [];
  /** Uncaught errors and console errors in any page signed in through `signedInPage` (e.g. hydration errors). */
  readonly konsoll: string[] = [];

  async sjekk(page: Page, label: string): Promise<void> {
    const violations = await axeViolations(page);
    this.sider.push(label);
    if (violations.length > 0) this.funn[`${label} (${new URL(page.url()).pathname})`] = violations;
  }
}

/**
 * A fresh browser context (its own cookies, like a separate browser) signed in as the persona through the
 * test identity provider's page, ending on `returnTo`. The identity provider's page is checked with axe too.
 */
export async function signedInPage(
  browser: Browser,
  url: string,
  personaId: PersonaId,
  returnTo: string,
  axe: AxeLogg,
): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (error) => axe.konsoll.push(`${personaId}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") {
      axe.konsoll.push(`${personaId}: ${message.text()} (${message.location().url})`);
    }
  });
  await page.goto(
    `${url}/auth/logg-inn?type=${loginType(personaId)}&returnTo=${encodeURIComponent(returnTo)}`,
  );
  await page.waitForURL(/\/idp\/interaction\//);
  await axe.sjekk(page, `innlogging ${personaId}`);
  await Promise.all([
    page.waitForURL((current) => current.origin === url && current.pathname + current.search === returnTo),
    page.locator(`button[name="persona"][value="${personaId}"]`).click(),
  ]);
  await hydrert(page);
  return page;
}

/** Opens one action panel (`<details id="handling-…">`) of the caseworker's case page and returns it. */
export async function aapneHandling(page: Page, id: string): Promise<Locator> {
  await hydrert(page);
  const details = page.locator(`#${id}`);
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await details.locator("summary").click();
  }
  return details;
}

/**
 * Clicks a form's submit button and makes sure the click reached the form: a POST leaves the page within 5 s.
 * On a busy machine a click can land while the page is still moving (a panel opening, a field growing) and hit
 * nothing; then it clicks again, at most three times, and says so on stderr. A POST that was sent is never
 * repeated, so a slow or failing server still fails the test.
 */
export async function sendSkjema(page: Page, knapp: Locator): Promise<void> {
  for (let forsok = 1; forsok <= 3; forsok++) {
    const sendt = page
      .waitForRequest((request) => request.method() === "POST", { timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    await knapp.click();
    if (await sendt) return;
    console.error(`sendSkjema: klikk ${forsok} sendte ikke skjemaet (${page.url()})`);
  }
  throw new Error(`Skjemaet ble ikke sendt etter tre klikk: ${page.url()}`);
}

/** The text of the `main` element with runs of white space collapsed. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Fetches the PDF a link points to with the page's session (the browser context's cookies) and returns the
 * response's status and content type and the letter's text (unpdf's extractText, white space collapsed).
 */
export async function pdfFromLink(
  page: Page,
  link: Locator,
): Promise<{ status: number; contentType: string; text: string }> {
  const href = await link.getAttribute("href");
  if (!href) throw new Error("Lenken har ingen href");
  const response = await page.request.get(new URL(href, page.url()).href);
  const body = await response.body();
  const contentType = response.headers()["content-type"] ?? "";
  if (response.status() !== 200 || contentType !== "application/pdf") {
    return { status: response.status(), contentType, text: body.toString("utf8").slice(0, 500) };
  }
  const { text } = await extractText(new Uint8Array(body), { mergePages: true });
  return { status: response.status(), contentType, text: text.replace(/\s+/g, " ").trim() };
}

/**
 * Submits one action panel of the caseworker's case page and waits for the redirect the action answers on
 * success (`/saker/:sakId?utfort=<intent>`). When the action answers with field errors or a conflict instead,
 * fails with what the page says rather than a bare time-out.
 */
export async function utforHandling(
  page: Page,
  panel: Locator,
  knapp: string,
  intent: string,
): Promise<void> {
  const sti = new URL(page.url()).pathname;
  const id = await panel.getAttribute("id");
  // Neither branch rejects, so the one that loses the race cannot become an unhandled rejection.
  const ferdig = page
    .waitForURL((url) => url.pathname === sti && url.searchParams.get("utfort") === intent)
    .then(() => "ok" as const)
    .catch((error: Error) => error);
  const avvist = page
    .locator(`#${id} [role="alert"], #${id} [aria-invalid="true"]`)
    .first()
    .waitFor()
    .then(() => "avvist: feil ved feltet eller konflikt" as const)
    .catch((error: Error) => error);
  await hydrert(page);
  await sendSkjema(page, panel.getByRole("button", { name: knapp, exact: true }));
  const svar = await Promise.race([ferdig, avvist]);
  if (svar !== "ok") {
    const grunn = svar instanceof Error ? svar.message : svar;
    throw new Error(
      `«${knapp}» (${intent}) ble ikke lagret: ${grunn}\n${page.url()}\n${await mainText(page)}`,
    );
  }
}
