import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addDays, todayInOslo } from "../../app/lib/frister";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, mainText, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Resident participation and activities in Chromium. The coordinator (bomiljokoordinator-sagene) forms a
 * resident council through its states (invitation → information meeting → election among volunteers → active;
 * the election is refused without volunteers, going active without a leader), plans its first meeting and
 * turns a matter raised into an action item owned by a resident; plans a weekly barbecue series with an
 * announcement in bokmål and English (a wrong end time is refused at the field), confirms it, registers an
 * external partner and fetches the address's iCalendar feed. Boligbygg (forvalter-boligbygg) reads the council
 * without any way to change it, and sees the activity and the feed. Every page is checked with axe.
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

const RAD = "Beboerrådet i testgården";
const GRILL = "Grillfest i testgården";
const ARABISK = "مرحباً بكم في حفلة الشواء!";

/** Submits a form and waits until the action has answered and the page has loaded its data again. */
async function send(page: Page, scope: Locator, knapp: string) {
  let postet = false;
  await Promise.all([
    page.waitForResponse((r) => {
      if (r.request().method() === "POST") postet = true;
      return postet && r.request().method() === "GET" && r.url().includes(".data");
    }),
    scope.getByRole("button", { name: knapp }).click(),
  ]);
  await hydrert(page);
}

/** Submits a form the server refuses (no reload follows): waits for the POST's answer. */
async function sendAvvist(page: Page, scope: Locator, knapp: string) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    scope.getByRole("button", { name: knapp }).click(),
  ]);
}

/** Opens a `<details>` panel by its summary text (unless it is already open) and returns it. */
async function aapne(page: Page, summary: string): Promise<Locator> {
  const details = page.locator("details", { has: page.locator("summary", { hasText: summary }) });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await details.locator("summary").click();
  }
  return details;
}

const skjemaMed = (page: Page, knapp: string) =>
  page.locator("form", { has: page.getByRole("button", { name: knapp, exact: true }) });

test("beboerråd gjennom etableringen, aktivitet med iCal-feed, Boligbygg ser uten å endre", async () => {
  const axe = new AxeLogg();
  const idag = todayInOslo();
  const k = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/beboerrad", axe);
  await axe.sjekk(k, "koordinator: beboerråd");

  // 1. Register the council (invitation sent).
  const nytt = skjemaMed(k, "Registrer og inviter");
  await nytt.getByLabel("Adresse").selectOption({ index: 1 });
  await nytt.getByLabel("Type").selectOption({ label: "Beboerråd" });
  await nytt.getByLabel("Navn").fill(RAD);
  await Promise.all([
    k.waitForURL(/\/beboerrad\/[0-9a-f-]{36}$/),
    nytt.getByRole("button", { name: "Registrer og inviter" }).click(),
  ]);
  await hydrert(k);
  const radUrl = k.url();
  await axe.sjekk(k, "koordinator: nytt beboerråd");
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Invitasjon sendt");

  // 2. Information meeting; the election is refused without volunteers.
  const steg = () => skjemaMed(k, "Registrer steget");
  await steg().getByLabel("Neste steg").selectOption({ label: "Informasjonsmøte holdt" });
  await send(k, steg(), "Registrer steget");
  await steg().getByLabel("Neste steg").selectOption({ label: "Valg blant frivillige" });
  await sendAvvist(k, steg(), "Registrer steget");
  await k.getByText("Registrer minst én frivillig før valget.").waitFor();
  await axe.sjekk(k, "koordinator: valg uten frivillige");

  // 3. Two volunteers; the election; going active needs a leader.
  for (const navn of ["Aisha Abdi", "Tor Olsen"]) {
    const medlem = await aapne(k, "Registrer frivillig eller medlem");
    await medlem.getByLabel("Navn").fill(navn);
    await send(k, medlem, "Registrer");
  }
  await steg().getByLabel("Neste steg").selectOption({ label: "Valg blant frivillige" });
  await send(k, steg(), "Registrer steget");
  await steg().getByLabel("Neste steg").selectOption({ label: "Aktiv, månedlige møter" });
  await sendAvvist(k, steg(), "Registrer steget");
  await k.getByText(/må ha en valgt leder/).waitFor();
  const verv = await aapne(k, "Endre verv for Tor Olsen");
  await verv.getByLabel("Verv").selectOption({ label: "Leder" });
  await send(k, verv, "Lagre");
  await steg().getByLabel("Neste steg").selectOption({ label: "Aktiv, månedlige møter" });
  await send(k, steg(), "Registrer steget");
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Aktiv, månedlige møter:");
  const radTekst = await mainText(k);
  for (const s of [
    "Invitasjon sendt:",
    "Informasjonsmøte holdt:",
    "Valg blant frivillige:",
    "Aktiv, månedlige møter:",
  ]) {
    expect(radTekst).toContain(s);
  }
  await axe.sjekk(k, "koordinator: aktivt beboerråd");

  // 4. The first monthly meeting; a matter raised becomes an action item owned by a resident.
  const mote = skjemaMed(k, "Planlegg møtet");
  await mote.getByLabel("Dato for møtet").fill(idag);
  await Promise.all([
    k.waitForURL(/\/moter\/[0-9a-f-]{36}$/),
    mote.getByRole("button", { name: "Planlegg møtet" }).click(),
  ]);
  await hydrert(k);
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Saker fra beboerne");
  const tiltak = await aapne(k, "Nytt oppfølgingspunkt");
  await tiltak.getByLabel("Hva skal gjøres").fill("Beboerne ønsker benker i bakgården");
  await tiltak
    .getByLabel("Hvem har ansvaret")
    .selectOption({ label: "En annen person (skriv navnet under)" });
  await tiltak.getByLabel("Navn").fill("Tor Olsen");
  await tiltak.getByLabel("Fra").selectOption({ label: "beboerne" });
  await tiltak.getByLabel("Frist").fill(addDays(idag, 30));
  await send(k, tiltak, "Lagre oppfølgingspunktet");
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Tor Olsen (beboerne)");
  await axe.sjekk(k, "koordinator: beboermøte");

  // 5. A weekly barbecue series; a wrong end time is refused at the field, with what was typed kept.
  await k.goto(`${server.url}/aktiviteter`);
  await hydrert(k);
  await axe.sjekk(k, "koordinator: aktiviteter");
  const akt = () => skjemaMed(k, "Planlegg aktiviteten");
  await akt().getByLabel("Adresse").selectOption({ index: 1 });
  await akt().getByLabel("Slags aktivitet").selectOption({ label: "Grillfest" });
  await akt().getByLabel("Navn på aktiviteten").fill(GRILL);
  await akt().getByLabel("Dato").fill(addDays(idag, 5));
  await akt().getByLabel("Starter klokken").fill("16:00");
  await akt().getByLabel("Slutter klokken").fill("15:00");
  await akt().getByLabel("Sted", { exact: true }).fill("Bakgården");
  await akt().getByLabel("Kunngjøring på bokmål").fill("Velkommen til grillfest! Ta med naboen.");
  await akt()
    .getByLabel(/Kunngjøring på engelsk/)
    .fill("Welcome to a barbecue! Bring your neighbour.");
  await akt().getByLabel("Gjentas").selectOption({ label: "Hver uke" });
  await akt().getByLabel("Antall ganger").fill("3");
  await sendAvvist(k, akt(), "Planlegg aktiviteten");
  await k.getByText("Slutten må være etter starten.").first().waitFor();
  expect(await akt().getByLabel("Navn på aktiviteten").inputValue()).toBe(GRILL);
  await axe.sjekk(k, "koordinator: feil i aktivitet");
  await akt().getByLabel("Slutter klokken").fill("19:00");
  await Promise.all([
    k.waitForURL(/\/aktiviteter\/[0-9a-f-]{36}$/),
    akt().getByRole("button", { name: "Planlegg aktiviteten" }).click(),
  ]);
  await hydrert(k);
  const aktivitetUrl = k.url();
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Gjentakende aktivitet (3 ganger)");
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Welcome to a barbecue!");
  await axe.sjekk(k, "koordinator: aktivitet");
  const oppf = skjemaMed(k, "Lagre");
  await oppf.getByLabel("Status").selectOption({ label: "Bekreftet" });
  await send(k, oppf, "Lagre");
  await k.getByText("Endringen er lagret.").waitFor();
  // The announcement in residents' languages: Arabic right-to-left, Polish left-to-right.
  const sprak = await aapne(k, "Kunngjøring på flere språk");
  await sprak.getByLabel("Kunngjøring på العربية").fill(ARABISK);
  await sprak.getByLabel("Kunngjøring på Polski").fill("Zapraszamy na grilla!");
  expect(await sprak.getByLabel("Kunngjøring på العربية").getAttribute("dir")).toBe("rtl");
  await send(k, sprak, "Lagre kunngjøringene");
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain(ARABISK);
  expect(await k.locator('main div[lang="ar"][dir="rtl"]').textContent()).toContain(ARABISK);
  expect(await k.locator('main div[lang="pl"][dir="ltr"]').textContent()).toContain("Zapraszamy na grilla!");
  await axe.sjekk(k, "koordinator: aktivitet med kunngjøring på flere språk");

  // 6. The address: a partner, and the iCalendar feed.
  const adresseLenke = k
    .getByRole("navigation", { name: /Du er her|brødsmule/i })
    .getByRole("link")
    .last();
  void adresseLenke;
  const adresseHref = await k.locator('a[href^="/aktiviteter/adresse/"]').first().getAttribute("href");
  await k.goto(`${server.url}${adresseHref}`);
  await hydrert(k);
  await axe.sjekk(k, "koordinator: adressens kalender");
  const partner = await aapne(k, "Registrer en partner");
  await partner.getByLabel("Navn").fill("Frivilligsentralen Test");
  await partner.getByLabel("Slags partner").selectOption({ label: "Frivilligsentral" });
  await send(k, partner, "Registrer partneren");
  await expect.poll(() => mainText(k), { timeout: 10_000 }).toContain("Frivilligsentralen Test");
  const icsHref = await k.getByRole("link", { name: /Last ned kalenderen/ }).getAttribute("href");
  const ics = await k.request.get(`${server.url}${icsHref}`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const icsTekst = await ics.text();
  expect(icsTekst).toContain("BEGIN:VCALENDAR");
  expect(icsTekst.split(`SUMMARY:${GRILL}`).length - 1).toBe(3);
  expect(icsTekst).toContain("STATUS:CONFIRMED");

  // 7. Boligbygg reads the council without forms, sees the activity and the feed.
  const f = await signedInPage(browser, server.url, "forvalter-boligbygg", "/beboerrad", axe);
  await axe.sjekk(f, "forvalter: beboerråd");
  expect(await f.getByRole("button", { name: "Registrer og inviter" }).count()).toBe(0);
  await f.goto(radUrl);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: beboerrådet");
  await expect.poll(() => mainText(f), { timeout: 10_000 }).toContain("Aktiv, månedlige møter");
  expect(await f.getByRole("button", { name: "Registrer steget" }).count()).toBe(0);
  await f.goto(aktivitetUrl);
  await hydrert(f);
  await axe.sjekk(f, "forvalter: aktivitet");
  await expect.poll(() => mainText(f), { timeout: 10_000 }).toContain(GRILL);
  expect(await mainText(f)).toContain(ARABISK);
  expect((await f.request.get(`${server.url}${icsHref}`)).status()).toBe(200);

  expect(axe.funn).toEqual({});
  // Expected: the refused forms answered 400 / 422.
  expect(axe.konsoll.filter((l) => !/status of (400|422)/.test(l))).toEqual([]);
}, 300_000);
