import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  STANDARD_FRISTER,
  addDays,
  computeDeadline,
  formatDatoLang,
  lagFristConfig,
  parseDato,
} from "../../lib/frister";
import {
  ELEKTRONISK_GODKJENT,
  KLAGEINSTANSER,
  LOVHENVISNINGER,
  SAKSTYPE_CONFIG,
  STANDARD_BREV_CONFIG,
  type BrevConfig,
} from "./config";
import { bistandInnvilget, fornyelseAvslag, ventelisteVedtak } from "./fixtures";
import { tilWinAnsi } from "./pdf.server";
import { klageinformasjon, renderVedtaksbrev } from "./render-vedtaksbrev.server";
import { pdfInfo, pdfLenker, pdfSider, pdfTekst, strukturElementer } from "./test-helpers";
import { vedtaksbrevSchema, type VedtaksbrevInput } from "./types";

const OPPRETTET = { opprettet: new Date("2026-03-13T08:00:00Z") };
const render = (input: VedtaksbrevInput, config?: BrevConfig) => renderVedtaksbrev(input, OPPRETTET, config);

describe("vedtaksbrev: venteliste on an application for a municipal flat", async () => {
  const input = ventelisteVedtak();
  const pdf = await render(input);
  const tekst = await pdfTekst(pdf);

  it("is a PDF 1.7 of at most three A4 pages", async () => {
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const sider = await pdfSider(pdf);
    expect(sider.length).toBeLessThanOrEqual(3);
    sider.forEach((s, i) => expect(s).toContain(`Side ${i + 1} av ${sider.length}`));
  });

  it("states the outcome first, with the dwelling and what the waiting list means", () => {
    const vedtak = tekst.indexOf("Du har rett til kommunal bolig, men du står på venteliste.");
    expect(vedtak).toBeGreaterThan(0);
    expect(vedtak).toBeLessThan(tekst.indexOf("Begrunnelse"));
    expect(tekst).toContain("Type bolig: leilighet");
    expect(tekst).toContain("Størrelse: 3 rom (omtrent 62 m²)");
    expect(tekst).toContain("Leiekontrakt: 5 år");
    expect(tekst).toContain("Hva betyr det at du står på venteliste?");
    expect(tekst).toContain("Du trenger ikke å søke på nytt.");
    expect(tekst).toContain("Vi regner med at ventetiden er 6–12 måneder.");
    expect(tekst).toContain("Vi fikk søknaden 20. januar 2026.");
  });

  it("gives every part of the reasons (§§ 24–25): facts, main considerations and the rules explained", () => {
    const b = ventelisteVedtak().begrunnelse;
    for (const f of b.faktum) expect(tekst).toContain(f);
    for (const h of b.hovedhensyn ?? []) expect(tekst).toContain(h);
    expect(tekst).toContain(
      "Forskrift om tildeling av kommunal bolig i Oslo § 4: Du kan få kommunal bolig hvis du ikke klarer å skaffe deg en egnet bolig selv.",
    );
    // A configured reference ({ lov: "boligsosial_6" }) is written out with its explanation.
    const bs6 = LOVHENVISNINGER.boligsosial_6;
    expect(tekst).toContain(`${bs6.henvisning}: ${bs6.forklaring}`);
    expect(tekst).toContain("lov om kommunenes ansvar på det boligsosiale feltet § 6");
    const [grunn, vekt, regler] = [
      "Dette har vi lagt til grunn",
      "Dette har vi lagt vekt på",
      "Reglene vi har brukt",
    ];
    expect(tekst.indexOf(grunn)).toBeLessThan(tekst.indexOf(vekt));
    expect(tekst.indexOf(vekt)).toBeLessThan(tekst.indexOf(regler));
  });

  it("has every § 27 element: right to appeal, the deadline as a date, appeal body, how, and documents", () => {
    expect(tekst).toContain("Du kan klage på vedtaket (forvaltningsloven § 28).");
    // Received Monday 16 March 2026: 3 weeks → Monday 6 April = andre påskedag → Tuesday 7 April.
    expect(tekst).toContain("Fristen for å klage er tirsdag 7. april 2026.");
    expect(tekst).toContain("Vi regner med at du fikk vedtaket 16. mars 2026.");
    expect(tekst).toContain("Siste frist ville vært mandag 6. april, men det er andre påskedag");
    expect(tekst).toContain("(forvaltningsloven § 29)");
    expect(tekst).toContain("Oslo kommunes klagenemnd, som avgjør den");
    expect(tekst).toContain("Du kan klage digitalt her: https://www.oslo.kommune.no/klage");
    expect(tekst).toContain(
      "sende klagen i posten til Bydel Søndre Nordstrand, Boligkontoret, Postboks 13 Holmlia",
    );
    expect(tekst).toContain("Skriv dette i klagen (forvaltningsloven § 32):");
    expect(tekst).toContain("hvilket vedtak du klager på – oppgi saksnummeret 26/04711");
    expect(tekst).toContain("hva du vil at vi skal endre");
    expect(tekst).toContain("kan endre vedtaket selv (forvaltningsloven § 33)");
    expect(tekst).toContain("Du har rett til å se dokumentene i saken din (forvaltningsloven § 18).");
    expect(tekst).toContain("(forvaltningsloven § 30)");
  });

  it("does not offer postponed implementation (§ 42) when nobody has to move", () => {
    expect(tekst).not.toContain("§ 42");
  });

  it("links the digital appeal as a real link annotation", async () => {
    expect(await pdfLenker(pdf)).toEqual(["https://www.oslo.kommune.no/klage"]);
  });

  it("names the contact, the signatory and says it is approved electronically", () => {
    expect(tekst).toContain("kontakte Øystein Brænne på telefon 21 80 21 80");
    expect(tekst).toContain("Oppgi saksnummeret 26/04711");
    expect(tekst).toContain("Med vennlig hilsen Øystein Brænne Rådgiver, Bydel Søndre Nordstrand");
    expect(tekst).toContain(ELEKTRONISK_GODKJENT);
    expect(ELEKTRONISK_GODKJENT).toBe("Dokumentet er elektronisk godkjent og har derfor ingen signatur.");
  });

  it("keeps Norwegian letters as real text", () => {
    expect(tekst).toContain("Åse Ødegård Ærø");
    expect(tekst).toContain("Bjørnåsveien 12 B");
    expect(tekst).toContain("Saksnummer: 26/04711");
    expect(tekst).toContain("Dato: 13. mars 2026");
    expect(tekst).toMatch(/æ.*ø.*å|å.*ø.*æ/);
  });

  it("is a tagged PDF: structure tree, language, marked, title shown, metadata", async () => {
    const raw = pdf.toString("latin1");
    const catalog = /\/Type \/Catalog[^>]*/.exec(raw)?.[0] ?? "";
    expect(catalog).toContain("/Lang (nb-NO)");
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(catalog).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(catalog).toMatch(/\/ViewerPreferences \d+ 0 R/);
    expect(raw).toContain("/Marked true");
    expect(raw).toContain("/DisplayDocTitle true");
    const info = await pdfInfo(pdf);
    expect(info.Title).toBe("Vedtak om kommunal bolig – saksnummer 26/04711");
    expect(info.Author).toBe("Oslo kommune, Bydel Søndre Nordstrand");
    expect(info.Language).toBe("nb-NO");
  });

  it("tags the heading H1, the sections H2 in order, paragraphs P and lists L", async () => {
    const el = await strukturElementer(pdf);
    expect(el.filter(([r]) => r === "H1")).toEqual([["H1", "Vedtak om kommunal bolig"]]);
    expect(el.filter(([r]) => r === "H2").map(([, t]) => t)).toEqual([
      "Vedtak",
      "Begrunnelse",
      "Du kan klage",
      "Du har rett til å se dokumentene",
      "Spørsmål",
    ]);
    expect(el).toContainEqual(["P", "Du kan klage på vedtaket (forvaltningsloven § 28)."]);
    expect(el).toContainEqual(["LBody", "Leiekontrakt: 5 år"]);
    expect(el.some(([r, t]) => r === "Link" && t.includes("oslo.kommune.no/klage"))).toBe(true);
    // The footer is an artifact, not content: no structure element holds it.
    expect(el.some(([, t]) => t.includes("Side 1 av"))).toBe(false);
  });

  it("is byte-identical for the same input and creation date", async () => {
    const again = await render(ventelisteVedtak());
    expect(again.equals(pdf)).toBe(true);
    const other = await renderVedtaksbrev(ventelisteVedtak(), {
      opprettet: new Date("2026-03-14T08:00:00Z"),
    });
    expect(other.equals(pdf)).toBe(false);
  });
});

describe("klagefrist in the letter", () => {
  // Hand-checked (docs/domain/frister.md): the letter states the due date, counted from mottattDato.
  const cases: Array<[string, string, string]> = [
    ["2026-04-01", "onsdag 22. april 2026", "an ordinary Wednesday three weeks on"],
    ["2026-03-16", "tirsdag 7. april 2026", "andre påskedag moves it one day"],
    ["2026-03-12", "tirsdag 7. april 2026", "skjærtorsdag: over the whole of Easter"],
    ["2024-04-26", "tirsdag 21. mai 2024", "17 May, the weekend and andre pinsedag"],
    ["2026-12-03", "torsdag 24. desember 2026", "julaften is not a holiday by default"],
  ];
  it.each(cases)("received %s → %s (%s)", async (mottatt, frist) => {
    // Sent three days before it reached the party: the deadline runs from receipt, not from the letter's date.
    const brevdato = addDays(parseDato(mottatt), -3);
    const pdf = await render(
      ventelisteVedtak({ brevdato, mottattDato: mottatt, soknadMottattDato: undefined }),
    );
    const tekst = await pdfTekst(pdf);
    expect(tekst).toContain(`Fristen for å klage er ${frist}.`);
    expect(formatDatoLang(computeDeadline("klagefrist", mottatt).due)).toBe(frist);
  });

  it("follows the deadline engine's configuration (length and 24/31 December rule), not literals", async () => {
    const frister = lagFristConfig({
      julaftenOgNyttarsaftenForlenger: true,
      kinds: { klagefrist: { ...STANDARD_FRISTER.klagefrist, lengde: { antall: 4, enhet: "uker" } } },
    });
    const config: BrevConfig = { ...STANDARD_BREV_CONFIG, frister };
    // 26 November 2026 + 4 weeks = Thursday 24 December → with the setting, over Christmas to Monday 28 December.
    const tekst = await pdfTekst(
      await render(ventelisteVedtak({ brevdato: "2026-11-26", mottattDato: "2026-11-26" }), config),
    );
    expect(tekst).toContain("Fristen for å klage er mandag 28. desember 2026.");
    expect(tekst).toContain("Klagefristen er 4 uker fra du mottok vedtaket 26. november 2026");
  });
});

describe("appeal body and § 42 per case kind", () => {
  it("allocation → Oslo kommunes klagenemnd", async () => {
    const tekst = await pdfTekst(await render(ventelisteVedtak()));
    expect(tekst).toContain(`sender vi klagen til ${KLAGEINSTANSER.klagenemnd.navn}`);
    expect(tekst).not.toContain("Statsforvalteren");
  });

  it("refused renewal → klagenemnd, says what happens to the lease, and offers § 42", async () => {
    const tekst = await pdfTekst(await render(fornyelseAvslag()));
    expect(tekst).toContain("Vedtak om fornyelse av leiekontrakt");
    expect(tekst).toContain("Du får ikke fornye leiekontrakten din.");
    expect(tekst).toContain("Husstanden har hatt inntekt over grensen de siste to årene.");
    expect(tekst).toContain("Oslo kommunes klagenemnd");
    expect(tekst).toContain(
      "Du kan be om at vedtaket ikke blir gjennomført før klagen er avgjort (forvaltningsloven § 42).",
    );
  });

  it("boligsosial lov § 6 → Statsforvalteren, with the assistance listed and § 6 as the basis", async () => {
    const tekst = await pdfTekst(await render(bistandInnvilget()));
    expect(tekst).toContain("Vedtak om bistand til å skaffe eller beholde bolig");
    expect(tekst).toContain("Du får bistand til å skaffe deg eller beholde en egnet bolig.");
    expect(tekst).toContain("Hjelp til å søke etter bolig på det private markedet");
    expect(tekst).toContain("Råd om startlån og bostøtte");
    expect(tekst).toContain(`sender vi klagen til ${KLAGEINSTANSER.statsforvalteren.navn}`);
    expect(tekst).toContain("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
    expect(tekst).not.toContain("klagenemnd");
    expect(tekst).toContain(LOVHENVISNINGER.boligsosial_6.henvisning);
  });

  it("refused allocation says no first", async () => {
    const tekst = await pdfTekst(await render(ventelisteVedtak({ vedtak: { utfall: "avslag" } })));
    expect(tekst).toContain("Du får ikke kommunal bolig.");
    expect(tekst).not.toContain("venteliste");
  });

  it("the case kinds map to their appeal bodies in configuration", () => {
    expect(SAKSTYPE_CONFIG.kommunal_bolig.klageinstans).toBe(KLAGEINSTANSER.klagenemnd);
    expect(SAKSTYPE_CONFIG.fornyelse.klageinstans).toBe(KLAGEINSTANSER.klagenemnd);
    expect(SAKSTYPE_CONFIG.boligsosial_bistand.klageinstans).toBe(KLAGEINSTANSER.statsforvalteren);
    const v = vedtaksbrevSchema.parse(fornyelseAvslag());
    expect(klageinformasjon(v).utsattIverksetting).toBe(true);
    expect(klageinformasjon({ ...v, utsattIverksetting: false }).utsattIverksetting).toBe(false);
  });

  it("the deadline references are the deadline engine's, not repeated", () => {
    expect(LOVHENVISNINGER.fvl_29.henvisning).toBe(STANDARD_FRISTER.klagefrist.hjemmel);
    expect(LOVHENVISNINGER.fvl_11a.henvisning).toBe(STANDARD_FRISTER.forelopig_svar.hjemmel);
    expect(LOVHENVISNINGER.fvl_31.henvisning).toBe(STANDARD_FRISTER.klage_ettarsgrense.hjemmel);
  });
});

describe("fonts", () => {
  it("the standard fonts keep æøå and degrade other letters readably", () => {
    expect(tilWinAnsi("Æøå ÆØÅ é ü § « » – €")).toBe("Æøå ÆØÅ é ü § « » – €");
    expect(tilWinAnsi("Łukasz Kołodziej Şahin Đorđević")).toBe("Lukasz Kolodziej Sahin Dordevic");
    expect(tilWinAnsi("☃")).toBe("?");
  });

  const liberation = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";
  it.skipIf(!existsSync(liberation))(
    "an embedded TrueType font keeps every letter and is embedded",
    async () => {
      const config: BrevConfig = {
        ...STANDARD_BREV_CONFIG,
        fonter: { kind: "embedded", regular: liberation, bold: liberation.replace("Regular", "Bold") },
      };
      const input = ventelisteVedtak({
        mottaker: { navn: "Łukasz Şahin Ødegård", adresselinjer: ["Tøyengata 1"] },
      });
      const pdf = await render(input, config);
      expect(await pdfTekst(pdf)).toContain("Łukasz Şahin Ødegård");
      expect(pdf.toString("latin1")).toContain("/FontFile2");
      const again = await render(input, config);
      expect(again.equals(pdf)).toBe(true);
    },
  );
});
