import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../../app/db/connection.server";
import { addDays, todayInOslo, type Dato } from "../../app/lib/frister";
import { createAktivitet } from "../../app/modules/samarbeid/aktiviteter.server";
import { getKunngjoringer, saveKunngjoringer } from "../../app/modules/samarbeid/kunngjoring.server";
import { getDefectForForvalter } from "../../app/modules/mangelmelding/get-defect-for-forvalter.server";
import { getMote, getMotserie, listMotserier, planMote } from "../../app/modules/samarbeid/moter.server";
import { tolkSerie } from "../../app/modules/samarbeid/motserie-skjema.server";
import {
  addMotedeltaker,
  createMotserie,
  nesteMotedato,
  removeMotedeltaker,
  updateMotserie,
  type Serieinnhold,
} from "../../app/modules/samarbeid/motserie.server";
import {
  apneMangler,
  knyttMangelmelding,
  opprettMangelmeldingFraTiltak,
  type NyMangelFraTiltak,
} from "../../app/modules/samarbeid/tiltak-mangel.server";
import {
  createTiltakspunkt,
  getTiltakspunkt,
  listMineOppgaver,
  updateTiltakspunkt,
} from "../../app/modules/samarbeid/tiltak.server";
import { createTestDb } from "../helpers/db";
import { bydel, person, staff } from "./cases-fixtures";

/**
 * Meeting series made in the UI, and action items that are defect reports (docs/domain/samarbeid.md).
 */
let handle: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const koordinator = staff("bomiljokoordinator", "sagene", "oid:koord");
const koordinatorStovner = staff("bomiljokoordinator", "stovner", "oid:koord-stovner");
const forvalter = { ...staff("forvalter", null, "oid:forvalter"), enhet: "Boligbygg Oslo KF" };
const idag = todayInOslo();
let eiendomId: string;
let annenEiendomId: string;
let oppgangId: string;
let annenOppgangId: string;

async function adresse(bydelId: string, gate: string) {
  const eiendom = randomUUID();
  const bygning = randomUUID();
  const oppgang = randomUUID();
  await db
    .insertInto("eiendom")
    .values({
      id: eiendom,
      bydel_id: bydelId,
      navn: gate,
      gateadresse: gate,
      postnummer: "0461",
      poststed: "Oslo",
      type: "gard",
      byggeaar: 1950,
    })
    .execute();
  await db
    .insertInto("bygning")
    .values({ id: bygning, eiendom_id: eiendom, navn: "A", etasjer: 4, heis: false })
    .execute();
  await db
    .insertInto("oppgang")
    .values({
      id: oppgang,
      bygning_id: bygning,
      eiendom_id: eiendom,
      bydel_id: bydelId,
      navn: "A",
      gateadresse: gate,
    })
    .execute();
  await db
    .insertInto("bolig")
    .values({
      id: randomUUID(),
      oppgang_id: oppgang,
      eiendom_id: eiendom,
      bydel_id: bydelId,
      bolignummer: "H0101",
      rom: 2,
      areal_m2: 50,
      etasje: 1,
      heis: false,
      universelt_utformet: false,
      rullestoltilpasset: false,
      status: "utleid",
    })
    .execute();
  return { eiendom, oppgang };
}

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await bydel(db, "sagene", 3);
  await bydel(db, "stovner", 11);
  ({ eiendom: eiendomId, oppgang: oppgangId } = await adresse("sagene", "Testgata 1"));
  ({ eiendom: annenEiendomId, oppgang: annenOppgangId } = await adresse("sagene", "Annengata 2"));
});
afterAll(async () => handle?.close());

const ctx = (actor: typeof koordinator) => ({ db, actor, requestId: "test" });

const SERIE: Serieinnhold = {
  navn: "Sagene og Boligbygg",
  type: "bydel_boligbygg",
  hyppighet: "ukentlig",
  dagsorden: ["Tildelinger", "Klager", "Husleierestanser", "Bomiljøproblemer", "Dugnader", "Beboermøter"],
};

async function nySerie(over: Partial<typeof SERIE> = {}) {
  return createMotserie({ ...ctx(koordinator), bydelId: null, ...SERIE, ...over, nokkel: randomUUID() });
}

function skjema(felter: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(felter)) f.set(k, v);
  return f;
}

describe("møteserier", () => {
  test("a coordinator makes a series in the own district, with herself as participant; a double click is one", async () => {
    const nokkel = randomUUID();
    const a = await createMotserie({ ...ctx(koordinator), bydelId: null, ...SERIE, nokkel });
    const b = await createMotserie({ ...ctx(koordinator), bydelId: null, ...SERIE, nokkel });
    expect(a.id).toBe(b.id);
    const { serie, deltakere } = await getMotserie({ ...ctx(koordinator), motserieId: a.id });
    expect(serie).toMatchObject({ bydel_id: "sagene", type: "bydel_boligbygg", versjon: 1 });
    expect(serie.dagsorden).toEqual(SERIE.dagsorden);
    expect(deltakere).toEqual([expect.objectContaining({ aktor_id: koordinator.id, organisasjon: "bydel" })]);
    // Boligbygg sees a district–Boligbygg series, another district does not.
    expect((await listMotserier(ctx(forvalter))).map((s) => s.id)).toContain(a.id);
    await expect(getMotserie({ ...ctx(koordinatorStovner), motserieId: a.id })).rejects.toMatchObject({
      init: { status: 404 },
    });
  });

  test("only a district role makes series, and only in its own district", async () => {
    await expect(
      createMotserie({ ...ctx(forvalter), bydelId: "sagene", ...SERIE, nokkel: randomUUID() }),
    ).rejects.toMatchObject({ init: { status: 403 } });
    await expect(
      createMotserie({ ...ctx(koordinator), bydelId: "stovner", ...SERIE, nokkel: randomUUID() }),
    ).rejects.toMatchObject({ init: { status: 404 } });
  });

  test("an 'annet' series is the district's only; Boligbygg neither sees nor changes it", async () => {
    const { id } = await nySerie({ type: "annet", navn: "Samarbeid med skolen" });
    expect((await listMotserier(ctx(forvalter))).map((s) => s.id)).not.toContain(id);
    await expect(getMotserie({ ...ctx(forvalter), motserieId: id })).rejects.toMatchObject({
      init: { status: 404 },
    });
    await expect(
      addMotedeltaker({ ...ctx(forvalter), motserieId: id, deltaker: { type: "meg" } }),
    ).rejects.toMatchObject({ init: { status: 404 } });
  });

  test("changing a series: a stale version is refused, not overwritten; another district gets 404", async () => {
    const { id } = await nySerie();
    const endring = {
      ...SERIE,
      hyppighet: "annenhver_uke" as const,
      dagsorden: ["Tildelinger", "Eventuelt"],
    };
    expect(await updateMotserie({ ...ctx(koordinator), motserieId: id, versjon: 1, ...endring })).toEqual({
      ok: true,
    });
    expect(
      await updateMotserie({ ...ctx(koordinator), motserieId: id, versjon: 1, ...SERIE, navn: "Gammelt" }),
    ).toEqual({ ok: false, konflikt: true });
    const { serie } = await getMotserie({ ...ctx(koordinator), motserieId: id });
    expect(serie).toMatchObject({ navn: SERIE.navn, hyppighet: "annenhver_uke", versjon: 2 });
    expect(serie.dagsorden).toEqual(["Tildelinger", "Eventuelt"]);
    await expect(
      updateMotserie({ ...ctx(koordinatorStovner), motserieId: id, versjon: 2, ...SERIE }),
    ).rejects.toMatchObject({ init: { status: 404 } });
    await expect(
      updateMotserie({ ...ctx(forvalter), motserieId: id, versjon: 2, ...SERIE }),
    ).rejects.toMatchObject({ init: { status: 403 } });
    // The next meeting starts with the changed template.
    const { moteId } = await planMote({ ...ctx(koordinator), kilde: { motserieId: id }, dato: idag });
    const { punkter } = await getMote({ ...ctx(koordinator), moteId });
    expect(punkter.map((p) => p.tittel)).toEqual(["Tildelinger", "Eventuelt"]);
  });

  test("participants: named people of organisations, Boligbygg joins itself once, the coordinator removes", async () => {
    const { id } = await nySerie();
    await addMotedeltaker({
      ...ctx(koordinator),
      motserieId: id,
      deltaker: { type: "navngitt", navn: "Nora NAV", organisasjon: "nav" },
    });
    await addMotedeltaker({ ...ctx(forvalter), motserieId: id, deltaker: { type: "meg" } });
    await addMotedeltaker({ ...ctx(forvalter), motserieId: id, deltaker: { type: "meg" } });
    await expect(
      addMotedeltaker({
        ...ctx(forvalter),
        motserieId: id,
        deltaker: { type: "navngitt", navn: "X", organisasjon: "annen" },
      }),
    ).rejects.toMatchObject({ init: { status: 403 } });
    const { deltakere } = await getMotserie({ ...ctx(koordinator), motserieId: id });
    expect(deltakere.map((d) => [d.navn, d.organisasjon, d.aktor_id !== null])).toEqual([
      [forvalter.navn, "boligbygg", true],
      [koordinator.navn, "bydel", true],
      ["Nora NAV", "nav", false],
    ]);
    // Boligbygg, once a participant, can be made owner of an item in the series' meeting.
    const { moteId } = await planMote({ ...ctx(koordinator), kilde: { motserieId: id }, dato: idag });
    const t = await createTiltakspunkt({
      ...ctx(koordinator),
      moteId,
      beskrivelse: "Bytte lyspærer",
      eier: { type: "aktor", aktorId: forvalter.id },
      frist: addDays(idag, -1),
      eiendomId,
      bolignummer: null,
      saksnummer: null,
      sosialt: false,
    });
    if (!t.ok) throw new Error("ikke opprettet");
    // Overdue items are at the top of the owner's Mine oppgaver.
    const mine = await listMineOppgaver(ctx(forvalter));
    expect(mine.forfalt.map((x) => x.id)).toContain(t.id);
    const nora = deltakere.find((d) => d.navn === "Nora NAV")!;
    await expect(
      removeMotedeltaker({ ...ctx(koordinatorStovner), motserieId: id, deltakerId: nora.id }),
    ).rejects.toMatchObject({ init: { status: 404 } });
    await removeMotedeltaker({ ...ctx(koordinator), motserieId: id, deltakerId: nora.id });
    expect((await getMotserie({ ...ctx(koordinator), motserieId: id })).deltakere).toHaveLength(2);
  });

  test("the form: an empty agenda gives the type's standard points; bad input comes back with what was typed", () => {
    const ok = tolkSerie(
      skjema({ navn: "NAV og Sagene", type: "nav_bydel", hyppighet: "annenhver_uke", dagsorden: "" }),
    );
    expect(ok.ok && ok.data.dagsorden.length).toBeGreaterThan(0);
    const liste = tolkSerie(
      skjema({
        navn: "R",
        type: "ressursteam",
        hyppighet: "maanedlig",
        dagsorden: "- Nye saker\n\n2. Oppfølging\nNye saker",
      }),
    );
    expect(liste.ok && liste.data.dagsorden).toEqual(["Nye saker", "Oppfølging"]);
    const feil = tolkSerie(skjema({ navn: " ", type: "kafé", hyppighet: "ukentlig", dagsorden: "A" }));
    expect(feil).toMatchObject({
      ok: false,
      feil: { navn: "samarbeid.feil.pakrevd", type: "samarbeid.feil.velg" },
      verdier: { type: "kafé", dagsorden: "A" },
    });
  });

  test("the next meeting date follows the frequency", () => {
    const d = (s: string) => s as Dato;
    expect(nesteMotedato("ukentlig", d("2026-12-01"), d("2026-12-03"))).toBe("2026-12-08");
    expect(nesteMotedato("annenhver_uke", d("2026-11-01"), d("2026-12-03"))).toBe("2026-12-13");
    expect(nesteMotedato("maanedlig", d("2026-12-15"), d("2026-12-03"))).toBe("2027-01-15");
    expect(nesteMotedato("ukentlig", null, d("2026-12-03"))).toBe("2026-12-03");
  });
});

describe("oppfølgingspunkt som er en mangelmelding", () => {
  const MANGEL: Omit<NyMangelFraTiltak, "nokkel" | "oppgangId"> = {
    bolignummer: null,
    kategori: "dor_las",
    sted: "kjeller_bod",
    stedDetalj: "",
    beskrivelse: "Kjellerdøren går ikke i lås",
    hastegrad: "snart",
  };

  async function nyttTiltak(
    actor = koordinator,
    over: { sosialt?: boolean; eiendomId?: string | null } = {},
  ) {
    const { id } = await nySerie();
    await addMotedeltaker({ ...ctx(forvalter), motserieId: id, deltaker: { type: "meg" } });
    const { moteId } = await planMote({ ...ctx(koordinator), kilde: { motserieId: id }, dato: idag });
    const t = await createTiltakspunkt({
      ...ctx(actor),
      moteId,
      beskrivelse: "Skifte lås på kjellerdøren",
      eier: { type: "meg" },
      frist: addDays(idag, 7),
      eiendomId: over.eiendomId === undefined ? eiendomId : over.eiendomId,
      bolignummer: null,
      saksnummer: null,
      sosialt: over.sosialt ?? false,
    });
    if (!t.ok) throw new Error("ikke opprettet");
    return { tiltakId: t.id, moteId };
  }

  test("a new defect report from the item: one transaction, the same object, a double click is one report", async () => {
    const { tiltakId } = await nyttTiltak();
    const nokkel = randomUUID();
    const a = await opprettMangelmeldingFraTiltak({
      ...ctx(koordinator),
      tiltakspunktId: tiltakId,
      versjon: 1,
      mangel: { ...MANGEL, oppgangId, nokkel },
    });
    const b = await opprettMangelmeldingFraTiltak({
      ...ctx(koordinator),
      tiltakspunktId: tiltakId,
      versjon: 1,
      mangel: { ...MANGEL, oppgangId, nokkel },
    });
    if (!a.ok || !b.ok) throw new Error("ikke meldt");
    expect(b.mangelmeldingId).toBe(a.mangelmeldingId);
    const antall = await db
      .selectFrom("mangelmelding")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("idempotensnokkel", "=", nokkel)
      .executeTakeFirstOrThrow();
    expect(Number(antall.n)).toBe(1);
    const tiltak = await getTiltakspunkt({ ...ctx(koordinator), tiltakspunktId: tiltakId });
    expect(tiltak).toMatchObject({
      mangelmelding_id: a.mangelmeldingId,
      mangel_status: "mottatt",
      mangel_kategori: "dor_las",
      versjon: 2,
    });
    // Boligbygg sees the report in its own module (kilde 'ansatt'), and the item with the report's live status.
    const { mangel } = await getDefectForForvalter({ ...ctx(forvalter), id: a.mangelmeldingId });
    expect(mangel).toMatchObject({ beskrivelse: MANGEL.beskrivelse });
    await db
      .updateTable("mangelmelding")
      .set({ status: "planlagt", planlagt_dato: addDays(idag, 2) })
      .where("id", "=", a.mangelmeldingId)
      .execute();
    expect(await getTiltakspunkt({ ...ctx(forvalter), tiltakspunktId: tiltakId })).toMatchObject({
      mangel_status: "planlagt",
      mangel_planlagt: addDays(idag, 2),
    });
    // The item is followed to done by its owner.
    expect(
      await updateTiltakspunkt({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 2,
        status: "utfort",
        frist: null,
      }),
    ).toEqual({ ok: true });
  });

  test("a stale item version rolls the new report back; a stairwell at another address is refused", async () => {
    const { tiltakId } = await nyttTiltak();
    const nokkel = randomUUID();
    expect(
      await opprettMangelmeldingFraTiltak({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 7,
        mangel: { ...MANGEL, oppgangId, nokkel },
      }),
    ).toEqual({ ok: false, konflikt: true });
    const finnes = await db
      .selectFrom("mangelmelding")
      .select("id")
      .where("idempotensnokkel", "=", nokkel)
      .execute();
    expect(finnes).toEqual([]);
    expect(
      await opprettMangelmeldingFraTiltak({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 1,
        mangel: { ...MANGEL, oppgangId: annenOppgangId, nokkel: randomUUID() },
      }),
    ).toEqual({ ok: false, felt: "oppgangId" });
    expect(
      await opprettMangelmeldingFraTiltak({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 1,
        mangel: { ...MANGEL, oppgangId, bolignummer: "H9999", nokkel: randomUUID() },
      }),
    ).toEqual({ ok: false, felt: "bolignummer" });
    // Another district's coordinator does not find the item.
    await expect(
      opprettMangelmeldingFraTiltak({
        ...ctx(koordinatorStovner),
        tiltakspunktId: tiltakId,
        versjon: 1,
        mangel: { ...MANGEL, oppgangId, nokkel: randomUUID() },
      }),
    ).rejects.toMatchObject({ init: { status: 404 } });
  });

  test("linking an open report: only at the item's address, only open ones; stale refused", async () => {
    const kilde = await nyttTiltak();
    const meldt = await opprettMangelmeldingFraTiltak({
      ...ctx(koordinator),
      tiltakspunktId: kilde.tiltakId,
      versjon: 1,
      mangel: { ...MANGEL, oppgangId, nokkel: randomUUID() },
    });
    if (!meldt.ok) throw new Error("ikke meldt");
    expect((await apneMangler({ db }, eiendomId)).map((m) => m.id)).toContain(meldt.mangelmeldingId);
    expect((await apneMangler({ db }, annenEiendomId)).map((m) => m.id)).not.toContain(meldt.mangelmeldingId);

    const { tiltakId } = await nyttTiltak();
    const annet = await nyttTiltak(koordinator, { eiendomId: annenEiendomId });
    expect(
      await knyttMangelmelding({
        ...ctx(koordinator),
        tiltakspunktId: annet.tiltakId,
        versjon: 1,
        mangelmeldingId: meldt.mangelmeldingId,
      }),
    ).toEqual({ ok: false, felt: "mangelmeldingId" });
    expect(
      await knyttMangelmelding({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 3,
        mangelmeldingId: meldt.mangelmeldingId,
      }),
    ).toEqual({ ok: false, konflikt: true });
    expect(
      await knyttMangelmelding({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 1,
        mangelmeldingId: meldt.mangelmeldingId,
      }),
    ).toEqual({ ok: true, mangelmeldingId: meldt.mangelmeldingId });
    // A closed report is no longer offered.
    await db
      .updateTable("mangelmelding")
      .set({ status: "avsluttet", lukket: new Date(), lukket_dato: idag, resultat: "Løst" })
      .where("id", "=", meldt.mangelmeldingId)
      .execute();
    expect((await apneMangler({ db }, eiendomId)).map((m) => m.id)).not.toContain(meldt.mangelmeldingId);
    const tredje = await nyttTiltak();
    expect(
      await knyttMangelmelding({
        ...ctx(koordinator),
        tiltakspunktId: tredje.tiltakId,
        versjon: 1,
        mangelmeldingId: meldt.mangelmeldingId,
      }),
    ).toEqual({ ok: false, felt: "mangelmeldingId" });
  });

  test("Boligbygg sees items and their reports, but never a social item (nor a case-linked one) — even made a defect", async () => {
    const { tiltakId, moteId } = await nyttTiltak(koordinator, { sosialt: true });
    const meldt = await opprettMangelmeldingFraTiltak({
      ...ctx(koordinator),
      tiltakspunktId: tiltakId,
      versjon: 1,
      mangel: { ...MANGEL, oppgangId, nokkel: randomUUID() },
    });
    if (!meldt.ok) throw new Error("ikke meldt");
    // The report itself is Boligbygg's to handle …
    await getDefectForForvalter({ ...ctx(forvalter), id: meldt.mangelmeldingId });
    // … but the social item behind it is not found, not on the meeting, not by its address.
    await expect(getTiltakspunkt({ ...ctx(forvalter), tiltakspunktId: tiltakId })).rejects.toMatchObject({
      init: { status: 404 },
    });
    const mote = await getMote({ ...ctx(forvalter), moteId });
    expect(mote.tiltak.map((t) => t.id)).not.toContain(tiltakId);
    // Boligbygg cannot make the hidden item a defect either.
    await expect(
      knyttMangelmelding({
        ...ctx(forvalter),
        tiltakspunktId: tiltakId,
        versjon: 2,
        mangelmeldingId: meldt.mangelmeldingId,
      }),
    ).rejects.toMatchObject({ init: { status: 404 } });
    // A non-social item: Boligbygg sees it and no case link at all.
    const synlig = await nyttTiltak();
    const sett = await getTiltakspunkt({ ...ctx(forvalter), tiltakspunktId: synlig.tiltakId });
    expect(sett.sak_id).toBeNull();
    expect(sett.saksnummer).toBeNull();
  });

  test("a case-linked item (district only) is hidden from Boligbygg — its meeting, its list, its address — also as a defect", async () => {
    const soker = await person(db);
    await db
      .insertInto("sak")
      .values({
        id: randomUUID(),
        saksnummer: "2026/77001",
        bydel_id: "sagene",
        type: "bolig",
        status: "under_behandling",
        soker_person_id: soker,
        husstand: JSON.stringify([]),
        innsender_rolle: "soker",
        innsender_aktor_id: "x",
        innsender_navn: null,
        samtykke: true,
        samtykke_grunnlag: null,
        saksbehandler_id: null,
        saksbehandler_navn: null,
        mottatt: idag,
      })
      .execute();
    const { id } = await nySerie();
    await addMotedeltaker({ ...ctx(forvalter), motserieId: id, deltaker: { type: "meg" } });
    const { moteId } = await planMote({ ...ctx(koordinator), kilde: { motserieId: id }, dato: idag });
    const t = await createTiltakspunkt({
      ...ctx(koordinator),
      moteId,
      beskrivelse: "Følge opp husleien i saken",
      // Even owned by Boligbygg, the item never reaches it.
      eier: { type: "aktor", aktorId: forvalter.id },
      frist: addDays(idag, -2),
      eiendomId,
      bolignummer: null,
      saksnummer: "2026/77001",
      sosialt: false,
    });
    if (!t.ok) throw new Error("ikke opprettet");
    const koordinatorSer = await getTiltakspunkt({ ...ctx(koordinator), tiltakspunktId: t.id });
    expect(koordinatorSer).toMatchObject({ saksnummer: "2026/77001", sosialt: true });
    const meldt = await opprettMangelmeldingFraTiltak({
      ...ctx(koordinator),
      tiltakspunktId: t.id,
      versjon: 1,
      mangel: { ...MANGEL, oppgangId, nokkel: randomUUID() },
    });
    expect(meldt.ok).toBe(true);
    await expect(getTiltakspunkt({ ...ctx(forvalter), tiltakspunktId: t.id })).rejects.toMatchObject({
      init: { status: 404 },
    });
    expect((await getMote({ ...ctx(forvalter), moteId })).tiltak).toEqual([]);
    const mine = await listMineOppgaver(ctx(forvalter));
    expect([...mine.forfalt, ...mine.aapne, ...mine.lukket].map((x) => x.id)).not.toContain(t.id);
  });

  test("an item without an address cannot be made a defect", async () => {
    const { tiltakId } = await nyttTiltak(koordinator, { eiendomId: null });
    expect(
      await opprettMangelmeldingFraTiltak({
        ...ctx(koordinator),
        tiltakspunktId: tiltakId,
        versjon: 1,
        mangel: { ...MANGEL, oppgangId, nokkel: randomUUID() },
      }),
    ).toEqual({ ok: false, felt: "oppgangId" });
  });
});

describe("kunngjøring på beboernes språk", () => {
  test("texts per language are saved with the activity's version; empty removes; other districts get 404", async () => {
    const r = await createAktivitet({
      ...ctx(koordinator),
      eiendomId,
      type: "dugnad",
      tittel: "Vårdugnad",
      dato: addDays(idag, 10),
      start: "12:00",
      slutt: "15:00",
      sted: "Bakgården",
      arrangor: "bydel",
      partnerId: null,
      budsjett: null,
      kunngjoringNb: "Velkommen til dugnad!",
      kunngjoringEn: null,
      gjentakelse: "ingen",
      antall: 1,
    });
    if (!r.ok) throw new Error("ikke opprettet");
    const lagre = (actor: typeof koordinator, versjon: number, tekster: Record<string, string | null>) =>
      saveKunngjoringer({ ...ctx(actor), aktivitetId: r.id, versjon, tekster });
    expect(
      await lagre(koordinator, 1, { ar: "مرحباً بكم في يوم العمل التطوعي", pl: "Zapraszamy!", so: " " }),
    ).toEqual({
      ok: true,
    });
    expect((await getKunngjoringer({ db }, r.id)).map((k) => k.sprak).sort()).toEqual(["ar", "pl"]);
    expect(await lagre(koordinator, 1, { uk: "Ласкаво просимо!" })).toEqual({ ok: false, konflikt: true });
    await expect(lagre(koordinatorStovner, 2, { uk: "x" })).rejects.toMatchObject({ init: { status: 404 } });
    expect(await lagre(forvalter, 2, { ar: "مرحباً", "fa-AF": "خوش آمدید" })).toEqual({ ok: true });
    expect((await getKunngjoringer({ db }, r.id)).map((k) => k.sprak).sort()).toEqual(["ar", "fa-AF"]);
  });
});
