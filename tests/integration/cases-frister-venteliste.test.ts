import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import type { Dato } from "../../app/lib/frister";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { getCase } from "../../app/modules/cases/get-case.server";
import { getWaitingListPosition } from "../../app/modules/cases/get-waiting-list-position.server";
import { listOwnCases } from "../../app/modules/cases/list-own-cases.server";
import { listWaitingList } from "../../app/modules/cases/list-waiting-list.server";
import { listWorkQueue } from "../../app/modules/cases/list-work-queue.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { openOwnDecision } from "../../app/modules/cases/open-own-decision.server";
import { mottattDato, tillatteLeietider } from "../../app/modules/cases/policy";
import { recordDecisionReceived } from "../../app/modules/cases/record-decision-received.server";
import { sendPreliminaryReply } from "../../app/modules/cases/send-preliminary-reply.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { createTestDb } from "../helpers/db";
import { begrunnelse, beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-01-05T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const sb2 = staff("saksbehandler", "sagene", "sb-2");

beforeAll(async () => {
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "alna", 12);
});
afterAll(async () => {
  await handle.close();
});

const ctx = () => ({ db: handle.db, requestId: "req-f", now: klokke.now });

test("the § 11 a deadline shows in the work queue as near, then past; a foreløpig svar meets it", async () => {
  klokke.set("2026-01-05T09:00:00Z");
  const kari = beboer(await person(handle.db));
  const { sakId, saksnummer } = await submitApplication({ ...ctx(), actor: kari, input: soknad("sagene") });
  const andre = await submitApplication({
    ...ctx(),
    actor: beboer(await person(handle.db)),
    input: soknad("sagene"),
  });
  const a = await assignCase({ ...ctx(), actor: sb, sakId, versjon: 1 });
  await assignCase({ ...ctx(), actor: sb2, sakId: andre.sakId, versjon: 1 });

  const due = "2026-02-05";
  expect(
    (await listWorkQueue({ ...ctx(), actor: sb, filter: { frist: "naer_eller_passert" } })).rader,
  ).toEqual([]);
  klokke.set("2026-01-30T09:00:00Z");
  const naer = await listWorkQueue({ ...ctx(), actor: sb, filter: { frist: "naer" } });
  expect(naer.rader.map((r) => r.saksnummer)).toEqual([saksnummer, andre.saksnummer]);
  expect(naer.rader[0]).toMatchObject({
    fristForfall: due,
    fristVarsel: "naer",
    saksbehandler: "Test saksbehandler-sagene",
  });
  const mine = await listWorkQueue({ ...ctx(), actor: sb, filter: { mine: true } });
  expect(mine.rader.map((r) => r.sakId)).toEqual([sakId]);
  const sok = await listWorkQueue({ ...ctx(), actor: sb, filter: { saksnummer } });
  expect(sok.rader.map((r) => r.sakId)).toEqual([sakId]);
  const side2 = await listWorkQueue({ ...ctx(), actor: sb, side: 2, sideStorrelse: 1 });
  expect(side2).toMatchObject({ totalt: 2, side: 2, antallSider: 2 });
  expect(side2.rader.map((r) => r.sakId)).toEqual([andre.sakId]);

  klokke.set("2026-02-06T09:00:00Z");
  const passert = await listWorkQueue({
    ...ctx(),
    actor: sb,
    filter: { frist: "passert", statuser: ["under_behandling"] },
  });
  expect(passert.rader.map((r) => r.fristVarsel)).toEqual(["passert", "passert"]);

  // The promised date must be in the future; then the § 11 a deadline is met by the reply.
  await forventFeil(
    sendPreliminaryReply({
      ...ctx(),
      actor: sb,
      sakId,
      versjon: a.versjon,
      grunn: "Mange saker",
      forventetVedtak: "2026-02-01",
    }),
    "ugyldig",
  );
  const svar = await sendPreliminaryReply({
    ...ctx(),
    actor: sb,
    sakId,
    versjon: a.versjon,
    grunn: "Vi venter på uttalelse fra helsetjenesten.",
    forventetVedtak: "2026-03-16",
  });
  const saken = await getCase({ ...ctx(), actor: sb, sakId });
  expect(saken.frister.map((f) => [f.type, f.status, f.oppfylt_ved, f.forfall])).toEqual([
    ["forelopig_svar", "oppfylt", "forelopig_svar", due],
    ["forventet_vedtak", "aktiv", null, "2026-03-16"],
  ]);
  expect(saken.forelopigeSvar[0]).toMatchObject({ forventet_vedtak: "2026-03-16" });
  expect(svar.versjon).toBe(a.versjon + 1);
  const etter = await listWorkQueue({ ...ctx(), actor: sb, filter: { frist: "passert" } });
  expect(etter.rader.map((r) => r.sakId)).toEqual([andre.sakId]);
  // The resident sees the promised date.
  const egne = await listOwnCases({ ...ctx(), actor: kari });
  expect(egne[0]).toMatchObject({ forventetVedtak: "2026-03-16", statustekst: "Vi behandler søknaden din." });
});

test("the mottatt rule: opened in the app, or at the latest 7 days after sending; paper as recorded", () => {
  const digital = { sendt: new Date("2026-03-10T14:00:00Z"), sendemaate: "digital" as const };
  const idag = "2026-03-30" as Dato;
  expect(
    mottattDato(digital, { maate: "apnet_digitalt", apnet: new Date("2026-03-12T23:30:00Z") }, idag),
  ).toEqual({
    dato: "2026-03-13", // Oslo time: 00:30 on 13 March
    regel: "apnet_digitalt",
  });
  expect(
    mottattDato(digital, { maate: "apnet_digitalt", apnet: new Date("2026-03-25T10:00:00Z") }, idag),
  ).toEqual({
    dato: "2026-03-17",
    regel: "digital_sju_dager",
  });
  expect(mottattDato(digital, { maate: "digital_sju_dager" }, idag)).toEqual({
    dato: "2026-03-17",
    regel: "digital_sju_dager",
  });
  expect(mottattDato(digital, { maate: "digital_sju_dager" }, "2026-03-16" as Dato)).toBeNull();
  const papir = { sendt: new Date("2026-03-10T14:00:00Z"), sendemaate: "papir" as const };
  expect(mottattDato(papir, { maate: "papir_registrert", dato: "2026-03-12" }, idag)).toEqual({
    dato: "2026-03-12",
    regel: "papir_registrert",
  });
  expect(mottattDato(papir, { maate: "papir_registrert", dato: "2026-03-09" }, idag)).toBeNull();
  expect(
    mottattDato(papir, { maate: "apnet_digitalt", apnet: new Date("2026-03-12T10:00:00Z") }, idag),
  ).toBeNull();
});

test("lease lengths come from the policy: families with children 7 or 5 years, others 5 or 3", () => {
  expect(tillatteLeietider({ voksne: 2, barn: [{ alder: 4 }] })).toEqual([7, 5]);
  expect(tillatteLeietider({ voksne: 1, barn: [{ alder: 19 }] })).toEqual([5, 3]);
  expect(tillatteLeietider({ voksne: 1, barn: [] })).toEqual([5, 3]);
});

test("venteliste: the decision puts the case on the district's list; the resident sees place and waiting time", async () => {
  klokke.set("2026-01-05T09:00:00Z");
  const bolig = { boligtype: "leilighet", rom: 2, leietidAar: 5 };
  const plasser: { sakId: string; actorPerson: string }[] = [];
  // Three applicants in Sagene on different days and priorities, one in Alna.
  const oppsett = [
    { dag: "2026-01-05", prioritet: 2, bydel: "sagene" },
    { dag: "2026-01-06", prioritet: 1, bydel: "sagene" },
    { dag: "2026-01-07", prioritet: 2, bydel: "sagene" },
    { dag: "2026-01-04", prioritet: 1, bydel: "alna" },
  ];
  for (const o of oppsett) {
    klokke.set(`${o.dag}T09:00:00Z`);
    const personId = await person(handle.db);
    const sbx = staff("saksbehandler", o.bydel);
    const { sakId } = await submitApplication({
      ...ctx(),
      actor: beboer(personId),
      input: soknad(o.bydel, { husstand: { voksne: 2, barn: [] } }),
    });
    const a = await assignCase({ ...ctx(), actor: sbx, sakId, versjon: 1 });
    // 7 years is for families with children only.
    if (o.dag === "2026-01-05") {
      await forventFeil(
        makeDecision({
          ...ctx(),
          actor: sbx,
          sakId,
          versjon: a.versjon,
          vedtak: {
            utfall: "venteliste",
            bolig: { ...bolig, leietidAar: 7 },
            prioritet: o.prioritet,
            begrunnelse,
          },
          sendemaate: "digital",
        }),
        "ugyldig",
      );
    }
    const v = await makeDecision({
      ...ctx(),
      actor: sbx,
      sakId,
      versjon: a.versjon,
      vedtak: { utfall: "venteliste", bolig, prioritet: o.prioritet, begrunnelse },
      sendemaate: "digital",
    });
    expect(v.status).toBe("vedtatt");
    plasser.push({ sakId, actorPerson: personId });
  }
  klokke.set("2026-02-04T09:00:00Z");
  const forste = await getWaitingListPosition({ ...ctx(), actor: beboer(plasser[0]!.actorPerson) });
  expect(forste).toEqual([
    {
      sakId: plasser[0]!.sakId,
      saksnummer: expect.any(String),
      bydel: { id: "sagene", navn: "Bydel sagene" },
      plass: 2,
      av: 3,
      prioritet: 2,
      paVentelistenSiden: "2026-01-05",
      ventetidDager: 30,
    },
  ]);
  expect(
    (await getWaitingListPosition({ ...ctx(), actor: beboer(plasser[1]!.actorPerson) }))[0],
  ).toMatchObject({ plass: 1, av: 3 });
  expect(
    (await getWaitingListPosition({ ...ctx(), actor: beboer(plasser[2]!.actorPerson) }))[0],
  ).toMatchObject({ plass: 3, av: 3 });
  expect(
    (await getWaitingListPosition({ ...ctx(), actor: beboer(plasser[3]!.actorPerson) }))[0],
  ).toMatchObject({ plass: 1, av: 1 });
  // The district's own list, in the same order; another district sees only its own.
  const liste = await listWaitingList({ ...ctx(), actor: sb });
  expect(liste.map((r) => [r.plass, r.sakId, r.prioritet, r.dato])).toEqual([
    [1, plasser[1]!.sakId, 1, "2026-01-06"],
    [2, plasser[0]!.sakId, 2, "2026-01-05"],
    [3, plasser[2]!.sakId, 2, "2026-01-07"],
  ]);
  expect(liste[0]).toMatchObject({ boligtype: "leilighet", rom: 2, ventetidDager: 29 });
  expect(
    (await listWaitingList({ ...ctx(), actor: staff("saksbehandler", "alna") })).map((r) => r.sakId),
  ).toEqual([plasser[3]!.sakId]);
  await forventFeil(listWaitingList({ ...ctx(), actor: staff("klagenemnd", null) }), "ikke_tilgang");
  await forventFeil(listWaitingList({ ...ctx(), actor: staff("forvalter", null) }), "ikke_tilgang");
  // Someone with no place gets an empty list; staff cannot use the resident's view.
  expect(await getWaitingListPosition({ ...ctx(), actor: beboer(await person(handle.db)) })).toEqual([]);
  await forventFeil(getWaitingListPosition({ ...ctx(), actor: sb }), "ikke_tilgang");

  // Digital decision not opened: after 7 days the receipt date is fixed by rule and the klagefrist follows.
  const saken = await getCase({ ...ctx(), actor: sb, sakId: plasser[0]!.sakId });
  const m = await recordDecisionReceived({
    ...ctx(),
    actor: sb,
    sakId: plasser[0]!.sakId,
    versjon: saken.sak.versjon,
    vedtakId: saken.vedtak[0]!.id,
    mottak: { maate: "digital_sju_dager" },
  });
  expect(m).toMatchObject({ mottatt: "2026-01-12", regel: "digital_sju_dager", klagefrist: "2026-02-02" });
  await forventFeil(
    recordDecisionReceived({
      ...ctx(),
      actor: sb,
      sakId: plasser[0]!.sakId,
      versjon: m.versjon,
      vedtakId: saken.vedtak[0]!.id,
      mottak: { maate: "digital_sju_dager" },
    }),
    "konflikt",
  );
});

test("the resident opens a digital decision in the app: mottatt that day, klagefrist follows, staff form is stale", async () => {
  klokke.set("2026-06-01T08:00:00Z");
  const kari = beboer(await person(handle.db));
  const { sakId } = await submitApplication({ ...ctx(), actor: kari, input: soknad("sagene") });
  const a = await assignCase({ ...ctx(), actor: sb, sakId, versjon: 1 });
  const v = await makeDecision({
    ...ctx(),
    actor: sb,
    sakId,
    versjon: a.versjon,
    vedtak: { utfall: "avslag", begrunnelse },
    sendemaate: "digital",
  });
  await forventFeil(
    openOwnDecision({ ...ctx(), actor: beboer(await person(handle.db)), vedtakId: v.vedtakId }),
    "ikke_funnet",
  );
  await forventFeil(openOwnDecision({ ...ctx(), actor: sb, vedtakId: v.vedtakId }), "ikke_tilgang");

  klokke.set("2026-06-03T22:30:00Z"); // 00:30 on 4 June in Oslo
  const apnet = await openOwnDecision({ ...ctx(), actor: kari, vedtakId: v.vedtakId });
  expect(apnet).toMatchObject({
    utfall: "avslag",
    mottatt: "2026-06-04",
    klagefrist: "2026-06-25",
    klageinstans: "klagenemnd",
  });
  expect(apnet.begrunnelse.hovedhensyn).toBe(begrunnelse.hovedhensyn);
  // Opening again changes nothing.
  klokke.set("2026-06-05T10:00:00Z");
  expect((await openOwnDecision({ ...ctx(), actor: kari, vedtakId: v.vedtakId })).mottatt).toBe("2026-06-04");
  // The caseworker's form from before the opening is stale.
  await forventFeil(
    recordDecisionReceived({
      ...ctx(),
      actor: sb,
      sakId,
      versjon: v.versjon,
      vedtakId: v.vedtakId,
      mottak: { maate: "papir_registrert", dato: "2026-06-02" },
    }),
    "konflikt",
  );
  const saken = await getCase({ ...ctx(), actor: sb, sakId });
  expect(saken.sak.versjon).toBe(v.versjon + 1);
  expect(saken.vedtak[0]).toMatchObject({ mottatt: "2026-06-04", mottatt_regel: "apnet_digitalt" });
  expect(saken.frister.filter((f) => f.type === "klagefrist")).toHaveLength(1);
  expect(saken.logg.filter((l) => l.hendelse === "vedtak_apnet")).toEqual([
    expect.objectContaining({ aktor_rolle: "beboer" }),
  ]);
});
