import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, horizontalOverflow } from "./helpers/axe";
import { hydrert, launchBrowser, newContext } from "./helpers/browser";
import { csrfTokenIn, follow, loginInBrowser, loginWithFetch, request } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The resident's application journey in Chromium: start, fill in, save a draft, come back, add a household
 * row, upload an attachment, get errors at the field, send, see the receipt and the case on Mine saker —
 * with JavaScript and without it. Sending twice makes one case; staff register a paper application.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

async function startNy(page: Page): Promise<string> {
  await page.goto(`${server.url}/soknad`);
  await hydrert(page);
  await page.getByRole("button", { name: "Start ny søknad" }).click();
  await page.waitForURL(/\/soknad\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function fyllUt(page: Page) {
  await page.getByLabel("Hvilken bydel søker du i?").selectOption("sagene");
  await page.getByLabel("Hva passer best for deg nå?").selectOption("midlertidig");
  await page.getByLabel("Fortell kort om hvordan du bor nå").fill("Jeg bor på hospits med sønnen min.");
  await page.getByLabel("Inntekt i husstanden per år").fill("210 000");
  await page.locator("#felt-medlem-0-rolle").selectOption("barn");
  await page.locator("#felt-medlem-0-alder").fill("7");
  await page.getByLabel("Heis").check();
  await page.getByLabel("Gamle Oslo").check();
}

/** axe and the overflow check run scripts in the page, so only where JavaScript is on. */
async function expectClean(page: Page, js = true) {
  if (!js) return;
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);
}

describe.each([
  { js: true, width: 1280 },
  { js: true, width: 360 },
  { js: false, width: 360 },
])("the resident applies (JavaScript $js, $width px)", ({ js, width }) => {
  test("draft → return → add a person → attachment → errors at the field → send → receipt → Mine saker", async () => {
    // Sign in with JavaScript (the identity provider's pages), then use the app with or without it.
    const innlogging = await newContext(browser, width);
    const loginPage = await innlogging.newPage();
    await loginInBrowser(loginPage, server.url, "beboer-sagene");
    const storageState = await innlogging.storageState();
    await innlogging.close();
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      locale: "nb-NO",
      timezoneId: "Europe/Oslo",
      javaScriptEnabled: js,
      storageState,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const sti = await startNy(page);
      await expectClean(page, js);
      await fyllUt(page);
      await page.getByRole("button", { name: "Lagre utkast" }).click();
      await page.getByText("Utkastet er lagret").waitFor();

      // Come back later: the draft is listed and keeps what was typed.
      await page.goto(`${server.url}/soknad`);
      await hydrert(page);
      await page.locator(`a[href="${sti}"]`).click();
      await page.waitForURL(`**${sti}`);
      expect(await page.getByLabel("Inntekt i husstanden per år").inputValue()).toBe("210 000");
      expect(await page.getByLabel("Heis").isChecked()).toBe(true);

      // One more household row, without losing anything.
      expect(await page.locator("[id^=felt-medlem-][id$=-alder]").count()).toBe(2);
      await page.getByRole("button", { name: "Legg til en person til" }).click();
      await page.locator("#felt-medlem-2-alder").waitFor();
      await page.locator("#felt-medlem-2-rolle").selectOption("voksen");
      await page.locator("#felt-medlem-2-alder").fill("17");

      // An attachment: the real type is checked; then it is listed with a remove button.
      await page
        .getByLabel("Velg en fil")
        .setInputFiles({ name: "lønnsslipp.pdf", mimeType: "application/pdf", buffer: PDF });
      await page.getByRole("button", { name: "Last opp filen" }).click();
      await page.getByText("Filen er lastet opp").waitFor();
      await expect(page.getByRole("button", { name: "Fjern lønnsslipp.pdf" }).count()).resolves.toBe(1);
      await page
        .getByLabel("Velg en fil")
        .setInputFiles({ name: "virus.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00") });
      await page.getByRole("button", { name: "Last opp filen" }).click();
      await page.getByText("Filen må være PDF, JPG eller PNG.").first().waitFor();

      // Sending checks everything: errors at the field and in the summary, typed values kept.
      await page.getByRole("button", { name: "Send søknad" }).click();
      await page
        .getByText("Du må krysse av for at du har lest hvordan opplysningene brukes.")
        .first()
        .waitFor();
      await page.getByText("Du må rette dette før du kan sende:").waitFor();
      // Saving closes the gaps: the person typed in the third row is now the second.
      const alder = page.locator("#felt-medlem-1-alder");
      expect(await alder.getAttribute("aria-invalid")).toBe("true");
      expect(await alder.inputValue()).toBe("17");
      await expect(page.locator("#felt-medlem-1-alder-feil").textContent()).resolves.toContain("fra 18 år");
      await page
        .getByText("Du må krysse av for at du har lest hvordan opplysningene brukes.")
        .first()
        .waitFor();
      await expectClean(page, js);

      await alder.fill("19");
      await page.getByLabel("Jeg har lest hvordan opplysningene brukes", { exact: false }).check();
      await page.getByRole("button", { name: "Send søknad" }).click();
      await page.waitForURL(/\/mine-saker\/[0-9a-f-]{36}\?kvittering=1$/);
      await page.getByRole("heading", { name: "Vi har fått søknaden din" }).waitFor();
      const kvittering = (await page.locator(".soknad-kvittering").textContent()) ?? "";
      const saksnummer = /Saksnummeret er (\d{4}\/\d{5})/.exec(kvittering)?.[1];
      expect(saksnummer).toBeDefined();
      expect(kvittering).toMatch(/Du får svar innen \d+\. \w+ \d{4}, eller et foreløpig svar/);
      expect(await page.locator("h1").count()).toBe(1);
      await expectClean(page, js);

      await page.goto(`${server.url}/mine-saker`);

      await hydrert(page);
      await page.getByRole("link", { name: new RegExp(`sak ${saksnummer}`) }).waitFor();
      await page.getByText("Vi har mottatt søknaden din.").first().waitFor();
      await expectClean(page, js);
      // The sent draft is no longer among the unsent ones.
      await page.goto(`${server.url}/soknad`);
      await hydrert(page);
      expect(await page.locator(`a[href="${sti}"]`).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe("sending twice, and someone else's draft", () => {
  test("two identical sends make one case; another resident's draft is 404", async () => {
    const jar = await loginWithFetch(server.url, "beboer-stovner");
    const start = await follow(jar, `${server.url}/soknad`);
    const csrf = csrfTokenIn(start.body) ?? "";
    const nyttId = /name="utkastId" value="([0-9a-f-]{36})"/.exec(start.body)?.[1] ?? "";
    const skjema = await follow(jar, `${server.url}/soknad`, { form: { _csrf: csrf, utkastId: nyttId } });
    expect(new URL(skjema.url).pathname).toBe(`/soknad/${nyttId}`);
    const versjon = /name="versjon" value="(\d+)"/.exec(skjema.body)?.[1] ?? "";
    const felter = {
      _csrf: csrf,
      versjon,
      idempotensnokkel: `soknad:${nyttId}`,
      rader: "2",
      type: "bolig",
      bydelId: "stovner",
      innsenderrolle: "nei",
      boligsituasjon: "leier_privat",
      boligBeskrivelse: "Husleien er for høy.",
      inntekt: "180000",
      samtykkePersonvern: "ja",
      handling: "send",
    };
    // A save from an older tab is refused with a plain message, keeps what was typed, and overwrites nothing.
    const lagre = { ...felter, handling: "lagre", boligBeskrivelse: "Fra fane 1" };
    expect((await request(jar, `${server.url}/soknad/${nyttId}`, { form: lagre })).status).toBe(302);
    const gammel = await follow(jar, `${server.url}/soknad/${nyttId}`, {
      form: { ...lagre, boligBeskrivelse: "Fra fane 2" },
    });
    expect(gammel.response.status).toBe(409);
    expect(gammel.body).toContain("Søknaden er endret et annet sted");
    expect(gammel.body).toContain(">Fra fane 2</textarea>");
    expect(gammel.body).toContain(`name="versjon" value="${versjon}"`);
    const naa = await follow(jar, `${server.url}/soknad/${nyttId}`);
    expect(naa.body).toContain(">Fra fane 1</textarea>");
    felter.versjon = /name="versjon" value="(\d+)"/.exec(naa.body)?.[1] ?? "";

    const antallFoer = (
      (await follow(jar, `${server.url}/mine-saker`)).body.match(/href="\/mine-saker\/[0-9a-f-]{36}"/g) ?? []
    ).length;
    const [a, b] = await Promise.all([
      request(jar, `${server.url}/soknad/${nyttId}`, { form: felter }),
      request(jar, `${server.url}/soknad/${nyttId}`, { form: felter }),
    ]);
    expect([a.status, b.status]).toEqual([302, 302]);
    expect(a.headers.get("location")).toBe(b.headers.get("location"));
    const liste = await follow(jar, `${server.url}/mine-saker`);
    const lenker = liste.body.match(/href="\/mine-saker\/[0-9a-f-]{36}"/g) ?? [];
    expect(lenker).toHaveLength(antallFoer + 1);
    expect(lenker.filter((l) => l === `href="${a.headers.get("location")?.split("?")[0]}"`)).toHaveLength(1);

    const annen = await loginWithFetch(server.url, "beboer-sagene");
    expect((await request(annen, `${server.url}/soknad/${nyttId}`)).status).toBe(404);
    expect((await request(annen, `${server.url}${a.headers.get("location")?.split("?")[0]}`)).status).toBe(
      404,
    );
  });
});

describe("staff register a paper application", () => {
  test("the same checks at the field; then one case with the date stamp", async () => {
    const jar = await loginWithFetch(server.url, "saksbehandler-sagene");
    const side = await follow(jar, `${server.url}/saker/ny`);
    expect(side.response.status).toBe(200);
    const csrf = csrfTokenIn(side.body) ?? "";
    const nokkel = /name="idempotensnokkel" value="([^"]+)"/.exec(side.body)?.[1] ?? "";
    const felter = {
      _csrf: csrf,
      idempotensnokkel: nokkel,
      rader: "2",
      type: "bolig",
      innsenderrolle: "saksbehandler_papir",
      mottatt: "2026-01-05",
      "soker.fodselsnummer": "12899040464",
      "soker.fornavn": "Papir",
      "soker.etternavn": "Søker",
      samtykkeSoker: "ja",
      samtykkeGrunnlag: "Underskrevet søknad",
      boligsituasjon: "hos_familie",
      boligBeskrivelse: "Bor hos søsteren sin.",
      inntekt: "150000",
      handling: "send",
    };
    // "Fjern" on the first person: the second moves up, nothing is stored.
    const fjernet = await follow(jar, `${server.url}/saker/ny`, {
      form: {
        ...felter,
        "medlem.0.rolle": "barn",
        "medlem.0.alder": "3",
        "medlem.1.rolle": "voksen",
        "medlem.1.alder": "44",
        handling: "fjern:0",
      },
    });
    expect(fjernet.response.status).toBe(200);
    expect(fjernet.body).toMatch(/id="felt-medlem-0-alder"[^>]*value="44"/);
    expect(fjernet.body).not.toContain('value="3"');

    const feil = await follow(jar, `${server.url}/saker/ny`, { form: felter });
    expect(feil.response.status).toBe(422);
    expect(feil.body).toContain("Fødselsnummeret er ikke gyldig");
    expect(feil.body).toContain(">Bor hos søsteren sin.</textarea>");

    const ok = await follow(jar, `${server.url}/saker/ny`, {
      form: { ...felter, "soker.fodselsnummer": "12899040463" },
    });
    expect(ok.response.status).toBe(200);
    expect(ok.body).toContain("Søknaden er registrert");
    const saksnummer = /Saksnummeret er (\d{4}\/\d{5})/.exec(ok.body)?.[1];
    expect(saksnummer).toBeDefined();
    // A resent form (the same key) gives the same case.
    const igjen = await follow(jar, `${server.url}/saker/ny`, {
      form: { ...felter, "soker.fodselsnummer": "12899040463" },
    });
    expect(/Saksnummeret er (\d{4}\/\d{5})/.exec(igjen.body)?.[1]).toBe(saksnummer);
  });
});

describe("the staff page passes axe", () => {
  test("/saker/ny at 360 px", async () => {
    const context = await newContext(browser, 360);
    const page = await context.newPage();
    try {
      await loginInBrowser(page, server.url, "saksbehandler-sagene", "/saker/ny");
      await expectClean(page);
    } finally {
      await context.close();
    }
  }, 60_000);
});
