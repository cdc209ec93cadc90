import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { getOwnCase } from "../../app/modules/cases/get-own-case.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { openOwnDecision } from "../../app/modules/cases/open-own-decision.server";
import { requestDocumentation } from "../../app/modules/cases/request-documentation.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { submitOwnAppeal } from "../../app/modules/cases/submit-own-appeal.server";
import { begrunnelse, beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");

beforeAll(async () => {
  const { createTestDb } = await import("../helpers/db");
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
});
afterAll(async () => {
  await handle.close();
});

async function sakMedVedtak(utfall: "avslag" | "venteliste") {
  const { db } = handle;
  const ctx = { db, requestId: "r", now: klokke.now };
  const kari = beboer(await person(db));
  const sendt = await submitApplication({ ...ctx, actor: kari, input: soknad("sagene") });
  const v = (await assignCase({ ...ctx, actor: sb, sakId: sendt.sakId, versjon: sendt.versjon })).versjon;
  const vedtak = await makeDecision({
    ...ctx,
    actor: sb,
    sakId: sendt.sakId,
    versjon: v,
    vedtak:
      utfall === "avslag"
        ? { utfall, begrunnelse }
        : { utfall, begrunnelse, prioritet: 2, bolig: { boligtype: "Leilighet", rom: 3, leietidAar: 7 } },
    sendemaate: "digital",
  });
  return { kari, sakId: sendt.sakId, vedtakId: (vedtak as { vedtakId: string }).vedtakId, ctx };
}

describe("Mine saker: one case as the resident sees it", () => {
  test("status, what we wait for, deadlines; another person's case is 404", async () => {
    const { db } = handle;
    klokke.set("2026-03-02T09:00:00Z");
    const ctx = { db, requestId: "r", now: klokke.now };
    const kari = beboer(await person(db));
    const ola = beboer(await person(db, "Ola"));
    const sendt = await submitApplication({ ...ctx, actor: kari, input: soknad("sagene") });
    const v = (await assignCase({ ...ctx, actor: sb, sakId: sendt.sakId, versjon: sendt.versjon })).versjon;
    await requestDocumentation({
      ...ctx,
      actor: sb,
      sakId: sendt.sakId,
      versjon: v,
      beskrivelse: "Lønnsslipp for februar",
      frist: "2026-03-16",
    });
    const sak = await getOwnCase({ ...ctx, actor: kari, sakId: sendt.sakId });
    expect(sak.sak.status).toBe("venter_dokumentasjon");
    expect(sak.sak.statustekst).toBe("Vi venter på dokumentasjon fra deg.");
    expect(sak.venterPa).toEqual([
      expect.objectContaining({ beskrivelse: "Lønnsslipp for februar", frist: "2026-03-16" }),
    ]);
    expect(sak.frister.map((f) => f.type).sort()).toEqual(["dokumentasjon", "forelopig_svar"]);
    expect(sak.klage.kanKlage).toBe(false);
    await forventFeil(getOwnCase({ ...ctx, actor: ola, sakId: sendt.sakId }), "ikke_funnet");
    await forventFeil(getOwnCase({ ...ctx, actor: sb, sakId: sendt.sakId }), "ikke_tilgang");

    const audit = await db
      .selectFrom("audit_logg")
      .select(["kategori", "handling"])
      .where("ressurs", "=", `sak:${sendt.sakId}`)
      .where("aktor_id", "=", kari.id)
      .execute();
    expect(audit).toContainEqual({ kategori: "helse", handling: "les" });
  });

  test("waiting-list place and waiting time", async () => {
    klokke.set("2026-03-02T09:00:00Z");
    const { kari, sakId, ctx } = await sakMedVedtak("venteliste");
    klokke.set("2026-04-01T09:00:00Z");
    const sak = await getOwnCase({ ...ctx, actor: kari, sakId });
    expect(sak.venteliste).toMatchObject({
      plass: 1,
      av: 1,
      ventetidDager: 30,
      paVentelistenSiden: "2026-03-02",
    });
    expect(sak.vedtak[0]?.utfall).toBe("venteliste");
  });
});

describe("appealing online", () => {
  test("in time: opening the decision starts the klagefrist; the appeal goes to preparation, text kept apart", async () => {
    klokke.set("2026-03-02T09:00:00Z");
    const { kari, sakId, vedtakId, ctx } = await sakMedVedtak("avslag");
    klokke.set("2026-03-03T09:00:00Z");
    const foer = await getOwnCase({ ...ctx, actor: kari, sakId });
    expect(foer.klage).toMatchObject({ kanKlage: true, iTide: true, klagefrist: null });

    await openOwnDecision({ ...ctx, actor: kari, vedtakId });
    const apnet = await getOwnCase({ ...ctx, actor: kari, sakId });
    expect(apnet.klage.klagefrist).toBe("2026-03-24");

    await forventFeil(submitOwnAppeal({ ...ctx, actor: kari, sakId, tekst: "   " }), "ugyldig");
    const ola = beboer(await person(handle.db, "Ola"));
    await forventFeil(submitOwnAppeal({ ...ctx, actor: ola, sakId, tekst: "Uenig" }), "ikke_funnet");

    klokke.set("2026-03-20T09:00:00Z");
    const klage = await submitOwnAppeal({
      ...ctx,
      actor: kari,
      sakId,
      tekst: "Jeg er uenig fordi jeg har vondt i ryggen.",
    });
    expect(klage.iTide).toBe(true);
    // One appeal per decision: a second (a double click) is refused.
    await forventFeil(submitOwnAppeal({ ...ctx, actor: kari, sakId, tekst: "Igjen" }), "konflikt");

    const etter = await getOwnCase({ ...ctx, actor: kari, sakId });
    expect(etter.sak.status).toBe("klage_under_forberedelse");
    expect(etter.klager).toEqual([
      expect.objectContaining({ mottatt: "2026-03-20", iTide: true, status: "under_forberedelse" }),
    ]);
    expect(etter.klage.kanKlage).toBe(false);

    const rad = await handle.db
      .selectFrom("klage")
      .selectAll()
      .where("id", "=", klage.klageId)
      .executeTakeFirstOrThrow();
    expect(rad.klagetekst).toBe("Jeg er uenig fordi jeg har vondt i ryggen.");
    expect(rad.registrert_av_id).toBe(kari.id);
    const logg = await handle.db
      .selectFrom("sakslogg")
      .select(["hendelse", "data"])
      .where("sak_id", "=", sakId)
      .where("hendelse", "=", "klage_registrert")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(logg.data)).not.toContain("ryggen");
    const frist = await handle.db
      .selectFrom("frist")
      .select(["status", "oppfylt_ved"])
      .where("sak_id", "=", sakId)
      .where("type", "=", "klagefrist")
      .executeTakeFirstOrThrow();
    expect(frist).toEqual({ status: "oppfylt", oppfylt_ved: "klage" });
  });

  test("late: the same rule as registerAppeal — the case waits for the § 31 assessment", async () => {
    klokke.set("2026-03-02T09:00:00Z");
    const { kari, sakId, vedtakId, ctx } = await sakMedVedtak("avslag");
    klokke.set("2026-03-03T09:00:00Z");
    await openOwnDecision({ ...ctx, actor: kari, vedtakId });
    // Opened 3 March: the klagefrist is 24 March (three weeks, the day of receipt not counted).
    klokke.set("2026-03-24T09:00:00Z");
    expect((await getOwnCase({ ...ctx, actor: kari, sakId })).klage.iTide).toBe(true);
    klokke.set("2026-03-25T09:00:00Z");
    const sen = await getOwnCase({ ...ctx, actor: kari, sakId });
    expect(sen.klage).toMatchObject({ kanKlage: true, iTide: false, forSentForAlltid: false });
    const klage = await submitOwnAppeal({ ...ctx, actor: kari, sakId, tekst: "Jeg var på sykehus." });
    expect(klage.iTide).toBe(false);
    const etter = await getOwnCase({ ...ctx, actor: kari, sakId });
    expect(etter.sak.status).toBe("klage_sen_vurdering");
    expect(etter.klager[0]).toMatchObject({ status: "registrert", iTide: false });
  });
});
