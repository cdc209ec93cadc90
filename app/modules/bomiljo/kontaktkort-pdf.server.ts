import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { latin, ltr, registrerSkrift, skrivAvsnitt, type Avsnitt } from "../../lib/pdf/skrift.server";
import type { Kontaktkort } from "./get-kontaktkort.server";
import { FASTE_NUMMER, fyllInn, KONTAKTKORT, type KontaktkortSprak } from "./kontaktkort-tekster";

/**
 * The contact card as a printable A4 poster (pdfkit), in every language of the card. The fonts are vendored
 * (Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic in app/assets/fonts) and `app/lib/pdf` shapes Arabic and Dari,
 * puts right-to-left lines in visual order and right-aligns them; phone numbers, e-mail addresses and the link
 * stay left to right. In a right-to-left poster the QR code and the emergency numbers are mirrored too.
 */
export async function renderKontaktkortPdf(
  kort: Kontaktkort,
  sprak: KontaktkortSprak,
  mangelUrl: string,
): Promise<Buffer> {
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
  registrerSkrift(doc);
  const venstre = 52;
  const bredde = doc.page.width - 104;
  const blaa = "#1f42aa";
  const rtl = t.dir === "rtl";
  const avsnitt = (tekst: string, valg: Omit<Avsnitt, "retning" | "width"> & { width?: number }) =>
    skrivAvsnitt(doc, tekst, { width: bredde, x: venstre, ...valg, retning: t.dir });

  avsnitt(t.tittel, { size: 30, vekt: "bold", farge: blaa });
  doc.moveDown(0.2);
  avsnitt(fyllInn(t.ingress, { adresse: ltr(adresse) }), { size: 14 });
  doc.moveDown(0.8);

  const blokk = (tittel: string, hva: string, linjer: string[]) => {
    avsnitt(tittel, { size: 16, vekt: "bold", farge: blaa });
    avsnitt(hva, { size: 11 });
    for (const linje of linjer) avsnitt(linje, { size: 14, vekt: "bold" });
    doc.moveDown(0.7);
  };
  blokk(
    fyllInn(t.koordinator, { bydel: ltr(kort.bydel.navn) }),
    t.koordinatorHva,
    kort.koordinatorer.flatMap((k) => [
      `${k.navn}: ${t.telefon} ${ltr(k.telefon)}`,
      `${t.epost}: ${ltr(k.epost)}`,
    ]),
  );
  blokk(t.boligbygg, t.boligbyggHva, [
    `${t.telefon} ${ltr(FASTE_NUMMER.boligbyggKundesenter.telefon)}`,
    `${t.epost}: ${ltr(FASTE_NUMMER.boligbyggKundesenter.epost)}`,
  ]);
  blokk(t.vakt, t.vaktHva, [`${t.telefon} ${ltr(FASTE_NUMMER.vakttelefon.telefon)}`]);

  // Defect report: the QR code, drawn as vector squares, and the text beside it (QR on the right in RTL). It and
  // the emergency numbers stay together: with many coordinators they move to a second page.
  if (doc.y + 250 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const topp = doc.y;
  const qr = QRCode.create(mangelUrl, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const modul = 110 / (n + 2);
  const qrX = rtl ? venstre + bredde - modul * (n + 2) : venstre;
  doc.rect(qrX, topp, modul * (n + 2), modul * (n + 2)).fill("#fff");
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (qr.modules.get(x, y))
        doc.rect(qrX + (x + 1) * modul, topp + (y + 1) * modul, modul, modul).fill("#000");
    }
  }
  const tekstX = rtl ? venstre : venstre + 128;
  avsnitt(t.mangel, { x: tekstX, y: topp, width: bredde - 128, size: 16, vekt: "bold", farge: blaa });
  avsnitt(t.mangelHva, { x: tekstX, width: bredde - 128, size: 11 });
  avsnitt(ltr(mangelUrl), { x: tekstX, width: bredde - 128, size: 9 });
  doc.y = Math.max(doc.y, topp + 125);

  avsnitt(t.nod, { size: 16, vekt: "bold", farge: "#a00000" });
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
    const x = venstre + (rtl ? 2 - i : i) * kol;
    latin(doc, "bold").fontSize(36).fillColor("#a00000");
    doc.text(nummer, x, rad, { width: kol, align: rtl ? "right" : "left", lineBreak: false });
    avsnitt(navn, { x, y: rad + 44, width: kol, size: 14 });
  });
  doc.end();
  return ferdig;
}
