import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import bidiFactory from "bidi-js";

/**
 * Text in any of our languages in a pdfkit document: Latin and Cyrillic (Noto Sans), Arabic and Dari (Noto Sans
 * Arabic) and Tigrinya (Noto Sans Ethiopic), with the fonts vendored in app/assets/fonts (README there), so no
 * PDF depends on the machine's fonts.
 *
 * pdfkit draws one font per call and lays text out left to right, word by word. So `skrivAvsnitt` does the
 * layout itself: it picks a font per character (script), breaks lines at spaces, runs the Unicode bidirectional
 * algorithm (`bidi-js`) on each line and draws the runs in visual order — right-aligned in a right-to-left
 * paragraph. An Arabic run is passed to pdfkit whole and in logical order: fontkit shapes it (joining forms and
 * ligatures from the font's OpenType tables) and mirrors the glyph run itself, because the run's script is
 * right-to-left. Phone numbers, e-mail addresses and Latin names inside Arabic text are their own
 * left-to-right runs.
 */

export type Skriftvekt = "regular" | "bold";
export type Retning = "ltr" | "rtl";
type Skriftfamilie = "latin" | "arabisk" | "etiopisk";

const FILER: Record<Skriftfamilie, Record<Skriftvekt, string>> = {
  latin: { regular: "NotoSans-Regular.ttf", bold: "NotoSans-Bold.ttf" },
  arabisk: { regular: "NotoSansArabic-Regular.ttf", bold: "NotoSansArabic-Bold.ttf" },
  etiopisk: { regular: "NotoSansEthiopic-Regular.ttf", bold: "NotoSansEthiopic-Bold.ttf" },
};

/**
 * The font folder: next to the source (tests, tsx) or, in the bundled server build, under the working
 * directory — the server always runs from the repository root.
 */
function fontmappe(): string {
  const kandidater = [
    fileURLToPath(new URL("../../assets/fonts", import.meta.url)),
    path.resolve(process.cwd(), "app/assets/fonts"),
  ];
  const mappe = kandidater.find((m) => existsSync(path.join(m, FILER.latin.regular)));
  if (!mappe) throw new Error("Fant ikke skriftene i app/assets/fonts");
  return mappe;
}

let mappe: string | undefined;
/** The absolute path of one font file. */
export function skriftfil(familie: Skriftfamilie, vekt: Skriftvekt): string {
  mappe ??= fontmappe();
  return path.join(mappe, FILER[familie][vekt]);
}

const navn = (familie: Skriftfamilie, vekt: Skriftvekt) => `bm-${familie}-${vekt}`;

/** Registers the six fonts and makes Latin regular the current font. Call once per document. */
export function registrerSkrift(doc: PDFKit.PDFDocument): void {
  for (const familie of Object.keys(FILER) as Skriftfamilie[]) {
    for (const vekt of ["regular", "bold"] as const)
      doc.registerFont(navn(familie, vekt), skriftfil(familie, vekt));
  }
  doc.font(navn("latin", "regular"));
}

/** Selects the Latin font for text drawn with pdfkit's own `text` (codes, numbers, URLs). */
export function latin(doc: PDFKit.PDFDocument, vekt: Skriftvekt = "regular"): PDFKit.PDFDocument {
  return doc.font(navn("latin", vekt));
}

const ARABISK = /\p{scx=Arabic}/u;
const ETIOPISK = /\p{scx=Ethiopic}/u;
/** Spaces, combining marks, joiners (Dari's zero-width non-joiner) and isolates keep the font of the letter before. */
const ARVER = /\s|\p{M}|\u200c|\u200d|[\u2066-\u2069]/u;
/** The bidi isolate controls: they steer the reordering and are never drawn. */
const ISOLATER = /[\u2066-\u2069]/gu;
const synlig = (s: string) => s.replace(ISOLATER, "");

/**
 * Marks a phone number, e-mail address, code or link as left-to-right inside a paragraph (the PDF's `<bdi
 * dir="ltr">`): without it, "22 33 44 55" in Arabic text would be drawn as "55 44 33 22".
 */
export const ltr = (s: string): string => `\u2066${s}\u2069`;
const HOYRE_TIL_VENSTRE_SKRIFT = /\p{Script=Arabic}/u;

/** The font family of each UTF-16 unit of `tekst`. Exported for the tests. */
export function skriftfamilier(tekst: string): Skriftfamilie[] {
  const ut: Skriftfamilie[] = [];
  for (let i = 0; i < tekst.length; i++) {
    const tegn = tekst[i]!;
    const forrige = ut[i - 1];
    ut.push(
      ARABISK.test(tegn)
        ? "arabisk"
        : ETIOPISK.test(tegn)
          ? "etiopisk"
          : ARVER.test(tegn) && forrige
            ? forrige
            : "latin",
    );
  }
  return ut;
}

const bidi = bidiFactory();

/** One piece of a line in visual order, as it is handed to pdfkit. */
export type Bit = { tekst: string; familie: Skriftfamilie; rtl: boolean };

/**
 * Splits the logical range [start, slutt] (inclusive) of a paragraph into pieces in visual order (left to right).
 * A right-to-left piece in the Arabic font keeps its logical order (fontkit reverses Arabic glyph runs itself);
 * any other right-to-left piece (neutral punctuation) is reversed here, with mirrored brackets.
 */
export function visuellRekkefolge(
  tekst: string,
  nivaaer: ReturnType<typeof bidi.getEmbeddingLevels>,
  familier: Skriftfamilie[],
  start: number,
  slutt: number,
): Bit[] {
  const indekser: number[] = [];
  for (let i = start; i <= slutt; i++) indekser.push(i);
  for (const [a = start, b = start] of bidi.getReorderSegments(tekst, nivaaer, start, slutt)) {
    const del = indekser.slice(a - start, b - start + 1).reverse();
    indekser.splice(a - start, del.length, ...del);
  }
  const speil = bidi.getMirroredCharactersMap(tekst, nivaaer.levels, start, slutt);
  const bits: Bit[] = [];
  let i = 0;
  while (i < indekser.length) {
    const forste = indekser[i]!;
    const niva = nivaaer.levels[forste]!;
    const rtl = niva % 2 === 1;
    const familie = familier[forste]!;
    let j = i + 1;
    while (
      j < indekser.length &&
      familier[indekser[j]!] === familie &&
      nivaaer.levels[indekser[j]!] === niva &&
      indekser[j]! === indekser[j - 1]! + (rtl ? -1 : 1)
    )
      j++;
    const fra = Math.min(forste, indekser[j - 1]!);
    const til = Math.max(forste, indekser[j - 1]!);
    let logisk = "";
    for (let k = fra; k <= til; k++) logisk += speil.get(k) ?? tekst[k];
    logisk = synlig(logisk);
    // fontkit reverses a glyph run whose script is right-to-left, whatever level it is drawn at.
    const fontkitSnur = HOYRE_TIL_VENSTRE_SKRIFT.test(logisk);
    const bit = rtl === fontkitSnur ? logisk : [...logisk].reverse().join("");
    if (bit) bits.push({ tekst: bit, familie, rtl });
    i = j;
  }
  return bits;
}

export type Avsnitt = {
  /** Left edge; default the document's left margin. */
  x?: number;
  /** Top of the first line; default the current position. */
  y?: number;
  width: number;
  size: number;
  vekt?: Skriftvekt;
  farge?: string;
  /** The paragraph's base direction: right-to-left paragraphs are right-aligned. */
  retning?: Retning;
};

/**
 * pdfkit lays text out word by word (and caches each word), so an Arabic run of several words would come out with
 * its words left to right. Such a run is shaped whole instead — an explicit, empty feature list makes pdfkit skip
 * its word-by-word layout — and fontkit mirrors it as one. Everything else keeps pdfkit's cached word layout.
 */
const helt = (tekst: string) =>
  HOYRE_TIL_VENSTRE_SKRIFT.test(tekst) && tekst.includes(" ")
    ? { features: [] as PDFKit.Mixins.OpenTypeFeatures[] }
    : {};

/**
 * Shaped widths at 1 pt, remembered across documents: shaping (fontkit decoding the font's OpenType tables, anew
 * for every document) is most of the time a PDF takes, and the same texts come back on every poster and letter.
 */
const bredder = new Map<string, number>();
function maal(doc: PDFKit.PDFDocument, font: string, size: number, tekst: string): number {
  const nokkel = `${font}\u0000${tekst}`;
  let b = bredder.get(nokkel);
  if (b === undefined) {
    if (bredder.size > 20_000) bredder.clear();
    b = doc.font(font).fontSize(1000).widthOfString(tekst, helt(tekst)) / 1000;
    bredder.set(nokkel, b);
  }
  return b * size;
}

/**
 * Draws a paragraph at (x, y), wrapped to `width`, and leaves the document's position below it (like pdfkit's
 * `text`). A line with Arabic letters gets more room: the Arabic font's letters reach further up and down.
 */
export function skrivAvsnitt(doc: PDFKit.PDFDocument, tekst: string, valg: Avsnitt): void {
  const { width, size, vekt = "regular", farge = "#000", retning = "ltr" } = valg;
  const x = valg.x ?? doc.page.margins.left;
  let y = valg.y ?? doc.y;
  const ren = tekst.replace(/\s+/g, " ").trim();
  const familier = skriftfamilier(ren);
  const nivaaer = bidi.getEmbeddingLevels(ren, retning);
  doc.fontSize(size).fillColor(farge);

  const bredde = (fra: number, til: number): number => {
    let sum = 0;
    let k = fra;
    while (k < til) {
      let m = k + 1;
      while (m < til && familier[m] === familier[k]) m++;
      sum += maal(doc, navn(familier[k]!, vekt), size, synlig(ren.slice(k, m)));
      k = m;
    }
    return sum;
  };

  // Lines as logical ranges [fra, til), broken at spaces; a word wider than the line is broken where it must.
  // Widths add up word by word: a space ends an Arabic joining context anyway.
  const linjer: [number, number][] = [];
  let fra = 0;
  while (fra < ren.length) {
    let til = fra;
    let brukt = 0;
    let neste = ren.indexOf(" ", fra);
    while (true) {
      const ordslutt = neste === -1 ? ren.length : neste;
      const med = brukt + bredde(til, ordslutt);
      if (med > width) break;
      brukt = med;
      til = ordslutt;
      if (neste === -1) break;
      neste = ren.indexOf(" ", neste + 1);
    }
    if (til === fra) {
      // One word longer than the line: as many characters as fit (at least one).
      til = fra + 1;
      while (til < ren.length && ren[til] !== " " && bredde(fra, til + 1) <= width) til++;
    }
    linjer.push([fra, til]);
    fra = til;
    while (ren[fra] === " ") fra++;
  }

  for (const [start, slutt] of linjer) {
    const arabisk = familier.slice(start, slutt).includes("arabisk");
    const linjehoyde = size * (arabisk ? 1.75 : 1.36);
    // A line that does not fit goes on a new page, as with pdfkit's own text().
    if (y + linjehoyde > doc.page.height - doc.page.margins.bottom && y > doc.page.margins.top) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    const grunnlinje = y + size * (arabisk ? 1.2 : 1.07);
    const bits = visuellRekkefolge(ren, nivaaer, familier, start, slutt - 1);
    const bredder = bits.map((b) => maal(doc, navn(b.familie, vekt), size, b.tekst));
    const linjebredde = bredder.reduce((a, b) => a + b, 0);
    let cx = retning === "rtl" ? x + width - linjebredde : x;
    bits.forEach((b, i) => {
      doc
        .font(navn(b.familie, vekt))
        .fontSize(size)
        .text(b.tekst, cx, grunnlinje, { ...helt(b.tekst), lineBreak: false, baseline: "alphabetic" });
      cx += bredder[i]!;
    });
    y += linjehoyde;
  }
  doc.font(navn("latin", vekt)).fontSize(size);
  doc.x = x;
  doc.y = y;
}
