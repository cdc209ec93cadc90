import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { computeDeadline, formatDatoLang, todayInOslo } from "../../app/lib/frister";
import { formatDato } from "../../app/modules/housing-stock/format";
import { hydrert, launchBrowser } from "./helpers/browser";
import {
  AxeLogg,
  aapneHandling,
  mainText,
  pdfFromLink,
  signedInPage,
  utforHandling,
} from "./helpers/journey";
import { serverloggVedFeil, startServer, type RunningServer } from "./helpers/server";

/**
 * The whole case journey in Chromium, three people in three separate browser contexts on one server:
 * the resident (beboer-sagene) applies for a municipal flat and gets the receipt with the case number; the
 * caseworker (saksbehandler-sagene) finds it by searching the queue for that number, assigns it to herself,
 * writes a kartlegging note and makes an avslag with rules, facts and main considerations; the resident sees
 * the decision on Mine saker, opens the letter (PDF through her own session: it holds the klagefrist shown on
 * the page and the appeal body) and appeals online in time; the caseworker sees the appeal, reconsiders and
 * forwards it to the klagenemnd with a comment; the board member (klagenemnd-oslo) finds it in /klagenemnd
 * and records "stadfestet" with reasons; the resident sees the outcome. Every page visited is checked with
 * axe (WCAG 2.0/2.1 A and AA); the findings of all pages are asserted together at the end.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ env: { LOG_LEVEL: "info" } }), launchBrowser()]);
}, 120_000);
serverloggVedFeil(() => server);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const NOTAT = "Kartlegging: søkeren bor på hospits og har fast inntekt over grensen.";
const REGLER =
  "Forskrift om tildeling av kommunal bolig i Oslo § 4: Du kan få kommunal bolig hvis du ikke klarer å skaffe deg en egnet bolig selv.";
const FAKTUM = "Husstanden har inntekt over inntektsgrensen for kommunal bolig.";
const HOVEDHENSYN = "Du kan skaffe deg bolig selv med startlån og bostøtte.";
const KLAGETEKST = "Jeg er uenig. Inntekten min går ned fra nyttår, og jeg får ikke startlån.";
const MERKNAD = "Bydelen mener vedtaket bør stå: inntekten var over grensen da vedtaket ble fattet.";
const BEGRUNNELSE = "Nemnda er enig i bydelens vurdering av inntekten.";

test("søknad → saksbehandling → avslag → PDF → klage → oversendt → klagenemnda stadfester → Mine saker", async () => {
  const axe = new AxeLogg();
  const idag = todayInOslo();

  // 1. The resident applies through the form.
  const beboer = await signedInPage(browser, server.url, "beboer-sagene", "/soknad", axe);
  await beboer.getByRole("heading", { level: 1, name: "Søk om kommunal bolig" }).waitFor();
  await axe.sjekk(beboer, "søknad: start");
  await Promise.all([
    beboer.waitForURL(/\/soknad\/[0-9a-f-]{36}$/),
    beboer.getByRole("button", { name: "Start ny søknad" }).click(),
  ]);
  await beboer.getByRole("button", { name: "Send søknad" }).waitFor();
  await axe.sjekk(beboer, "søknad: skjemaet");
  await beboer.getByLabel("Hva søker du om?").selectOption("bolig");
  await beboer.getByLabel("Hvilken bydel søker du i?").selectOption("sagene");
  await beboer.getByRole("radio", { name: "Meg selv" }).check();
  await beboer.getByLabel("Hva passer best for deg nå?").selectOption("midlertidig");
  await beboer.getByLabel("Fortell kort om hvordan du bor nå").fill("Jeg bor på hospits med sønnen min.");
  await beboer.getByLabel("Inntekt i husstanden per år").fill("650 000");
  await beboer.getByLabel("Jeg har lest hvordan opplysningene brukes", { exact: false }).check();
  await Promise.all([
    beboer.waitForURL(/\/mine-saker\/[0-9a-f-]{36}\?kvittering=1$/),
    beboer.getByRole("button", { name: "Send søknad" }).click(),
  ]);

  // 2. The receipt with the case number.
  await beboer.getByRole("heading", { name: "Vi har fått søknaden din" }).waitFor();
  const kvittering = (await beboer.locator(".soknad-kvittering").textContent()) ?? "";
  const saksnummer = /Saksnummeret er (\d{4}\/\d{5})\./.exec(kvittering)?.[1] ?? "";
  expect(saksnummer, `the receipt names the case number: ${kvittering}`).toMatch(/^\d{4}\/\d{5}$/);
  expect(kvittering).toContain(`Vi fikk søknaden ${formatDato(idag)}.`);
  const minSakSti = new URL(beboer.url()).pathname;
  expect(await beboer.getByRole("heading", { level: 1 }).textContent()).toBe(`Sak ${saksnummer}`);
  expect(await mainText(beboer)).toContain("Vi har mottatt søknaden din.");
  await axe.sjekk(beboer, "Mine saker: kvittering");

  // 3. The caseworker, in a browser of her own, finds the case by searching the queue for its number.
  const sb = await signedInPage(browser, server.url, "saksbehandler-sagene", "/saker", axe);
  await sb.getByRole("heading", { level: 1, name: "Saker" }).waitFor();
  await axe.sjekk(sb, "saker: arbeidskøen");
  await sb.getByRole("searchbox", { name: "Søk etter saksnummer eller navn" }).fill(saksnummer);
  await Promise.all([
    sb.waitForURL((url) => url.pathname === "/saker" && url.searchParams.get("q") === saksnummer),
    sb.getByRole("button", { name: "Søk", exact: true }).click(),
  ]);
  const treff = sb.getByRole("row").filter({ has: sb.getByRole("link", { name: saksnummer, exact: true }) });
  await treff.waitFor();
  // The search finds exactly this case (header row + one).
  expect(await sb.getByRole("table", { name: "Saker: Alle saker" }).getByRole("row").count()).toBe(2);
  expect(await sb.getByRole("status").filter({ hasText: "Side 1 av 1." }).textContent()).toMatch(
    /^Antall saker: 1\./,
  );
  const rad = ((await treff.textContent()) ?? "").replace(/\s+/g, " ");
  expect(rad).toContain("Amina Hassan");
  expect(rad).toContain("Ny");
  expect(rad).toContain("Ikke tildelt");
  await axe.sjekk(sb, "saker: søk på saksnummer");

  // 4. Open it and assign it to herself.
  await Promise.all([
    sb.waitForURL(/\/saker\/[0-9a-f-]{36}$/),
    treff.getByRole("link", { name: saksnummer, exact: true }).click(),
  ]);
  await sb.getByRole("heading", { level: 1, name: `Sak ${saksnummer}` }).waitFor();
  const sakSti = new URL(sb.url()).pathname;
  expect(await mainText(sb)).toContain("Amina Hassan · Søknad om kommunal bolig Ny");
  await axe.sjekk(sb, "sak: ny");
  const tildel = await aapneHandling(sb, "handling-tildel");
  const valgt = tildel.getByLabel("Saksbehandler", { exact: true }).locator("option:checked");
  expect(await valgt.textContent()).toBe("Meg selv (Sara Saksbehandler)");
  await utforHandling(sb, tildel, "Tildel", "tildel");
  await sb.getByText("Saken er tildelt.").waitFor();
  expect(await mainText(sb)).toContain("Amina Hassan · Søknad om kommunal bolig Under behandling");
  await axe.sjekk(sb, "sak: tildelt");

  // 5. A note from the kartlegging.
  const notat = await aapneHandling(sb, "handling-notat");
  await notat.getByLabel("Notat", { exact: true }).fill(NOTAT);
  await utforHandling(sb, notat, "Lagre notatet", "notat");
  await sb.getByText("Notatet er lagret.").waitFor();
  await sb.getByText(NOTAT).waitFor();
  await axe.sjekk(sb, "sak: notat lagret");

  // 6. An avslag with the rules, the facts and the main considerations, sent digitally in Bomiljø.
  const vedtak = await aapneHandling(sb, "handling-vedtak");
  await vedtak.getByLabel("Avslag", { exact: true }).check();
  await vedtak.getByLabel("Reglene vedtaket bygger på").fill(REGLER);
  await vedtak.getByLabel("De faktiske forholdene").fill(FAKTUM);
  await vedtak.getByLabel("Hovedhensynene i vurderingen").fill(HOVEDHENSYN);
  expect(await vedtak.getByLabel("Digitalt i Bomiljø").isChecked()).toBe(true);
  await utforHandling(sb, vedtak, "Fatt vedtak", "vedtak");
  await sb.getByText("Vedtaket er fattet.", { exact: false }).waitFor();
  expect(await mainText(sb)).toContain("Amina Hassan · Søknad om kommunal bolig Vedtak fattet");
  await sb.getByRole("heading", { name: `Avslag, ${formatDato(idag)}` }).waitFor();
  await axe.sjekk(sb, "sak: vedtak fattet");

  // 7. The resident sees the decision on Mine saker.
  await beboer.goto(`${server.url}/mine-saker`);
  await hydrert(beboer);
  const kort = beboer.getByRole("listitem").filter({ hasText: `sak ${saksnummer}` });
  await kort.waitFor();
  expect(await kort.textContent()).toContain("Vi har gjort et vedtak i saken din.");
  await axe.sjekk(beboer, "Mine saker: vedtak fattet");
  await Promise.all([
    beboer.waitForURL((url) => url.pathname === minSakSti),
    kort.getByRole("link", { name: new RegExp(`sak ${saksnummer}`) }).click(),
  ]);
  const vedtaksrad = beboer.getByRole("table", { name: "Vedtak" }).getByRole("row").nth(1);
  await vedtaksrad.waitFor();
  expect((await vedtaksrad.textContent())?.replace(/\s+/g, " ")).toContain(
    `${formatDato(idag)}AvslagStarter når du åpner brevet`,
  );
  expect(await mainText(beboer)).toContain("Vi har gjort et vedtak i saken din.");
  await axe.sjekk(beboer, "min sak: vedtak, brevet ikke åpnet");

  // 8. The letter through her own session. Opening it fixes the day it reached her, so the klagefrist starts.
  const brev = await pdfFromLink(
    beboer,
    beboer.getByRole("link", { name: `Vedtaksbrev ${formatDato(idag)} (PDF)` }),
  );
  expect(brev.status, brev.text).toBe(200);
  expect(brev.contentType).toBe("application/pdf");
  await beboer.reload();
  const klagefristTekst = await beboer.getByText("Klagen må sendes senest", { exact: false }).textContent();
  const klagefrist = /Klagen må sendes senest (.+)\.$/.exec(klagefristTekst ?? "")?.[1] ?? "";
  const frist = computeDeadline("klagefrist", idag).due;
  expect(klagefrist).toBe(formatDato(frist));
  expect(await vedtaksrad.textContent()).toContain(`Avslag${klagefrist}`);
  expect(brev.text).toContain(klagefrist);
  expect(brev.text).toContain(`Fristen for å klage er ${formatDatoLang(frist)}.`);
  expect(brev.text).toContain("Oslo kommunes klagenemnd");
  expect(brev.text).toContain(saksnummer);
  expect(brev.text).toContain(FAKTUM);
  await axe.sjekk(beboer, "min sak: vedtak, klagefrist satt");

  // 9. She appeals online before the klagefrist.
  await Promise.all([
    beboer.waitForURL((url) => url.pathname === `${minSakSti}/klage`),
    beboer.getByRole("link", { name: "Klag på vedtaket" }).click(),
  ]);
  await beboer.getByRole("heading", { level: 1, name: "Klag på vedtaket" }).waitFor();
  expect(await mainText(beboer)).toContain(`Klagen må sendes senest ${klagefrist}.`);
  await axe.sjekk(beboer, "klage: skjemaet");
  await beboer.getByLabel("Klagen din").fill(KLAGETEKST);
  await Promise.all([
    beboer.waitForURL((url) => url.pathname === minSakSti && url.search === "?klage=1"),
    beboer.getByRole("button", { name: "Send klagen" }).click(),
  ]);
  await beboer.getByText("Vi har fått klagen din.", { exact: false }).waitFor();
  let side = await mainText(beboer);
  expect(side).toContain("Vi har mottatt klagen din og ser på saken på nytt.");
  expect(side).toContain(`Vi fikk klagen ${formatDato(idag)}. Den kom innen fristen.`);
  expect(await beboer.getByRole("link", { name: "Klag på vedtaket" }).count()).toBe(0);
  await axe.sjekk(beboer, "min sak: klage sendt");

  // 10. The caseworker sees the appeal in the queue's "Klager" view and opens the case.
  await sb.goto(`${server.url}/saker`);
  await hydrert(sb);
  await Promise.all([
    sb.waitForURL((url) => url.searchParams.get("vis") === "klager"),
    sb.getByRole("link", { name: "Klager", exact: true }).click(),
  ]);
  const klagerad = sb
    .getByRole("table", { name: "Saker: Klager" })
    .getByRole("row")
    .filter({ has: sb.getByRole("link", { name: saksnummer, exact: true }) });
  await klagerad.waitFor();
  expect(await klagerad.textContent()).toContain("Klage til behandling");
  await axe.sjekk(sb, "saker: klager");
  await Promise.all([
    sb.waitForURL((url) => url.pathname === sakSti),
    klagerad.getByRole("link", { name: saksnummer, exact: true }).click(),
  ]);
  await sb.getByRole("heading", { level: 1, name: `Sak ${saksnummer}` }).waitFor();
  side = await mainText(sb);
  expect(side).toContain("Amina Hassan · Søknad om kommunal bolig Klage til behandling");
  const klageomtale = sb.getByRole("article", { name: `Klage mottatt ${formatDato(idag)}` });
  expect(((await klageomtale.textContent()) ?? "").replace(/\s+/g, " ")).toContain("Under forberedelse");
  // What the resident wrote is what the caseworker must reconsider (forvaltningsloven § 33).
  expect.soft(side, "the caseworker can read the resident's appeal text").toContain(KLAGETEKST);
  await axe.sjekk(sb, "sak: klage til behandling");

  // 11. She reconsiders, keeps the decision and forwards the appeal to the klagenemnd with a comment.
  const oversend = await aapneHandling(sb, "handling-oversend");
  expect(await oversend.textContent()).toContain("Oslo kommunes klagenemnd");
  await oversend.getByLabel("Kommentar til klageinstansen").fill(MERKNAD);
  await utforHandling(sb, oversend, "Send klagen", "oversend");
  await sb.getByText("Klagen er sendt til klageinstansen, og klageren har fått beskjed.").waitFor();
  side = await mainText(sb);
  expect(side).toContain("Amina Hassan · Søknad om kommunal bolig Klage sendt til klageinstansen");
  expect(((await klageomtale.textContent()) ?? "").replace(/\s+/g, " ")).toContain(MERKNAD);
  await axe.sjekk(sb, "sak: klage oversendt");

  // The resident is told.
  await beboer.goto(`${server.url}${minSakSti}`);
  await hydrert(beboer);
  side = await mainText(beboer);
  expect(side).toContain("Klagen din er sendt til klageinstansen, som avgjør den.");
  await axe.sjekk(beboer, "min sak: klage oversendt");

  // 12. The appeal board member finds it in /klagenemnd among those waiting, opens it, records stadfestet.
  const kn = await signedInPage(browser, server.url, "klagenemnd-oslo", "/klagenemnd", axe);
  await kn.getByRole("heading", { level: 1, name: "Klager til klagenemnda" }).waitFor();
  const venter = kn.locator('section[aria-labelledby="venter"]');
  const knRad = venter
    .getByRole("row")
    .filter({ has: kn.getByRole("link", { name: saksnummer, exact: true }) });
  await knRad.waitFor();
  expect(await knRad.textContent()).toContain("Venter på nemnda");
  await axe.sjekk(kn, "klagenemnd: listen");
  await Promise.all([
    kn.waitForURL(/\/klagenemnd\/[0-9a-f-]{36}$/),
    knRad.getByRole("link", { name: saksnummer, exact: true }).click(),
  ]);
  await kn.getByRole("heading", { level: 1, name: `Klage i sak ${saksnummer}` }).waitFor();
  side = await mainText(kn);
  expect(side).toContain(MERKNAD);
  expect(side).toContain(REGLER);
  expect(side).toContain(FAKTUM);
  expect(side).toContain(HOVEDHENSYN);
  expect.soft(side, "the board can read the resident's appeal text").toContain(KLAGETEKST);
  await axe.sjekk(kn, "klagenemnd: saken");
  await kn.getByLabel("Stadfestet – vedtaket blir stående").check();
  await kn.getByLabel("Begrunnelse", { exact: true }).fill(BEGRUNNELSE);
  await Promise.all([
    kn.waitForURL((url) => url.search === "?lagret"),
    kn.getByRole("button", { name: "Registrer avgjørelsen" }).click(),
  ]);
  await kn.getByRole("heading", { name: "Klagen er avgjort" }).waitFor();
  side = await mainText(kn);
  expect(side).toContain("Avgjørelsen er registrert. Søkeren får se den i Mine saker.");
  expect(side).toContain(BEGRUNNELSE);
  expect(side).toContain("Stadfestet");
  await axe.sjekk(kn, "klagenemnd: avgjort");

  // 13. The resident sees the outcome on Mine saker, in plain words.
  await beboer.goto(`${server.url}/mine-saker`);
  await hydrert(beboer);
  await kort.waitFor();
  expect(await kort.textContent()).toContain("Saken din er avsluttet.");
  await axe.sjekk(beboer, "Mine saker: avsluttet");
  await Promise.all([
    beboer.waitForURL((url) => url.pathname === minSakSti),
    kort.getByRole("link", { name: new RegExp(`sak ${saksnummer}`) }).click(),
  ]);
  await beboer.getByRole("heading", { name: "Klagen din" }).waitFor();
  side = await mainText(beboer);
  expect(side).toContain("Saken din er avsluttet.");
  expect(side).toContain("Klageinstansen har avgjort klagen.");
  expect(side).toContain(`Klagenemnda ga ikke medhold ${formatDato(idag)}. Vedtaket står ved lag.`);
  // The board's decision cannot be appealed (forvaltningsloven § 28 third paragraph).
  expect(await beboer.getByRole("link", { name: "Klag på vedtaket" }).count()).toBe(0);
  await axe.sjekk(beboer, "min sak: klagen avgjort");

  // The caseworker's page shows the outcome too.
  await sb.reload();
  expect(await mainText(sb)).toContain("Amina Hassan · Søknad om kommunal bolig Avsluttet");
  await axe.sjekk(sb, "sak: avsluttet");

  // Every page visited: no axe violations.
  expect(axe.sider.length).toBeGreaterThanOrEqual(20);
  expect(axe.funn).toEqual({});
  expect(axe.konsoll).toEqual([]);
}, 300_000);
