import type { Browser, Page } from "playwright-core";
import { extractText } from "unpdf";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { hydrert, launchBrowser, newContext } from "./helpers/browser";
import { AxeLogg, mainText, pdfFromLink, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Bomiljøplan in Chromium on the small demo Oslo: the Sagene coordinator plans measure 12 (Aktiviteter) in the
 * district plan and follows it (a field error first, then a save that shows up in the history); the analyst in
 * Velferdsetaten sees the change in the city matrix; each role is refused what it may not see.
 */
let server: RunningServer;
let browser: Browser;
const axe = new AxeLogg();

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function status(page: Page, path: string): Promise<number> {
  const response = await page.request.get(`${server.url}${path}`, { maxRedirects: 0 });
  return response.status();
}

test("the coordinator plans a measure and follows it; the analyst sees it in the city matrix", async () => {
  const koordinator = await signedInPage(browser, server.url, "bomiljokoordinator-sagene", "/bomiljo", axe);
  expect(await koordinator.locator("h1").textContent()).toBe("Bomiljøplan for Bydel Sagene");
  expect(await koordinator.locator("table tbody tr").count()).toBe(15);
  await axe.sjekk(koordinator, "bydelens plan");

  await koordinator.locator("main").getByRole("link", { name: "Aktiviteter", exact: true }).click();
  await koordinator.waitForURL(/\/bomiljo\/tiltak\/12$/);
  await koordinator.locator("h1", { hasText: "12. Aktiviteter" }).waitFor();
  await hydrert(koordinator);
  expect(await koordinator.locator("h1").textContent()).toBe("12. Aktiviteter");
  await axe.sjekk(koordinator, "tiltak 12");
  const versjonerFor = await koordinator.locator("section table tbody tr").count();

  // Status "i gang" without saying what will be done: an error at the field, the typed name kept.
  await koordinator.getByLabel("Ansvarlig person").fill("Kari Koordinator");
  await koordinator.getByLabel("Hva skal utføres").fill("");
  await koordinator.getByLabel("Status", { exact: true }).selectOption("i_gang");
  await koordinator.getByLabel("Innen en dato").check();
  await koordinator.getByLabel("Tidsfrist", { exact: true }).fill("2099-06-30");
  await koordinator.getByRole("button", { name: "Lagre" }).click();
  await koordinator.getByText("Skriv hva som skal utføres når tiltaket er planlagt eller i gang.").waitFor();
  expect(await koordinator.getByLabel("Ansvarlig person").inputValue()).toBe("Kari Koordinator");
  expect(await koordinator.getByLabel("Hva skal utføres").getAttribute("aria-invalid")).toBe("true");
  await axe.sjekk(koordinator, "tiltak 12 med feil");

  await koordinator
    .getByLabel("Hva skal utføres")
    .fill("Sommerfest i bakgården i Sandakerveien med beboerrådet.");
  await Promise.all([
    koordinator.waitForURL(/\/bomiljo\/tiltak\/12\?lagret=1$/),
    koordinator.getByRole("button", { name: "Lagre" }).click(),
  ]);
  await koordinator.getByText("Endringen er lagret.").waitFor();
  await hydrert(koordinator);
  expect(await koordinator.locator("section table tbody tr").count()).toBe(versjonerFor + 1);
  const nyeste = (await koordinator.locator("section table tbody tr").first().textContent()) ?? "";
  expect(nyeste).toContain("Sommerfest i bakgården");
  expect(nyeste).toContain("I gang");
  expect(nyeste).toContain("30. juni 2099");

  // The coordinator may not see the city matrix.
  expect(await status(koordinator, "/bomiljo/oslostandard")).toBe(403);

  const analytiker = await signedInPage(
    browser,
    server.url,
    "analytiker-velferdsetaten",
    "/bomiljo/oslostandard",
    axe,
  );
  expect(await analytiker.locator("h1").textContent()).toBe("Oslostandarden i bydelene");
  expect(await analytiker.locator("table tbody tr").count()).toBe(15);
  expect(await analytiker.locator("table thead th").count()).toBe(16);
  const celle = analytiker.locator('td[data-bydel="sagene"][data-tiltak="12"]');
  expect((await celle.textContent())?.trim()).toBe("I gang");
  // Status only: no names or plan text reach the analyst.
  const tekst = await mainText(analytiker);
  expect(tekst).not.toContain("Kari Koordinator");
  expect(tekst).not.toContain("Sommerfest");
  await axe.sjekk(analytiker, "bymatrisen");
  expect(await status(analytiker, "/bomiljo")).toBe(403);
  expect(await status(analytiker, "/bomiljo/tiltak/12")).toBe(403);

  const forvalter = await signedInPage(browser, server.url, "forvalter-boligbygg", "/", axe);
  for (const sti of ["/bomiljo", "/bomiljo/tiltak/12", "/bomiljo/oslostandard"]) {
    expect(await status(forvalter, sti), sti).toBe(403);
  }

  expect(axe.funn).toEqual({});
  // The refused save answers 422 on purpose (the browser logs that); nothing else may reach the console.
  expect(axe.konsoll.filter((linje) => !linje.includes("status of 422"))).toEqual([]);
});

test("the coordinator adds a measure to an address's plan, says what it should change, and follows it to done", async () => {
  const logg = new AxeLogg();
  const side = await signedInPage(
    browser,
    server.url,
    "bomiljokoordinator-sagene",
    "/bomiljo/adresser",
    logg,
  );
  expect(await side.locator("h1").textContent()).toBe("Bomiljøplaner per adresse");
  expect(await side.locator("table tbody tr").count()).toBeGreaterThan(0);
  await logg.sjekk(side, "adresser");
  const lenke = side.locator('table a[href^="/bomiljo/adresse/"]').first();
  const adresse = ((await lenke.textContent()) ?? "").trim();
  await lenke.click();
  await side.waitForURL(/\/bomiljo\/adresse\/[0-9a-f-]{36}$/);
  await side.locator("h1", { hasText: `Bomiljøplan for ${adresse}` }).waitFor();
  await hydrert(side);
  await logg.sjekk(side, "adresseplan");

  const skjema = side.locator('section[aria-labelledby="nytt-tiltak"]');
  await skjema.getByLabel("Navn på tiltaket").fill("Kontaktkort i alle oppganger");
  await skjema.getByLabel("Innen en dato").check();
  await skjema.getByLabel("Tidsfrist", { exact: true }).fill("2099-01-31");
  await skjema.getByRole("button", { name: "Legg til tiltaket" }).click();
  await skjema.getByText("Velg hvilket av de 15 tiltakene dette hører under.").waitFor();
  await skjema.getByText("Skriv hva tiltaket skal endre (høyst 2000 tegn).").waitFor();
  expect(await skjema.getByLabel("Navn på tiltaket").inputValue()).toBe("Kontaktkort i alle oppganger");
  await logg.sjekk(side, "adresseplan med feil");

  await skjema.getByLabel("Hører til tiltak i Oslostandarden").selectOption("8");
  await skjema.getByLabel("Hva skal tiltaket endre").fill("Flere beboere vet hvem de skal kontakte.");
  await skjema.getByLabel("Hva skal bomiljøundersøkelsen måle").selectOption("vet_hvem_kontakte");
  await Promise.all([
    side.waitForURL(/\/tiltak\/[0-9a-f-]{36}\?lagret=1$/),
    skjema.getByRole("button", { name: "Legg til tiltaket" }).click(),
  ]);
  await side.locator("h1", { hasText: "Kontaktkort i alle oppganger" }).waitFor();
  await hydrert(side);
  expect(await mainText(side)).toContain("under 8. Dialog mellom beboer, Boligbygg og bydel");
  await logg.sjekk(side, "adressetiltak");

  // Open the measure afresh (without ?lagret=1), then change its status.
  await side.goto(side.url().replace(/\?lagret=1$/, ""));
  await hydrert(side);
  await side.getByLabel("Status", { exact: true }).selectOption("gjennomfort");
  await Promise.all([side.waitForURL(/\?lagret=1$/), side.getByRole("button", { name: "Lagre" }).click()]);
  await hydrert(side);
  const rader = side.locator('section[aria-labelledby="historikk-tittel"] tbody tr');
  await rader.filter({ hasText: "Gjennomført" }).waitFor();
  expect(await rader.count()).toBe(2);
  expect(await rader.first().textContent()).toContain("Gjennomført");
  expect(await rader.last().textContent()).toContain("Planlagt");

  // Back on the address plan the measure sits under its heading with what it should change.
  await side.getByRole("link", { name: adresse, exact: true }).click();
  await side.waitForURL(/\/bomiljo\/adresse\/[0-9a-f-]{36}$/);
  await side.locator("h1", { hasText: `Bomiljøplan for ${adresse}` }).waitFor();
  const seksjon = side.locator("section", {
    has: side.getByRole("heading", { name: "8. Dialog mellom beboer, Boligbygg og bydel" }),
  });
  expect(await seksjon.textContent()).toContain("Flere beboere vet hvem de skal kontakte.");

  expect(logg.funn).toEqual({});
  expect(logg.konsoll.filter((linje) => !linje.includes("status of 422"))).toEqual([]);
});

test("the district names a coordinator, who appears on the public contact card in Arabic (RTL), with PDF poster and QR", async () => {
  const { ids } = inject("bomiljoE2e");
  const oppgangId = ids.sagene.oppgang;
  expect(oppgangId, "the demo data has a stairwell in Sagene").toBeDefined();
  const logg = new AxeLogg();

  // Measure 5: the coordinator adds a colleague (a bad phone number first: error at the field, name kept).
  const side = await signedInPage(
    browser,
    server.url,
    "bomiljokoordinator-sagene",
    "/bomiljo/koordinatorer",
    logg,
  );
  await logg.sjekk(side, "koordinatorer");
  await side.getByLabel("Navn", { exact: true }).fill("Nora Nymann");
  await side.getByLabel("Jobbtelefon").fill("12");
  await side.getByLabel("Jobb-e-post").fill("nora.nymann@sagene.example.org");
  await side.getByRole("button", { name: "Legg til", exact: true }).click();
  await side.getByText("Skriv et telefonnummer med 8 til 16 sifre.").waitFor();
  expect(await side.getByLabel("Navn", { exact: true }).inputValue()).toBe("Nora Nymann");
  await side.getByLabel("Jobbtelefon").fill("23 47 11 00");
  await Promise.all([
    side.waitForURL(/\/bomiljo\/koordinatorer\?lagret=1$/),
    side.getByRole("button", { name: "Legg til", exact: true }).click(),
  ]);
  await side.locator("table", { hasText: "Nora Nymann" }).waitFor();
  await hydrert(side);

  // Anyone, not signed in, reads the card in Arabic: right-to-left, numbers left-to-right, axe clean.
  const anonym = await (await newContext(browser, 390)).newPage();
  anonym.on("console", (m) => {
    if (m.type() === "error") logg.konsoll.push(`anonym: ${m.text()}`);
  });
  await anonym.goto(`${server.url}/kontakt/${oppgangId}/ar`);
  await hydrert(anonym);
  const kort = anonym.locator("article.bm-kontaktkort");
  expect(await kort.getAttribute("lang")).toBe("ar");
  expect(await kort.getAttribute("dir")).toBe("rtl");
  expect(await anonym.locator("h1").textContent()).toBe("بمن يمكنك الاتصال؟");
  expect(await kort.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  const tekst = (await kort.textContent()) ?? "";
  expect(tekst).toContain("Nora Nymann");
  expect(tekst).toContain("110");
  expect(tekst).toContain("112");
  expect(tekst).toContain("113");
  const mangel = await kort.locator('a[href*="/mangler/ny"]').getAttribute("href");
  expect(mangel).toMatch(new RegExp(`/mangler/ny\\?oppgang=${oppgangId}$`));
  expect(
    await kort
      .locator("bdi[dir=ltr]")
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe("ltr");
  await logg.sjekk(anonym, "kontaktkort ar");

  const qr = await anonym.request.get(`${server.url}/kontakt/${oppgangId}/qr.svg`);
  expect(qr.status()).toBe(200);
  expect(qr.headers()["content-type"]).toContain("image/svg+xml");
  expect(await qr.text()).toContain("<svg");
  expect(
    await anonym.locator("img[src$='qr.svg']").evaluate((img) => (img as HTMLImageElement).naturalWidth),
  ).toBeGreaterThan(0);

  // Dari is right-to-left too; every language is reachable from the list.
  await anonym.getByRole("link", { name: "دری" }).click();
  await anonym.waitForURL(/\/prs$/);
  await anonym.locator('article[lang="fa-AF"]').waitFor();
  await hydrert(anonym);
  expect(await anonym.locator("article").getAttribute("lang")).toBe("fa-AF");
  expect(await anonym.locator("article").getAttribute("dir")).toBe("rtl");
  await logg.sjekk(anonym, "kontaktkort prs");
  for (const sprak of ["so", "ti", "uk", "pl", "en"]) {
    await anonym.goto(`${server.url}/kontakt/${oppgangId}/${sprak}`);
    await hydrert(anonym);
    expect(await anonym.locator("article").getAttribute("dir")).toBe("ltr");
    await logg.sjekk(anonym, `kontaktkort ${sprak}`);
  }

  // The poster: bokmål, Ukrainian, Arabic and Tigrinya as PDF with the text in it.
  await anonym.goto(`${server.url}/kontakt/${oppgangId}`);
  await hydrert(anonym);
  const nb = await pdfFromLink(anonym, anonym.locator('a[href$="/nb/plakat.pdf"]'));
  expect(nb.status).toBe(200);
  expect(nb.text).toContain("Hvem kan du kontakte?");
  expect(nb.text).toContain("Nora Nymann");
  // The link may wrap on the poster: compare without white space.
  expect(nb.text.replace(/\s/g, "")).toContain(`/mangler/ny?oppgang=${oppgangId}`);
  const uk = await anonym.request.get(`${server.url}/kontakt/${oppgangId}/uk/plakat.pdf`);
  expect(uk.headers()["content-type"]).toBe("application/pdf");
  const { text: ukTekst } = await extractText(new Uint8Array(await uk.body()), { mergePages: true });
  expect(ukTekst.replace(/\s+/g, " ")).toContain("До кого можна звернутися?");
  await anonym.goto(`${server.url}/kontakt/${oppgangId}/ar`);
  await hydrert(anonym);
  const ar = await pdfFromLink(anonym, anonym.locator('a[href$="/ar/plakat.pdf"]'));
  expect(ar.status).toBe(200);
  expect(ar.text).toContain("أرقام الطوارئ");
  expect(ar.text).toContain("Nora Nymann");
  const ti = await anonym.request.get(`${server.url}/kontakt/${oppgangId}/ti/plakat.pdf`);
  expect(ti.headers()["content-type"]).toBe("application/pdf");
  const { text: tiTekst } = await extractText(new Uint8Array(await ti.body()), { mergePages: true });
  expect(tiTekst).toContain("ቁጽርታት ህጹጽ ረድኤት");
  expect((await anonym.request.get(`${server.url}/kontakt/${oppgangId}/xx/plakat.pdf`)).status()).toBe(404);

  expect(logg.funn).toEqual({});
  expect(logg.konsoll.filter((linje) => !linje.includes("status of 422"))).toEqual([]);
});

test("Velferdsetaten runs the network: a gathering with a participant and shared material; coordinators and Boligbygg read it", async () => {
  const logg = new AxeLogg();
  const analytiker = await signedInPage(browser, server.url, "analytiker-velferdsetaten", "/nettverk", logg);
  expect(await analytiker.locator("h1").textContent()).toBe("Nettverk for bomiljøarbeid");
  await logg.sjekk(analytiker, "nettverk");

  const ny = analytiker.locator('section[aria-labelledby="ny-samling"]');
  await ny.getByLabel("Samling", { exact: true }).fill("Nettverkssamling: trygghet i bakgården");
  // No date: refused at the field, the rest kept.
  await ny.getByLabel("Sted").fill("Storgata 51");
  await ny.getByRole("button", { name: "Legg til samlingen" }).click();
  await ny.getByText("Skriv en gyldig dato (ÅÅÅÅ-MM-DD).").waitFor();
  expect(await ny.getByLabel("Sted").inputValue()).toBe("Storgata 51");
  await ny.getByLabel("Dato").fill("2099-03-12");
  await Promise.all([
    analytiker.waitForURL(/\/nettverk\/[0-9a-f-]{36}$/),
    ny.getByRole("button", { name: "Legg til samlingen" }).click(),
  ]);
  await analytiker.locator("h1", { hasText: "Nettverkssamling: trygghet i bakgården" }).waitFor();
  await hydrert(analytiker);
  const samlingUrl = analytiker.url();
  await analytiker.getByLabel("Navn", { exact: true }).fill("Kari Koordinator");
  await analytiker.getByLabel("Virksomhet").fill("Bydel Sagene");
  await analytiker.getByRole("button", { name: "Registrer deltakeren" }).click();
  await analytiker.locator("table", { hasText: "Kari Koordinator" }).waitFor();
  await logg.sjekk(analytiker, "samling");

  await analytiker.goto(`${server.url}/nettverk`);
  await hydrert(analytiker);
  const del = analytiker.locator('section[aria-labelledby="nytt-materiale"]');
  await del.getByLabel("Tittel").fill("Lysplan for bakgårder");
  await del.getByLabel("Tekst").fill("Lys ved søppelskur, sykkelbod og inngangsdører.");
  await Promise.all([
    analytiker.waitForURL(/\/nettverk\?delt=1/),
    del.getByRole("button", { name: "Del" }).click(),
  ]);
  await analytiker
    .locator('section[aria-labelledby="materiale"]', { hasText: "Lysplan for bakgårder" })
    .waitFor();

  for (const persona of ["bomiljokoordinator-sagene", "forvalter-boligbygg"] as const) {
    const leser = await signedInPage(browser, server.url, persona, "/nettverk", logg);
    expect(await mainText(leser)).toContain("Nettverkssamling: trygghet i bakgården");
    expect(await mainText(leser)).toContain("Lysplan for bakgårder");
    expect(await leser.locator('section[aria-labelledby="ny-samling"]').count()).toBe(0);
    await logg.sjekk(leser, `nettverk som ${persona}`);
    const svar = await leser.request.get(samlingUrl);
    expect(svar.status()).toBe(200);
    expect(await svar.text()).toContain("Kari Koordinator");
  }
  const beboer = await signedInPage(browser, server.url, "beboer-sagene", "/", logg);
  expect((await beboer.request.get(`${server.url}/nettverk`, { maxRedirects: 0 })).status()).toBe(403);

  expect(logg.funn).toEqual({});
  expect(logg.konsoll.filter((linje) => !linje.includes("status of 422"))).toEqual([]);
});
