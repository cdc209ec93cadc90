import { randomInt } from "node:crypto";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { latin, ltr, registrerSkrift, skrivAvsnitt } from "../../lib/pdf/skrift.server";
import { kodeHash, nyKode } from "./kode";
import { iScope } from "./queries.server";
import { retning, SKJEMATEKSTER, type Svarsprak } from "./sprak";

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

/**
 * The letters: bokmål first, then the same text in the household's language (any of the eight — the fonts are
 * vendored and app/lib/pdf shapes Arabic and Dari and right-aligns them in visual order). The code, the address
 * and the link stay left to right inside right-to-left text.
 */
async function tegnBrev(
  runde: { navn: string; sluttdato: string },
  brev: Mottaker[],
  sprak: Svarsprak,
  publicUrl: string,
): Promise<Buffer> {
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
  registrerSkrift(doc);
  const nb = SKJEMATEKSTER.nb;
  const annet = SKJEMATEKSTER[sprak];
  const dir = retning(sprak);
  const nettadresse = `${publicUrl.replace(/^https?:\/\//, "")}/bomiljoundersokelse`;
  const bredde = 475;
  const norsk = (tekst: string, size: number, vekt: "regular" | "bold" = "regular") =>
    skrivAvsnitt(doc, tekst, { x: 60, width: bredde, size, vekt });
  const eget = (tekst: string, size: number, vekt: "regular" | "bold" = "regular") =>
    skrivAvsnitt(doc, tekst, { x: 60, width: bredde, size, vekt, retning: dir });

  if (brev.length === 0) {
    doc.addPage();
    norsk("Alle husstandene på disse adressene har allerede fått brev i denne runden.", 12);
  }
  for (const b of brev) {
    doc.addPage();
    norsk("Oslo kommune", 13, "bold");
    norsk(`Bydel ${b.bydel}`, 10);
    doc.moveDown(1.5);
    norsk(`Til husstanden i ${b.gateadresse}, bolig ${b.bolignummer}`, 11);
    doc.moveDown(1.5);
    norsk(nb.tittel, 17, "bold");
    doc.moveDown(0.5);
    norsk(nb.ingress, 11);
    doc.moveDown(0.5);
    norsk(nb.anonymt, 11);
    doc.moveDown(0.5);
    norsk(nb.brevNett.replace("{url}", nettadresse), 11);
    doc.moveDown(0.5);
    norsk(`Svar innen ${runde.sluttdato.split("-").reverse().join(".")}.`, 11);
    doc.moveDown(1);
    const y = doc.y;
    const qr = await QRCode.toBuffer(svarUrl(publicUrl, b.kode, sprak), {
      type: "png",
      errorCorrectionLevel: "M",
      margin: 1,
      width: 330,
    });
    doc.image(qr, 60, y, { width: 110 });
    skrivAvsnitt(doc, `${nb.kode}:`, { x: 190, y: y + 20, width: 345, size: 11 });
    latin(doc, "bold")
      .fontSize(22)
      .fillColor("#000")
      .text(b.kode, 190, y + 38, { characterSpacing: 2 });
    doc.x = 60;
    doc.y = y + 130;
    if (sprak !== "nb") {
      eget(annet.tittel, 13, "bold");
      doc.moveDown(0.3);
      eget(annet.ingress, 10);
      doc.moveDown(0.3);
      eget(annet.anonymt, 10);
      doc.moveDown(0.3);
      eget(annet.brevNett.replace("{url}", ltr(nettadresse)), 10);
      doc.moveDown(0.3);
      eget(`${annet.kode}: ${ltr(b.kode)}`, 10);
    }
  }
  doc.end();
  return ferdig;
}
