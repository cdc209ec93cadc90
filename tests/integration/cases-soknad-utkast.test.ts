import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { getDraft } from "../../app/modules/cases/get-draft.server";
import { listOwnCases } from "../../app/modules/cases/list-own-cases.server";
import { listOwnDrafts } from "../../app/modules/cases/list-own-drafts.server";
import { saveDraft } from "../../app/modules/cases/save-draft.server";
import {
  lesSkjema,
  sjekkForInnsending,
  tomtSvar,
  type SoknadSvar,
} from "../../app/modules/cases/soknad-form";
import { startDraft } from "../../app/modules/cases/start-draft.server";
import { submitDraft } from "../../app/modules/cases/submit-draft.server";
import {
  gjenkjennType,
  MAKS_VEDLEGG_BYTES,
  removeAttachment,
  rensFilnavn,
  uploadAttachment,
} from "../../app/modules/cases/upload-attachment.server";
import { beboer, bydel, forventFeil, lagKlokke, person, syntetiskFnr } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");

beforeAll(async () => {
  const { createTestDb } = await import("../helpers/db");
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
});
afterAll(async () => {
  await handle.close();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
/** A real (tiny) PNG: the type check reads the file's chunks, not only its first bytes. */
const PNG = new Uint8Array(
  await sharp({ create: { width: 2, height: 2, channels: 3, background: "#fff" } })
    .png()
    .toBuffer(),
);

function utfylt(over: Partial<SoknadSvar> = {}): SoknadSvar {
  return {
    ...tomtSvar("beboer"),
    type: "bolig",
    bydelId: "sagene",
    medlemmer: [
      { rolle: "barn", alder: "6" },
      { rolle: "voksen", alder: "41" },
    ],
    boligsituasjon: "midlertidig",
    boligBeskrivelse: "Bor på hospits med to barn.",
    inntekt: "210 000",
    utgifter: "4500",
    onskerBydeler: ["sagene"],
    onskerRom: "3",
    samtykkePersonvern: true,
    ...over,
  };
}

describe("drafts", () => {
  test("start is idempotent, save keeps what was typed, a stale version is refused, another's draft is 404", async () => {
    const { db } = handle;
    const kari = beboer(await person(db));
    const ola = beboer(await person(db, "Ola"));
    const ctx = { db, actor: kari, requestId: "r1", now: klokke.now };
    const utkastId = "11111111-1111-4111-8111-111111111111";

    await startDraft({ ...ctx, utkastId });
    await startDraft({ ...ctx, utkastId }); // a double click: still one draft
    expect(await listOwnDrafts(ctx)).toHaveLength(1);
    await forventFeil(startDraft({ ...ctx, actor: ola, utkastId }), "ikke_funnet");
    await forventFeil(startDraft({ ...ctx, utkastId: "ikke-en-uuid" }), "ugyldig");

    const tom = await getDraft({ ...ctx, utkastId });
    expect(tom.versjon).toBe(1);
    const halvveis = { ...tomtSvar("beboer"), boligBeskrivelse: "Halvveis", inntekt: "mye" };
    const { versjon } = await saveDraft({
      ...ctx,
      utkastId,
      versjon: 1,
      svar: halvveis,
      helse: { behov: ["heis"], beskrivelse: "Kan ikke gå i trapper" },
    });
    expect(versjon).toBe(2);
    const lagret = await getDraft({ ...ctx, utkastId });
    expect(lagret.svar.inntekt).toBe("mye");
    expect(lagret.helse).toEqual({ behov: ["heis"], beskrivelse: "Kan ikke gå i trapper" });

    // A save from an older tab changes nothing.
    await forventFeil(
      saveDraft({
        ...ctx,
        utkastId,
        versjon: 1,
        svar: tomtSvar("beboer"),
        helse: { behov: [], beskrivelse: "" },
      }),
      "konflikt",
    );
    expect((await getDraft({ ...ctx, utkastId })).svar.boligBeskrivelse).toBe("Halvveis");
    await forventFeil(getDraft({ ...ctx, actor: ola, utkastId }), "ikke_funnet");
    await forventFeil(
      saveDraft({
        ...ctx,
        actor: ola,
        utkastId,
        versjon: 2,
        svar: halvveis,
        helse: { behov: [], beskrivelse: "" },
      }),
      "ikke_funnet",
    );

    // Health answers live in their own special-category column, and reading them is audited as helse.
    const rad = await db
      .selectFrom("soknadsutkast")
      .selectAll()
      .where("id", "=", utkastId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(rad.svar)).not.toContain("trapper");
    const audit = await db
      .selectFrom("audit_logg")
      .select(["kategori", "handling"])
      .where("ressurs", "=", `soknadsutkast:${utkastId}`)
      .execute();
    expect(audit).toContainEqual({ kategori: "helse", handling: "les" });
    expect(audit).toContainEqual({ kategori: "helse", handling: "endre" });
  });
});

describe("attachments", () => {
  test("type by magic bytes, size and count limits, safe names, removal", async () => {
    const { db } = handle;
    const kari = beboer(await person(db));
    const ctx = { db, actor: kari, requestId: "r2", now: klokke.now };
    const utkastId = "22222222-2222-4222-8222-222222222222";
    await startDraft({ ...ctx, utkastId });

    expect(await gjenkjennType(PDF)).toBe("application/pdf");
    expect(await gjenkjennType(PNG)).toBe("image/png");
    expect(await gjenkjennType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(await gjenkjennType(new TextEncoder().encode("<html>"))).toBeNull();
    expect(rensFilnavn("C:\\Users\\kari\\<script>legeerklæring.exe.pdf", "application/pdf")).toBe(
      "_script_legeerklæring.exe.pdf",
    );
    expect(rensFilnavn("../../etc/passwd", "image/png")).toBe("passwd.png");

    // A file that says .pdf but is HTML is refused; the real type decides.
    const html = await uploadAttachment({
      ...ctx,
      utkastId,
      filnavn: "brev.pdf",
      innhold: new TextEncoder().encode("<html>"),
    });
    expect(html).toEqual({ ok: false, feil: "feil_type" });
    expect(
      await uploadAttachment({ ...ctx, utkastId, filnavn: "tom.pdf", innhold: new Uint8Array() }),
    ).toEqual({
      ok: false,
      feil: "tom",
    });
    const stor = new Uint8Array(MAKS_VEDLEGG_BYTES + 1);
    stor.set(PDF);
    expect(await uploadAttachment({ ...ctx, utkastId, filnavn: "stor.pdf", innhold: stor })).toEqual({
      ok: false,
      feil: "for_stor",
    });

    const forste = await uploadAttachment({ ...ctx, utkastId, filnavn: "lønn.pdf", innhold: PDF });
    expect(forste.ok).toBe(true);
    const rad = await db.selectFrom("vedlegg").selectAll().executeTakeFirstOrThrow();
    expect(rad.mime).toBe("application/pdf");
    expect(rad.storrelse).toBe(PDF.byteLength);
    expect(rad.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(rad.innhold).equals(Buffer.from(PDF))).toBe(true);

    for (let i = 1; i < 10; i++) {
      expect((await uploadAttachment({ ...ctx, utkastId, filnavn: `bilde${i}.png`, innhold: PNG })).ok).toBe(
        true,
      );
    }
    expect(await uploadAttachment({ ...ctx, utkastId, filnavn: "elleve.png", innhold: PNG })).toEqual({
      ok: false,
      feil: "for_mange",
    });
    const utkast = await getDraft({ ...ctx, utkastId });
    expect(utkast.vedlegg).toHaveLength(10);

    // Someone else cannot remove (or see) them.
    const ola = beboer(await person(db, "Ola"));
    await forventFeil(
      removeAttachment({ ...ctx, actor: ola, utkastId, vedleggId: utkast.vedlegg[0]!.id }),
      "ikke_funnet",
    );
    await removeAttachment({ ...ctx, utkastId, vedleggId: utkast.vedlegg[0]!.id });
    expect((await getDraft({ ...ctx, utkastId })).vedlegg).toHaveLength(9);
  });
});

describe("sending", () => {
  test("errors come back per field with the answers saved; sending twice makes one case", async () => {
    const { db } = handle;
    const kari = beboer(await person(db));
    const ctx = { db, actor: kari, requestId: "r3", now: klokke.now, allowSyntheticIdentities: true };
    const utkastId = "33333333-3333-4333-8333-333333333333";
    await startDraft({ ...ctx, utkastId });
    await uploadAttachment({ ...ctx, utkastId, filnavn: "lønn.pdf", innhold: PDF });

    const feil = await submitDraft({
      ...ctx,
      utkastId,
      versjon: 1,
      idempotensnokkel: `soknad:${utkastId}`,
      svar: utfylt({
        inntekt: "mange penger",
        boligBeskrivelse: "",
        medlemmer: [{ rolle: "barn", alder: "40" }],
      }),
      helse: { behov: [], beskrivelse: "" },
    });
    expect(feil.ok).toBe(false);
    if (feil.ok) return;
    expect(feil.feil).toEqual({
      inntekt: "soknad.feil.belop",
      boligBeskrivelse: "soknad.feil.boligBeskrivelse",
      "medlem.0.alder": "soknad.feil.alderBarn",
    });
    // What was typed is kept.
    expect((await getDraft({ ...ctx, utkastId })).svar.inntekt).toBe("mange penger");
    expect(await listOwnCases(ctx)).toHaveLength(0);

    const send = () =>
      submitDraft({
        ...ctx,
        utkastId,
        versjon: feil.versjon,
        idempotensnokkel: `soknad:${utkastId}`,
        svar: utfylt(),
        helse: { behov: ["heis"], beskrivelse: "" },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.sakId).toBe(b.sakId);
    expect([a.duplikat, b.duplikat].sort()).toEqual([false, true]);
    const saker = await listOwnCases(ctx);
    expect(saker).toHaveLength(1);

    const sak = await db.selectFrom("sak").selectAll().where("id", "=", a.sakId).executeTakeFirstOrThrow();
    expect(sak.husstand).toEqual({ voksne: 2, barn: [{ alder: 6 }] });
    expect(sak.innsender_rolle).toBe("soker");
    const innhold = await db
      .selectFrom("soknadsinnhold")
      .selectAll()
      .where("sak_id", "=", a.sakId)
      .executeTakeFirstOrThrow();
    expect(innhold.okonomi).toEqual({ inntektKrPerAar: 210000, utgifterKrPerMaaned: 4500 });
    expect(innhold.onsker).toEqual({ bydeler: ["sagene"], rom: 3 });
    expect(innhold.helse_funksjon).toEqual({ behov: ["heis"] });

    // The attachment moved to the case; the sent draft is a receipt and cannot change.
    const vedlegg = await db
      .selectFrom("vedlegg")
      .select("sak_id")
      .where("utkast_id", "=", utkastId)
      .execute();
    expect(vedlegg).toEqual([{ sak_id: a.sakId }]);
    const sendt = await getDraft({ ...ctx, utkastId });
    expect(sendt.status).toBe("sendt");
    // One month is 2 April 2026: Maundy Thursday, then Good Friday, Easter: the next working day is 7 April.
    expect(sendt.kvittering).toMatchObject({
      saksnummer: sak.saksnummer,
      mottatt: "2026-03-02",
      svarInnen: "2026-04-07",
    });
    expect(await listOwnDrafts(ctx)).toHaveLength(0);
    await forventFeil(
      saveDraft({
        ...ctx,
        utkastId,
        versjon: sendt.versjon,
        svar: utfylt(),
        helse: { behov: [], beskrivelse: "" },
      }),
      "konflikt",
    );
    expect(
      (await uploadAttachment({ ...ctx, utkastId, filnavn: "x.pdf", innhold: PDF }).catch((e) => e)).data
        ?.code,
    ).toBe("konflikt");
  });

  test("on behalf of a relative: consent and a valid national identity number are required", async () => {
    const { db } = handle;
    const kari = beboer(await person(db));
    const ctx = { db, actor: kari, requestId: "r4", now: klokke.now, allowSyntheticIdentities: true };
    const utkastId = "44444444-4444-4444-8444-444444444444";
    await startDraft({ ...ctx, utkastId });
    const fnr = syntetiskFnr();
    const feil = await submitDraft({
      ...ctx,
      utkastId,
      versjon: 1,
      idempotensnokkel: "k-44444444",
      svar: utfylt({
        innsenderrolle: "parorende",
        sokerFodselsnummer: `${fnr.slice(0, 10)}${(Number(fnr[10]) + 1) % 10}`,
      }),
      helse: { behov: [], beskrivelse: "" },
    });
    expect(feil.ok).toBe(false);
    if (feil.ok) return;
    expect(feil.feil).toMatchObject({
      "soker.fodselsnummer": "soknad.feil.fnr.feil_kontrollsiffer",
      "soker.fornavn": "soknad.feil.fornavn",
      innsenderNavn: "soknad.feil.innsenderNavn",
      samtykkeSoker: "soknad.feil.samtykkeSoker",
      samtykkeGrunnlag: "soknad.feil.samtykkeGrunnlag",
    });
    // Synthetic numbers are refused outside demo and test mode.
    const ekte = sjekkForInnsending(
      utfylt({ innsenderrolle: "parorende", sokerFodselsnummer: fnr }),
      { behov: [], beskrivelse: "" },
      "beboer",
      { today: "2026-03-02", allowSynthetic: false },
    );
    expect(ekte.ok ? null : ekte.feil["soker.fodselsnummer"]).toBe("soknad.feil.fnr.syntetisk_ikke_tillatt");

    const ok = await submitDraft({
      ...ctx,
      utkastId,
      versjon: feil.versjon,
      idempotensnokkel: "k-44444444",
      svar: utfylt({
        innsenderrolle: "parorende",
        sokerFodselsnummer: fnr,
        sokerFornavn: "Mor",
        sokerEtternavn: "Testesen",
        innsenderNavn: "Kari Testesen, datter",
        samtykkeSoker: true,
        samtykkeGrunnlag: "Skriftlig fullmakt",
      }),
      helse: { behov: [], beskrivelse: "" },
    });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const sak = await db.selectFrom("sak").selectAll().where("id", "=", ok.sakId).executeTakeFirstOrThrow();
    expect(sak.innsender_rolle).toBe("parorende");
    expect(sak.innsender_navn).toBe("Kari Testesen, datter");
    expect(sak.samtykke_grunnlag).toBe("Skriftlig fullmakt");
    expect(sak.soker_person_id).not.toBe(kari.personId);
    // The relative's case is not on the submitter's Mine saker; the submitter keeps the receipt.
    expect(await listOwnCases(ctx)).toHaveLength(0);
    expect((await getDraft({ ...ctx, utkastId })).kvittering?.saksnummer).toBe(sak.saksnummer);
  });
});

describe("the form reader", () => {
  test("keeps what was typed, drops unknown choices and empty rows", () => {
    const form = new FormData();
    form.set("type", "bolig");
    form.set("rader", "3");
    form.set("medlem.0.rolle", "barn");
    form.set("medlem.0.alder", "4");
    form.set("medlem.2.alder", "tjue");
    form.append("onskerBydeler", "sagene");
    form.append("onskerBydeler", "atlantis");
    form.append("helse.behov", "heis");
    form.append("helse.behov", "helikopter");
    form.set("inntekt", "12 000 kr");
    const { svar, helse } = lesSkjema(form, "beboer");
    expect(svar.medlemmer).toEqual([
      { rolle: "barn", alder: "4" },
      { rolle: "", alder: "tjue" },
    ]);
    expect(svar.onskerBydeler).toEqual(["sagene"]);
    expect(helse.behov).toEqual(["heis"]);
    const sjekk = sjekkForInnsending(svar, helse, "beboer", { today: "2026-03-02", allowSynthetic: true });
    expect(sjekk.ok ? {} : sjekk.feil).toMatchObject({
      "medlem.1.rolle": "soknad.feil.medlemRolle",
      bydelId: "soknad.feil.bydel",
      samtykkePersonvern: "soknad.feil.samtykkePersonvern",
    });
    expect(sjekk.ok ? {} : sjekk.feil).not.toHaveProperty("inntekt");
  });
});
