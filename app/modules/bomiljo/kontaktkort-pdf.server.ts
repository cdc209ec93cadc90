import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Kontaktkort } from "./get-kontaktkort.server";
import { FASTE_NUMMER, fyllInn, KONTAKTKORT, type KontaktkortSprak } from "./kontaktkort-tekster";

/**
 * The contact card as a printable A4 poster (pdfkit). The PDF standard fonts only cover Western European text,
 * so the poster embeds DejaVu Sans (Debian package fonts-dejavu-core, which fontconfig — and so Chromium —
 * depends on; it is on every machine that runs the end-to-end tests). DejaVu Sans covers Latin and Cyrillic, but
 * not Ethiopic (Tigrinya), and pdfkit lays Arabic script out without bidirectional reordering, so posters are
 * made for the left-to-right Latin and Cyrillic languages only. Arabic, Dari and Tigrinya cards are printed
 * from the web page, where the browser shapes the text (docs/domain/bomiljoplan.md).
 */
export const PDF_SPRAK: readonly KontaktkortSprak[] = ["nb", "en", "so", "uk", "pl"];

const FONT_KANDIDATER = {
  regular: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
  bold: ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
};

export function posterFonter(): { regular: string; bold: string } | null {
  const regular = FONT_KANDIDATER.regular.find((f) => existsSync(f));
  const bold = FONT_KANDIDATER.bold.find((f) => existsSync(f));
  return regular && bold ? { regular, bold } : null;
}

export function kanLagePoster(sprak: KontaktkortSprak): boolean {
  return PDF_SPRAK.includes(sprak) && posterFonter() !== null;
}

export async function renderKontaktkortPdf(
  kort: Kontaktkort,
  sprak: KontaktkortSprak,
  mangelUrl: string,
): Promise<Buffer> {
  const fonter = posterFonter();
  if (!fonter || !PDF_SPRAK.includes(sprak)) throw new Error("Plakat finnes ikke for dette språket");
  const t = KONTAKTKORT[sprak];
  const adresse = `${kort.oppgang.gateadresse}, ${kort.oppgang.postnummer} ${kort.oppgang.poststed}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 40, left: 52, right: 52 },
    pdfVersion: "1.7",
    lang: t.lang,
    displayTitle: true,
    info: {
      Title: `${t.tittel} – ${adresse}`,
      Author: `Bydel ${kort.bydel.navn}`,
      Creator: "Bomiljø",
      Producer: "Bomiljø (pdfkit)",
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const ferdig = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("r", fonter.regular);
  doc.registerFont("b", fonter.bold);
  const bredde = doc.page.width - 104;
  const blaa = "#1f42aa";

  doc.font("b").fontSize(30).fillColor(blaa).text(t.tittel, { width: bredde });
  doc.moveDown(0.2);
  doc.font("r").fontSize(14).fillColor("#000").text(fyllInn(t.ingress, { adresse }), { width: bredde });
  doc.moveDown(0.8);

  const blokk = (tittel: string, hva: string, linjer: string[]) => {
    doc.font("b").fontSize(16).fillColor(blaa).text(tittel, { width: bredde });
    doc.font("r").fontSize(11).fillColor("#000").text(hva, { width: bredde });
    for (const linje of linjer) doc.font("b").fontSize(14).text(linje, { width: bredde });
    doc.moveDown(0.7);
  };
  blokk(
    fyllInn(t.koordinator, { bydel: kort.bydel.navn }),
    t.koordinatorHva,
    kort.koordinatorer.flatMap((k) => [`${k.navn}: ${t.telefon} ${k.telefon}`, `${t.epost}: ${k.epost}`]),
  );
  blokk(t.boligbygg, t.boligbyggHva, [
    `${t.telefon} ${FASTE_NUMMER.boligbyggKundesenter.telefon}`,
    `${t.epost}: ${FASTE_NUMMER.boligbyggKundesenter.epost}`,
  ]);
  blokk(t.vakt, t.vaktHva, [`${t.telefon} ${FASTE_NUMMER.vakttelefon.telefon}`]);

  // Defect report: the QR code, drawn as vector squares, and the link beside it.
  const topp = doc.y;
  const qr = QRCode.create(mangelUrl, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const modul = 110 / (n + 2);
  doc.rect(52, topp, modul * (n + 2), modul * (n + 2)).fill("#fff");
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (qr.modules.get(x, y))
        doc.rect(52 + (x + 1) * modul, topp + (y + 1) * modul, modul, modul).fill("#000");
    }
  }
  doc
    .font("b")
    .fontSize(16)
    .fillColor(blaa)
    .text(t.mangel, 180, topp, { width: bredde - 128 });
  doc
    .font("r")
    .fontSize(11)
    .fillColor("#000")
    .text(t.mangelHva, { width: bredde - 128 });
  doc.fontSize(9).text(mangelUrl, { width: bredde - 128 });
  doc.x = 52;
  doc.y = topp + 125;

  doc.font("b").fontSize(16).fillColor("#a00000").text(t.nod, 52, doc.y, { width: bredde });
  doc.moveDown(0.3);
  const rad = doc.y;
  const kol = bredde / 3;
  (
    [
      [FASTE_NUMMER.brann, t.brann],
      [FASTE_NUMMER.politi, t.politi],
      [FASTE_NUMMER.ambulanse, t.ambulanse],
    ] as const
  ).forEach(([nummer, navn], i) => {
    doc
      .font("b")
      .fontSize(36)
      .fillColor("#a00000")
      .text(nummer, 52 + i * kol, rad, { width: kol });
    doc
      .font("r")
      .fontSize(14)
      .fillColor("#000")
      .text(navn, 52 + i * kol, rad + 44, { width: kol });
  });
  doc.end();
  return ferdig;
}
