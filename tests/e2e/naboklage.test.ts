import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Neighbour complaints in Chromium on the small demo Oslo. The coordinator in Sagene registers a complaint with
 * a hidden complainant and records a talk; Boligbygg's property manager opens it and sees the lease side only
 * (no description, no talk note, no complainant), records a warning; the coordinator sees the warning without
 * its note and closes the complaint. Then an anonymous concern is turned into a complaint without complainant,
 * and another into an HMS follow-up (a campaign planned from it).
 * Axe on every page.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("the district and Boligbygg each handle and see their own side of a complaint", async () => {
  const axe = new AxeLogg();
  const beskrivelse = `Høy musikk hver natt etter midnatt (${crypto.randomUUID().slice(0, 8)}).`;
  const samtalenotat = "Samtale med den det klages på; han sier han sliter med søvnen selv.";

  const kari = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/naboklager", axe);
  await axe.sjekk(kari, "naboklager: bydelen");
  expect(
    await kari.getByRole("heading", { name: "Naboklager per 1000 boliger siste 12 måneder" }).count(),
  ).toBe(1);
  expect(await kari.getByRole("table", { name: "Per bydel" }).textContent()).toContain("Sagene");
  await kari.getByRole("link", { name: "Registrer en naboklage" }).click();
  await kari.getByLabel("Adresse", { exact: true }).waitFor();
  await axe.sjekk(kari, "naboklager: ny, velg adresse");
  const adresser = await kari
    .getByLabel("Adresse", { exact: true })
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await kari.getByLabel("Adresse", { exact: true }).selectOption(adresser[0]!);
  await kari.getByRole("button", { name: "Gå videre" }).click();
  await kari.waitForURL(/eiendom=/);
  await hydrert(kari);
  await axe.sjekk(kari, "naboklager: ny, skjema");
  // Empty: errors at the fields.
  await kari.getByRole("button", { name: "Registrer klagen" }).click();
  await kari.getByText("Velg hva klagen gjelder.").first().waitFor();
  await axe.sjekk(kari, "naboklager: ny, feil");
  const boliger = await kari
    .getByLabel("Boligen det klages på")
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(boliger.length).toBeGreaterThan(1);
  await kari.getByLabel("Boligen til den som klager").selectOption(boliger[0]!);
  await kari.getByLabel("Boligen det klages på").selectOption(boliger[1]!);
  await kari.getByLabel("Støy").check();
  await kari.getByLabel("Beskrivelse").fill(beskrivelse);
  await kari.getByLabel("Klageren vil ikke at andre enn saksbehandleren skal vite hvem som klager").check();
  await kari.getByRole("button", { name: "Registrer klagen" }).click();
  await kari.waitForURL(/\/naboklager\/[0-9a-f-]{36}$/);
  await hydrert(kari);
  const klageUrl = kari.url();
  await axe.sjekk(kari, "naboklage: bydelen");
  expect(await kari.getByText("Klageren er skjult for alle andre enn deg.").count()).toBe(1);
  const klagerHosKari = await kari.getByTestId("klager").textContent();
  expect(klagerHosKari).toContain("bolig");
  await kari.getByLabel("Samtale").check();
  await kari.getByLabel("Notat").fill(samtalenotat);
  await kari.getByRole("button", { name: "Registrer steget" }).click();
  await kari.getByText(samtalenotat).waitFor();

  // Boligbygg: the lease side.
  const frida = await signedInPage(browser, server.url, "forvalter-boligbygg", "/naboklager", axe);
  await axe.sjekk(frida, "naboklager: Boligbygg");
  expect(await frida.getByRole("link", { name: "Registrer en naboklage" }).count()).toBe(0);
  await frida.goto(klageUrl);
  await hydrert(frida);
  await axe.sjekk(frida, "naboklage: Boligbygg");
  const hosFrida = (await frida.locator("main").textContent())!;
  expect(hosFrida).not.toContain(beskrivelse);
  expect(hosFrida).not.toContain(samtalenotat);
  expect(hosFrida).toContain("Notatet hører til bydelens sosiale oppfølging.");
  expect(await frida.getByTestId("klager").textContent()).toContain("Skjult etter ønske fra klageren");
  expect(await frida.getByLabel("Samtale").count()).toBe(0);
  await frida.getByLabel("Advarsel").check();
  await frida.getByLabel("Notat").fill("Skriftlig advarsel etter husleieloven § 9-9 sendt.");
  await frida.getByRole("button", { name: "Registrer steget" }).click();
  await frida.getByText("Skriftlig advarsel etter husleieloven § 9-9 sendt.").waitFor();
  expect(await frida.getByRole("button", { name: "Avslutt klagen" }).count()).toBe(0);

  // The coordinator sees the warning (not its note) and closes.
  await kari.reload();
  await hydrert(kari);
  const hosKari = (await kari.locator("main").textContent())!;
  expect(hosKari).toContain("Advarsel (Boligbygg)");
  expect(hosKari).not.toContain("husleieloven § 9-9");
  await kari.getByLabel("Løst").check();
  await kari.getByRole("button", { name: "Avslutt klagen" }).click();
  await kari.getByText("Avsluttet", { exact: false }).first().waitFor();
  await axe.sjekk(kari, "naboklage: avsluttet");

  expect(axe.funn).toEqual({});
  expect(axe.konsoll.filter((line) => !line.includes("status of 422"))).toEqual([]);
});

test("an anonymous concern becomes a complaint without a complainant", async () => {
  const axe = new AxeLogg();
  const kari = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/bekymringer", axe);
  // The first open concern in the list (the demo data has open ones in Sagene).
  const lenke = kari.locator('a[href^="/bekymringer/"]').first();
  await lenke.click();
  await kari.waitForURL(/\/bekymringer\/[0-9a-f-]{36}$/);
  await hydrert(kari);
  await kari.getByRole("link", { name: "Gjør om til naboklage" }).click();
  await kari.waitForURL(/\/naboklager\/ny\?fra=/);
  await hydrert(kari);
  // Client-side navigation changes the URL before React has rendered the new page: wait for the text.
  await kari.getByText("Klagen lages fra en anonym bekymringsmelding.", { exact: false }).waitFor();
  await axe.sjekk(kari, "naboklager: ny fra bekymring");
  if (!kari.url().includes("eiendom=")) {
    const adresser = await kari
      .getByLabel("Adresse", { exact: true })
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await kari.getByLabel("Adresse", { exact: true }).selectOption(adresser[0]!);
    await kari.getByRole("button", { name: "Gå videre" }).click();
    await kari.waitForURL(/eiendom=/);
    await hydrert(kari);
  }
  expect(await kari.getByLabel("Boligen til den som klager").count()).toBe(0);
  const boliger = await kari
    .getByLabel("Boligen det klages på")
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await kari.getByLabel("Boligen det klages på").selectOption(boliger[0]!);
  await kari.getByLabel("Besøkende").check();
  await kari.getByLabel("Beskrivelse").fill("Mange besøkende om natten, meldt anonymt.");
  await kari.getByRole("button", { name: "Registrer klagen" }).click();
  await kari.waitForURL(/\/naboklager\/[0-9a-f-]{36}$/);
  await hydrert(kari);
  await kari.getByText("Kom inn som anonym bekymringsmelding.").waitFor();
  expect(await kari.getByTestId("klager").textContent()).toContain("Ingen klager");
  await axe.sjekk(kari, "naboklage: fra bekymring");
  expect(axe.funn).toEqual({});
  expect(axe.konsoll).toEqual([]);
});

test("an anonymous concern becomes an HMS follow-up: a campaign planned from it closes it", async () => {
  const axe = new AxeLogg();
  const kari = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/bekymringer", axe);
  // An open concern with an address (the first test turned the first open one into a complaint).
  const lenker = await kari
    .locator('main a[href^="/bekymringer/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  let bekymringUrl = "";
  for (const href of lenker) {
    await kari.goto(`${server.url}${href}`);
    await hydrert(kari);
    if ((await kari.getByRole("link", { name: "Følg opp med HMS-besøk" }).count()) > 0) {
      bekymringUrl = kari.url();
      break;
    }
  }
  expect(bekymringUrl, "an open concern in Sagene").not.toBe("");
  await axe.sjekk(kari, "bekymring: åpen");
  await kari.getByRole("link", { name: "Følg opp med HMS-besøk" }).click();
  await kari.waitForURL(/\/hms\?fra=/);
  await hydrert(kari);
  await kari.getByText("Kampanjen planlegges fra en anonym bekymringsmelding.", { exact: false }).waitFor();
  await axe.sjekk(kari, "hms: planlegg fra bekymring");
  const adresse = kari.getByLabel("Adresse", { exact: true });
  if (!(await adresse.inputValue())) {
    const verdier = await adresse
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await adresse.selectOption(verdier[0]!);
  }
  await kari.getByLabel("Navn på kampanjen").fill("Trygghet i oppgangene, vinter");
  await kari.getByLabel("Første dag").fill("2026-12-07");
  await kari.getByLabel("Siste dag").fill("2026-12-18");
  await kari.getByLabel("Hvem gjennomfører besøkene").selectOption({ label: "Bydelen og Boligbygg" });
  await kari.getByRole("button", { name: "Lagre kampanjen" }).click();
  await kari.waitForURL(/\/hms\/[0-9a-f-]{36}$/);
  await hydrert(kari);
  const kampanjeUrl = kari.url();
  await kari.getByText("Trygghet i oppgangene, vinter").first().waitFor();

  // The concern is closed as an HMS follow-up, with the campaign's name as summary and a link to it.
  await kari.goto(bekymringUrl);
  await hydrert(kari);
  const tekst = (await kari.locator("main").textContent())!;
  expect(tekst).toContain("Trygghet i oppgangene, vinter");
  expect(await kari.getByRole("link", { name: "Følg opp med HMS-besøk" }).count()).toBe(0);
  await kari.getByRole("link", { name: "Se HMS-kampanjen" }).click();
  await kari.waitForURL(kampanjeUrl);
  await axe.sjekk(kari, "hms: kampanje fra bekymring");
  expect(axe.funn).toEqual({});
  expect(axe.konsoll).toEqual([]);
});
