import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import { PERSONAS } from "../../app/auth/test-idp/personas";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { generateDemoNaermiljokontor } from "../../app/db/demo/naermiljokontor.server";
import type { Dato } from "../../app/lib/frister";
import {
  adresserUtenKontor,
  getKontor,
  lagreKontor,
  listKontorer,
  registrerKontakter,
} from "../../app/modules/naermiljokontor/kontor.server";
import { mandag, registreringNektet, sisteUker, ukenummer } from "../../app/modules/naermiljokontor/regler";
import { ansattActor as ansatt } from "../helpers/actors";
import { createTestDb } from "../helpers/db";
import { forventFeil } from "./cases-fixtures";

const TODAY = "2026-11-25" as Dato; // a Wednesday
const UKE = "2026-11-23" as Dato; // its Monday
const SEED = 1616;

const koordinator = ansatt("bomiljokoordinator-sagene");
const forvalter = ansatt("forvalter-boligbygg");
const analytiker = ansatt(PERSONAS.find((p) => p.kind === "ansatt" && p.rolle === "analytiker")!.id);
const saksbehandler = ansatt(PERSONAS.find((p) => p.kind === "ansatt" && p.rolle === "saksbehandler")!.id);
const koordinatorStovner: Actor = {
  ...koordinator,
  id: "oid:koordinator-stovner",
  bydelId: "stovner",
  enhet: "Bydel Stovner",
};

let handle: DatabaseHandle;
let eiendomId: string;
const ctx = (actor: Actor) => ({ db: handle.db, actor, requestId: null, idag: TODAY });
let n = 0;
const nokkel = () => `test-nokkel-${++n}`;

beforeAll(async () => {
  handle = await createTestDb();
  await generateDemoData(handle.db, { seed: SEED, size: "small", today: TODAY });
  await generateDemoNaermiljokontor(handle.db, { seed: SEED, size: "small", today: TODAY });
  eiendomId = (await adresserUtenKontor(ctx(koordinator)))[0]!.id;
}, 120_000);
afterAll(async () => handle?.close());

describe("rules as plain functions", () => {
  test("weeks run Monday–Sunday; the last 12 weeks; corrections never below zero", () => {
    expect(mandag(TODAY)).toBe(UKE);
    expect(mandag("2026-11-29" as Dato)).toBe(UKE);
    expect(ukenummer(UKE)).toBe(48);
    expect(ukenummer("2026-01-01" as Dato)).toBe(1);
    const uker = sisteUker(TODAY);
    expect(uker).toHaveLength(12);
    expect(uker[0]).toBe(UKE);
    expect(uker[11]).toBe("2026-09-07");
    expect(registreringNektet({ uke: "2026-11-30" as Dato, antall: 1, naavaerende: 0 }, TODAY)).toBe(
      "uke_fremtid",
    );
    expect(registreringNektet({ uke: "2026-08-31" as Dato, antall: 1, naavaerende: 0 }, TODAY)).toBe(
      "uke_for_gammel",
    );
    expect(registreringNektet({ uke: UKE, antall: -3, naavaerende: 2 }, TODAY)).toBe("under_null");
    expect(registreringNektet({ uke: UKE, antall: -2, naavaerende: 2 }, TODAY)).toBeNull();
  });
});

describe("the office", () => {
  test("created with versjon 0, changed with the current version; a stale save is refused", async () => {
    const input = {
      apningstider: "Tirsdag 12–15",
      sted: "Fellesrommet",
      tjenester: ["bydel" as const],
      versjon: 0,
    };
    expect(await lagreKontor({ ...ctx(koordinator), eiendomId, input })).toEqual({ ok: true, versjon: 1 });
    // A second create with the old version (double click, or a colleague) is refused, not a second office.
    expect(await lagreKontor({ ...ctx(koordinator), eiendomId, input })).toEqual({
      ok: false,
      grunn: "konflikt",
    });
    const endret = {
      ...input,
      apningstider: "Tirsdag 12–15, torsdag 17–19",
      tjenester: ["bydel" as const, "nav" as const],
      versjon: 1,
    };
    expect(await lagreKontor({ ...ctx(koordinator), eiendomId, input: endret })).toEqual({
      ok: true,
      versjon: 2,
    });
    expect(await lagreKontor({ ...ctx(koordinator), eiendomId, input: endret })).toEqual({
      ok: false,
      grunn: "konflikt",
    });
    const k = await getKontor({ ...ctx(koordinator), eiendomId });
    expect(k.kontor).toEqual({
      apningstider: "Tirsdag 12–15, torsdag 17–19",
      sted: "Fellesrommet",
      tjenester: ["bydel", "nav"],
      versjon: 2,
    });
    // Audited as staff work: no person.
    const audit = await handle.db
      .selectFrom("audit_logg")
      .select(["person_id", "handling"])
      .where("ressurs", "=", `naermiljokontor:${eiendomId}`)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.every((a) => a.person_id === null)).toBe(true);
  });

  test("another district's address is 404 for the coordinator, and only the coordinator may change", async () => {
    await forventFeil(getKontor({ ...ctx(koordinatorStovner), eiendomId }), "ikke_funnet");
    await forventFeil(
      lagreKontor({
        ...ctx(koordinatorStovner),
        eiendomId,
        input: { apningstider: "x", sted: "y", tjenester: [], versjon: 2 },
      }),
      "ikke_funnet",
    );
    await forventFeil(
      lagreKontor({
        ...ctx(forvalter),
        eiendomId,
        input: { apningstider: "x", sted: "y", tjenester: [], versjon: 2 },
      }),
      "ikke_tilgang",
    );
    await forventFeil(
      registrerKontakter({
        ...ctx(analytiker),
        eiendomId,
        input: { uke: UKE, tema: "bolig", antall: 1, idempotensnokkel: nokkel() },
      }),
      "ikke_tilgang",
    );
    await forventFeil(listKontorer(ctx(saksbehandler)), "ikke_tilgang");
  });
});

describe("contacts by topic per week", () => {
  test("adds to the week's count; a double submit adds once; a correction may not go below zero", async () => {
    const input = { uke: UKE, tema: "helse" as const, antall: 3, idempotensnokkel: nokkel() };
    expect(await registrerKontakter({ ...ctx(koordinator), eiendomId, input })).toEqual({
      ok: true,
      duplikat: false,
    });
    expect(await registrerKontakter({ ...ctx(koordinator), eiendomId, input })).toEqual({
      ok: true,
      duplikat: true,
    });
    await registrerKontakter({
      ...ctx(koordinator),
      eiendomId,
      input: { ...input, antall: 2, idempotensnokkel: nokkel() },
    });
    expect((await getKontor({ ...ctx(koordinator), eiendomId })).kontakter?.tall.helse[UKE]).toBe(5);
    expect(
      await registrerKontakter({
        ...ctx(koordinator),
        eiendomId,
        input: { ...input, antall: -6, idempotensnokkel: nokkel() },
      }),
    ).toEqual({ ok: false, grunn: "under_null" });
    await registrerKontakter({
      ...ctx(koordinator),
      eiendomId,
      input: { ...input, antall: -1, idempotensnokkel: nokkel() },
    });
    expect((await getKontor({ ...ctx(koordinator), eiendomId })).kontakter?.tall.helse[UKE]).toBe(4);
    expect(
      await registrerKontakter({
        ...ctx(koordinator),
        eiendomId,
        input: { ...input, uke: "2026-11-30" as Dato, idempotensnokkel: nokkel() },
      }),
    ).toEqual({ ok: false, grunn: "uke_fremtid" });
  });

  test("an address without an office takes no counts", async () => {
    const annen = (await adresserUtenKontor(ctx(koordinator)))[0]!.id;
    expect(
      await registrerKontakter({
        ...ctx(koordinator),
        eiendomId: annen,
        input: { uke: UKE, tema: "bolig", antall: 1, idempotensnokkel: nokkel() },
      }),
    ).toEqual({ ok: false, grunn: "ingen_kontor" });
  });

  test("Boligbygg sees hours and services but never the counts; the analyst reads counts city-wide", async () => {
    const f = await getKontor({ ...ctx(forvalter), eiendomId });
    expect(f.kontor?.apningstider).toBe("Tirsdag 12–15, torsdag 17–19");
    expect(f.kontakter).toBeNull();
    expect(f.kanEndre).toBe(false);
    const fListe = await listKontorer(ctx(forvalter));
    expect(fListe.length).toBeGreaterThan(10);
    expect(fListe.every((k) => k.kontakter === null)).toBe(true);

    const a = await getKontor({ ...ctx(analytiker), eiendomId });
    expect(a.kontakter?.tall.helse[UKE]).toBe(4);
    expect(a.kanEndre).toBe(false);
    const aListe = await listKontorer(ctx(analytiker));
    expect(new Set(aListe.map((k) => k.bydel)).size).toBe(15);
    expect(aListe.some((k) => (k.kontakter ?? 0) > 0)).toBe(true);

    const kListe = await listKontorer(ctx(koordinator));
    expect(kListe.length).toBeGreaterThan(0);
    expect(kListe.every((k) => k.bydel === "Sagene")).toBe(true);
  });
});
