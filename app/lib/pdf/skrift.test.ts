import bidiFactory from "bidi-js";
import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { KONTAKTKORT } from "../../modules/bomiljo/kontaktkort-tekster";
import { SKJEMATEKSTER } from "../../modules/undersokelse/sprak";
import { ltr, registrerSkrift, skriftfamilier, visuellRekkefolge } from "./skrift.server";

const bidi = bidiFactory();
const rekkefolge = (tekst: string, retning: "ltr" | "rtl") =>
  visuellRekkefolge(
    tekst,
    bidi.getEmbeddingLevels(tekst, retning),
    skriftfamilier(tekst),
    0,
    tekst.length - 1,
  );

/** pdfkit's fontkit font behind a registered font name (private API, for the tests only). */
type Fontkitfont = {
  hasGlyphForCodePoint(cp: number): boolean;
  layout(s: string): { glyphs: { id: number; name: string }[] };
};
function fontkit(doc: PDFKit.PDFDocument, navn: string): Fontkitfont {
  doc.font(navn);
  return (doc as unknown as { _font: { font: Fontkitfont } })._font.font;
}

describe("app/lib/pdf: fonts per script and visual order", () => {
  test("each character gets the font of its script; spaces and Dari's non-joiner stay with the letter before", () => {
    expect(skriftfamilier("Tlf بمن ሰ")).toEqual([
      "latin",
      "latin",
      "latin",
      "latin",
      "arabisk",
      "arabisk",
      "arabisk",
      "arabisk",
      "etiopisk",
    ]);
    expect(skriftfamilier("می\u200cتوانید").every((f) => f === "arabisk")).toBe(true);
    expect(skriftfamilier("الهاتف: 22")).toEqual([
      ...Array(6).fill("arabisk"),
      "latin",
      "latin",
      "latin",
      "latin",
    ]);
  });

  test("a right-to-left line comes out in visual order; a number marked ltr stays left to right", () => {
    const bits = rekkefolge(`Nora Nymann: الهاتف ${ltr("22 33 44 55")}`, "rtl");
    // Left to right on the page: the number, the Arabic word (logical order: fontkit mirrors Arabic runs), the name.
    expect(bits.map((b) => b.tekst.trim()).filter(Boolean)).toEqual([
      "22 33 44 55",
      "الهاتف",
      ":",
      "Nora Nymann",
    ]);
    expect(bits.find((b) => b.tekst.includes("الهاتف"))).toMatchObject({ familie: "arabisk", rtl: true });
    // Unmarked, the bidi algorithm reverses the groups of a phone number — which is why callers wrap it in ltr().
    const umerket = rekkefolge("الهاتف 22 33", "rtl").map((b) => b.tekst.trim());
    expect(umerket.filter(Boolean)).toEqual(["33", "22", "الهاتف"]);
  });

  test("brackets in right-to-left text are mirrored; the isolate marks are never drawn", () => {
    const bits = rekkefolge(`منطقة (${ltr("Grünerløkka")})`, "rtl");
    const tekst = bits.map((b) => b.tekst).join("");
    expect(tekst).not.toMatch(/[\u2066-\u2069]/);
    // Logical "منطقة (Grünerløkka)": the closing bracket is drawn leftmost as "(", the opening one as ")".
    expect(bits.map((b) => b.tekst)).toEqual(["(", "Grünerløkka", ")", "منطقة "]);
  });

  test("left-to-right text is one run per font, untouched", () => {
    expect(rekkefolge("Hvem kan du kontakte? ናብ መን", "ltr")).toEqual([
      { tekst: "Hvem kan du kontakte? ", familie: "latin", rtl: false },
      { tekst: "ናብ መን", familie: "etiopisk", rtl: false },
    ]);
  });

  test("the vendored fonts have a glyph for every character of the poster and the letter, in every language", () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    registrerSkrift(doc);
    const tekster = [
      ...Object.values(KONTAKTKORT).flatMap((t) => Object.values(t)),
      ...Object.values(SKJEMATEKSTER).flatMap((t) => [t.tittel, t.ingress, t.anonymt, t.brevNett, t.kode]),
      "Storgata 51, 0182 Oslo – Grünerløkka – nora@oslo.kommune.no – https://bomiljo.example/mangler/ny?oppgang=x",
    ];
    const mangler: string[] = [];
    for (const tekst of tekster) {
      const familier = skriftfamilier(tekst);
      for (const vekt of ["regular", "bold"]) {
        [...tekst].forEach((tegn, i) => {
          if (/[\u2066-\u2069]/.test(tegn)) return;
          const font = fontkit(doc, `bm-${familier[i]}-${vekt}`);
          if (!font.hasGlyphForCodePoint(tegn.codePointAt(0)!))
            mangler.push(
              `${tegn} U+${tegn.codePointAt(0)!.toString(16)} (${familier[i]}-${vekt}) i «${tekst}»`,
            );
        });
      }
    }
    expect(mangler).toEqual([]);
  });

  test("fontkit shapes Arabic through the font's OpenType tables: joining forms and the lam-alef ligature", () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    registrerSkrift(doc);
    const font = fontkit(doc, "bm-arabisk-regular");
    const isolert = [..."الاتصال"].map((c) => c.codePointAt(0)!);
    const glyfer = font.layout("الاتصال").glyphs;
    // Shaped: fewer glyphs than letters (ligature), and contextual forms rather than the isolated letters.
    expect(glyfer.length).toBeLessThan(isolert.length);
    expect(glyfer.every((g) => g.id !== 0)).toBe(true);
    const dari = font.layout("می‌توانید").glyphs;
    expect(dari.every((g) => g.id !== 0)).toBe(true);
    expect(new Set(glyfer.map((g) => g.name)).size).toBeGreaterThan(1);
    expect(
      glyfer.map((g) => g.name).some((n) => /fe[89a-f][0-9a-f]|\.(fina|medi|init)|lam_alef|uniFEFB/i.test(n)),
    ).toBe(true);
  });
});
