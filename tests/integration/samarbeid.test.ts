import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../../app/db/connection.server";
import { addDays, todayInOslo, type Dato } from "../../app/lib/frister";
import {
  advanceBeboerorgan,
  addMedlem,
  createBeboerorgan,
  getBeboerorgan,
} from "../../app/modules/samarbeid/beboerorgan.server";
import { aktivitetskalenderIcs, osloTidspunkt } from "../../app/modules/samarbeid/ical.server";
import {
  createAktivitet,
  getAktivitet,
  seriedatoer,
  updateAktivitet,
} from "../../app/modules/samarbeid/aktiviteter.server";
import { getMote, listMotserier, planMote } from "../../app/modules/samarbeid/moter.server";
import { addDagsordenpunkt, writeReferat } from "../../app/modules/samarbeid/referat.server";
import {
  createTiltakspunkt,
  getTiltakspunkt,
  listMineOppgaver,
  updateTiltakspunkt,
} from "../../app/modules/samarbeid/tiltak.server";
import { createTestDb } from "../helpers/db";
import { bydel, staff } from "./cases-fixtures";

let handle: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const koordinator = staff("bomiljokoordinator", "sagene", "oid:koord");
const koordinatorStovner = staff("bomiljokoordinator", "stovner", "oid:koord-stovner");
const forvalter = { ...staff("forvalter", null, "oid:forvalter"), enhet: "Boligbygg Oslo KF" };
let eiendomId: string;
let boligBoligbyggSerie: string;
let navSerie: string;
const idag = todayInOslo();

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await bydel(db, "sagene", 3);
  await bydel(db, "stovner", 11);
  eiendomId = randomUUID();
  await db
    .insertInto("eiendom")
    .values({
      id: eiendomId,
      bydel_id: "sagene",
      navn: "Testgården",
      gateadresse: "Testgata 1",
      postnummer: "0461",
      poststed: "Oslo",
      type: "gard",
      byggeaar: 1950,
    })
    .execute();
  boligBoligbyggSerie = randomUUID();
  navSerie = randomUUID();
  await db
    .insertInto("motserie")
    .values([
      {
        id: boligBoligbyggSerie,
        bydel_id: "sagene",
        type: "bydel_boligbygg",
        navn: "Sagene og Boligbygg",
        hyppighet: "ukentlig",
        dagsorden: JSON.stringify(["Tildelinger", "Klager"]),
      },
      {
        id: navSerie,
        bydel_id: "sagene",
        type: "nav_bydel",
        navn: "NAV og Sagene",
        hyppighet: "annenhver_uke",
        dagsorden: JSON.stringify(["Bosetting"]),
      },
    ])
    .execute();
  await db
    .insertInto("motedeltaker")
    .values([
      {
        id: randomUUID(),
        bydel_id: "sagene",
        motserie_id: boligBoligbyggSerie,
        aktor_id: koordinator.id,
        navn: koordinator.navn,
        organisasjon: "bydel",
      },
      {
        id: randomUUID(),
        bydel_id: "sagene",
        motserie_id: boligBoligbyggSerie,
        aktor_id: forvalter.id,
        navn: forvalter.navn,
        organisasjon: "boligbygg",
      },
    ])
    .execute();
});
afterAll(async () => handle?.close());

const ctx = (actor: typeof koordinator) => ({ db, actor, requestId: "test" });

describe("samarbeidsmøter", () => {
  test("the property manager sees only the district–Boligbygg series; another district sees none", async () => {
    expect((await listMotserier(ctx(koordinator))).map((s) => s.type).sort()).toEqual([
      "bydel_boligbygg",
      "nav_bydel",
    ]);
    expect((await listMotserier(ctx(forvalter))).map((s) => s.type)).toEqual(["bydel_boligbygg"]);
    expect(await listMotserier(ctx(koordinatorStovner))).toEqual([]);
  });

  test("a meeting starts with the agenda template; a double click makes one meeting", async () => {
    const nokkel = randomUUID();
    const a = await planMote({
      ...ctx(koordinator),
      kilde: { motserieId: boligBoligbyggSerie },
      dato: idag,
      nokkel,
    });
    const b = await planMote({
      ...ctx(koordinator),
      kilde: { motserieId: boligBoligbyggSerie },
      dato: idag,
      nokkel,
    });
    expect(a.moteId).toBe(b.moteId);
    const { punkter } = await getMote({ ...ctx(koordinator), moteId: a.moteId });
    expect(punkter.map((p) => p.tittel)).toEqual(["Tildelinger", "Klager"]);
    await expect(
      planMote({ ...ctx(forvalter), kilde: { motserieId: navSerie }, dato: idag }),
    ).rejects.toMatchObject({ init: { status: 404 } });
    await expect(getMote({ ...ctx(koordinatorStovner), moteId: a.moteId })).rejects.toMatchObject({
      init: { status: 404 },
    });
  });

  test("Boligbygg never sees social minutes or social action items, not even through the meeting or its own list", async () => {
    const { moteId } = await planMote({
      ...ctx(koordinator),
      kilde: { motserieId: boligBoligbyggSerie },
      dato: idag,
    });
    const sosialt = await addDagsordenpunkt({
      ...ctx(koordinator),
      moteId,
      tittel: "Bekymring for en husstand",
      sosialt: true,
    });
    await writeReferat({
      ...ctx(koordinator),
      dagsordenpunktId: sosialt.id,
      versjon: 1,
      referat: "Barnevernet er koblet inn.",
      vedtak: null,
      sosialt: true,
    });
    // Someone even makes Boligbygg the owner of a social item: it still does not reach them.
    const hemmelig = await createTiltakspunkt({
      ...ctx(koordinator),
      moteId,
      beskrivelse: "Samtale om rus",
      eier: { type: "aktor", aktorId: forvalter.id },
      frist: addDays(idag, -2),
      eiendomId,
      bolignummer: null,
      saksnummer: null,
      sosialt: true,
      nokkel: undefined,
    });
    const apent = await createTiltakspunkt({
      ...ctx(koordinator),
      moteId,
      beskrivelse: "Skifte lås i kjelleren",
      eier: { type: "aktor", aktorId: forvalter.id },
      frist: addDays(idag, -1),
      eiendomId,
      bolignummer: null,
      saksnummer: null,
      sosialt: false,
      nokkel: undefined,
    });
    expect(hemmelig.ok && apent.ok).toBe(true);
    if (!hemmelig.ok || !apent.ok) return;

    const forKoordinator = await getMote({ ...ctx(koordinator), moteId });
    expect(forKoordinator.punkter.map((p) => p.tittel)).toContain("Bekymring for en husstand");
    expect(forKoordinator.tiltak).toHaveLength(2);

    const forForvalter = await getMote({ ...ctx(forvalter), moteId });
    expect(JSON.stringify(forForvalter)).not.toContain("Barnevernet");
    expect(JSON.stringify(forForvalter)).not.toContain("Bekymring");
    expect(forForvalter.tiltak.map((t) => t.beskrivelse)).toEqual(["Skifte lås i kjelleren"]);
    await expect(getTiltakspunkt({ ...ctx(forvalter), tiltakspunktId: hemmelig.id })).rejects.toMatchObject({
      init: { status: 404 },
    });
    await expect(
      writeReferat({
        ...ctx(forvalter),
        dagsordenpunktId: sosialt.id,
        versjon: 2,
        referat: "x",
        vedtak: null,
        sosialt: false,
      }),
    ).rejects.toMatchObject({ init: { status: 404 } });

    const mine = await listMineOppgaver(ctx(forvalter));
    expect(mine.forfalt.map((t) => t.beskrivelse)).toEqual(["Skifte lås i kjelleren"]);
    expect(JSON.stringify(mine)).not.toContain("rus");

    // Reading the social minutes is audited for the coordinator.
    const audit = await db
      .selectFrom("audit_logg")
      .select(["ressurs", "kategori"])
      .where("ressurs", "=", `dagsordenpunkt:${sosialt.id}`)
      .execute();
    expect(audit.some((a) => a.kategori === "oppfolgingsbehov")).toBe(true);
  });

  test("an action item is followed to done; a stale save is refused", async () => {
    const { moteId } = await planMote({
      ...ctx(koordinator),
      kilde: { motserieId: boligBoligbyggSerie },
      dato: idag,
    });
    const r = await createTiltakspunkt({
      ...ctx(koordinator),
      moteId,
      beskrivelse: "Innkalle til dugnad",
      eier: { type: "meg" },
      frist: addDays(idag, 7),
      eiendomId,
      bolignummer: null,
      saksnummer: null,
      sosialt: false,
      nokkel: undefined,
    });
    if (!r.ok) throw new Error("ikke opprettet");
    expect(
      (
        await updateTiltakspunkt({
          ...ctx(koordinator),
          tiltakspunktId: r.id,
          versjon: 1,
          status: "pagar",
          frist: null,
        })
      ).ok,
    ).toBe(true);
    expect(
      await updateTiltakspunkt({
        ...ctx(koordinator),
        tiltakspunktId: r.id,
        versjon: 1,
        status: "utfort",
        frist: null,
      }),
    ).toEqual({ ok: false, konflikt: true });
    expect(
      (
        await updateTiltakspunkt({
          ...ctx(koordinator),
          tiltakspunktId: r.id,
          versjon: 2,
          status: "utfort",
          frist: null,
        })
      ).ok,
    ).toBe(true);
    const t = await getTiltakspunkt({ ...ctx(koordinator), tiltakspunktId: r.id });
    expect(t.status).toBe("utfort");
    expect(t.utfort).toBe(idag);
  });

  test("the property manager cannot link a case, and a case link makes the item social", async () => {
    const { moteId } = await planMote({
      ...ctx(forvalter),
      kilde: { motserieId: boligBoligbyggSerie },
      dato: idag,
    });
    const r = await createTiltakspunkt({
      ...ctx(forvalter),
      moteId,
      beskrivelse: "x",
      eier: { type: "meg" },
      frist: idag,
      eiendomId: null,
      bolignummer: null,
      saksnummer: "2026/00001",
      sosialt: false,
      nokkel: undefined,
    });
    expect(r).toEqual({ ok: false, felt: "sak" });
  });
});

describe("beboerråd", () => {
  test("establishment goes invitasjon → informasjonsmøte → valg → aktiv, and needs volunteers and a leader", async () => {
    const r = await createBeboerorgan({
      ...ctx(koordinator),
      eiendomId,
      type: "beboerrad",
      navn: "Beboerrådet i Testgata 1",
    });
    if (!r.ok) throw new Error("ikke opprettet");
    const id = r.id;
    const steg = async (til: "informasjonsmote" | "valg" | "aktiv" | "invitasjon", versjon: number) =>
      advanceBeboerorgan({ ...ctx(koordinator), beboerorganId: id, versjon, til, dato: idag, merknad: null });
    expect(await steg("valg", 1)).toMatchObject({ ok: false, grunn: "ugyldig_overgang" });
    expect(await steg("informasjonsmote", 1)).toEqual({ ok: true });
    expect(await steg("valg", 2)).toMatchObject({ ok: false, grunn: "mangler_frivillige" });
    await addMedlem({
      ...ctx(koordinator),
      beboerorganId: id,
      navn: "Aisha Abdi",
      verv: "frivillig",
      fra: idag,
    });
    expect(await steg("valg", 2)).toEqual({ ok: true });
    expect(await steg("aktiv", 3)).toMatchObject({ ok: false, grunn: "mangler_leder" });
    await addMedlem({ ...ctx(koordinator), beboerorganId: id, navn: "Tor Olsen", verv: "leder", fra: idag });
    expect(await steg("aktiv", 2)).toEqual({ ok: false, konflikt: true });
    expect(await steg("aktiv", 3)).toEqual({ ok: true });
    const organ = await getBeboerorgan({ ...ctx(koordinator), beboerorganId: id });
    expect(organ.logg.map((l) => l.status)).toEqual(["invitasjon", "informasjonsmote", "valg", "aktiv"]);
    expect(organ.nesteMoteSenest).not.toBeNull();
    await expect(getBeboerorgan({ ...ctx(koordinatorStovner), beboerorganId: id })).rejects.toMatchObject({
      init: { status: 404 },
    });
    // A matter raised in the council's meeting becomes an action item with an owner.
    const { moteId } = await planMote({ ...ctx(koordinator), kilde: { beboerorganId: id }, dato: idag });
    const sak = await createTiltakspunkt({
      ...ctx(koordinator),
      moteId,
      beskrivelse: "Beboerne ønsker benker i bakgården",
      eier: { type: "navngitt", navn: "Tor Olsen", organisasjon: "beboere" },
      frist: addDays(idag, 30),
      eiendomId,
      bolignummer: null,
      saksnummer: null,
      sosialt: false,
      nokkel: undefined,
    });
    expect(sak.ok).toBe(true);
  });
});

describe("aktiviteter", () => {
  test("a recurring series, status and participants, and the address's iCalendar feed", async () => {
    expect(seriedatoer("2026-01-31" as Dato, "maanedlig", 3)).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
    ]);
    const dato = addDays(idag, 3);
    const r = await createAktivitet({
      ...ctx(koordinator),
      eiendomId,
      type: "fredagskaffe",
      tittel: "Fredagskaffe",
      dato,
      start: "17:00",
      slutt: "19:00",
      sted: "Felleslokalet",
      arrangor: "bydel",
      partnerId: null,
      budsjett: 500,
      kunngjoringNb: "Velkommen til kaffe!",
      kunngjoringEn: "Welcome to coffee!",
      gjentakelse: "ukentlig",
      antall: 4,
      nokkel: "nokkel-12345",
    });
    if (!r.ok) throw new Error("ikke opprettet");
    expect(r.antall).toBe(4);
    const igjen = await createAktivitet({
      ...ctx(koordinator),
      eiendomId,
      type: "fredagskaffe",
      tittel: "Fredagskaffe",
      dato,
      start: "17:00",
      slutt: "19:00",
      sted: "Felleslokalet",
      arrangor: "bydel",
      partnerId: null,
      budsjett: 500,
      kunngjoringNb: "Velkommen til kaffe!",
      kunngjoringEn: null,
      gjentakelse: "ukentlig",
      antall: 4,
      nokkel: "nokkel-12345",
    });
    expect(igjen).toMatchObject({ ok: true, id: r.id });
    const { serie } = await getAktivitet({ ...ctx(koordinator), aktivitetId: r.id });
    expect(serie).toHaveLength(4);
    expect(
      await updateAktivitet({
        ...ctx(koordinator),
        aktivitetId: r.id,
        versjon: 1,
        status: "bekreftet",
        dato: null,
        deltakere: 12,
        budsjett: 500,
      }),
    ).toMatchObject({ ok: false, felt: "deltakere" });
    expect(
      await updateAktivitet({
        ...ctx(koordinator),
        aktivitetId: r.id,
        versjon: 1,
        status: "gjennomfort",
        dato: null,
        deltakere: 12,
        budsjett: 500,
      }),
    ).toEqual({ ok: true });
    const { ics } = await aktivitetskalenderIcs({
      ...ctx(koordinator),
      eiendomId,
      publicUrl: "https://example.test",
      idag,
    });
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain("SUMMARY:Fredagskaffe");
    expect(ics).toContain(`UID:${r.id}@bomiljo.oslo.kommune.no`);
    await expect(
      aktivitetskalenderIcs({ ...ctx(koordinatorStovner), eiendomId, publicUrl: "x" }),
    ).rejects.toMatchObject({ init: { status: 404 } });
  });

  test("Oslo wall-clock time to an instant, winter and summer", () => {
    expect(osloTidspunkt("2026-01-15" as Dato, "18:00").toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(osloTidspunkt("2026-07-15" as Dato, "18:00").toISOString()).toBe("2026-07-15T16:00:00.000Z");
  });
});
