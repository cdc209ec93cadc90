import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, expect, test } from "vitest";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, mainText, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The rest of issue #7's defect part in Chromium: the bomiljøkoordinator (Sagene) and Boligbygg register a
 * fault through the staff form (address → stairwell → unit) and follow it in "Feil du har registrert";
 * Boligbygg's queue shows who reported it. The resident adds information and a photo to her open report;
 * Boligbygg sees "Ny informasjon" in the queue and the step on the timeline. Every page is checked with axe.
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

/** Chooses the first real option of a GET step's select and sends the step. */
async function velgSteg(page: Page, felt: string, knapp: string): Promise<void> {
  const verdi = await page.locator(`#felt-${felt} option`).nth(1).getAttribute("value");
  await page.locator(`#felt-${felt}`).selectOption(verdi ?? "");
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get(felt) === verdi),
    page.getByRole("button", { name: knapp }).click(),
  ]);
  await hydrert(page);
}

/** From the address steps to the form: an address with one stairwell skips the stairwell step. */
async function velgAdresse(page: Page, axe: AxeLogg, navn: string): Promise<void> {
  await velgSteg(page, "eiendom", "Velg adresse");
  await axe.sjekk(page, `${navn}: adresse valgt`);
  if ((await page.locator("#felt-oppgang").count()) > 0) await velgSteg(page, "oppgang", "Velg oppgang");
  await page.getByRole("button", { name: "Registrer feilen" }).waitFor();
}

test("koordinator og Boligbygg registrerer feil, følger dem, og køen viser hvem som meldte", async () => {
  const axe = new AxeLogg();

  // 1. The coordinator: her district is chosen for her; address, stairwell, then the form.
  const koordinator = await signedInPage(
    browser,
    server.url,
    "bomiljokoordinator-sagene",
    "/mangelmeldinger/registrert",
    axe,
  );
  await axe.sjekk(koordinator, "registrerte: tom");
  await Promise.all([
    koordinator.waitForURL(`${server.url}/mangelmeldinger/ny`),
    koordinator.getByRole("link", { name: "Registrer en ny feil" }).click(),
  ]);
  await hydrert(koordinator);
  expect(await koordinator.locator("#felt-bydel").count()).toBe(0);
  await axe.sjekk(koordinator, "registrer: velg adresse");
  await velgAdresse(koordinator, axe, "koordinator");
  await axe.sjekk(koordinator, "registrer: skjema");

  // Bad input: messages at the fields, what was typed is kept.
  await koordinator.getByLabel("Beskriv feilen").fill("Mugg i taket på badet, sett på hjemmebesøk.");
  await koordinator.getByLabel("Hvor er feilen?").selectOption("egen_bolig");
  await koordinator.getByRole("button", { name: "Registrer feilen" }).click();
  await koordinator.getByText("Skjemaet har feil").waitFor();
  await hydrert(koordinator);
  expect(await koordinator.locator("#felt-kategori").getAttribute("aria-invalid")).toBe("true");
  expect(await koordinator.locator("#felt-boligId").getAttribute("aria-invalid")).toBe("true");
  expect(await mainText(koordinator)).toContain("Velg hvilken bolig feilen er i.");
  expect(await koordinator.getByLabel("Beskriv feilen").inputValue()).toBe(
    "Mugg i taket på badet, sett på hjemmebesøk.",
  );
  await axe.sjekk(koordinator, "registrer: feil i skjema");

  const bolig = await koordinator.locator("#felt-boligId option").nth(1).getAttribute("value");
  await koordinator.locator("#felt-boligId").selectOption(bolig ?? "");
  await koordinator.getByLabel("Hva gjelder det?").selectOption("fukt_mugg");
  await koordinator.getByRole("radio", { name: "Bør fikses snart" }).check();
  const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#557733" } })
    .jpeg()
    .toBuffer();
  await koordinator
    .getByLabel("Bilder (valgfritt)")
    .setInputFiles({ name: "mugg.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await Promise.all([
    koordinator.waitForURL(/\/mangelmeldinger\/registrert\?ny=[0-9a-f-]{36}$/),
    koordinator.getByRole("button", { name: "Registrer feilen" }).click(),
  ]);
  await hydrert(koordinator);
  const id = new URL(koordinator.url()).searchParams.get("ny") ?? "";
  expect(await mainText(koordinator)).toContain("Feilen er registrert.");
  const rad = koordinator.locator("tbody tr", { hasText: "Fukt og mugg" });
  expect(await rad.count()).toBe(1);
  expect(await rad.textContent()).toContain("Mottatt");
  // The coordinator does not handle reports: no link into Boligbygg's page.
  expect(await koordinator.locator(`a[href="/mangelmeldinger/${id}"]`).count()).toBe(0);
  await axe.sjekk(koordinator, "registrerte: med kvittering");

  // 2. Boligbygg: the queue says the report came from staff; the report has the photo.
  const forvalter = await signedInPage(
    browser,
    server.url,
    "forvalter-boligbygg",
    "/mangelmeldinger?visning=apne&bydel=sagene",
    axe,
  );
  const koRad = forvalter.locator("tbody tr", { has: forvalter.locator(`a[href="/mangelmeldinger/${id}"]`) });
  expect(await koRad.textContent()).toContain("Registrert av ansatt");
  expect(await forvalter.locator("tbody tr", { hasText: "Beboer" }).count()).toBeGreaterThan(0);
  await axe.sjekk(forvalter, "mangelkø med kilde");
  await forvalter.goto(`${server.url}/mangelmeldinger/${id}`);
  await hydrert(forvalter);
  expect(await mainText(forvalter)).toContain("Meldt av en ansatt.");
  expect(
    await forvalter.locator(`img[src^="/mangler/${id}/bilder/"], a[href^="/mangler/${id}/bilder/"]`).count(),
  ).toBeGreaterThan(0);

  // Boligbygg assesses it; the coordinator's list shows the live status.
  await forvalter.locator("#handling-vurder").getByLabel("Alvorlighet", { exact: true }).selectOption("hoy");
  await Promise.all([
    forvalter.waitForURL((url) => url.searchParams.get("lagret") === "vurder"),
    forvalter.locator("#handling-vurder").getByRole("button", { name: "Lagre vurdering" }).click(),
  ]);
  await koordinator.goto(`${server.url}/mangelmeldinger/registrert`);
  await hydrert(koordinator);
  expect(await koordinator.locator("tbody tr", { hasText: "Fukt og mugg" }).textContent()).toContain(
    "Vurdert",
  );
  // She opens it and follows the same timeline the resident would see (flagged new, read-only).
  await Promise.all([
    koordinator.waitForURL(`${server.url}/mangelmeldinger/registrert/${id}`),
    koordinator.locator(`a[href="/mangelmeldinger/registrert/${id}"]`).click(),
  ]);
  await hydrert(koordinator);
  const steg = await koordinator.locator(".mangel-tidslinje li .mangel-steg-tittel").allTextContents();
  expect(steg.map((s) => s.replace(/\s+/g, " ").trim())).toEqual([
    "Mottatt",
    "Vurdert av Boligbygg – alvorlighet: Høy Ny",
  ]);
  // Her photo is on the page, and she may open it.
  const foto = koordinator.locator(`img[src^="/mangler/${id}/bilder/"]`);
  expect(await foto.count()).toBe(1);
  // decode() waits for the photo to load and rejects if it cannot be shown.
  expect(
    await foto.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
  ).toBeGreaterThan(0);
  const fotoSvar = await koordinator.request.get(`${server.url}${await foto.getAttribute("src")}`);
  expect(fotoSvar.status()).toBe(200);
  expect(fotoSvar.headers()["content-type"]).toBe("image/jpeg");
  expect(
    await koordinator
      .getByRole("button")
      .filter({ hasText: /Lagre|Send/ })
      .count(),
  ).toBe(0);
  await axe.sjekk(koordinator, "registrert feil: tidslinje");

  // 3. Boligbygg registers too, choosing the district first.
  await forvalter.goto(`${server.url}/mangelmeldinger/ny`);
  await hydrert(forvalter);
  await axe.sjekk(forvalter, "registrer (Boligbygg): velg bydel");
  await forvalter.locator("#felt-bydel").selectOption("stovner");
  await Promise.all([
    forvalter.waitForURL((url) => url.searchParams.get("bydel") === "stovner"),
    forvalter.getByRole("button", { name: "Velg bydel" }).click(),
  ]);
  await hydrert(forvalter);
  await velgAdresse(forvalter, axe, "Boligbygg");
  await forvalter.getByLabel("Hva gjelder det?").selectOption("uteomrade");
  await forvalter.getByLabel("Hvor er feilen?").selectOption("uteomrade");
  await forvalter.getByLabel("Beskriv feilen").fill("Gjerdet mot lekeplassen er ødelagt.");
  await forvalter.getByRole("radio", { name: "Kan vente" }).check();
  await Promise.all([
    forvalter.waitForURL(/\/mangelmeldinger\/registrert\?ny=/),
    forvalter.getByRole("button", { name: "Registrer feilen" }).click(),
  ]);
  await hydrert(forvalter);
  expect(await forvalter.locator("tbody tr", { hasText: "Uteområde" }).count()).toBe(1);
  await axe.sjekk(forvalter, "registrerte (Boligbygg)");

  expect(axe.funn).toEqual({});
  expect(axe.konsoll.filter((k) => !/status of 422 .*\/mangelmeldinger\/ny\.data/.test(k))).toEqual([]);
}, 180_000);

test("beboeren legger til informasjon og bilde; Boligbygg ser «Ny informasjon»", async () => {
  const axe = new AxeLogg();
  const beboer = await signedInPage(browser, server.url, "beboer-sagene", "/mangler/ny", axe);
  await beboer.getByLabel("Hva gjelder det?").selectOption("vann_avlop");
  await beboer.getByLabel("Hvor er feilen?").selectOption("egen_bolig");
  await beboer.getByLabel("Beskriv feilen").fill("Vasken på kjøkkenet er tett.");
  await beboer.getByRole("radio", { name: "Kan vente" }).check();
  await Promise.all([
    beboer.waitForURL(/\/mangler\/[0-9a-f-]{36}\?kvittering=1$/),
    beboer.getByRole("button", { name: "Send melding" }).click(),
  ]);
  await hydrert(beboer);
  const sti = new URL(beboer.url()).pathname;
  const id = sti.split("/").pop() ?? "";

  // Nothing to add: a message at the field.
  await beboer.getByRole("button", { name: "Legg til", exact: true }).click();
  await beboer.getByText("Skriv noe eller velg et bilde.").first().waitFor();
  await axe.sjekk(beboer, "legg til: feil");
  await hydrert(beboer);

  await beboer
    .getByLabel("Hva vil du legge til?")
    .fill("Nå renner vannet over når jeg bruker oppvaskmaskinen.");
  const png = await sharp({ create: { width: 200, height: 150, channels: 3, background: "#224488" } })
    .png()
    .toBuffer();
  await beboer
    .getByLabel("Bilder (valgfritt)")
    .setInputFiles({ name: "vask.png", mimeType: "image/png", buffer: png });
  // The form as it is sent, to send it once more (a double submit).
  const skjema = await beboer.locator("form.soknad-skjema").evaluate((form) => {
    const data = new FormData(form as HTMLFormElement);
    return [...data.entries()].filter(([, v]) => typeof v === "string") as [string, string][];
  });
  await Promise.all([
    beboer.waitForURL(`${server.url}${sti}?lagtTil=1`),
    beboer.getByRole("button", { name: "Legg til", exact: true }).click(),
  ]);
  await hydrert(beboer);
  expect(await mainText(beboer)).toContain("Takk! Det du la til, er sendt til Boligbygg.");
  const steg = async () =>
    (await beboer.locator(".mangel-tidslinje li .mangel-steg-tittel").allTextContents()).map((s) =>
      s.replace(/\s+/g, " ").trim(),
    );
  expect(await steg()).toEqual(["Mottatt", "Du la til informasjon"]);
  expect(await mainText(beboer)).toContain("Nå renner vannet over når jeg bruker oppvaskmaskinen.");
  expect(await beboer.locator(".mangel-bilder img").count()).toBe(1);
  await axe.sjekk(beboer, "legg til: lagret");

  const igjen = await beboer.request.post(`${server.url}${sti}`, {
    multipart: Object.fromEntries(skjema),
    maxRedirects: 0,
    headers: { Origin: server.url },
  });
  expect(igjen.status()).toBe(302);
  await beboer.reload();
  await hydrert(beboer);
  expect(await steg()).toEqual(["Mottatt", "Du la til informasjon"]);

  // Boligbygg: flagged in the queue (and by the filter), the step on the timeline.
  const forvalter = await signedInPage(
    browser,
    server.url,
    "forvalter-boligbygg",
    "/mangelmeldinger?visning=apne&bydel=sagene&nyInformasjon=1",
    axe,
  );
  const koRad = forvalter.locator("tbody tr", { has: forvalter.locator(`a[href="/mangelmeldinger/${id}"]`) });
  expect(await koRad.textContent()).toContain("Ny informasjon");
  expect(await koRad.textContent()).toContain("Beboer");
  await axe.sjekk(forvalter, "mangelkø: ny informasjon");
  await Promise.all([
    forvalter.waitForURL(`${server.url}/mangelmeldinger/${id}`),
    koRad.locator(`a[href="/mangelmeldinger/${id}"]`).click(),
  ]);
  await hydrert(forvalter);
  expect(await mainText(forvalter)).toContain("Beboeren har lagt til informasjon");
  expect(await mainText(forvalter)).toContain("Beboeren la til informasjon");
  expect(await mainText(forvalter)).toContain("Nå renner vannet over når jeg bruker oppvaskmaskinen.");
  await axe.sjekk(forvalter, "behandle: ny informasjon");
  await forvalter.goto(`${server.url}/mangelmeldinger?visning=apne&bydel=sagene&nyInformasjon=1`);
  expect(await forvalter.locator(`a[href="/mangelmeldinger/${id}"]`).count()).toBe(0);

  expect(axe.funn).toEqual({});
  expect(axe.konsoll.filter((k) => !/status of 422 .*\/mangler\/[0-9a-f-]{36}\.data/.test(k))).toEqual([]);
}, 180_000);
