import { afterAll, beforeAll, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { addNote } from "../../app/modules/cases/add-note.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { tolkAvgjorelse } from "../../app/modules/cases/components/klagenemnd/avgjorelse";
import { decideAppeal } from "../../app/modules/cases/decide-appeal.server";
import { getForwardedAppeal } from "../../app/modules/cases/get-forwarded-appeal.server";
import { getOwnCase } from "../../app/modules/cases/get-own-case.server";
import { listForwardedAppeals } from "../../app/modules/cases/list-forwarded-appeals.server";
import { listOwnCases } from "../../app/modules/cases/list-own-cases.server";
import { listWaitingList } from "../../app/modules/cases/list-waiting-list.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { reconsiderAppeal } from "../../app/modules/cases/reconsider-appeal.server";
import { recordDecisionReceived } from "../../app/modules/cases/record-decision-received.server";
import { registerAppeal } from "../../app/modules/cases/register-appeal.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { createTestDb } from "../helpers/db";
import { begrunnelse, beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const sbStovner = staff("saksbehandler", "stovner");
const nemnd = staff("klagenemnd", null);
const ctx = () => ({ db: handle.db, requestId: "req-kn", now: klokke.now });

beforeAll(async () => {
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "stovner", 10);
});
afterAll(async () => {
  await handle.close();
});

/** An avslag received on paper, appealed in time; optionally forwarded, returns ids and version. */
async function klagesak(options: { type?: "bolig" | "bistand_6"; oversend: boolean; notat?: boolean }) {
  klokke.set("2026-03-02T09:00:00Z");
  const kari: Actor = beboer(await person(handle.db));
  const { sakId } = await submitApplication({
    ...ctx(),
    actor: kari,
    input: soknad("sagene", { type: options.type ?? "bolig" }),
  });
  let { versjon } = await assignCase({ ...ctx(), actor: sb, sakId, versjon: 1 });
  if (options.notat)
    ({ versjon } = await addNote({ ...ctx(), actor: sb, sakId, versjon, tekst: "Ringte søkeren." }));
  klokke.set("2026-03-10T09:00:00Z");
  const v = await makeDecision({
    ...ctx(),
    actor: sb,
    sakId,
    versjon,
    vedtak: { utfall: "avslag", begrunnelse },
    sendemaate: "papir",
  });
  klokke.set("2026-03-12T09:00:00Z");
  const m = await recordDecisionReceived({
    ...ctx(),
    actor: sb,
    sakId,
    versjon: v.versjon,
    vedtakId: v.vedtakId,
    mottak: { maate: "papir_registrert", dato: "2026-03-12" },
  });
  klokke.set("2026-03-20T09:00:00Z");
  const k = await registerAppeal({ ...ctx(), actor: sb, sakId, versjon: m.versjon, mottatt: "2026-03-19" });
  if (!options.oversend) return { sakId, versjon: k.versjon, vedtakId: v.vedtakId, kari };
  klokke.set("2026-03-30T09:00:00Z");
  const o = await reconsiderAppeal({
    ...ctx(),
    actor: sb,
    sakId,
    versjon: k.versjon,
    behandling: { beslutning: "oversend", merknad: "Bydelen opprettholder vedtaket." },
  });
  return { sakId, versjon: o.versjon, vedtakId: v.vedtakId, kari };
}

test("the board's list holds only appeals forwarded to the klagenemnd — not prepared ones, not Statsforvalteren's", async () => {
  const sendt = await klagesak({ oversend: true });
  const ikkeSendt = await klagesak({ oversend: false });
  const statsforvalteren = await klagesak({ type: "bistand_6", oversend: true });
  const { venter, avgjort } = await listForwardedAppeals({ ...ctx(), actor: nemnd });
  const ider = venter.map((k) => k.sakId);
  expect(ider).toContain(sendt.sakId);
  expect(ider).not.toContain(ikkeSendt.sakId);
  expect(ider).not.toContain(statsforvalteren.sakId);
  expect(avgjort.map((k) => k.sakId)).not.toContain(sendt.sakId);
  const rad = venter.find((k) => k.sakId === sendt.sakId)!;
  expect(rad).toMatchObject({
    bydel: "Bydel sagene",
    type: "bolig",
    klageStatus: "oversendt",
    oversendt: "2026-03-30",
  });
  // Only the board: a caseworker is refused.
  await forventFeil(listForwardedAppeals({ ...ctx(), actor: sb }), "ikke_tilgang");
});

test("the forwarded case shows what went with it, and a case not forwarded to the board is not found", async () => {
  const sendt = await klagesak({ oversend: true, notat: true });
  // A note written after forwarding is not among the documents the board got.
  await addNote({
    ...ctx(),
    actor: sb,
    sakId: sendt.sakId,
    versjon: sendt.versjon,
    tekst: "Etter oversending.",
  });
  const sak = await getForwardedAppeal({ ...ctx(), actor: nemnd, sakId: sendt.sakId });
  expect(sak.paklagetVedtak?.id).toBe(sendt.vedtakId);
  expect(sak.klage).toMatchObject({
    iTide: true,
    mottatt: "2026-03-19",
    merknad: "Bydelen opprettholder vedtaket.",
  });
  expect(sak.dokumenter.notater.map((n) => n.tekst)).toEqual(["Ringte søkeren."]);
  expect(sak.kanAvgjore).toBe(true);
  const ikkeSendt = await klagesak({ oversend: false });
  await forventFeil(getForwardedAppeal({ ...ctx(), actor: nemnd, sakId: ikkeSendt.sakId }), "ikke_funnet");
  const statsforvalteren = await klagesak({ type: "bistand_6", oversend: true });
  await forventFeil(
    getForwardedAppeal({ ...ctx(), actor: nemnd, sakId: statsforvalteren.sakId }),
    "ikke_funnet",
  );
  await forventFeil(getForwardedAppeal({ ...ctx(), actor: sb, sakId: sendt.sakId }), "ikke_tilgang");
  // The read is audited for the applicant, with the special category.
  const audit = await handle.db
    .selectFrom("audit_logg")
    .select(["kategori", "handling"])
    .where("aktor_id", "=", nemnd.id)
    .where("ressurs", "like", "klage:%")
    .execute();
  expect(new Set(audit.map((a) => a.kategori))).toEqual(new Set(["sak", "personalia", "husstand", "helse"]));
});

test("stadfestet ends the case; the list moves it to decided; the resident sees the outcome", async () => {
  const sendt = await klagesak({ oversend: true });
  klokke.set("2026-04-20T09:00:00Z");
  // A stale version writes nothing.
  await forventFeil(
    decideAppeal({
      ...ctx(),
      actor: nemnd,
      sakId: sendt.sakId,
      versjon: sendt.versjon - 1,
      utfall: "stadfestet",
      begrunnelse: "For sent.",
    }),
    "konflikt",
  );
  const r = await decideAppeal({
    ...ctx(),
    actor: nemnd,
    sakId: sendt.sakId,
    versjon: sendt.versjon,
    utfall: "stadfestet",
    begrunnelse: "Nemnda er enig i bydelens vurdering.",
  });
  expect(r.status).toBe("avsluttet");
  const { venter, avgjort } = await listForwardedAppeals({ ...ctx(), actor: nemnd });
  expect(venter.map((k) => k.sakId)).not.toContain(sendt.sakId);
  expect(avgjort.find((k) => k.sakId === sendt.sakId)).toMatchObject({
    utfall: "stadfestet",
    avgjort: "2026-04-20",
  });
  const sak = await getForwardedAppeal({ ...ctx(), actor: nemnd, sakId: sendt.sakId });
  expect(sak.kanAvgjore).toBe(false);
  expect(sak.klage).toMatchObject({
    utfall: "stadfestet",
    utfallBegrunnelse: "Nemnda er enig i bydelens vurdering.",
  });

  // The resident is told: their own case shows the board's outcome and the closed status.
  const egen = await getOwnCase({ ...ctx(), actor: sendt.kari, sakId: sendt.sakId });
  expect(egen.klager[0]).toMatchObject({
    utfall: "stadfestet",
    avgjort: "2026-04-20",
    klageinstans: "klagenemnd",
  });
  const liste = await listOwnCases({ ...ctx(), actor: sendt.kari });
  expect(liste.find((s) => s.sakId === sendt.sakId)?.status).toBe("avsluttet");
});

test("opphevet sends the case back to the district for a new decision", async () => {
  const sendt = await klagesak({ oversend: true });
  klokke.set("2026-04-21T09:00:00Z");
  const r = await decideAppeal({
    ...ctx(),
    actor: nemnd,
    sakId: sendt.sakId,
    versjon: sendt.versjon,
    utfall: "opphevet",
    begrunnelse: "Saken er ikke godt nok opplyst.",
  });
  expect(r.status).toBe("under_behandling");
  const egen = await getOwnCase({ ...ctx(), actor: sendt.kari, sakId: sendt.sakId });
  expect(egen.klager[0]?.utfall).toBe("opphevet");
});

test("the board's form: errors at the field as catalogue keys, typed values kept", () => {
  const form = new FormData();
  form.set("versjon", "3");
  form.set("begrunnelse", "   ");
  const tolket = tolkAvgjorelse(form);
  expect(tolket.ok).toBe(false);
  if (tolket.ok) return;
  expect(tolket.feil).toEqual({
    utfall: "klagenemnd.avgjor.feil.utfall",
    begrunnelse: "klagenemnd.avgjor.feil.begrunnelse",
  });
  expect(tolket.verdier.begrunnelse).toBe("   ");
  form.set("utfall", "omgjort");
  form.set("begrunnelse", "Endret.");
  expect(tolkAvgjorelse(form)).toEqual({
    ok: true,
    data: { utfall: "omgjort", begrunnelse: "Endret.", versjon: 3 },
  });
  form.delete("versjon");
  const uten = tolkAvgjorelse(form);
  expect(uten.ok === false && uten.versjonMangler).toBe(true);
});

test("the staff waiting list is the own district's only, in order", async () => {
  klokke.set("2026-05-02T09:00:00Z");
  const lag = async (bydelId: string, sbx: Actor, prioritet: number, mottatt: string) => {
    klokke.set(`${mottatt}T09:00:00Z`);
    const kari = beboer(await person(handle.db));
    const { sakId } = await submitApplication({ ...ctx(), actor: kari, input: soknad(bydelId) });
    const a = await assignCase({ ...ctx(), actor: sbx, sakId, versjon: 1 });
    await makeDecision({
      ...ctx(),
      actor: sbx,
      sakId,
      versjon: a.versjon,
      vedtak: {
        utfall: "venteliste",
        prioritet,
        bolig: { boligtype: "Leilighet", rom: 2, leietidAar: 5 },
        begrunnelse,
      },
      sendemaate: "digital",
    });
    return sakId;
  };
  const a = await lag("sagene", sb, 2, "2026-05-02");
  const b = await lag("sagene", sb, 1, "2026-05-04");
  const c = await lag("stovner", sbStovner, 1, "2026-05-01");
  klokke.set("2026-05-10T09:00:00Z");
  const liste = await listWaitingList({ ...ctx(), actor: sb });
  const ider = liste.map((r) => r.sakId);
  expect(ider.indexOf(b)).toBeLessThan(ider.indexOf(a));
  expect(ider).not.toContain(c);
  expect(liste.find((r) => r.sakId === a)).toMatchObject({
    prioritet: 2,
    dato: "2026-05-02",
    ventetidDager: 8,
    rom: 2,
  });
  await forventFeil(listWaitingList({ ...ctx(), actor: nemnd }), "ikke_tilgang");
});
