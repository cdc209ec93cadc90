/**
 * The shared letter layout on top of pdfkit: an A4 page in the style of an Oslo municipality letter (sender top
 * left, recipient in the envelope window, reference and date on the right, one H1, sections with H2), written as
 * a TAGGED PDF (PDF 1.7, /StructTreeRoot, /Lang nb-NO, title shown in the window title) so screen readers get
 * headings, paragraphs and lists in reading order. Page footers are marked as artifacts.
 */
import PDFDocument from "pdfkit";
import { STANDARD_BREV_FONTER, type BrevFonter } from "./config";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** A piece of a paragraph: plain text, bold text, or a web link. */
export type Del = string | { fet: string } | { lenke: string; tekst?: string };

export type BrevHode = {
  /** Top left: "Oslo kommune", then the district and unit. */
  avsenderLinjer: [string, ...string[]];
  mottakerLinjer: string[];
  /** Right column label/value pairs: "Saksnummer" / "26/1234", "Dato" / "2. mars 2026". */
  referanser: Array<[string, string]>;
  /** The footer on each page (sender's postal address, phone, web). */
  bunntekst: string;
};

export type BrevMeta = {
  tittel: string;
  forfatter: string;
  emne?: string;
  opprettet?: Date;
  fonter?: BrevFonter;
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, left: 70, right: 70, bottom: 90 };
const BODY_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const SIZE = { body: 11, small: 8.5, h1: 17, h2: 13, sender: 13 };
const FARGE = { tekst: "#000000", dempet: "#333333", lenke: "#1F42AA" };

/** Characters the PDF standard fonts can show (WinAnsiEncoding beyond Latin-1). */
const WINANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const TRANSLITTERASJON: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŋ: "n",
};

function winAnsiChar(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || cp === 0x0a || WINANSI_EXTRA.has(c);
}

/**
 * Text the standard fonts can show: characters outside WinAnsi lose their accents ("ş" → "s", "ł" → "l") or
 * become "?". Only used with the standard fonts; with embedded fonts every character in the font is kept.
 */
export function tilWinAnsi(text: string): string {
  let out = "";
  for (const c of text) {
    if (winAnsiChar(c)) out += c;
    else if (c === "\t") out += " ";
    else {
      const base = c.normalize("NFD").replace(/\p{M}/gu, "");
      if (base.length > 0 && [...base].every(winAnsiChar)) out += base;
      else out += TRANSLITTERASJON[c] ?? "?";
    }
  }
  return out;
}

export class Brev {
  readonly doc: Doc;
  private readonly root: Struct;
  private readonly done: Promise<Buffer>;
  private readonly regular: string;
  private readonly bold: string;
  private readonly sanitize: (s: string) => string;

  constructor(meta: BrevMeta) {
    const fonter = meta.fonter ?? STANDARD_BREV_FONTER;
    const opprettet = meta.opprettet ?? new Date();
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      pdfVersion: "1.7",
      tagged: true,
      lang: "nb-NO",
      displayTitle: true,
      bufferPages: true,
      autoFirstPage: true,
      font: fonter.kind === "standard" ? "Helvetica" : undefined,
      info: {
        Title: meta.tittel,
        Author: meta.forfatter,
        Subject: meta.emne ?? meta.tittel,
        Creator: "Bomiljø",
        Producer: "Bomiljø (pdfkit)",
        CreationDate: opprettet,
        ModDate: opprettet,
      },
    });
    if (fonter.kind === "embedded") {
      this.doc.registerFont("brev", fonter.regular);
      this.doc.registerFont("brev-fet", fonter.bold);
      this.regular = "brev";
      this.bold = "brev-fet";
      this.sanitize = (s) => s;
    } else {
      this.regular = "Helvetica";
      this.bold = "Helvetica-Bold";
      this.sanitize = tilWinAnsi;
    }
    const chunks: Buffer[] = [];
    this.doc.on("data", (c: Buffer) => chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.doc.font(this.regular).fontSize(SIZE.body).fillColor(FARGE.tekst);
  }

  /** The first-page header: sender, recipient (window position), references and date. */
  hode(h: BrevHode): this {
    const { doc } = this;
    const s = this.sanitize;
    const [forste, ...resten] = h.avsenderLinjer;
    this.root.add(
      doc.struct("P", {}, () => {
        doc
          .font(this.bold)
          .fontSize(SIZE.sender)
          .text(s(forste), MARGIN.left, MARGIN.top, { width: BODY_WIDTH / 2 });
        doc.font(this.regular).fontSize(SIZE.body);
        for (const linje of resten) doc.text(s(linje), { width: BODY_WIDTH / 2 });
      }),
    );
    // Envelope window (C5/E65 left window): about 45 mm from the top, 20–25 mm from the left.
    const vinduY = 128;
    this.root.add(
      doc.struct("P", {}, () => {
        doc.font(this.regular).fontSize(SIZE.body);
        doc.text(s(h.mottakerLinjer.join("\n")), MARGIN.left, vinduY, { width: BODY_WIDTH / 2 - 10 });
      }),
    );
    const mottakerBunn = doc.y;
    const refX = MARGIN.left + BODY_WIDTH * 0.58;
    const refW = BODY_WIDTH * 0.42;
    this.root.add(
      doc.struct("P", {}, () => {
        doc.y = vinduY;
        for (const [label, verdi] of h.referanser) {
          doc
            .font(this.regular)
            .fontSize(SIZE.small + 0.5)
            .fillColor(FARGE.dempet)
            .text(s(`${label}: `), refX, doc.y, { width: refW, continued: true })
            .font(this.bold)
            .fillColor(FARGE.tekst)
            .text(s(verdi));
        }
        doc.font(this.regular).fontSize(SIZE.body);
      }),
    );
    this.bunntekst = s(h.bunntekst);
    doc.x = MARGIN.left;
    doc.y = Math.max(mottakerBunn, doc.y, 250);
    return this;
  }

  private bunntekst = "";

  h1(tekst: string): this {
    const { doc } = this;
    this.root.add(
      doc.struct("H1", {}, () => {
        doc
          .font(this.bold)
          .fontSize(SIZE.h1)
          .text(this.sanitize(tekst), MARGIN.left, doc.y, { width: BODY_WIDTH, paragraphGap: 8 });
      }),
    );
    doc.font(this.regular).fontSize(SIZE.body);
    return this;
  }

  /** A section with an H2 heading; `fyll` adds its paragraphs and lists. */
  seksjon(tittel: string, fyll: (s: Seksjon) => void): this {
    const { doc } = this;
    const sect = doc.struct("Sect");
    this.root.add(sect);
    doc.moveDown(0.6);
    // Keep a heading with at least three lines of what follows.
    this.holdSammen(70);
    sect.add(
      doc.struct("H2", {}, () => {
        doc
          .font(this.bold)
          .fontSize(SIZE.h2)
          .text(this.sanitize(tittel), MARGIN.left, doc.y, { width: BODY_WIDTH, paragraphGap: 4 });
      }),
    );
    doc.font(this.regular).fontSize(SIZE.body);
    fyll(new Seksjon(this, sect));
    sect.end();
    return this;
  }

  /** Starts a new page unless `hoyde` points are left above the footer (keeps a short block together). */
  holdSammen(hoyde: number): this {
    if (this.doc.y + hoyde > A4.height - MARGIN.bottom) this.doc.addPage();
    return this;
  }

  /** A paragraph directly under the document (outside sections). */
  avsnitt(deler: Del | Del[]): this {
    new Seksjon(this, this.root).avsnitt(deler);
    return this;
  }

  /** @internal Draws a paragraph of runs into `parent`. */
  _avsnitt(parent: Struct, deler: Del[]): void {
    const { doc } = this;
    const s = this.sanitize;
    const opts = { width: BODY_WIDTH, lineGap: 2 };
    const children: PDFKit.PDFStructureElementChild[] = [];
    // Only the first run is placed; the others continue where the previous one ended. (Passing `undefined` as
    // x makes pdfkit take x's default `{}` as the options object and drop ours.)
    const skriv = (tekst: string, i: number, o: PDFKit.Mixins.TextOptions) =>
      i === 0 ? doc.text(tekst, MARGIN.left, doc.y, o) : doc.text(tekst, o);
    deler.forEach((del, i) => {
      const siste = i === deler.length - 1;
      const base = { ...opts, continued: !siste, paragraphGap: siste ? 7 : 0 };
      if (typeof del === "string") {
        children.push(() => skriv(s(del), i, base));
      } else if ("fet" in del) {
        children.push(() => {
          doc.font(this.bold);
          skriv(s(del.fet), i, base);
          doc.font(this.regular);
        });
      } else {
        const lenke = del;
        children.push(
          doc.struct("Link", { alt: `Lenke til ${lenke.lenke}` }, () => {
            doc.fillColor(FARGE.lenke);
            skriv(s(lenke.tekst ?? lenke.lenke), i, { ...base, link: lenke.lenke, underline: true });
            doc.fillColor(FARGE.tekst);
          }),
        );
      }
    });
    parent.add(doc.struct("P", {}, children));
    doc.font(this.regular).fillColor(FARGE.tekst);
  }

  /** @internal A sub-heading (H3) into `parent`. */
  _h3(parent: Struct, tekst: string): void {
    const { doc } = this;
    doc.moveDown(0.2);
    this.holdSammen(50);
    parent.add(
      doc.struct("H3", {}, () => {
        doc
          .font(this.bold)
          .fontSize(SIZE.body)
          .fillColor(FARGE.tekst)
          .text(this.sanitize(tekst), MARGIN.left, doc.y, { width: BODY_WIDTH, paragraphGap: 3 });
      }),
    );
    doc.font(this.regular).fontSize(SIZE.body);
  }

  /** @internal A bullet list into `parent`. */
  _liste(parent: Struct, punkter: string[]): void {
    const { doc } = this;
    const list = doc.struct("L");
    parent.add(list);
    doc.font(this.regular).fontSize(SIZE.body).fillColor(FARGE.tekst);
    doc.list(
      punkter.map((p) => this.sanitize(p)),
      MARGIN.left + 6,
      doc.y,
      { width: BODY_WIDTH - 6, lineGap: 2, paragraphGap: 3, structParent: list, bulletRadius: 2 },
    );
    list.end();
    doc.x = MARGIN.left;
    doc.moveDown(0.4);
  }

  /** Finishes the document: page footers (as artifacts) and "Side n av m", then the PDF bytes. */
  async ferdig(): Promise<Buffer> {
    const { doc } = this;
    this.root.end();
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // The footer lies below the bottom margin; lift the margin while drawing it so pdfkit adds no page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent("Artifact", { type: "Pagination" });
      const y = A4.height - MARGIN.bottom + 30;
      doc
        .moveTo(MARGIN.left, y - 8)
        .lineTo(A4.width - MARGIN.right, y - 8)
        .lineWidth(0.5)
        .strokeColor("#888888")
        .stroke();
      doc
        .font(this.regular)
        .fontSize(SIZE.small)
        .fillColor(FARGE.dempet)
        .text(this.bunntekst, MARGIN.left, y, { width: BODY_WIDTH * 0.82, lineBreak: false, ellipsis: true })
        .text(`Side ${i + 1} av ${range.count}`, MARGIN.left, y, {
          width: BODY_WIDTH,
          align: "right",
          lineBreak: false,
        });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }
}

export class Seksjon {
  constructor(
    private readonly brev: Brev,
    private readonly struct: Struct,
  ) {}

  avsnitt(deler: Del | Del[]): this {
    this.brev._avsnitt(this.struct, Array.isArray(deler) ? deler : [deler]);
    return this;
  }

  liste(punkter: string[]): this {
    if (punkter.length > 0) this.brev._liste(this.struct, punkter);
    return this;
  }

  /** A small sub-heading (H3) inside the section. */
  underoverskrift(tekst: string): this {
    this.brev._h3(this.struct, tekst);
    return this;
  }
}
