import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { cancelRound } from "../../app/modules/allocation/cancel-round.server";
import { createRound } from "../../app/modules/allocation/create-round.server";
import { getOffer } from "../../app/modules/allocation/get-offer.server";
import { getRound } from "../../app/modules/allocation/get-round.server";
import { listRounds } from "../../app/modules/allocation/list-rounds.server";
import { answerOffer, sendOffer } from "../../app/modules/allocation/offers.server";
import { recordMeeting } from "../../app/modules/allocation/record-meeting.server";
import {
  getDistrictRules,
  getStairwellRules,
  listStairwellRules,
  saveDistrictRules,
  saveStairwellRules,
} from "../../app/modules/allocation/regler.server";
import { bydelsregelSchema, oppgangRegelSchema } from "../../app/modules/allocation/schemas";
import { getMinBolig } from "../../app/modules/housing-stock/get-min-bolig.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { createTestDb } from "../helpers/db";
import { beboer, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";
import { bolig, bygning, eiendom, husstand, leiekontrakt, oppgang } from "./housing-stock-fixtures";

/**
 * Issue #4, the rest of allocation: stairwell rules and district weights edited on their pages change the
 * engine's suggestion; cancelling a round; an existing tenant's transfer ends the old lease.
 */
let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const sbAlna = staff("saksbehandler", "alna");
const forvalter = staff("forvalter", null);
const booppfolger = staff("booppfolger", "sagene");
const ctx = () => ({ db: handle.db, requestId: "req-r", now: klokke.now });

let oppgangA: string;
let oppgangB: string;
let oppgangAlna: string;
let treRomA: string;
let ettRomA: string;
let toRomB: string;
let gammelBolig: string;
const sok: Record<"familie" | "ny" | "lenge" | "leietaker", { personId: string; sakId: string }> =
  {} as never;

async function paaListe(
  navn: string,
  husstand: { voksne: number; barn: { alder: number }[] },
  prioritet: number,
  dato: string,
) {
  const personId = await person(handle.db, navn);
  const { sakId } = await submitApplication({
    ...ctx(),
    actor: beboer(personId),
    input: soknad("sagene", { husstand, innhold: { ...soknad("sagene").innhold, helseFunksjon: undefined } }),
  });
  await handle.db
    .insertInto("venteliste")
    .values({ id: randomUUID(), bydel_id: "sagene", sak_id: sakId, prioritet, dato, status: "aktiv" })
    .execute();
  return { personId, sakId };
}

const oppgangInput = (over: Record<string, string | boolean> = {}) =>
  oppgangRegelSchema.parse({
    utrygg: false,
    maksPerRunde: "",
    maksAndelProsent: "",
    begrunnelse: "Vurdert i bomiljømøtet.",
    ...over,
  });

const bydelInput = (vekter: Record<string, string> = {}) =>
  bydelsregelSchema.parse({
    maksPerRunde: "1",
    maksAndelProsent: "30",
    malAndelProsent: "15",
    vekter: {
      prioritet: "100",
      ventetid: "50",
      romPassform: "20",
      tilretteleggingSvinn: "30",
      onsketStorrelse: "10",
      balanse: "40",
      ...vekter,
    },
    begrunnelse: "Bydelen vil vekte prioritet foran ventetid.",
  });

async function nyRunde(navn: string, boligIds: string[]) {
  return (
    await createRound({ ...ctx(), actor: sb, input: { navn, boligIds, idempotensnokkel: randomUUID() } })
  ).rundeId;
}

async function avlys(rundeId: string) {
  const r = await getRound({ ...ctx(), actor: sb, rundeId });
  await cancelRound({
    ...ctx(),
    actor: sb,
    rundeId,
    versjon: r.runde.versjon,
    input: { grunn: "Testen er ferdig." },
  });
}

beforeAll(async () => {
  handle = await createTestDb();
  const db = handle.db;
  await db
    .insertInto("bydel")
    .values([
      { id: "sagene", nummer: 3, navn: "Sagene", innbyggere: 46000 },
      { id: "alna", nummer: 12, navn: "Alna", innbyggere: 50000 },
    ])
    .execute();
  const e = await eiendom(db, "sagene", "Testgata");
  const g = await bygning(db, e);
  oppgangA = await oppgang(db, "sagene", e, g, "Testgata 1");
  oppgangB = await oppgang(db, "sagene", e, g, "Testgata 3");
  const a = { bydelId: "sagene", eiendomId: e, oppgangId: oppgangA };
  const b = { bydelId: "sagene", eiendomId: e, oppgangId: oppgangB };
  treRomA = await bolig(db, a, "H0201", "ledig");
  ettRomA = await bolig(db, a, "H0101", "ledig");
  toRomB = await bolig(db, b, "H0301", "ledig");
  gammelBolig = await bolig(db, b, "H0101", "utleid");
  await db.updateTable("bolig").set({ rom: 3 }).where("id", "=", treRomA).execute();
  await db.updateTable("bolig").set({ rom: 1 }).where("id", "=", ettRomA).execute();
  await db.updateTable("bolig").set({ rom: 2 }).where("id", "=", toRomB).execute();
  const ea = await eiendom(db, "alna", "Alnagata 2");
  oppgangAlna = await oppgang(db, "alna", ea, await bygning(db, ea), "Alnagata 2");

  sok.familie = await paaListe("Familie", { voksne: 2, barn: [{ alder: 4 }, { alder: 9 }] }, 2, "2025-06-01");
  // Urgent (priority 1), but on the list for two months; and not urgent (priority 3), on the list for ten years.
  sok.ny = await paaListe("Nyoppført", { voksne: 1, barn: [] }, 1, "2026-01-01");
  sok.lenge = await paaListe("Lengeventet", { voksne: 1, barn: [] }, 3, "2016-01-01");
  // An existing tenant: a parent and a child with an active lease in Testgata 3, applying for another unit.
  const tp = await person(db, "Leietaker");
  const barn = await person(db, "Barn");
  await db.updateTable("person").set({ fodselsdato: "2019-05-01" }).where("id", "=", barn).execute();
  const hid = await husstand(db, "sagene", [
    { personId: tp, rolle: "hovedperson" },
    { personId: barn, rolle: "barn" },
  ]);
  await leiekontrakt(db, gammelBolig, hid, "2024-01-01", { sluttdato: "2027-01-01", husleie: 8000 });
  const { sakId } = await submitApplication({
    ...ctx(),
    actor: beboer(tp),
    input: soknad("sagene", { innhold: { ...soknad("sagene").innhold, helseFunksjon: undefined } }),
  });
  sok.leietaker = { personId: tp, sakId };
});
afterAll(async () => {
  await handle.close();
});

describe("stairwell rules and district weights", () => {
  test("marking a stairwell unsafe for children on the page takes the family out of the suggestion", async () => {
    const rundeId = await nyRunde("Treromsrunde", [treRomA]);
    const før = await getRound({ ...ctx(), actor: sb, rundeId });
    expect(før.boliger[0]!.forslag?.sakId).toBe(sok.familie.sakId);
    expect(før.boliger[0]!.utrygg).toBe(false);

    const side = await getStairwellRules({ ...ctx(), actor: sb, oppgangId: oppgangA });
    expect(side.regler.versjon).toBe(0);
    const { versjon } = await saveStairwellRules({
      ...ctx(),
      actor: sb,
      oppgangId: oppgangA,
      versjon: side.regler.versjon,
      input: oppgangInput({ utrygg: true, begrunnelse: "Uro i oppgangen, meldt av bomiljøteamet." }),
    });
    expect(versjon).toBe(1);
    // A double click (the same values with the old version) makes one change; other values with it are refused.
    await saveStairwellRules({
      ...ctx(),
      actor: sb,
      oppgangId: oppgangA,
      versjon: 0,
      input: oppgangInput({ utrygg: true, begrunnelse: "Uro i oppgangen, meldt av bomiljøteamet." }),
    });
    await forventFeil(
      saveStairwellRules({
        ...ctx(),
        actor: sb,
        oppgangId: oppgangA,
        versjon: 0,
        input: oppgangInput({ maksPerRunde: "0" }),
      }),
      "konflikt",
    );

    const etter = await getRound({ ...ctx(), actor: sb, rundeId });
    expect(etter.boliger[0]!.utrygg).toBe(true);
    expect(etter.boliger[0]!.forslag).toBeNull();
    expect(etter.boliger[0]!.kandidater.map((k) => k.sakId)).not.toContain(sok.familie.sakId);
    expect(etter.boliger[0]!.passerIkke.map((p) => p.grunn).join(" ")).toContain("utrygg");

    const med = await getStairwellRules({ ...ctx(), actor: sb, oppgangId: oppgangA });
    expect(med.regler).toEqual({ utrygg: true, maksPerRunde: null, maksAndel: null, versjon: 1 });
    expect(med.historikk).toHaveLength(1);
    expect(med.historikk[0]).toMatchObject({
      endretAv: sb.navn,
      begrunnelse: "Uro i oppgangen, meldt av bomiljøteamet.",
      fra: null,
      til: { utrygg: true, maksPerRunde: null, maksAndel: null },
    });
    // Limits and the flag back off: a second history row, the family is suggested again.
    klokke.set("2026-03-02T10:00:00Z");
    await saveStairwellRules({
      ...ctx(),
      actor: sb,
      oppgangId: oppgangA,
      versjon: 1,
      input: oppgangInput({ maksPerRunde: "2", maksAndelProsent: "25", begrunnelse: "Roligere nå." }),
    });
    const igjen = await getStairwellRules({ ...ctx(), actor: sb, oppgangId: oppgangA });
    expect(igjen.regler).toEqual({ utrygg: false, maksPerRunde: 2, maksAndel: 0.25, versjon: 2 });
    expect(igjen.historikk.map((h) => h.begrunnelse)).toEqual([
      "Roligere nå.",
      "Uro i oppgangen, meldt av bomiljøteamet.",
    ]);
    expect((await getRound({ ...ctx(), actor: sb, rundeId })).boliger[0]!.forslag?.sakId).toBe(
      sok.familie.sakId,
    );

    // The change is audited (no person: the rules are about the stairwell).
    const audit = await handle.db
      .selectFrom("audit_logg")
      .select(["kategori", "handling", "person_id"])
      .where("ressurs", "=", `oppgang_regel:${oppgangA}`)
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ kategori: "oppfolgingsbehov", handling: "endre", person_id: null });
    await avlys(rundeId);
    klokke.set("2026-03-02T09:00:00Z");
  });

  test("the stairwell list shows every stairwell with counts and rules; scope and roles", async () => {
    const liste = await listStairwellRules({ ...ctx(), actor: sb });
    expect(liste.oppganger.map((o) => o.adresse)).toEqual(["Testgata 1", "Testgata 3"]);
    const b = liste.oppganger.find((o) => o.id === oppgangB)!;
    expect(b.eksisterende).toEqual({ husstander: 1, hoyOppfolging: 0, barnefamilier: 1 });
    expect(b).toMatchObject({ boliger: 2, ledige: 1, regler: { versjon: 0, utrygg: false } });
    expect(liste.oppganger.find((o) => o.id === oppgangA)!.regler.maksPerRunde).toBe(2);
    // Another district's stairwell is not found; the property manager and the follow-up worker cannot edit.
    await forventFeil(getStairwellRules({ ...ctx(), actor: sb, oppgangId: oppgangAlna }), "ikke_funnet");
    await forventFeil(
      saveStairwellRules({ ...ctx(), actor: sbAlna, oppgangId: oppgangA, versjon: 2, input: oppgangInput() }),
      "ikke_funnet",
    );
    await forventFeil(listStairwellRules({ ...ctx(), actor: forvalter }), "ikke_tilgang");
    await forventFeil(getStairwellRules({ ...ctx(), actor: forvalter, oppgangId: oppgangA }), "ikke_tilgang");
    await forventFeil(
      saveStairwellRules({
        ...ctx(),
        actor: booppfolger,
        oppgangId: oppgangA,
        versjon: 2,
        input: oppgangInput(),
      }),
      "ikke_tilgang",
    );
    await forventFeil(getDistrictRules({ ...ctx(), actor: forvalter }), "ikke_tilgang");
  });

  test("form validation: Norwegian messages per field", () => {
    const r = oppgangRegelSchema.safeParse({
      utrygg: false,
      maksPerRunde: "to",
      maksAndelProsent: "150",
      begrunnelse: " ",
    });
    expect(r.success).toBe(false);
    const feil = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(feil).toEqual({
      maksPerRunde: "Antallet må være et helt tall, eller tomt",
      maksAndelProsent: "Andelen må være mellom 0 og 100",
      begrunnelse: "Begrunnelsen må fylles ut",
    });
    const v = bydelsregelSchema.safeParse({
      ...bydelInput(),
      malAndelProsent: "",
      vekter: { prioritet: "-1" },
      begrunnelse: "x",
    });
    expect(v.success).toBe(false);
    const paths = v.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("malAndelProsent");
    expect(paths).toContain("vekter.prioritet");
    expect(paths).toContain("vekter.ventetid");
  });

  test("the district's weights saved on the rules page change which applicant is suggested", async () => {
    const rundeId = await nyRunde("Ettromsrunde", [ettRomA]);
    // By default ten years of waiting (priority 3) outweighs priority 1 after two months.
    expect((await getRound({ ...ctx(), actor: sb, rundeId })).boliger[0]!.forslag?.sakId).toBe(
      sok.lenge.sakId,
    );
    const side = await getDistrictRules({ ...ctx(), actor: sb });
    expect(side.bydelsregler.versjon).toBe(0);
    await saveDistrictRules({ ...ctx(), actor: sb, versjon: 0, input: bydelInput({ ventetid: "0" }) });
    // A double click returns the first save; a stale save with other values is refused.
    await saveDistrictRules({ ...ctx(), actor: sb, versjon: 0, input: bydelInput({ ventetid: "0" }) });
    await forventFeil(
      saveDistrictRules({ ...ctx(), actor: sb, versjon: 0, input: bydelInput({ ventetid: "5" }) }),
      "konflikt",
    );
    const lagret = await getDistrictRules({ ...ctx(), actor: sb });
    expect(lagret.bydelsregler).toMatchObject({
      versjon: 1,
      maksPerRunde: 1,
      maksAndel: 0.3,
      malAndel: 0.15,
    });
    expect(lagret.bydelsregler.vekter.ventetid).toBe(0);
    expect(lagret.historikk).toHaveLength(1);
    const runde = await getRound({ ...ctx(), actor: sb, rundeId });
    expect(runde.boliger[0]!.forslag?.sakId).toBe(sok.ny.sakId);
    expect(runde.boliger[0]!.forslag?.faktorer.map((f) => f.faktor)).not.toContain("ventetid");
    // Back to the defaults for the other tests.
    await saveDistrictRules({ ...ctx(), actor: sb, versjon: 1, input: bydelInput() });
    await avlys(rundeId);
  });
});

describe("cancelling a round", () => {
  test("an open round: cancelled with a reason, its units free for a new round at once", async () => {
    const rundeId = await nyRunde("Skal avlyses", [ettRomA]);
    await forventFeil(
      createRound({
        ...ctx(),
        actor: sb,
        input: { navn: "x", boligIds: [ettRomA], idempotensnokkel: randomUUID() },
      }),
      "konflikt",
    );
    await forventFeil(
      cancelRound({ ...ctx(), actor: sb, rundeId, versjon: 1, input: { grunn: "" } }),
      "ugyldig",
    );
    await forventFeil(
      cancelRound({ ...ctx(), actor: sbAlna, rundeId, versjon: 1, input: { grunn: "x" } }),
      "ikke_funnet",
    );
    await forventFeil(
      cancelRound({ ...ctx(), actor: sb, rundeId, versjon: 7, input: { grunn: "x" } }),
      "konflikt",
    );
    const res = await cancelRound({
      ...ctx(),
      actor: sb,
      rundeId,
      versjon: 1,
      input: { grunn: "Feil boliger valgt." },
    });
    expect(res).toEqual({ trukketTilbud: 0, opphevedeTildelinger: 0 });
    const r = await getRound({ ...ctx(), actor: sb, rundeId });
    expect(r.runde).toMatchObject({
      status: "avlyst",
      avlyst: { grunn: "Feil boliger valgt.", av: sb.navn },
    });
    expect(r.forslag).toBeNull();
    await forventFeil(
      recordMeeting({
        ...ctx(),
        actor: sb,
        rundeId,
        input: {
          dato: "2026-03-02",
          deltakere: "x",
          beslutninger: [{ boligId: ettRomA, sakId: "", begrunnelse: "x" }],
        },
      }),
      "konflikt",
    );
    const liste = await listRounds({ ...ctx(), actor: sb });
    expect(liste.ledige.map((b) => b.id)).toContain(ettRomA);
    expect(liste.runder.find((x) => x.id === rundeId)?.status).toBe("avlyst");
  });

  test("after the meeting: unanswered offers withdrawn and logged, allocations undone, answered offers stand", async () => {
    const rundeId = await nyRunde("Møterunde", [ettRomA, treRomA]);
    await recordMeeting({
      ...ctx(),
      actor: sb,
      rundeId,
      input: {
        dato: "2026-03-02",
        deltakere: "Sara (boligkontoret)",
        beslutninger: [
          { boligId: ettRomA, sakId: sok.ny.sakId, begrunnelse: "Høyest prioritet." },
          { boligId: treRomA, sakId: sok.familie.sakId, begrunnelse: "Familien trenger tre rom." },
        ],
      },
    });
    const td = await handle.db
      .selectFrom("tildeling")
      .select(["id", "bolig_id"])
      .where("runde_id", "=", rundeId)
      .execute();
    const tdEn = td.find((t) => t.bolig_id === ettRomA)!.id;
    const tdTre = td.find((t) => t.bolig_id === treRomA)!.id;
    const t1 = await sendOffer({ ...ctx(), actor: sb, tildelingId: tdEn, husleieKr: 7000 });
    const t2 = await sendOffer({ ...ctx(), actor: sb, tildelingId: tdTre, husleieKr: 11000 });
    await answerOffer({
      ...ctx(),
      actor: beboer(sok.familie.personId),
      tilbudId: t2.tilbudId,
      versjon: 1,
      input: { svar: "ja" },
    });
    // The round page's version was bumped by the meeting: the page shown before it is stale.
    await forventFeil(
      cancelRound({ ...ctx(), actor: sb, rundeId, versjon: 1, input: { grunn: "x" } }),
      "konflikt",
    );
    const r = await getRound({ ...ctx(), actor: sb, rundeId });
    const input = { grunn: "Boligbygg melder vannskade i bygget." };
    const res = await cancelRound({ ...ctx(), actor: sb, rundeId, versjon: r.runde.versjon, input });
    expect(res).toEqual({ trukketTilbud: 1, opphevedeTildelinger: 0 });
    // A double click: the same cancellation again changes nothing; another reason on the cancelled round is refused.
    expect(await cancelRound({ ...ctx(), actor: sb, rundeId, versjon: r.runde.versjon, input })).toEqual({
      trukketTilbud: 0,
      opphevedeTildelinger: 0,
    });
    await forventFeil(
      cancelRound({
        ...ctx(),
        actor: sb,
        rundeId,
        versjon: r.runde.versjon + 1,
        input: { grunn: "Annen grunn." },
      }),
      "konflikt",
    );

    const tilbud1 = await getOffer({ ...ctx(), actor: sb, tilbudId: t1.tilbudId });
    expect(tilbud1.status).toBe("trukket");
    expect((await getOffer({ ...ctx(), actor: sb, tilbudId: t2.tilbudId })).status).toBe("akseptert");
    const status = await handle.db
      .selectFrom("bolig")
      .select(["id", "status"])
      .where("id", "in", [ettRomA, treRomA])
      .execute();
    expect(Object.fromEntries(status.map((s) => [s.id, s.status]))).toEqual({
      [ettRomA]: "ledig",
      [treRomA]: "utleid",
    });
    // The applicant is told in the case log and stays on the list; the withdrawn offer cannot be answered.
    const logg = await handle.db
      .selectFrom("sakslogg")
      .select(["hendelse", "data"])
      .where("sak_id", "=", sok.ny.sakId)
      .execute();
    expect(logg.map((l) => l.hendelse)).toContain("tilbud_trukket");
    const vl = await handle.db
      .selectFrom("venteliste")
      .select("status")
      .where("sak_id", "=", sok.ny.sakId)
      .executeTakeFirstOrThrow();
    expect(vl.status).toBe("aktiv");
    await forventFeil(
      answerOffer({
        ...ctx(),
        actor: beboer(sok.ny.personId),
        tilbudId: t1.tilbudId,
        versjon: tilbud1.versjon,
        input: { svar: "ja" },
      }),
      "konflikt",
    );
    // Nothing is lost: the meeting and its decisions are still on the round page.
    const etter = await getRound({ ...ctx(), actor: sb, rundeId });
    expect(etter.mote?.beslutninger).toHaveLength(2);
    expect(etter.runde.status).toBe("avlyst");
    // The applicant is a candidate again in a new round.
    const ny = await nyRunde("Ny runde", [ettRomA]);
    expect((await getRound({ ...ctx(), actor: sb, rundeId: ny })).kandidater[sok.ny.sakId]).toBeDefined();
    await avlys(ny);
  });
});

test("an existing tenant accepts an offer: the household moves, the old lease ends the day before, the old unit is to be refurbished", async () => {
  const db = handle.db;
  await db
    .insertInto("venteliste")
    .values({
      id: randomUUID(),
      bydel_id: "sagene",
      sak_id: sok.leietaker.sakId,
      prioritet: 1,
      dato: "2025-01-01",
      status: "aktiv",
    })
    .execute();
  const rundeId = await nyRunde("Bytterunde", [toRomB]);
  await recordMeeting({
    ...ctx(),
    actor: sb,
    rundeId,
    input: {
      dato: "2026-03-02",
      deltakere: "Sara (boligkontoret)",
      beslutninger: [
        { boligId: toRomB, sakId: sok.leietaker.sakId, begrunnelse: "Bytte til bolig med to rom." },
      ],
    },
  });
  const td = await db
    .selectFrom("tildeling")
    .select("id")
    .where("runde_id", "=", rundeId)
    .executeTakeFirstOrThrow();
  const { tilbudId } = await sendOffer({ ...ctx(), actor: sb, tildelingId: td.id, husleieKr: 9000 });
  const gammel = await db
    .selectFrom("leiekontrakt")
    .select(["id", "husstand_id"])
    .where("bolig_id", "=", gammelBolig)
    .where("status", "=", "aktiv")
    .executeTakeFirstOrThrow();
  const svar = await answerOffer({
    ...ctx(),
    actor: beboer(sok.leietaker.personId),
    tilbudId,
    versjon: 1,
    input: { svar: "ja" },
  });
  expect(svar).toMatchObject({
    status: "akseptert",
    startdato: "2026-04-01",
    tidligereLeiekontrakt: {
      leiekontraktId: gammel.id,
      sluttdato: "2026-03-31",
      boligStatus: "under_oppussing",
    },
  });
  const ny = await db
    .selectFrom("leiekontrakt")
    .selectAll()
    .where("bolig_id", "=", toRomB)
    .executeTakeFirstOrThrow();
  // The same household (with the child) moves.
  expect(ny.husstand_id).toBe(gammel.husstand_id);
  const gml = await db
    .selectFrom("leiekontrakt")
    .selectAll()
    .where("id", "=", gammel.id)
    .executeTakeFirstOrThrow();
  expect(gml).toMatchObject({ status: "avsluttet", avsluttet_dato: "2026-03-31" });
  const avsl = await db
    .selectFrom("leiekontrakt_avslutning")
    .selectAll()
    .where("leiekontrakt_id", "=", gammel.id)
    .executeTakeFirstOrThrow();
  expect(avsl).toMatchObject({
    utflyttet: "2026-03-31",
    grunn: "flyttet",
    bolig_status_etter: "under_oppussing",
  });
  const bs = await db
    .selectFrom("bolig")
    .select(["id", "status"])
    .where("id", "in", [gammelBolig, toRomB])
    .execute();
  expect(Object.fromEntries(bs.map((b) => [b.id, b.status]))).toEqual({
    [gammelBolig]: "under_oppussing",
    [toRomB]: "utleid",
  });
  // One active lease for the household; Min bolig shows the new home.
  const aktive = await db
    .selectFrom("leiekontrakt")
    .select("id")
    .where("husstand_id", "=", gammel.husstand_id)
    .where("status", "=", "aktiv")
    .execute();
  expect(aktive.map((a) => a.id)).toEqual([ny.id]);
  const min = await getMinBolig({ db, actor: beboer(sok.leietaker.personId), requestId: null });
  expect(min.bolig?.bolignummer).toBe("H0301");
  const audit = await db
    .selectFrom("audit_logg")
    .select("handling")
    .where("ressurs", "=", `leiekontrakt:${gammel.id}`)
    .execute();
  expect(audit.map((a) => a.handling)).toContain("endre");
});
