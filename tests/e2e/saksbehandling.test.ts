import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addDays, computeDeadline, formatDatoLang, todayInOslo } from "../../app/lib/frister";
import { pdfTekst } from "../../app/modules/letters/test-helpers";
import { axeViolations, horizontalOverflow } from "./helpers/axe";
import { hydrert, launchBrowser, newContext } from "./helpers/browser";
import { aapneHandling, sendSkjema } from "./helpers/journey";
import { loginInBrowser } from "./helpers/login";
import { serverloggVedFeil, startServer, type RunningServer } from "./helpers/server";

/**
 * The caseworker's journey in Chromium (saksbehandler-sagene): the queue, a new case, assign, note, an avslag
 * decision with reasons, the decision letter as PDF (klagefrist as a date, the appeal body), and a stale save
 * from a second browser refused with the message while the typed text is kept.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ env: { LOG_LEVEL: "info" } });
  browser = await launchBrowser();
}, 120_000);
serverloggVedFeil(() => server);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("saksbehandling in the browser", () => {
  test("queue → case → assign → note → avslag → PDF; a stale save is refused and keeps the text", async () => {
    const a = await (await newContext(browser)).newPage();
    await loginInBrowser(a, server.url, "saksbehandler-sagene", "/saker");
    await expect(a.getByRole("heading", { level: 1, name: "Saker" }).count()).resolves.toBe(1);
    expect(await axeViolations(a)).toEqual([]);

    // The "Nye" view: new applications for a municipal flat.
    await a.getByRole("link", { name: "Nye", exact: true }).click();
    await a.waitForURL(/\/saker\?vis=nye/);
    await a.getByRole("table", { name: "Saker: Nye" }).waitFor();
    const rad = a.locator("tbody tr", { hasText: "Søknad om kommunal bolig" }).first();
    const saksnummer = (await rad.locator("a").first().textContent())!.trim();
    await rad.locator("a").first().click();
    await a.waitForURL(/\/saker\/[0-9a-f-]{36}$/);
    const sakUrl = a.url();
    await a.getByRole("heading", { level: 1, name: `Sak ${saksnummer}` }).waitFor();

    // Assign to me.
    const tildel = await aapneHandling(a, "handling-tildel");
    await sendSkjema(a, tildel.locator('button[type="submit"]'));
    await a.getByText("Saken er tildelt.").waitFor();

    // A note from the assessment.
    const notat = await aapneHandling(a, "handling-notat");
    await notat.getByLabel("Notat", { exact: true }).fill("Søkeren møtte og fortalte om boligsituasjonen.");
    await sendSkjema(a, notat.locator('button[type="submit"]'));
    await a.getByText("Notatet er lagret.").waitFor();
    await a.getByText("Søkeren møtte og fortalte om boligsituasjonen.").waitFor();

    // A second caseworker's browser opens the same case at this version.
    const b = await (await newContext(browser)).newPage();
    await loginInBrowser(b, server.url, "saksbehandler-sagene", new URL(sakUrl).pathname);

    // An avslag with the rules, the facts and the main considerations.
    const vedtak = await aapneHandling(a, "handling-vedtak");
    await vedtak.getByLabel("Avslag", { exact: true }).check();
    await vedtak
      .getByLabel("Reglene vedtaket bygger på")
      .fill(
        "Forskrift om tildeling av kommunal bolig i Oslo § 4: Du kan få kommunal bolig hvis du ikke klarer å skaffe deg en egnet bolig selv.",
      );
    await vedtak.getByLabel("De faktiske forholdene").fill("Husstanden har inntekt over grensen.");
    await vedtak.getByLabel("Hovedhensynene i vurderingen").fill("Du kan skaffe bolig selv med startlån.");
    await sendSkjema(a, vedtak.locator('button[type="submit"]'));
    await a.getByText("Vedtaket er fattet.").waitFor();
    expect(await axeViolations(a)).toEqual([]);

    // The letter: text-searchable, the klagefrist as a date (7 days after sending until receipt is recorded).
    const lenke = a.getByRole("link", { name: /Åpne vedtaksbrevet/ });
    const href = await lenke.getAttribute("href");
    const svar = await a.request.get(`${server.url}${href}`);
    expect(svar.status()).toBe(200);
    expect(svar.headers()["content-type"]).toBe("application/pdf");
    expect(svar.headers()["cache-control"]).toContain("no-store");
    const tekst = await pdfTekst(Buffer.from(await svar.body()));
    const frist = computeDeadline("klagefrist", addDays(todayInOslo(), 7)).due;
    expect(tekst).toContain(`Fristen for å klage er ${formatDatoLang(frist)}.`);
    expect(tekst).toContain("Oslo kommunes klagenemnd");
    expect(tekst).toContain(saksnummer);
    expect(tekst).toContain("Husstanden har inntekt over grensen.");

    // The second browser still has the old version: its note is refused, the text stays in the field.
    const gammel = await aapneHandling(b, "handling-notat");
    await gammel.getByLabel("Notat", { exact: true }).fill("Mitt notat skrevet samtidig.");
    await sendSkjema(b, gammel.locator('button[type="submit"]'));
    await b.getByText("Noen andre har endret dette mens du skrev.").waitFor();
    await b.getByText("Det du skrev er ikke lagret ennå.", { exact: false }).waitFor();
    await expect(b.locator("#handling-notat textarea").inputValue()).resolves.toBe(
      "Mitt notat skrevet samtidig.",
    );
    // Nothing was overwritten: the decision stands, and the refused note was not saved.
    await a.reload();
    await a.getByRole("heading", { name: /^Avslag, / }).waitFor();
    expect(await a.getByText("Mitt notat skrevet samtidig.").count()).toBe(0);
  }, 180_000);

  test("the queue and a case page at 360 px: no sideways scrolling, no axe violations", async () => {
    const page = await (await newContext(browser, 360)).newPage();
    await loginInBrowser(page, server.url, "saksbehandler-sagene", "/saker");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/saker\/[0-9a-f-]{36}$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  test("without JavaScript: a field error is shown at the field and in the summary, then the note is saved", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
      locale: "nb-NO",
      timezoneId: "Europe/Oslo",
    });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, "saksbehandler-sagene", "/saker");
    await page.goto(`${server.url}${await page.locator("tbody a").first().getAttribute("href")}`);
    await hydrert(page);
    const notat = page.locator("#handling-notat");
    await notat.locator("summary").click();
    await notat.locator('button[type="submit"]').click();
    await page.getByText("Rett opp dette før du lagrer:").waitFor();
    expect(await page.locator("#handling-notat").evaluate((el) => (el as HTMLDetailsElement).open)).toBe(
      true,
    );
    expect(await page.locator("#notat-tekst").getAttribute("aria-invalid")).toBe("true");
    await page.locator("#notat-tekst").fill("Skrevet uten JavaScript.");
    await page.locator("#handling-notat button[type=submit]").click();
    await page.getByText("Notatet er lagret.").waitFor();
    await page.getByText("Skrevet uten JavaScript.").waitFor();
    await context.close();
  }, 120_000);
});
