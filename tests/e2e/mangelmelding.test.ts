import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { PERSONAS } from "../../app/auth/test-idp/personas";
import { openDatabase } from "../../app/db/connection.server";
import { addDays, todayInOslo } from "../../app/lib/frister";
import { formatDato } from "../../app/modules/housing-stock/format";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, mainText, signedInPage } from "./helpers/journey";
import { loginInBrowser } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The defect report in Chromium: the resident (beboer-sagene) opens the QR code's link for her address,
 * reports a door that will not lock with a photo that carries a GPS position; Boligbygg (forvalter-boligbygg)
 * finds it in the queue, assesses, assigns, plans and closes it with what was done; the resident sees the new
 * steps flagged on her pages and the whole timeline. The stored photo has no EXIF. Staff open the response
 * times. Every page is checked with axe; the findings of all pages are asserted together at the end.
 */
let server: RunningServer;
let browser: Browser;
let oppgangId = "";

/** Her address's oppgang id, read from a copy of the demo template (the QR code on her contact card links to it). */
async function hennesOppgang(): Promise<string> {
  const { templateDir } = inject("bomiljoE2e");
  if (!templateDir) throw new Error("e2e-malen mangler");
  const kopi = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-mangel-"));
  fs.cpSync(templateDir, kopi, { recursive: true });
  const persona = PERSONAS.find((p) => p.id === "beboer-sagene");
  const handle = await openDatabase({ databaseUrl: null, pgliteDir: kopi });
  try {
    const rad = await handle.db
      .selectFrom("person as p")
      .innerJoin("husstand_medlem as hm", "hm.person_id", "p.id")
      .innerJoin("leiekontrakt as lk", "lk.husstand_id", "hm.husstand_id")
      .innerJoin("bolig as b", "b.id", "lk.bolig_id")
      .select("b.oppgang_id")
      .where("p.fodselsnummer", "=", persona?.kind === "beboer" ? persona.pid : "")
      .where("lk.status", "=", "aktiv")
      .executeTakeFirstOrThrow();
    return rad.oppgang_id;
  } finally {
    await handle.close();
    fs.rmSync(kopi, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  oppgangId = await hennesOppgang();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("anonymous visitors to the QR link are sent to sign in and back", async () => {
  const sti = `/mangler/ny?oppgang=${oppgangId}`;
  const svar = await fetch(`${server.url}${sti}`, { redirect: "manual" });
  expect(svar.status).toBe(302);
  expect(svar.headers.get("location")).toBe(`/logg-inn?returnTo=${encodeURIComponent(sti)}`);
});

test("beboer melder med bilde → forvalter vurderer, planlegger, avslutter → beboeren ser tidslinjen", async () => {
  const axe = new AxeLogg();
  const sti = `/mangler/ny?oppgang=${oppgangId}`;

  // 1. The resident follows the QR code's link, signed in.
  const beboer = await signedInPage(browser, server.url, "beboer-sagene", sti, axe);
  await beboer.getByRole("heading", { level: 1, name: "Meld fra om feil" }).waitFor();
  expect(await mainText(beboer)).not.toContain("Du kan bare melde feil på adressen der du bor");
  await axe.sjekk(beboer, "meld feil: skjema");

  // An empty form: errors at the fields, nothing stored.
  await beboer.getByRole("button", { name: "Send melding" }).click();
  await beboer.getByText("Skjemaet har feil").waitFor();
  expect(await beboer.locator("#felt-beskrivelse").getAttribute("aria-invalid")).toBe("true");
  await axe.sjekk(beboer, "meld feil: feil i skjema");
  await hydrert(beboer);

  const gps = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#884422" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "KameraMedPosisjon" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 56/1 0/1" },
    })
    .toBuffer();
  await beboer.getByLabel("Hva gjelder det?").selectOption("dor_las");
  await beboer.getByLabel("Hvor er feilen?").selectOption("trappeoppgang");
  await beboer.getByLabel("Mer om hvor (valgfritt)").fill("Hovedinngangen");
  await beboer.getByLabel("Beskriv feilen").fill("Inngangsdøra går ikke i lås, den står åpen om natta.");
  await beboer.getByRole("radio", { name: "Bør fikses snart" }).check();
  await beboer
    .getByLabel("Bilder (valgfritt)")
    .setInputFiles({ name: "dor.jpg", mimeType: "image/jpeg", buffer: gps });
  await Promise.all([
    beboer.waitForURL(/\/mangler\/[0-9a-f-]{36}\?kvittering=1$/),
    beboer.getByRole("button", { name: "Send melding" }).click(),
  ]);
  await hydrert(beboer);
  const minSti = new URL(beboer.url()).pathname;
  const mangelId = minSti.split("/").pop() ?? "";
  expect(await mainText(beboer)).toContain("Takk! Vi har fått meldingen din.");
  expect(await beboer.locator(".mangel-tidslinje li").count()).toBe(1);
  await axe.sjekk(beboer, "min melding: kvittering");

  // The stored photo is a fresh JPEG without EXIF (no GPS position, no camera).
  const bildeHref = await beboer.locator(".mangel-bilder img").first().getAttribute("src");
  const bilde = await beboer.request.get(new URL(bildeHref ?? "", server.url).href);
  expect(bilde.status()).toBe(200);
  expect(bilde.headers()["content-type"]).toBe("image/jpeg");
  const bytes = await bilde.body();
  expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  expect(bytes.includes(Buffer.from("KameraMedPosisjon"))).toBe(false);

  // 2. Boligbygg's queue for Sagene lists it; the report page.
  const forvalter = await signedInPage(
    browser,
    server.url,
    "forvalter-boligbygg",
    "/mangelmeldinger?visning=apne&bydel=sagene",
    axe,
  );
  await axe.sjekk(forvalter, "mangelkø");
  await Promise.all([
    forvalter.waitForURL(`${server.url}/mangelmeldinger/${mangelId}`),
    forvalter.locator(`a[href="/mangelmeldinger/${mangelId}"]`).click(),
  ]);
  await hydrert(forvalter);
  expect(await mainText(forvalter)).toContain("Amina Hassan");
  await axe.sjekk(forvalter, "behandle melding");

  const lagre = async (panel: string, knapp: string) => {
    await Promise.all([
      forvalter.waitForURL((url) => url.searchParams.get("lagret") === panel),
      forvalter.locator(`#handling-${panel}`).getByRole("button", { name: knapp }).click(),
    ]);
    await hydrert(forvalter);
  };
  await forvalter
    .locator("#handling-vurder")
    .getByLabel("Alvorlighet", { exact: true })
    .selectOption("normal");
  await lagre("vurder", "Lagre vurdering");
  await forvalter.locator("#handling-tildel").getByLabel("Hvem skal gjøre jobben?").fill("Vaktmester Nord");
  await lagre("tildel", "Tildel");
  const planlagt = addDays(todayInOslo(), 2);
  await forvalter.locator("#handling-planlegg").getByLabel("Dato for utbedring").fill(planlagt);
  await lagre("planlegg", "Lagre dato");
  await axe.sjekk(forvalter, "behandle melding: planlagt");
  await forvalter.locator("#handling-avslutt").getByRole("radio", { name: "Utført" }).check();
  await forvalter
    .locator("#handling-avslutt")
    .getByLabel("Hva ble gjort, eller hvorfor ikke")
    .fill("Låsen er skiftet, og døra går i lås igjen.");
  await lagre("avslutt", "Avslutt meldingen");
  expect(await mainText(forvalter)).toContain("Meldingen er avsluttet.");
  await axe.sjekk(forvalter, "behandle melding: avsluttet");

  // 3. The front page tells the resident something happened; the list flags the new steps, then the timeline.
  await beboer.goto(`${server.url}/`);
  await hydrert(beboer);
  expect(await mainText(beboer)).toMatch(/Boligbygg har oppdatert (en feil|\d+ feil) du har meldt\./);
  await axe.sjekk(beboer, "forside med nytt om feil");
  await Promise.all([
    beboer.waitForURL(`${server.url}/mangler`),
    beboer.locator("main").getByRole("link", { name: "Se hva som skjer" }).click(),
  ]);
  await hydrert(beboer);
  const kort = beboer.locator(".mangel-liste li").filter({ has: beboer.locator(`a[href="${minSti}"]`) });
  expect(await kort.textContent()).toContain("Ny oppdatering");
  expect(await mainText(beboer)).toMatch(/Nytt siden sist i \d+ av meldingene dine/);
  await axe.sjekk(beboer, "mine mangler");
  await Promise.all([
    beboer.waitForURL(`${server.url}${minSti}`),
    kort.locator(`a[href="${minSti}"]`).click(),
  ]);
  await hydrert(beboer);
  const steg = await beboer.locator(".mangel-tidslinje li .mangel-steg-tittel").allTextContents();
  expect(steg.map((s) => s.replace(/\s+/g, " ").trim())).toEqual([
    "Mottatt",
    "Vurdert av Boligbygg – alvorlighet: Normal Ny",
    `Planlagt til ${formatDato(planlagt)} Ny`,
    "Utført Ny",
  ]);
  expect(await mainText(beboer)).toContain("Låsen er skiftet, og døra går i lås igjen.");
  expect(await mainText(beboer)).not.toContain("Vaktmester Nord");
  await axe.sjekk(beboer, "min melding: utført");
  // Seen now: the flag is gone.
  await beboer.goto(`${server.url}/mangler`);
  expect(await kort.textContent()).not.toContain("Ny oppdatering");

  // 4. Response times: Boligbygg per address, the coordinator for her district, the analyst per district.
  await forvalter.goto(`${server.url}/mangelmeldinger/svartider?bydel=sagene`);
  await forvalter.getByRole("heading", { name: "Per adresse i Sagene" }).waitFor();
  await axe.sjekk(forvalter, "svartider: forvalter");
  const koordinator = await signedInPage(
    browser,
    server.url,
    "bomiljokoordinator-sagene",
    "/mangelmeldinger/svartider",
    axe,
  );
  expect(await koordinator.locator("table").first().locator("tbody tr").count()).toBe(1);
  await axe.sjekk(koordinator, "svartider: koordinator");
  const analytiker = await signedInPage(
    browser,
    server.url,
    "analytiker-velferdsetaten",
    "/mangelmeldinger/svartider",
    axe,
  );
  expect(await analytiker.locator("table").count()).toBe(1);
  await axe.sjekk(analytiker, "svartider: analytiker");

  expect(axe.funn).toEqual({});
  // The empty form's 422 (the refusal we asked for) is logged by Chromium as a failed resource; nothing else may be.
  expect(axe.konsoll.filter((k) => !/status of 422 .*\/mangler\/ny\.data/.test(k))).toEqual([]);
}, 180_000);

test("without JavaScript: the form with a photo is a plain multipart POST, and a double send makes one report", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
  });
  try {
    const page = await context.newPage();
    await loginInBrowser(page, server.url, "beboer-stovner", "/mangler/ny");
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#335577" } })
      .png()
      .toBuffer();
    await page.getByLabel("Hva gjelder det?").selectOption("lys");
    await page.getByLabel("Hvor er feilen?").selectOption("kjeller_bod");
    await page.getByLabel("Beskriv feilen").fill("Lyset i kjellergangen er gått.");
    await page.getByRole("radio", { name: "Kan vente" }).check();
    await page
      .getByLabel("Bilder (valgfritt)")
      .setInputFiles({ name: "kjeller.png", mimeType: "image/png", buffer: png });
    // The same form sent twice (the browser's back button and send again): the hidden key makes it one report.
    const skjema = await page.locator("form.soknad-skjema").evaluate((form) => {
      const data = new FormData(form as HTMLFormElement);
      return [...data.entries()].filter(([, v]) => typeof v === "string") as [string, string][];
    });
    await Promise.all([
      page.waitForURL(/\/mangler\/[0-9a-f-]{36}\?kvittering=1$/),
      page.getByRole("button", { name: "Send melding" }).click(),
    ]);
    const forste = new URL(page.url()).pathname;
    expect(await page.locator(".mangel-bilder img").count()).toBe(1);
    const igjen = await page.request.post(`${server.url}/mangler/ny`, {
      multipart: Object.fromEntries(skjema),
      maxRedirects: 0,
      headers: { Origin: server.url },
    });
    expect(igjen.status()).toBe(302);
    expect(new URL(igjen.headers().location ?? "", server.url).pathname).toBe(forste);
    await page.goto(`${server.url}/mangler`);
    expect(await page.locator(`.mangel-liste a[href="${forste}"]`).count()).toBe(1);
  } finally {
    await context.close();
  }
}, 120_000);
