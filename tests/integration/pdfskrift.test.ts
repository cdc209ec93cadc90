import { getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { renderKontaktkortPdf } from "../../app/modules/bomiljo/kontaktkort-pdf.server";
import { KONTAKTKORT, KONTAKTKORT_SPRAK } from "../../app/modules/bomiljo/kontaktkort-tekster";
import { skrivUtBrev } from "../../app/modules/undersokelse/brev.server";
import { createRunde } from "../../app/modules/undersokelse/runder.server";
import { SKJEMATEKSTER, type Svarsprak } from "../../app/modules/undersokelse/sprak";
import { createTestDb } from "../helpers/db";
import { actor } from "./housing-stock-fixtures";

/**
 * The PDFs in Arabic, Dari and Tigrinya (app/lib/pdf): read back with pdf.js, every text item with its position
 * and the embedded font it is drawn in. pdfkit maps each glyph back to its characters (ToUnicode) and a missing
 * glyph to U+0000, so the words coming back out of the PDF means they were drawn with real glyphs of that font.
 */
type Tekstbit = { str: string; x: number; y: number; hoyre: number; font: string };

async function tekstbiter(pdf: Buffer, side = 1): Promise<Tekstbit[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const page = await doc.getPage(side);
  await page.getOperatorList(); // loads the fonts into commonObjs
  const { items } = await page.getTextContent();
  return items.flatMap((i) =>
    "str" in i && i.str.trim()
      ? [
          {
            str: i.str,
            x: i.transform[4] as number,
            y: i.transform[5] as number,
            hoyre: (i.transform[4] as number) + i.width,
            font: (page.commonObjs.get(i.fontName) as { name: string }).name,
          },
        ]
      : [],
  );
}

const ARABISK = /\p{Script=Arabic}/u;

/**
 * For comparing Arabic-script text read back by pdf.js: it reverses right-to-left text character by character,
 * which turns a lam-alef ligature (one glyph for two letters) into alef-lam, and it reads the zero-width
 * non-joiner (and a combining hamza) as a space. So both sides are compared without lam, alef, ZWNJ and spaces;
 * every other letter must match, in order.
 */
const somLest = (s: string) => s.replace(/[\u0644\u0627\u0623\u0625\u0622\u200c\s]/g, "");
const har = (biter: Tekstbit[], tekst: string) => biter.some((b) => somLest(b.str).includes(somLest(tekst)));
const ETIOPISK = /\p{Script=Ethiopic}/u;

/** The item holding `tekst`, and every item on the same line. */
function linje(biter: Tekstbit[], tekst: string) {
  const bit = biter.find((b) => b.str.includes(tekst));
  if (!bit) throw new Error(`Fant ikke «${tekst}» i ${JSON.stringify(biter.map((b) => b.str))}`);
  return { bit, linje: biter.filter((b) => Math.abs(b.y - bit.y) < 1) };
}

function sjekkSkrift(biter: Tekstbit[]) {
  expect(biter.some((b) => b.str.includes("\u0000"))).toBe(false);
  for (const b of biter) {
    if (ARABISK.test(b.str)) expect(b.font).toMatch(/\+NotoSansArabic-(Regular|Bold)$/);
    if (ETIOPISK.test(b.str)) expect(b.font).toMatch(/\+NotoSansEthiopic-(Regular|Bold)$/);
    if (/[A-Za-zÀ-ÿ0-9]/.test(b.str)) expect(b.font).toMatch(/\+NotoSans-(Regular|Bold)$/);
  }
}

const KORT = {
  oppgang: {
    id: "7b0c0e2a-1111-4222-8333-444455556666",
    gateadresse: "Storgata 51",
    postnummer: "0182",
    poststed: "Oslo",
  },
  bydel: { id: "grunerlokka", navn: "Grünerløkka" },
  koordinatorer: [{ navn: "Nora Nymann", telefon: "22 33 44 55", epost: "nora.nymann@bga.oslo.kommune.no" }],
};
const MANGEL = `https://bomiljo.example/mangler/ny?oppgang=${KORT.oppgang.id}`;
const HOYREMARG = 595.28 - 52;

describe("the contact-card poster in every language", () => {
  test("Arabic: real Arabic glyphs, right-aligned, and the words of a mixed line in right-to-left order", async () => {
    const biter = await tekstbiter(await renderKontaktkortPdf(KORT, "ar", MANGEL));
    sjekkSkrift(biter);
    const t = KONTAKTKORT.ar;
    const tittel = linje(biter, "بمن يمكنك").bit;
    expect(tittel.font).toMatch(/NotoSansArabic-Bold$/);
    expect(tittel.hoyre).toBeCloseTo(HOYREMARG, 0);
    expect(tittel.x).toBeGreaterThan(200); // right-aligned, not at the left margin
    for (const ord of [t.nod, t.brann, t.politi, t.ambulanse, t.koordinatorHva.slice(0, 12)])
      expect(har(biter, ord), ord).toBe(true);

    // "Nora Nymann: الهاتف 22 33 44 55" reads right to left: the name rightmost, the number leftmost and intact.
    const { linje: rad } = linje(biter, t.telefon);
    const x = (s: string) => rad.find((b) => b.str.includes(s))!.x;
    expect(x("22 33 44 55")).toBeLessThan(x(t.telefon));
    expect(x(t.telefon)).toBeLessThan(x("Nora Nymann"));
    expect(Math.max(...rad.map((b) => b.hoyre))).toBeCloseTo(HOYREMARG, 0);

    // Mirrored layout: the first emergency number (110, fire) is the rightmost column.
    const nr = (n: string) => biter.find((b) => b.str === n)!.x;
    expect(nr("110")).toBeGreaterThan(nr("112"));
    expect(nr("112")).toBeGreaterThan(nr("113"));
  });

  test("Dari: Persian letters in the Arabic font, the e-mail address left to right inside the line", async () => {
    const biter = await tekstbiter(await renderKontaktkortPdf(KORT, "prs", MANGEL));
    sjekkSkrift(biter);
    const t = KONTAKTKORT.prs;
    for (const ord of [t.tittel, t.nod, t.koordinatorHva.slice(0, 12)])
      expect(har(biter, ord), ord).toBe(true);
    const { linje: rad } = linje(biter, t.epost);
    const x = (s: string) => rad.find((b) => b.str.includes(s))!.x;
    expect(x("nora.nymann@bga.oslo.kommune.no")).toBeLessThan(x(t.epost));
  });

  test("Tigrinya: the Ethiopic text is drawn in Noto Sans Ethiopic, left to right", async () => {
    const biter = await tekstbiter(await renderKontaktkortPdf(KORT, "ti", MANGEL));
    sjekkSkrift(biter);
    const t = KONTAKTKORT.ti;
    const tittel = linje(biter, t.tittel.slice(0, 6)).bit;
    expect(tittel.font).toMatch(/NotoSansEthiopic-Bold$/);
    expect(tittel.x).toBeCloseTo(52, 0);
    expect(biter.filter((b) => ETIOPISK.test(b.str)).length).toBeGreaterThan(10);
  });

  test("every language makes a one-page poster with its title, the coordinator and the link", async () => {
    for (const sprak of KONTAKTKORT_SPRAK) {
      const pdf = await renderKontaktkortPdf(KORT, sprak, MANGEL);
      const doc = await getDocumentProxy(new Uint8Array(pdf));
      expect(doc.numPages, sprak).toBe(1);
      const biter = await tekstbiter(pdf);
      sjekkSkrift(biter);
      const alt = biter.map((b) => b.str).join(" ");
      expect(alt, sprak).toContain("Nora Nymann");
      expect(alt.replace(/\s/g, ""), sprak).toContain(MANGEL.replace(/\s/g, ""));
      expect(har(biter, KONTAKTKORT[sprak].nod), sprak).toBe(true);
    }
  });

  test("many coordinators: nothing is drawn below the bottom margin; the QR block moves to page two whole", async () => {
    const mange = {
      ...KORT,
      koordinatorer: Array.from({ length: 6 }, (_, i) => ({
        navn: `Koordinator ${i}`,
        telefon: `22 33 44 5${i}`,
        epost: `k${i}@bga.oslo.kommune.no`,
      })),
    };
    const pdf = await renderKontaktkortPdf(mange, "ar", MANGEL);
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBe(2);
    const side1 = await tekstbiter(pdf, 1);
    const side2 = await tekstbiter(pdf, 2);
    for (const b of [...side1, ...side2]) expect(b.y, b.str).toBeGreaterThan(30);
    expect(side1.some((b) => b.str.includes("Koordinator 5"))).toBe(true);
    expect(har(side2, KONTAKTKORT.ar.mangel)).toBe(true);
    expect(side2.some((b) => b.str === "110")).toBe(true);
  });
});

describe("the survey letters in Arabic, Dari and Tigrinya", () => {
  let handle: DatabaseHandle;
  let db: Db;
  const koord = actor("bomiljokoordinator", "sagene");
  let eiendommer: string[] = [];
  let rundeId = "";

  beforeAll(async () => {
    handle = await createTestDb();
    db = handle.db;
    await generateDemoData(db, { seed: 4242, size: "small", today: "2026-11-22" });
    const rader = await db
      .selectFrom("eiendom as e")
      .innerJoin("bolig as bo", "bo.eiendom_id", "e.id")
      .innerJoin("leiekontrakt as lk", (j) =>
        j.onRef("lk.bolig_id", "=", "bo.id").on("lk.status", "=", "aktiv"),
      )
      .select("e.id")
      .distinct()
      .where("e.bydel_id", "=", "sagene")
      .orderBy("e.id")
      .limit(3)
      .execute();
    eiendommer = rader.map((r) => r.id);
    ({ rundeId } = await createRunde({
      db,
      actor: koord,
      input: {
        navn: "Skrifttest",
        startdato: "2026-11-01",
        sluttdato: "2026-12-31",
        omfang: "adresser",
        eiendommer,
        lokale: [],
        idempotensnokkel: "skrifttest",
      },
    }));
  }, 120_000);
  afterAll(async () => handle?.close());

  const brev = async (eiendom: string, sprak: Svarsprak) =>
    (
      await skrivUtBrev({
        db,
        actor: koord,
        rundeId,
        eiendommer: [eiendom],
        sprak,
        publicUrl: "https://bomiljo.example",
      })
    ).pdf;

  test("Arabic and Dari: bokmål first, then the household's language right-aligned, with the code left to right", async () => {
    for (const [i, sprak] of [
      [0, "ar"],
      [1, "fa-AF"],
    ] as const) {
      const biter = await tekstbiter(await brev(eiendommer[i]!, sprak));
      sjekkSkrift(biter);
      const t = SKJEMATEKSTER[sprak];
      const tittel = linje(biter, t.tittel).bit;
      expect(tittel.font).toMatch(/NotoSansArabic-Bold$/);
      expect(tittel.hoyre).toBeCloseTo(535, 0);
      expect(linje(biter, "Bomiljøundersøkelsen").bit.x).toBeCloseTo(60, 0);
      expect(biter.some((b) => b.str.includes("Resident survey"))).toBe(false);
      // "<code label>: ABCD-2345": the label at the right, the code to its left, in one piece.
      const { linje: rad } = linje(biter, t.kode);
      const kode = rad.find((b) => /[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/.test(b.str))!;
      expect(kode.x).toBeLessThan(rad.find((b) => b.str.includes(t.kode))!.x);
      expect(Math.max(...rad.map((b) => b.hoyre))).toBeCloseTo(535, 0);
    }
  });

  test("Tigrinya: the letter's own text is in Noto Sans Ethiopic", async () => {
    const biter = await tekstbiter(await brev(eiendommer[2]!, "ti"));
    sjekkSkrift(biter);
    const t = SKJEMATEKSTER.ti;
    expect(linje(biter, t.tittel).bit.font).toMatch(/NotoSansEthiopic-Bold$/);
    expect(biter.filter((b) => ETIOPISK.test(b.str)).length).toBeGreaterThan(5);
    expect(biter.filter((b) => ETIOPISK.test(b.str)).every((b) => /NotoSansEthiopic/.test(b.font))).toBe(
      true,
    );
  });
});
