import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { applyForRenewal } from "../../app/modules/leiekontrakt/apply-for-renewal.server";
import { getLease } from "../../app/modules/leiekontrakt/get-lease.server";
import { getOwnRenewal } from "../../app/modules/leiekontrakt/get-own-renewal.server";
import { listLeaseHistory } from "../../app/modules/leiekontrakt/list-lease-history.server";
import { listRenewalWorklist } from "../../app/modules/leiekontrakt/list-renewal-worklist.server";
import { renderRenewalNotice } from "../../app/modules/leiekontrakt/render-renewal-notice.server";
import { endLease } from "../../app/modules/leiekontrakt/end-lease.server";
import { renewLease } from "../../app/modules/leiekontrakt/renew-lease.server";
import { createTestDb } from "../helpers/db";
import { begrunnelse, forventFeil, lagKlokke } from "./cases-fixtures";
import * as f from "./housing-stock-fixtures";

let handle: DatabaseHandle;
let db: Db;
let amina: string;
let aminaKontrakt: string;
let aminaHusstand: string;
let boligId: string;
let ola: string;
let olaKontrakt: string;
let olaBolig: string;
let stovnerKontrakt: string;
// Today is 2026-03-02: Amina's lease ends 2026-07-31 (within six months, past the six-month notice).
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = f.actor("saksbehandler", "sagene");
const sbStovner = f.actor("saksbehandler", "stovner");
const forvalter = f.actor("forvalter", null);

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await f.bydel(db, "sagene", 3, "Sagene", 46000);
  await f.bydel(db, "stovner", 11, "Stovner", 34000);
  const e = await f.eiendom(db, "sagene", "Sandakerveien 10");
  const b = await f.bygning(db, e);
  const o = await f.oppgang(db, "sagene", e, b, "Sandakerveien 10 A");
  boligId = await f.bolig(db, { bydelId: "sagene", eiendomId: e, oppgangId: o }, "H0203");
  const annen = await f.bolig(db, { bydelId: "sagene", eiendomId: e, oppgangId: o }, "H0101");
  amina = await f.person(db, "Amina", "Hassan", "1986-04-02");
  const barn = await f.person(db, "Sara", "Hassan", "2017-06-01");
  aminaHusstand = await f.husstand(db, "sagene", [
    { personId: amina, rolle: "hovedperson" },
    { personId: barn, rolle: "barn" },
  ]);
  await f.leiekontrakt(db, boligId, aminaHusstand, "2020-08-01", {
    sluttdato: "2023-07-31",
    status: "avsluttet",
    husleie: 9000,
  });
  aminaKontrakt = await f.leiekontrakt(db, boligId, aminaHusstand, "2023-08-01", {
    sluttdato: "2026-07-31",
    husleie: 10450,
  });
  // Ola's lease ends in two years: not on the worklist, no notice, cannot apply yet.
  ola = await f.person(db, "Ola", "Nordmann", "1970-01-01");
  const h2 = await f.husstand(db, "sagene", [{ personId: ola, rolle: "hovedperson" }]);
  olaBolig = annen;
  olaKontrakt = await f.leiekontrakt(db, annen, h2, "2023-03-01", { sluttdato: "2028-02-29", husleie: 8000 });
  // A Stovner lease ending soon: not on Sagene's worklist.
  const e3 = await f.eiendom(db, "stovner", "Fossumveien 1");
  const b3 = await f.bygning(db, e3);
  const o3 = await f.oppgang(db, "stovner", e3, b3, "Fossumveien 1");
  const bo3 = await f.bolig(db, { bydelId: "stovner", eiendomId: e3, oppgangId: o3 }, "H0101");
  const p3 = await f.person(db, "Per", "Stovner", "1960-01-01");
  const h3 = await f.husstand(db, "stovner", [{ personId: p3, rolle: "hovedperson" }]);
  stovnerKontrakt = await f.leiekontrakt(db, bo3, h3, "2021-04-01", {
    sluttdato: "2026-03-31",
    husleie: 7000,
  });
});

afterAll(async () => {
  await handle.close();
});

const ctx = () => ({ db, requestId: "req-lk", now: klokke.now });

describe("the lease register", () => {
  test("history per unit and per household, in scope; another district's is not found", async () => {
    const perBolig = await listLeaseHistory({ ...ctx(), actor: sb, boligId });
    expect(perBolig.rader.map((r) => [r.startdato, r.status])).toEqual([
      ["2023-08-01", "aktiv"],
      ["2020-08-01", "avsluttet"],
    ]);
    expect(perBolig.rader[0]!.leietaker).toBe("Amina Hassan");
    const perHusstand = await listLeaseHistory({ ...ctx(), actor: forvalter, husstandId: aminaHusstand });
    expect(perHusstand.rader).toHaveLength(2);
    await forventFeil(listLeaseHistory({ ...ctx(), actor: sbStovner, boligId }), "ikke_funnet");
    await forventFeil(
      listLeaseHistory({ ...ctx(), actor: f.actor("bomiljokoordinator", "sagene"), boligId }),
      "ikke_tilgang",
    );
  });

  test("the property manager sees the lease but never the renewal case", async () => {
    const k = await getLease({ ...ctx(), actor: forvalter, leiekontraktId: aminaKontrakt });
    expect(k.parter.map((p) => p.navn)).toEqual(["Amina Hassan"]);
    expect(k.fornyelse).toBeNull();
    const hosSb = await getLease({ ...ctx(), actor: sb, leiekontraktId: aminaKontrakt });
    expect(hosSb.fornyelse?.status.tilstand).toBe("ingen_soknad");
    await forventFeil(getLease({ ...ctx(), actor: sb, leiekontraktId: stovnerKontrakt }), "ikke_funnet");
  });
});

describe("the renewal monitor", () => {
  test("a lease ending within six months without an application is on the own district's worklist", async () => {
    const før = (await f.auditRows(db)).length;
    const { rader } = await listRenewalWorklist({ ...ctx(), actor: sb });
    expect(rader.map((r) => r.leiekontraktId)).toEqual([aminaKontrakt]);
    const r = rader[0]!;
    expect(r.status.tilstand).toBe("ingen_soknad");
    expect(r.status.bydelenHarHandlet).toBe(false);
    expect(r.status.varsler).toEqual([{ maaneder: 6, dato: "2026-01-31" }]);
    expect(r.status.varsleSaksbehandler).toBe(false);
    expect((await f.auditRows(db)).length).toBe(før + 1);
    const stovner = await listRenewalWorklist({ ...ctx(), actor: sbStovner });
    expect(stovner.rader.map((x) => x.leiekontraktId)).toEqual([stovnerKontrakt]);
    // Past the three-month notice with nothing in: the caseworker is alerted.
    expect(stovner.rader[0]!.status.varsleSaksbehandler).toBe(true);
    await forventFeil(listRenewalWorklist({ ...ctx(), actor: forvalter }), "ikke_tilgang");
  });

  test("the tenant sees the notice on Min bolig and gets it as PDF; a notice not due is not found", async () => {
    const egen = await getOwnRenewal({ ...ctx(), actor: f.actor("beboer", null, amina) });
    expect(egen?.status.varsler.map((v) => v.maaneder)).toEqual([6]);
    expect(egen?.kanSoke).toBe(true);
    const { pdf } = await renderRenewalNotice({
      ...ctx(),
      actor: f.actor("beboer", null, amina),
      maaneder: 6,
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await forventFeil(
      renderRenewalNotice({ ...ctx(), actor: f.actor("beboer", null, amina), maaneder: 3 }),
      "ikke_funnet",
    );
    const olasEgen = await getOwnRenewal({ ...ctx(), actor: f.actor("beboer", null, ola) });
    expect(olasEgen?.kanSoke).toBe(false);
    expect(olasEgen?.status.varsler).toEqual([]);
  });

  test("the tenant applies (once, even on a double click); granted, the caseworker makes one new lease", async () => {
    const beboer = { ...f.actor("beboer", null, amina), id: "beboer-amina" };
    const nokkel = "8c1d7c1e-8f8a-4b8e-9a51-6f3f6d3c1a01";
    const input = { idempotensnokkel: nokkel, inntekt: "350 000", endringer: "" };
    const [a, b] = await Promise.all([
      applyForRenewal({ ...ctx(), actor: beboer, input }),
      applyForRenewal({ ...ctx(), actor: beboer, input }),
    ]);
    expect(a.sakId).toBe(b.sakId);
    const sak = await db.selectFrom("sak").selectAll().where("id", "=", a.sakId).executeTakeFirstOrThrow();
    expect(sak).toMatchObject({ type: "fornyelse", bydel_id: "sagene", soker_person_id: amina });
    expect(sak.husstand).toEqual({ voksne: 1, barn: [{ alder: 8 }] });

    let { rader } = await listRenewalWorklist({ ...ctx(), actor: sb });
    expect(rader[0]!.status.tilstand).toBe("til_behandling");
    expect(rader[0]!.sak?.sakId).toBe(a.sakId);

    const v = (await assignCase({ ...ctx(), actor: sb, sakId: a.sakId, versjon: 1 })).versjon;
    const { vedtakId } = await makeDecision({
      ...ctx(),
      actor: sb,
      sakId: a.sakId,
      versjon: v,
      vedtak: { utfall: "innvilget", bolig: { boligtype: "Leilighet", rom: 2, leietidAar: 5 }, begrunnelse },
      sendemaate: "digital",
    });
    ({ rader } = await listRenewalWorklist({ ...ctx(), actor: sb }));
    expect(rader[0]!.status.tilstand).toBe("innvilget");
    expect(rader[0]!.status.varsleSaksbehandler).toBe(true);

    await forventFeil(
      renewLease({ ...ctx(), actor: sbStovner, leiekontraktId: aminaKontrakt, vedtakId, husleieKr: 10600 }),
      "ikke_funnet",
    );
    const [n1, n2] = await Promise.all([
      renewLease({ ...ctx(), actor: sb, leiekontraktId: aminaKontrakt, vedtakId, husleieKr: 10600 }),
      renewLease({ ...ctx(), actor: sb, leiekontraktId: aminaKontrakt, vedtakId, husleieKr: 10600 }),
    ]);
    expect(n1.nyLeiekontraktId).toBe(n2.nyLeiekontraktId);
    const ny = await getLease({ ...ctx(), actor: sb, leiekontraktId: n1.nyLeiekontraktId });
    expect(ny).toMatchObject({
      startdato: "2026-08-01",
      sluttdato: "2031-07-31",
      husleieKr: 10600,
      status: "aktiv",
      fornyetFra: aminaKontrakt,
    });
    const gammel = await getLease({ ...ctx(), actor: sb, leiekontraktId: aminaKontrakt });
    expect(gammel).toMatchObject({ status: "avsluttet", avsluttetDato: "2026-07-31", fornyetTil: ny.id });
    expect(gammel.fornyelse?.status.tilstand).toBe("fornyet");
    expect(gammel.fornyelse?.status.bydelenHarHandlet).toBe(true);
    ({ rader } = await listRenewalWorklist({ ...ctx(), actor: sb }));
    expect(rader).toEqual([]);
    const logg = await db.selectFrom("sakslogg").select("hendelse").where("sak_id", "=", a.sakId).execute();
    expect(logg.map((l) => l.hendelse)).toContain("leiekontrakt_fornyet");
  });
});

describe("move-out and end of lease", () => {
  test("the property manager records a move-out: the lease ends and the unit is under oppussing, once", async () => {
    const input = {
      utflyttet: "2026-03-01",
      grunn: "flyttet" as const,
      boligStatus: "under_oppussing" as const,
      merknad: "",
    };
    await forventFeil(
      endLease({
        ...ctx(),
        actor: forvalter,
        leiekontraktId: olaKontrakt,
        input: { ...input, utflyttet: "2026-03-03" },
      }),
      "ugyldig",
    );
    await forventFeil(
      endLease({ ...ctx(), actor: sbStovner, leiekontraktId: olaKontrakt, input }),
      "ikke_funnet",
    );
    await forventFeil(
      endLease({ ...ctx(), actor: f.actor("booppfolger", "sagene"), leiekontraktId: olaKontrakt, input }),
      "ikke_tilgang",
    );
    await endLease({ ...ctx(), actor: forvalter, leiekontraktId: olaKontrakt, input });
    await forventFeil(endLease({ ...ctx(), actor: sb, leiekontraktId: olaKontrakt, input }), "konflikt");
    const k = await getLease({ ...ctx(), actor: sb, leiekontraktId: olaKontrakt });
    expect(k).toMatchObject({
      status: "avsluttet",
      avsluttetDato: "2026-03-01",
      avslutning: { utflyttet: "2026-03-01", grunn: "flyttet", boligStatusEtter: "under_oppussing" },
    });
    const bolig = await db
      .selectFrom("bolig")
      .select("status")
      .where("id", "=", olaBolig)
      .executeTakeFirstOrThrow();
    expect(bolig.status).toBe("under_oppussing");
  });
});
