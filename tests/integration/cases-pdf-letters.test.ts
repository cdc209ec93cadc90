import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { computeDeadline, formatDatoLang } from "../../app/lib/frister";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { reconsiderAppeal } from "../../app/modules/cases/reconsider-appeal.server";
import { recordDecisionReceived } from "../../app/modules/cases/record-decision-received.server";
import { registerAppeal } from "../../app/modules/cases/register-appeal.server";
import {
  brevfilnavn,
  linjer,
  regler,
  renderForelopigSvarBrev,
  renderForelopigSvarPdf,
  renderVedtakBrev,
  renderVedtakPdf,
} from "../../app/modules/cases/render-letter-pdf.server";
import { sendPreliminaryReply } from "../../app/modules/cases/send-preliminary-reply.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { pdfTekst } from "../../app/modules/letters/test-helpers";
import { begrunnelse, beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const sbAlna = staff("saksbehandler", "alna");
const nemnd = staff("klagenemnd", null);
const forvalter = staff("forvalter", null);

beforeAll(async () => {
  const { createTestDb } = await import("../helpers/db");
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "alna", 12);
});
afterAll(async () => {
  await handle.close();
});

async function antallAudit(db: Db, ressurs: string): Promise<number> {
  const rad = await db
    .selectFrom("audit_logg")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("ressurs", "=", ressurs)
    .where("handling", "=", "les")
    .executeTakeFirstOrThrow();
  return Number(rad.n);
}

/** A case in Sagene with an avslag decision sent digitally. */
async function sakMedAvslag(type: "bolig" | "bistand_6" = "bolig") {
  const { db } = handle;
  const ctx = { db, requestId: "req", now: klokke.now };
  const personId = await person(db, "Åse");
  const soker = beboer(personId);
  const { sakId } = await submitApplication({ ...ctx, actor: soker, input: soknad("sagene", { type }) });
  const tildelt = await assignCase({ ...ctx, actor: sb, sakId, versjon: 1 });
  const vedtak = await makeDecision({
    ...ctx,
    actor: sb,
    sakId,
    versjon: tildelt.versjon,
    vedtak: {
      utfall: type === "bistand_6" ? "innvilget" : "avslag",
      begrunnelse: {
        ...begrunnelse,
        regler: `${begrunnelse.regler}\nforvaltningsloven § 18`,
        hovedhensyn: "Hjelp til å søke bolig på det private markedet\nRåd om startlån",
      },
    },
    sendemaate: "digital",
  });
  return { sakId, personId, soker, vedtakId: vedtak.vedtakId, versjon: vedtak.versjon, ctx };
}

describe("renderVedtakPdf", () => {
  test("a real, text-searchable letter with the reasons, the klagefrist as a date and the appeal body", async () => {
    const { vedtakId, ctx } = await sakMedAvslag();
    const pdf = await renderVedtakPdf({ ...ctx, actor: sb, vedtakId, publicUrl: "https://bomiljo.example" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const tekst = await pdfTekst(pdf);
    expect(tekst).toContain("Vedtak om kommunal bolig");
    expect(tekst).toContain("Du får ikke kommunal bolig.");
    expect(tekst).toContain("Åse Testesen");
    expect(tekst).toContain("Bydel Sagene");
    // §§ 24–25: the rule with its content, the facts, the main considerations.
    expect(tekst).toContain(
      "Forskrift om tildeling av kommunal bolig i Oslo § 4: søkeren må være vanskeligstilt.",
    );
    expect(tekst).toContain("Søkeren har fast arbeid og inntekt over grensen.");
    expect(tekst).toContain("Råd om startlån");
    // § 27: not received yet → the latest day by the mottatt rule (7 days after sending) is assumed.
    const frist = computeDeadline("klagefrist", "2026-03-09").due;
    expect(tekst).toContain(`Fristen for å klage er ${formatDatoLang(frist)}.`);
    expect(tekst).toContain("Oslo kommunes klagenemnd");
    expect(tekst).toContain("Du har rett til å se dokumentene");
    expect(tekst).toContain("https://bomiljo.example/mine-saker");
    expect(tekst).toContain("Test saksbehandler-sagene");
  });

  test("once the receipt is recorded, the letter's klagefrist runs from that day", async () => {
    const { sakId, vedtakId, versjon, ctx } = await sakMedAvslag();
    klokke.set("2026-03-05T12:00:00Z");
    await recordDecisionReceived({
      ...ctx,
      actor: sb,
      sakId,
      versjon,
      vedtakId,
      mottak: { maate: "papir_registrert", dato: "2026-03-04" },
    });
    klokke.set("2026-03-02T09:00:00Z");
    const tekst = await pdfTekst(await renderVedtakPdf({ ...ctx, actor: sb, vedtakId }));
    expect(tekst).toContain(
      `Fristen for å klage er ${formatDatoLang(computeDeadline("klagefrist", "2026-03-04").due)}.`,
    );
  });

  test("§ 6 assistance: Statsforvalteren is the appeal body and the assistance is listed", async () => {
    const { vedtakId, ctx } = await sakMedAvslag("bistand_6");
    const tekst = await pdfTekst(await renderVedtakPdf({ ...ctx, actor: sb, vedtakId }));
    expect(tekst).toContain("Vedtak om bistand til å skaffe eller beholde bolig");
    expect(tekst).toContain("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
    expect(tekst).toContain("Hjelp til å søke bolig på det private markedet");
  });

  test("scope: own district, the søker, and the appeal board only once forwarded; the read is audited", async () => {
    const { sakId, vedtakId, soker, ctx } = await sakMedAvslag();
    const { db } = handle;
    const for_ = await antallAudit(db, `vedtak:${vedtakId}`);
    await renderVedtakPdf({ ...ctx, actor: soker, vedtakId });
    expect(await antallAudit(db, `vedtak:${vedtakId}`)).toBe(for_ + 3);

    await forventFeil(renderVedtakPdf({ ...ctx, actor: sbAlna, vedtakId }), "ikke_funnet");
    await forventFeil(renderVedtakPdf({ ...ctx, actor: beboer(await person(db)), vedtakId }), "ikke_funnet");
    await forventFeil(renderVedtakPdf({ ...ctx, actor: forvalter, vedtakId }), "ikke_tilgang");
    await forventFeil(renderVedtakPdf({ ...ctx, actor: nemnd, vedtakId }), "ikke_funnet");
    await forventFeil(
      renderVedtakBrev({ ...ctx, actor: sb, vedtakId, sakId: "00000000-0000-4000-8000-000000000000" }),
      "ikke_funnet",
    );
    await forventFeil(
      renderVedtakPdf({ ...ctx, actor: sb, vedtakId: "00000000-0000-4000-8000-000000000000" }),
      "ikke_funnet",
    );

    // Forwarded to the board: now it may read the letter.
    const sak = await db
      .selectFrom("sak")
      .select("versjon")
      .where("id", "=", sakId)
      .executeTakeFirstOrThrow();
    const klage = await registerAppeal({
      ...ctx,
      actor: sb,
      sakId,
      versjon: sak.versjon,
      mottatt: "2026-03-02",
    });
    await reconsiderAppeal({
      ...ctx,
      actor: sb,
      sakId,
      versjon: klage.versjon,
      behandling: { beslutning: "oversend", merknad: "Vedtaket bør stå." },
    });
    const brev = await renderVedtakBrev({ ...ctx, actor: nemnd, vedtakId, sakId });
    expect(await pdfTekst(brev.pdf)).toContain("Fristen for å klage er");
    expect(brev.filnavn).toMatch(/^vedtak-2026-\d{5}\.pdf$/);
  });
});

describe("renderForelopigSvarPdf", () => {
  test("the § 11 a letter with the reason and the expected date, in scope only", async () => {
    const { db } = handle;
    const ctx = { db, requestId: "req", now: klokke.now };
    const soker = beboer(await person(db, "Per"));
    const { sakId } = await submitApplication({ ...ctx, actor: soker, input: soknad("sagene") });
    const { svarId } = await sendPreliminaryReply({
      ...ctx,
      actor: sb,
      sakId,
      versjon: 1,
      grunn: "Vi venter på opplysninger fra Nav.",
      forventetVedtak: "2026-04-20",
    });
    const brev = await renderForelopigSvarBrev({ ...ctx, actor: sb, svarId, sakId });
    const tekst = await pdfTekst(brev.pdf);
    expect(tekst).toContain("Foreløpig svar på søknaden din");
    expect(tekst).toContain("Vi venter på opplysninger fra Nav.");
    expect(tekst).toContain(formatDatoLang("2026-04-20" as never));
    expect(brev.filnavn).toMatch(/^forelopig-svar-2026-\d{5}\.pdf$/);
    expect(await pdfTekst(await renderForelopigSvarPdf({ ...ctx, actor: soker, svarId }))).toContain(
      "Vi venter på opplysninger fra Nav.",
    );
    await forventFeil(renderForelopigSvarPdf({ ...ctx, actor: sbAlna, svarId }), "ikke_funnet");
    await forventFeil(renderForelopigSvarPdf({ ...ctx, actor: nemnd, svarId }), "ikke_funnet");
    expect(await antallAudit(db, `forelopig_svar:${svarId}`)).toBe(4);
  });
});

describe("mapping the stored text to the letter", () => {
  test("rules: 'reference: content' per line, a configured reference by name, otherwise 'Regel'", () => {
    expect(regler("Forskrift § 4: Du kan få bolig.\n\nforvaltningsloven § 18\nBare tekst")).toEqual([
      { henvisning: "Forskrift § 4", forklaring: "Du kan få bolig." },
      { lov: "fvl_18" },
      { henvisning: "Regel", forklaring: "Bare tekst" },
    ]);
  });
  test("lines: bullets dropped, blank lines skipped, long lines split at a sentence end", () => {
    expect(linjer("- én\n\n• to")).toEqual(["én", "to"]);
    const lang = `${"a".repeat(700)}. ${"b".repeat(600)}.`;
    const deler = linjer(lang);
    expect(deler).toHaveLength(2);
    expect(deler.every((d) => d.length <= 1000)).toBe(true);
  });
  test("file names are safe", () => {
    expect(brevfilnavn("vedtak", "2026/00012")).toBe("vedtak-2026-00012.pdf");
  });
});
