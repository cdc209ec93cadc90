import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { getAdresseTiltak } from "../../app/modules/bomiljo/get-adresse-tiltak.server";
import { getAdresseplan } from "../../app/modules/bomiljo/get-adresseplan.server";
import { getBydelPlan } from "../../app/modules/bomiljo/get-bydel-plan.server";
import { getBydelTiltak } from "../../app/modules/bomiljo/get-bydel-tiltak.server";
import { getOslostandardMatrise } from "../../app/modules/bomiljo/get-oslostandard-matrise.server";
import {
  addDeltaker,
  addMateriale,
  addSamling,
  getSamling,
  listNettverk,
} from "../../app/modules/bomiljo/nettverk.server";
import { OSLOSTANDARD } from "../../app/modules/bomiljo/oslostandard";
import {
  createAdresseTiltak,
  updateAdresseTiltak,
} from "../../app/modules/bomiljo/save-adresse-tiltak.server";
import { saveBydelTiltak } from "../../app/modules/bomiljo/save-bydel-tiltak.server";
import type { BydelTiltakInput } from "../../app/modules/bomiljo/schemas";
import { createTestDb } from "../helpers/db";
import * as f from "./housing-stock-fixtures";

const IDAG = "2026-11-22";
const koordinatorSagene = f.actor("bomiljokoordinator", "sagene");
const koordinatorStovner = f.actor("bomiljokoordinator", "stovner");
const forvalter = f.actor("forvalter", null);
const analytiker = f.actor("analytiker", null);

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await f.bydel(db, "sagene", 3, "Sagene", 46000);
  await f.bydel(db, "stovner", 11, "Stovner", 34000);
});
afterAll(async () => {
  await handle.close();
});

const input: BydelTiltakInput = {
  ansvarlig: "bydel_boligbygg",
  ansvarligPerson: "Kari Koordinator",
  hvaSkalUtfores: "Beboerråd i alle gårder innen sommeren.",
  status: "planlagt",
  fristType: "dato",
  frist: "2027-06-30",
};

describe("the Oslostandard's 15 measures", () => {
  test("are numbered 1–15 as the checklist, with one «bør» (13) and the checklist's responsible bodies", () => {
    expect(OSLOSTANDARD.map((t) => t.nummer)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(OSLOSTANDARD.filter((t) => t.kravniva === "bor").map((t) => t.nummer)).toEqual([13]);
    expect(OSLOSTANDARD[5]?.ansvarlig).toBe("velferdsetaten");
    expect(OSLOSTANDARD[8]?.ansvarlig).toBe("boligbygg");
  });
});

describe("the district plan", () => {
  test("has 15 rows, not started until saved", async () => {
    const plan = await getBydelPlan({ db, actor: koordinatorSagene, requestId: null, today: IDAG });
    expect(plan.rader).toHaveLength(15);
    expect(plan.rader.every((r) => r.status === "ikke_startet" && r.versjon === 0)).toBe(true);
  });

  test("a save keeps every version; a stale save is refused; bad input is a field error", async () => {
    const ctx = { db, actor: koordinatorSagene, requestId: "r1" };
    expect(await saveBydelTiltak({ ...ctx, nummer: 1, versjon: 0, input })).toEqual({ ok: true, versjon: 1 });
    // A second "first save" (a double click or a colleague) is a conflict, not a second row.
    await expect(saveBydelTiltak({ ...ctx, nummer: 1, versjon: 0, input })).rejects.toMatchObject({
      init: { status: 409 },
    });
    expect(
      await saveBydelTiltak({ ...ctx, nummer: 1, versjon: 1, input: { ...input, status: "i_gang" } }),
    ).toEqual({ ok: true, versjon: 2 });
    await expect(
      saveBydelTiltak({ ...ctx, nummer: 1, versjon: 1, input: { ...input, status: "pa_plass" } }),
    ).rejects.toMatchObject({ init: { status: 409 } });
    const feil = await saveBydelTiltak({
      ...ctx,
      nummer: 1,
      versjon: 2,
      input: { ...input, frist: "2027-02-30", hvaSkalUtfores: "" },
    });
    expect(feil).toEqual({
      ok: false,
      feil: { frist: "bomiljo.feil.frist", hvaSkalUtfores: "bomiljo.feil.hvaSkalUtforesTom" },
    });
    const tiltak = await getBydelTiltak({ ...ctx, today: IDAG, nummer: 1 });
    expect(tiltak.rad.status).toBe("i_gang");
    expect(tiltak.historikk.map((h) => [h.versjon, h.status])).toEqual([
      [2, "i_gang"],
      [1, "planlagt"],
    ]);
    const audit = await db.selectFrom("audit_logg").select(["handling", "ressurs"]).execute();
    expect(audit.map((a) => a.handling)).toEqual(["opprett", "endre"]);
  });

  test("is the district's own: Stovner sees its own empty plan; Boligbygg has none", async () => {
    const stovner = await getBydelPlan({ db, actor: koordinatorStovner, requestId: null, today: IDAG });
    expect(stovner.bydel.id).toBe("stovner");
    expect(stovner.rader[0]?.status).toBe("ikke_startet");
    await expect(getBydelPlan({ db, actor: forvalter, requestId: null, today: IDAG })).rejects.toMatchObject({
      init: { status: 404 },
    });
  });

  test("a passed deadline shows as late in the city matrix, which holds status only", async () => {
    await saveBydelTiltak({
      db,
      actor: koordinatorStovner,
      requestId: null,
      nummer: 5,
      versjon: 0,
      input: { ...input, frist: "2026-01-01", status: "i_gang" },
    });
    const matrise = await getOslostandardMatrise({ db, actor: analytiker, requestId: null, today: IDAG });
    expect(matrise.bydeler.map((b) => b.id)).toEqual(["sagene", "stovner"]);
    expect(matrise.bydeler[0]?.status[0]).toBe("i_gang");
    expect(matrise.bydeler[1]?.status[4]).toBe("forsinket");
    expect(JSON.stringify(matrise)).not.toContain("Kari");
    await expect(
      getOslostandardMatrise({ db, actor: koordinatorSagene, requestId: null, today: IDAG }),
    ).rejects.toMatchObject({ init: { status: 403 } });
  });
});

describe("an address's bomiljøplan", () => {
  const tiltak = {
    tiltakNummer: "9",
    tittel: "Bedre lys i bakgården",
    beskrivelse: "Nye armaturer ved søppelskuret.",
    ansvarlig: "boligbygg",
    ansvarligPerson: "",
    status: "planlagt",
    fristType: "dato",
    frist: "2027-03-01",
    forventetEndring: "Beboerne føler seg tryggere i bakgården om kvelden.",
    indikator: "trygghet_fellesareal",
  } as const;

  test("a double click makes one measure; a change keeps history; another district's address is 404", async () => {
    const eiendomId = await f.eiendom(db, "sagene", "Sandakerveien 10");
    const stovnerEiendom = await f.eiendom(db, "stovner", "Fossumveien 2");
    const ctx = { db, actor: koordinatorSagene, requestId: null, eiendomId };
    const a = await createAdresseTiltak({ ...ctx, idempotensnokkel: "nokkel-123456", input: tiltak });
    const b = await createAdresseTiltak({ ...ctx, idempotensnokkel: "nokkel-123456", input: tiltak });
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
    if (!a.ok) return;
    const feil = await createAdresseTiltak({
      ...ctx,
      idempotensnokkel: "nokkel-654321",
      input: { ...tiltak, forventetEndring: "", tiltakNummer: "16" },
    });
    expect(feil).toEqual({
      ok: false,
      feil: { tiltakNummer: "bomiljo.feil.tiltakNummer", forventetEndring: "bomiljo.feil.forventetEndring" },
    });
    await updateAdresseTiltak({ ...ctx, tiltakId: a.id, versjon: 1, input: { ...tiltak, status: "i_gang" } });
    await expect(
      updateAdresseTiltak({ ...ctx, tiltakId: a.id, versjon: 1, input: tiltak }),
    ).rejects.toMatchObject({ init: { status: 409 } });
    const plan = await getAdresseplan({ ...ctx, today: IDAG });
    expect(plan.tiltak.map((t) => [t.tittel, t.status, t.versjon])).toEqual([
      ["Bedre lys i bakgården", "i_gang", 2],
    ]);
    const en = await getAdresseTiltak({ ...ctx, tiltakId: a.id, today: IDAG });
    expect(en.historikk.map((h) => h.status)).toEqual(["i_gang", "planlagt"]);
    await expect(getAdresseplan({ ...ctx, eiendomId: stovnerEiendom, today: IDAG })).rejects.toMatchObject({
      init: { status: 404 },
    });
    await expect(getAdresseplan({ ...ctx, actor: forvalter, today: IDAG })).rejects.toMatchObject({
      init: { status: 403 },
    });
  });
});

describe("Velferdsetaten's network (measure 6)", () => {
  test("the analyst adds a gathering (once on a double click), participants and material; others may only read", async () => {
    const ctx = { db, actor: analytiker, requestId: null };
    const input = { tittel: "Kurs i konflikthåndtering", dato: "2026-12-10", sted: "Storgata 51", tema: "" };
    const a = await addSamling({ ...ctx, idempotensnokkel: "samling-0001", input });
    const b = await addSamling({ ...ctx, idempotensnokkel: "samling-0001", input });
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
    if (!a.ok) return;
    expect(
      await addSamling({ ...ctx, idempotensnokkel: "samling-0002", input: { ...input, dato: "2026-13-01" } }),
    ).toEqual({
      ok: false,
      feil: { dato: "bomiljo.feil.dato" },
    });
    await addDeltaker({
      ...ctx,
      samlingId: a.id,
      input: { navn: "Kari Koordinator", virksomhet: "Bydel Sagene" },
    });
    await addDeltaker({
      ...ctx,
      samlingId: a.id,
      input: { navn: "Kari Koordinator", virksomhet: "Bydel Sagene" },
    });
    expect(
      await addMateriale({
        ...ctx,
        idempotensnokkel: "materiale-0001",
        input: { tittel: "Tom", lenke: "", tekst: "" },
      }),
    ).toEqual({ ok: false, feil: { lenke: "bomiljo.feil.lenkeEllerTekst" } });
    await addMateriale({
      ...ctx,
      idempotensnokkel: "materiale-0002",
      input: { tittel: "Sjekklisten", lenke: "https://example.org/sjekkliste", tekst: "" },
    });
    const sett = await getSamling({ db, actor: forvalter, requestId: null, samlingId: a.id });
    expect(sett.deltakere).toEqual([
      expect.objectContaining({ navn: "Kari Koordinator", virksomhet: "Bydel Sagene" }),
    ]);
    const liste = await listNettverk({ db, actor: koordinatorSagene, requestId: null });
    expect(liste.samlinger.map((s) => [s.tittel, s.deltakere])).toEqual([["Kurs i konflikthåndtering", 1]]);
    expect(liste.materiale.map((m) => m.tittel)).toEqual(["Sjekklisten"]);
    await expect(
      addSamling({ db, actor: koordinatorSagene, requestId: null, idempotensnokkel: "samling-0003", input }),
    ).rejects.toMatchObject({ init: { status: 403 } });
  });
});
