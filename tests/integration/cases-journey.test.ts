import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { computeDeadline } from "../../app/lib/frister";
import { addNote } from "../../app/modules/cases/add-note.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { decideAppeal } from "../../app/modules/cases/decide-appeal.server";
import { getCase } from "../../app/modules/cases/get-case.server";
import { listOwnCases } from "../../app/modules/cases/list-own-cases.server";
import { listWorkQueue } from "../../app/modules/cases/list-work-queue.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { reconsiderAppeal } from "../../app/modules/cases/reconsider-appeal.server";
import { recordDecisionReceived } from "../../app/modules/cases/record-decision-received.server";
import { recordDocumentationReceived } from "../../app/modules/cases/record-documentation-received.server";
import { registerAppeal } from "../../app/modules/cases/register-appeal.server";
import { requestDocumentation } from "../../app/modules/cases/request-documentation.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { begrunnelse, beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const nemnd = staff("klagenemnd", null);

beforeAll(async () => {
  handle = await createDb();
});
afterAll(async () => {
  await handle.close();
});

async function createDb() {
  const { createTestDb } = await import("../helpers/db");
  const h = await createTestDb();
  await bydel(h.db, "sagene", 3);
  await bydel(h.db, "alna", 12);
  return h;
}

describe("the whole journey: søknad → avslag → mottatt → klage in time → oversendt → klagenemnd", () => {
  test("every step is logged and audited", async () => {
    const { db } = handle;
    const ctx = { db, requestId: "req-1", now: klokke.now };
    const personId = await person(db);
    const kari = beboer(personId);

    const sendt = await submitApplication({ ...ctx, actor: kari, input: soknad("sagene") });
    expect(sendt.saksnummer).toBe("2026/00001");
    expect(sendt.duplikat).toBe(false);
    const sakId = sendt.sakId;

    // The § 11 a deadline: one month from mottatt, by the deadline engine.
    const frist11a = await db
      .selectFrom("frist")
      .selectAll()
      .where("sak_id", "=", sakId)
      .executeTakeFirstOrThrow();
    expect(frist11a).toMatchObject({
      type: "forelopig_svar",
      start: "2026-03-02",
      forfall: computeDeadline("forelopig_svar", "2026-03-02").due,
      hjemmel: "forvaltningsloven § 11 a",
      status: "aktiv",
    });

    // Klagenemnd sees nothing yet.
    await forventFeil(getCase({ ...ctx, actor: nemnd, sakId }), "ikke_funnet");

    let v = (await assignCase({ ...ctx, actor: sb, sakId, versjon: 1 })).versjon;
    v = (await addNote({ ...ctx, actor: sb, sakId, versjon: v, tekst: "Kartlegging: trenger heis." }))
      .versjon;
    const krav = await requestDocumentation({
      ...ctx,
      actor: sb,
      sakId,
      versjon: v,
      beskrivelse: "Lønnsslipper for de tre siste månedene",
      frist: "2026-03-16",
    });
    expect(krav.status).toBe("venter_dokumentasjon");
    // A decision while waiting for documentation is refused by the state machine.
    await forventFeil(
      makeDecision({
        ...ctx,
        actor: sb,
        sakId,
        versjon: krav.versjon,
        vedtak: { utfall: "avslag", begrunnelse },
        sendemaate: "digital",
      }),
      "konflikt",
    );
    v = (await recordDocumentationReceived({ ...ctx, actor: sb, sakId, versjon: krav.versjon })).versjon;

    // §§ 24–25: all three parts of the reasons are required.
    await forventFeil(
      makeDecision({
        ...ctx,
        actor: sb,
        sakId,
        versjon: v,
        vedtak: { utfall: "avslag", begrunnelse: { ...begrunnelse, hovedhensyn: "  " } },
        sendemaate: "digital",
      }),
      "ugyldig",
    );
    klokke.set("2026-03-10T09:00:00Z");
    const vedtak = await makeDecision({
      ...ctx,
      actor: sb,
      sakId,
      versjon: v,
      vedtak: { utfall: "avslag", begrunnelse },
      sendemaate: "digital",
    });
    expect(vedtak.status).toBe("vedtatt");
    expect(
      (
        await db
          .selectFrom("frist")
          .select("status")
          .where("sak_id", "=", sakId)
          .where("type", "=", "forelopig_svar")
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("oppfylt");

    // Opened in the app the next day: mottatt that day, klagefrist 3 weeks later.
    klokke.set("2026-03-11T12:00:00Z");
    const mottatt = await recordDecisionReceived({
      ...ctx,
      actor: sb,
      sakId,
      versjon: vedtak.versjon,
      vedtakId: vedtak.vedtakId,
      mottak: { maate: "apnet_digitalt", apnet: new Date("2026-03-11T07:30:00Z") },
    });
    expect(mottatt).toMatchObject({
      mottatt: "2026-03-11",
      regel: "apnet_digitalt",
      klagefrist: "2026-04-01",
    });

    klokke.set("2026-04-01T15:00:00Z");
    const klage = await registerAppeal({
      ...ctx,
      actor: sb,
      sakId,
      versjon: mottatt.versjon,
      mottatt: "2026-04-01",
    });
    expect(klage).toMatchObject({
      iTide: true,
      status: "klage_under_forberedelse",
      ettarsgrensePassert: false,
    });

    const oversendt = await reconsiderAppeal({
      ...ctx,
      actor: sb,
      sakId,
      versjon: klage.versjon,
      behandling: {
        beslutning: "oversend",
        merknad: "Bydelen fastholder vedtaket; inntekten er over grensen.",
      },
    });
    expect(oversendt).toMatchObject({ status: "klage_oversendt", klageinstans: "klagenemnd" });

    // The board now sees the case (with its documents) and decides.
    const sett = await getCase({ ...ctx, actor: nemnd, sakId });
    expect(sett.vedtak).toHaveLength(1);
    expect(sett.notater).toHaveLength(1);
    expect(sett.tillatteHendelser).toEqual(["klage_stadfestet", "klage_omgjort", "klage_opphevet"]);
    const ko = await listWorkQueue({ ...ctx, actor: nemnd });
    expect(ko.rader.map((r) => r.sakId)).toEqual([sakId]);

    await forventFeil(
      decideAppeal({
        ...ctx,
        actor: nemnd,
        sakId,
        versjon: 1,
        utfall: "stadfestet",
        begrunnelse: "Enig med bydelen.",
      }),
      "konflikt",
    );
    const avgjort = await decideAppeal({
      ...ctx,
      actor: nemnd,
      sakId,
      versjon: oversendt.versjon,
      utfall: "stadfestet",
      begrunnelse: "Nemnda er enig med bydelen.",
    });
    expect(avgjort.status).toBe("avsluttet");

    const saken = await getCase({ ...ctx, actor: sb, sakId });
    expect(saken.logg.map((l) => l.hendelse)).toEqual([
      "soknad_mottatt",
      "frist_opprettet",
      "tildelt",
      "notat_skrevet",
      "dokumentasjon_etterspurt",
      "dokumentasjon_mottatt",
      "vedtak_fattet",
      "vedtak_mottatt",
      "klage_registrert",
      "klager_underrettet",
      "klage_oversendt",
      "klage_avgjort",
    ]);
    for (const l of saken.logg) expect(l.aktor_id.length).toBeGreaterThan(0);
    expect(saken.logg.find((l) => l.hendelse === "klage_avgjort")).toMatchObject({
      aktor_rolle: "klagenemnd",
    });
    // The log never carries special-category text.
    const loggtekst = JSON.stringify(saken.logg);
    expect(loggtekst).not.toContain("heis");
    expect(loggtekst).not.toContain("Lønnsslipper");
    expect(loggtekst).not.toContain("inntekten");
    expect(saken.klager[0]).toMatchObject({ status: "avgjort", utfall: "stadfestet", i_tide: true });
    expect(saken.klager[0]!.klager_underrettet).not.toBeNull();

    // Audit: every write and read of the case's data, one row per category, about Kari.
    const audit = await db
      .selectFrom("audit_logg")
      .select(["aktor_rolle", "kategori", "handling", "ressurs"])
      .where("person_id", "=", personId)
      .orderBy("seq")
      .execute();
    const writes = audit
      .filter((a) => a.kategori === "sak" && a.handling !== "les")
      .map((a) => a.aktor_rolle);
    expect(writes).toEqual(["beboer", ...Array(8).fill("saksbehandler"), "klagenemnd"]);
    expect(
      audit.some((a) => a.kategori === "helse" && a.handling === "opprett" && a.ressurs.startsWith("notat:")),
    ).toBe(true);
    expect(
      audit.some((a) => a.aktor_rolle === "klagenemnd" && a.handling === "les" && a.kategori === "helse"),
    ).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("heis");

    // The resident sees the case in plain language.
    const egne = await listOwnCases({ ...ctx, actor: kari });
    expect(egne).toHaveLength(1);
    expect(egne[0]).toMatchObject({
      saksnummer: "2026/00001",
      status: "avsluttet",
      statustekst: "Saken din er avsluttet.",
    });
    expect(egne[0]!.sisteVedtak).toMatchObject({ utfall: "avslag", klagefrist: "2026-04-01" });
  });
});
