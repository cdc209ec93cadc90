import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addMonths, todayInOslo, type Dato } from "../../app/lib/frister";
import { formatDato } from "../../app/modules/housing-stock/format";
import { hydrert, launchBrowser } from "./helpers/browser";
import { AxeLogg, mainText, pdfFromLink, signedInPage } from "./helpers/journey";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * Leases and renewals in Chromium: Amina (beboer-sagene) has a lease ending within six months and no renewal
 * application (app/db/demo/personas.ts). The caseworker (saksbehandler-sagene) finds it on the renewal worklist
 * with the six-month notice sent and "not acted yet", opens the lease and its history per unit and household;
 * the property manager sees the lease without the renewal case; Amina sees the notice on Min bolig, opens the
 * letter (PDF with her own session), applies for renewal (a bad income is refused at the field, keeping what
 * she typed) and gets a receipt in Mine saker; back on the worklist the lease shows the application in
 * progress. Then the boplan: Amina opens her plan from Min bolig and comments on it; the follow-up worker
 * (booppfolger-sagene) finds the plan, sees the comment and adds a step, which Amina sees. Every page is
 * checked with axe; the findings are asserted together at the end.
 */
const KOMMENTAR = "Jeg har spart 40 000 kroner siden sist.";
const STEG = "Gå gjennom sparingen til egenkapital";
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("a lease near its end: worklist → notice (Min bolig + PDF) → the tenant applies → boplan seen and commented on", async () => {
  const axe = new AxeLogg();

  // 1. The caseworker's worklist: Amina's lease, no application, the six-month notice, not acted yet.
  const sb = await signedInPage(browser, server.url, "saksbehandler-sagene", "/fornyelser", axe);
  await sb.getByRole("heading", { level: 1, name: "Fornyelser" }).waitFor();
  await axe.sjekk(sb, "fornyelser: arbeidslisten");
  const rad = sb.getByRole("row").filter({ hasText: "Amina Hassan" });
  await rad.waitFor();
  const radTekst = ((await rad.textContent()) ?? "").replace(/\s+/g, " ");
  expect(radTekst).toContain("Ingen søknad");
  expect(radTekst).toContain("Nei, ikke ennå");
  expect(radTekst).toMatch(/6 mnd\. \(/);
  const lenkeTilKontrakt = rad.getByRole("link", { name: "Amina Hassan" });
  const kontraktSti = (await lenkeTilKontrakt.getAttribute("href")) ?? "";
  expect(kontraktSti).toMatch(/^\/leiekontrakter\/[0-9a-f-]{36}$/);

  // 2. The lease, and its history per unit and per household.
  await Promise.all([sb.waitForURL(`**${kontraktSti}`), lenkeTilKontrakt.click()]);
  await hydrert(sb);
  await sb.getByRole("heading", { level: 1, name: "Leiekontrakt" }).waitFor();
  await axe.sjekk(sb, "leiekontrakt (saksbehandler)");
  const kontraktTekst = await mainText(sb);
  expect(kontraktTekst).toContain("Amina Hassan");
  expect(kontraktTekst).toContain("Ingen søknad");
  const sluttdato = /Slutter ?(\d{1,2}\. \p{L}+ \d{4})/u.exec(kontraktTekst)?.[1] ?? "";
  expect(sluttdato).not.toBe("");
  await Promise.all([
    sb.waitForURL(/\/leiekontrakter\/bolig\//),
    sb.getByRole("link", { name: "Alle leiekontrakter for boligen" }).click(),
  ]);
  await hydrert(sb);
  await sb.getByRole("heading", { level: 1, name: /^Leiekontrakter for / }).waitFor();
  await axe.sjekk(sb, "leiekontrakter per bolig");
  expect(await sb.getByRole("row").filter({ hasText: "Amina Hassan" }).count()).toBeGreaterThan(0);
  await sb.goto(`${server.url}${kontraktSti}`);
  await hydrert(sb);
  await Promise.all([
    sb.waitForURL(/\/leiekontrakter\/husstand\//),
    sb.getByRole("link", { name: "Alle leiekontrakter for husstanden" }).click(),
  ]);
  await hydrert(sb);
  await sb
    .getByRole("heading", { level: 1, name: "Leiekontrakter for husstanden til Amina Hassan" })
    .waitFor();
  await axe.sjekk(sb, "leiekontrakter per husstand");

  // 3. The property manager sees the lease, never the renewal case.
  const forvalter = await signedInPage(browser, server.url, "forvalter-boligbygg", kontraktSti, axe);
  await forvalter.getByRole("heading", { level: 1, name: "Leiekontrakt" }).waitFor();
  await axe.sjekk(forvalter, "leiekontrakt (forvalter)");
  const forvalterTekst = await mainText(forvalter);
  expect(forvalterTekst).toContain("Amina Hassan");
  expect(forvalterTekst).not.toContain("Ingen søknad");
  expect(await forvalter.getByRole("heading", { name: "Fornyelse" }).count()).toBe(0);

  // 4. Amina: the notice on Min bolig, the letter as PDF.
  const beboer = await signedInPage(browser, server.url, "beboer-sagene", "/min-bolig", axe);
  await beboer.getByRole("heading", { name: `Leiekontrakten din går ut ${sluttdato}` }).waitFor();
  await axe.sjekk(beboer, "min bolig med varsel");
  const varselDato = addMonths(
    (/^\d{4}-\d{2}-\d{2}$/.test(sluttdato) ? sluttdato : toIso(sluttdato)) as Dato,
    -6,
  );
  const brevlenke = beboer.getByRole("link", { name: `Varselbrev fra ${formatDato(varselDato)} (PDF)` });
  const brev = await pdfFromLink(beboer, brevlenke);
  expect(brev.status).toBe(200);
  expect(brev.text).toContain("Leiekontrakten din går snart ut");
  expect(brev.text).toContain(`Leiekontrakten din slutter ${sluttdato}`);
  expect(brev.text).toContain("Amina Hassan");

  // 5. She applies; a bad income is refused at the field and what she typed is kept.
  await Promise.all([
    beboer.waitForURL(`${server.url}/min-bolig/fornyelse`),
    beboer.getByRole("link", { name: "Søk om fornyelse" }).click(),
  ]);
  await hydrert(beboer);
  await beboer.getByRole("heading", { level: 1, name: "Søk om ny leiekontrakt" }).waitFor();
  await axe.sjekk(beboer, "søknad om fornyelse");
  await beboer.getByLabel("Husstandens inntekt per år (kr)").fill("mye");
  await beboer.getByLabel("Har noe endret seg?", { exact: false }).fill("Vi er like mange som før.");
  await beboer.getByRole("button", { name: "Send søknaden" }).click();
  await beboer.getByText("Inntekten må være et helt tall i kroner, for eksempel 350000").first().waitFor();
  expect(await beboer.getByLabel("Har noe endret seg?", { exact: false }).inputValue()).toBe(
    "Vi er like mange som før.",
  );
  await axe.sjekk(beboer, "søknad om fornyelse med feil");
  await beboer.getByLabel("Husstandens inntekt per år (kr)").fill("320 000");
  await Promise.all([
    beboer.waitForURL(/\/mine-saker\/[0-9a-f-]{36}\?kvittering=1$/),
    beboer.getByRole("button", { name: "Send søknaden" }).click(),
  ]);
  await hydrert(beboer);
  await beboer.getByRole("heading", { name: "Vi har fått søknaden din" }).waitFor();
  await axe.sjekk(beboer, "kvittering fornyelse");
  const saksnummer = /Sak (\d{4}\/\d{5})/.exec(await mainText(beboer))?.[1] ?? "";
  expect(saksnummer).toMatch(/^\d{4}\/\d{5}$/);

  // Min bolig now says the application came in, and the notice is gone.
  await beboer.goto(`${server.url}/min-bolig`);
  await hydrert(beboer);
  await beboer.getByText(`Vi fikk søknaden din om fornyelse ${formatDato(todayInOslo())}.`).waitFor();
  expect(await beboer.getByRole("heading", { name: /Leiekontrakten din går ut/ }).count()).toBe(0);
  await axe.sjekk(beboer, "min bolig etter søknad");

  // 6. Back on the worklist: in progress, with the case.
  await sb.goto(`${server.url}/fornyelser`);
  await hydrert(sb);
  const etter = sb.getByRole("row").filter({ hasText: "Amina Hassan" });
  await etter.getByRole("link", { name: `Sak ${saksnummer}` }).waitFor();
  expect((await etter.textContent()) ?? "").toContain("Søknad til behandling");

  // 7. The boplan: Amina sees her plan from Min bolig and comments on it.
  await Promise.all([
    beboer.waitForURL(`${server.url}/min-bolig/boplan`),
    beboer.getByRole("link", { name: "Se og kommenter boplanen din" }).click(),
  ]);
  await hydrert(beboer);
  await beboer.getByRole("heading", { level: 1, name: "Boplanen din" }).waitFor();
  expect(await mainText(beboer)).toContain("Kjøpe bolig med startlån");
  await axe.sjekk(beboer, "min boplan");
  await beboer.getByLabel("Kommentar").fill(KOMMENTAR);
  await Promise.all([
    beboer.waitForURL(`${server.url}/min-bolig/boplan?kommentert=1`),
    beboer.getByRole("button", { name: "Send kommentaren" }).click(),
  ]);
  await hydrert(beboer);
  await beboer.getByText(KOMMENTAR).waitFor();
  expect(await mainText(beboer)).toContain("Amina Hassan (leietaker)");
  await axe.sjekk(beboer, "min boplan med kommentar");

  // 8. The follow-up worker finds the plan, sees the comment and adds a step; Amina sees the step.
  const bo = await signedInPage(browser, server.url, "booppfolger-sagene", "/boplaner", axe);
  await bo.getByRole("heading", { level: 1, name: "Boplaner" }).waitFor();
  await axe.sjekk(bo, "boplaner");
  await Promise.all([
    bo.waitForURL(/\/boplaner\/[0-9a-f-]{36}$/),
    bo.getByRole("link", { name: "Amina Hassan" }).click(),
  ]);
  await hydrert(bo);
  await bo.getByText(KOMMENTAR).waitFor();
  await axe.sjekk(bo, "boplan (booppfølger)");
  await bo.getByLabel("Hva skal gjøres?").fill(STEG);
  await bo.getByLabel("Hvem har ansvaret?").selectOption("booppfolger");
  await bo.getByLabel("Når skal det være gjort?").fill(addMonths(todayInOslo(), 1));
  await Promise.all([
    bo.waitForURL(/\?lagret=steg$/),
    bo.getByRole("button", { name: "Legg til steget" }).click(),
  ]);
  await hydrert(bo);
  await bo.getByRole("cell", { name: STEG }).waitFor();
  await axe.sjekk(bo, "boplan med nytt steg");
  await beboer.reload();
  await hydrert(beboer);
  await beboer.getByRole("cell", { name: STEG }).waitFor();

  // The refused form answers 422 (as every form in the app does); the browser logs that response, nothing else.
  expect(axe.konsoll.filter((linje) => !/status of 422 .*\/min-bolig\/fornyelse\.data/.test(linje))).toEqual(
    [],
  );
  expect(axe.funn).toEqual({});
}, 180_000);

const MAANEDER = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];
/** "31. juli 2026" → "2026-07-31". */
function toIso(tekst: string): string {
  const m = /^(\d{1,2})\. (\p{L}+) (\d{4})$/u.exec(tekst);
  if (!m) throw new Error(`Ukjent dato: ${tekst}`);
  return `${m[3]}-${String(MAANEDER.indexOf(m[2]!) + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}
