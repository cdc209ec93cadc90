import { randomInt } from "node:crypto";
import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { tilWinAnsi } from "../letters/pdf.server";
import { kodeHash, nyKode } from "./kode";
import { iScope } from "./queries.server";
import { SKJEMATEKSTER, type Svarsprak } from "./sprak";

const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const DEJAVU_FET = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

/**
 * Which languages the letter itself can be printed in. pdfkit draws glyphs left to right without bidi, so
 * Arabic and Dari would come out in the wrong order, and the fonts we can rely on have no Ge'ez script for
 * Tigrinya. Those letters are printed in bokmål and English, and the QR code opens the form in the household's
 * language. Cyrillic (Ukrainian) needs DejaVu Sans; without it, Ukrainian falls back the same way.
 */
export function kanSkrivesUt(sprak: Svarsprak, harDejaVu = existsSync(DEJAVU)): boolean {
  if (sprak === "nb" || sprak === "en" || sprak === "pl" || sprak === "so") return true;
  if (sprak === "uk") return harDejaVu;
  return false;
}

/** The answer page a letter's QR code opens, in the household's language. */
export const svarUrl = (publicUrl: string, kode: string, sprak: Svarsprak) =>
  `${publicUrl}/bomiljoundersokelse?kode=${encodeURIComponent(kode)}&sprak=${encodeURIComponent(sprak)}`;

/**
 * Issues one-time codes for the households at the chosen addresses of a round that have not had a letter yet,
 * and returns the letters as one PDF (one page per household). Codes exist only in the PDF; the database keeps
 * their hashes, and, separately and in a shuffled order, which units had a letter — with no link between the two.
 */
export async function skrivUtBrev({
  db,
  actor,
  rundeId,
  eiendommer,
  sprak,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  rundeId: string;
  eiendommer: string[];
  sprak: Svarsprak;
  publicUrl: string;
}): Promise<{ pdf: Buffer; antall: number }> {
  if (!can(actor, "undersokelse.administrer")) fail("ikke_tilgang");
  const mottakere = await db.transaction().execute(async (trx) => {
    const runde = await trx
      .selectFrom("undersokelse_runde")
      .select(["id", "navn", "sluttdato"])
      .where("id", "=", rundeId)
      .executeTakeFirst();
    if (!runde) fail("ikke_funnet");
    // A round with none of the actor's addresses does not exist for them.
    const iScopeRad = await trx
      .selectFrom("undersokelse_runde_adresse")
      .select("eiendom_id")
      .where("runde_id", "=", rundeId)
      .where(iScope(actor, "bydel_id"))
      .executeTakeFirst();
    if (!iScopeRad) fail("ikke_funnet");
    let q = trx
      .selectFrom("undersokelse_runde_adresse as ra")
      .innerJoin("bolig as bo", "bo.eiendom_id", "ra.eiendom_id")
      .innerJoin("leiekontrakt as lk", (j) =>
        j.onRef("lk.bolig_id", "=", "bo.id").on("lk.status", "=", "aktiv"),
      )
      .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
      .innerJoin("bydel as b", "b.id", "ra.bydel_id")
      .select(["bo.id as boligId", "bo.bolignummer", "o.gateadresse", "ra.eiendom_id", "b.navn as bydel"])
      .where("ra.runde_id", "=", rundeId)
      .where(iScope(actor, "ra.bydel_id"))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("undersokelse_utsendelse as u")
              .select("u.bolig_id")
              .where("u.runde_id", "=", rundeId)
              .whereRef("u.bolig_id", "=", "bo.id"),
          ),
        ),
      );
    if (eiendommer.length > 0) q = q.where("ra.eiendom_id", "in", eiendommer);
    const boliger = await q.orderBy("o.gateadresse").orderBy("bo.bolignummer").execute();
    if (boliger.length === 0) return { runde, brev: [] };
    const brev = boliger.map((b) => ({ ...b, kode: nyKode() }));
    // Codes in a random order, so neither insert order nor physical row order pairs a code with a unit.
    const koder = brev.map((b) => ({
      kode_hash: kodeHash(b.kode.replace("-", "")),
      runde_id: rundeId,
      eiendom_id: b.eiendom_id,
    }));
    for (let i = koder.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [koder[i], koder[j]] = [koder[j]!, koder[i]!];
    }
    await trx.insertInto("undersokelse_kode").values(koder).execute();
    await trx
      .insertInto("undersokelse_utsendelse")
      .values(brev.map((b) => ({ runde_id: rundeId, bolig_id: b.boligId })))
      .execute();
    return { runde, brev };
  });
  const pdf = await tegnBrev(mottakere.runde, mottakere.brev, sprak, publicUrl);
  return { pdf, antall: mottakere.brev.length };
}

type Mottaker = { bolignummer: string; gateadresse: string; bydel: string; kode: string };

async function tegnBrev(
  runde: { navn: string; sluttdato: string },
  brev: Mottaker[],
  sprak: Svarsprak,
  publicUrl: string,
): Promise<Buffer> {
  const dejavu = existsSync(DEJAVU) && existsSync(DEJAVU_FET);
  const doc = new PDFDocument({
    size: "A4",
    margin: 60,
    lang: "nb-NO",
    info: { Title: `Bomiljøundersøkelsen – ${runde.navn}`, Author: "Oslo kommune" },
    autoFirstPage: false,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const ferdig = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const [vanlig, fet] = dejavu ? [DEJAVU, DEJAVU_FET] : ["Helvetica", "Helvetica-Bold"];
  const tekst = (t: string) => (dejavu ? t : tilWinAnsi(t));
  const ekstra: Svarsprak = kanSkrivesUt(sprak, dejavu) ? sprak : "en";
  const nb = SKJEMATEKSTER.nb;
  const annet = SKJEMATEKSTER[ekstra];
  const kort = publicUrl.replace(/^https?:\/\//, "");

  if (brev.length === 0) {
    doc.addPage();
    doc
      .font(vanlig)
      .fontSize(12)
      .text(tekst("Alle husstandene på disse adressene har allerede fått brev i denne runden."));
  }
  for (const b of brev) {
    doc.addPage();
    doc.font(fet).fontSize(13).text("Oslo kommune");
    doc
      .font(vanlig)
      .fontSize(10)
      .text(tekst(`Bydel ${b.bydel}`));
    doc.moveDown(1.5);
    doc.fontSize(11).text(tekst(`Til husstanden i ${b.gateadresse}, bolig ${b.bolignummer}`));
    doc.moveDown(1.5);
    doc.font(fet).fontSize(17).text(tekst(nb.tittel));
    doc.font(vanlig).fontSize(11).moveDown(0.5);
    doc.text(tekst(nb.ingress));
    doc.moveDown(0.5).text(tekst(nb.anonymt));
    doc.moveDown(0.5).text(tekst(nb.brevNett.replace("{url}", `${kort}/bomiljoundersokelse`)));
    doc.moveDown(0.5).text(tekst(`Svar innen ${runde.sluttdato.split("-").reverse().join(".")}.`));
    doc.moveDown(1);
    const y = doc.y;
    const qr = await QRCode.toBuffer(svarUrl(publicUrl, b.kode, sprak), {
      type: "png",
      errorCorrectionLevel: "M",
      margin: 1,
      width: 330,
    });
    doc.image(qr, 60, y, { width: 110 });
    doc
      .font(vanlig)
      .fontSize(11)
      .text(tekst(`${nb.kode}:`), 190, y + 20);
    doc
      .font(fet)
      .fontSize(22)
      .text(b.kode, 190, y + 38, { characterSpacing: 2 });
    doc.x = 60;
    doc.y = y + 130;
    if (ekstra !== "nb") {
      doc.font(fet).fontSize(13).text(tekst(annet.tittel), { width: 475 });
      doc.font(vanlig).fontSize(10).moveDown(0.3);
      doc.text(tekst(annet.ingress), { width: 475 });
      doc.moveDown(0.3).text(tekst(annet.anonymt), { width: 475 });
      doc
        .moveDown(0.3)
        .text(tekst(annet.brevNett.replace("{url}", `${kort}/bomiljoundersokelse`)), { width: 475 });
      doc.moveDown(0.3).text(tekst(`${annet.kode}: ${b.kode}`), { width: 475 });
    }
  }
  doc.end();
  return ferdig;
}
