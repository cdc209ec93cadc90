import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { generateDemoBekymringer } from "../../app/db/demo/bekymring.server";
import { lavestForst, naboskapOgTrygghet } from "../../app/db/demo/lave-skarer.server";
import { generateDemoMangelmeldinger } from "../../app/db/demo/mangelmeldinger.server";
import { generateDemoNaboklager } from "../../app/db/demo/naboklage.server";
import { generateDemoUndersokelse } from "../../app/db/demo/undersokelse.server";
import { addInformation } from "../../app/modules/mangelmelding/add-information.server";
import { rensBilde, type RensetBilde } from "../../app/modules/mangelmelding/bilder.server";
import { closeDefect } from "../../app/modules/mangelmelding/close-defect.server";
import { getDefectForForvalter } from "../../app/modules/mangelmelding/get-defect-for-forvalter.server";
import { getOwnDefect } from "../../app/modules/mangelmelding/get-own-defect.server";
import { getPhoto } from "../../app/modules/mangelmelding/get-photo.server";
import { listDefectQueue } from "../../app/modules/mangelmelding/list-defect-queue.server";
import { listOwnDefects } from "../../app/modules/mangelmelding/list-own-defects.server";
import { listRegisteredDefects } from "../../app/modules/mangelmelding/list-registered-defects.server";
import { planDefect } from "../../app/modules/mangelmelding/plan-defect.server";
import { registerDefectAsStaff } from "../../app/modules/mangelmelding/register-defect-as-staff.server";
import { reportDefect } from "../../app/modules/mangelmelding/report-defect.server";
import { staffAddressChoices } from "../../app/modules/mangelmelding/staff-address.server";
import { triageDefect } from "../../app/modules/mangelmelding/triage-defect.server";
import { ansattActor as ansatt, beboerActor } from "../helpers/actors";
import { createTestDb } from "../helpers/db";
import { forventFeil } from "./cases-fixtures";

const TODAY = "2026-11-23"; // a Monday
const SEED = 5151;
const now = () => new Date(`${TODAY}T10:00:00Z`);

let handle: DatabaseHandle;
/** A cleaned photo made from a JPEG that carried a GPS position. */
async function bilde(): Promise<RensetBilde> {
  const buf = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#36c" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "KameraMedPosisjon" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 56/1 0/1" },
    })
    .toBuffer();
  const renset = await rensBilde(new Uint8Array(buf));
  if (!renset.ok) throw new Error("bildet ble avvist");
  return renset.bilde;
}

beforeAll(async () => {
  handle = await createTestDb();
  await generateDemoData(handle.db, { seed: SEED, size: "small", today: TODAY });
  await generateDemoMangelmeldinger(handle.db, { seed: SEED, size: "small", today: TODAY });
}, 120_000);
afterAll(async () => handle?.close());

const ctx = () => ({ db: handle.db, requestId: "req-henv", now });

describe("staff register a fault", () => {
  test("the coordinator is offered only her district's addresses; another district's is not found", async () => {
    const koordinator = ansatt("bomiljokoordinator-sagene");
    const valg = await staffAddressChoices({ ...ctx(), actor: koordinator });
    expect(valg.bydeler.map((b) => b.id)).toEqual(["sagene"]);
    expect(valg.bydelId).toBe("sagene");
    expect(valg.eiendommer.length).toBeGreaterThan(0);
    const annen = await handle.db
      .selectFrom("eiendom")
      .select("id")
      .where("bydel_id", "<>", "sagene")
      .executeTakeFirstOrThrow();
    await forventFeil(
      staffAddressChoices({ ...ctx(), actor: koordinator, eiendomId: annen.id }),
      "ikke_funnet",
    );
    await forventFeil(
      staffAddressChoices({ ...ctx(), actor: koordinator, bydelId: "stovner" }),
      "ikke_funnet",
    );
    await forventFeil(
      staffAddressChoices({ ...ctx(), actor: await beboerActor(handle.db, "beboer-sagene") }),
      "ikke_tilgang",
    );
    await forventFeil(
      staffAddressChoices({ ...ctx(), actor: ansatt("analytiker-velferdsetaten") }),
      "ikke_tilgang",
    );

    // Boligbygg chooses among all districts; address → stairwell → units (numbers and floors only).
    const forvalter = ansatt("forvalter-boligbygg");
    const alle = await staffAddressChoices({ ...ctx(), actor: forvalter });
    expect(alle.bydeler.length).toBe(15);
    expect(alle.bydelId).toBeNull();
    const eiendom = (await staffAddressChoices({ ...ctx(), actor: forvalter, bydelId: "stovner" }))
      .eiendommer[0]!;
    const medEiendom = await staffAddressChoices({ ...ctx(), actor: forvalter, eiendomId: eiendom.id });
    expect(medEiendom.bydelId).toBe("stovner");
    expect(medEiendom.oppganger.length).toBeGreaterThan(0);
    const medOppgang = await staffAddressChoices({
      ...ctx(),
      actor: forvalter,
      oppgangId: medEiendom.oppganger[0]!.id,
    });
    expect(medOppgang.oppgang?.id).toBe(medEiendom.oppganger[0]!.id);
    expect(medOppgang.boliger.length).toBeGreaterThan(0);
    expect(Object.keys(medOppgang.boliger[0]!).sort()).toEqual(["bolignummer", "etasje", "id"]);
  });

  test("a registered report with photos shows in her list with its live status, and as 'ansatt' in the queue", async () => {
    const koordinator = ansatt("bomiljokoordinator-sagene");
    const forvalter = ansatt("forvalter-boligbygg");
    const valg = await staffAddressChoices({ ...ctx(), actor: koordinator });
    const eiendom = await staffAddressChoices({
      ...ctx(),
      actor: koordinator,
      eiendomId: valg.eiendommer[0]!.id,
    });
    const oppgang = await staffAddressChoices({
      ...ctx(),
      actor: koordinator,
      oppgangId: eiendom.oppganger[0]!.id,
    });
    const input = {
      oppgangId: oppgang.oppgang!.id,
      boligId: oppgang.boliger[0]!.id,
      kategori: "fukt_mugg" as const,
      sted: "egen_bolig" as const,
      stedDetalj: "",
      beskrivelse: "Mugg på badet (sett på hjemmebesøk).",
      hastegrad: "snart" as const,
      idempotensnokkel: "henv-ansatt-1",
    };
    const { id } = await registerDefectAsStaff({
      ...ctx(),
      actor: koordinator,
      input,
      bilder: [await bilde()],
    });
    // A double click: one report, one photo.
    expect(
      await registerDefectAsStaff({ ...ctx(), actor: koordinator, input, bilder: [await bilde()] }),
    ).toEqual({ id, duplikat: true });
    const bilder = await handle.db
      .selectFrom("mangelmelding_bilde")
      .select(["id", "nummer", "hendelse_seq"])
      .where("mangelmelding_id", "=", id)
      .execute();
    expect(bilder).toEqual([{ id: bilder[0]!.id, nummer: 1, hendelse_seq: null }]);
    const foto = await getPhoto({ ...ctx(), actor: forvalter, mangelmeldingId: id, bildeId: bilder[0]!.id });
    expect((await sharp(foto.innhold).metadata()).exif).toBeUndefined();
    // The coordinator who registered it sees her photo; a colleague, or she after moving district, does not.
    const bildeId = bilder[0]!.id;
    const egetFoto = await getPhoto({ ...ctx(), actor: koordinator, mangelmeldingId: id, bildeId });
    expect(egetFoto.sha256).toBe(foto.sha256);
    for (const annen of [
      { ...koordinator, id: "kollega-i-sagene" },
      { ...koordinator, bydelId: "stovner" },
    ]) {
      await forventFeil(getPhoto({ ...ctx(), actor: annen, mangelmeldingId: id, bildeId }), "ikke_funnet");
    }
    await forventFeil(
      getPhoto({ ...ctx(), actor: ansatt("saksbehandler-sagene"), mangelmeldingId: id, bildeId }),
      "ikke_tilgang",
    );

    let liste = await listRegisteredDefects({ ...ctx(), actor: koordinator });
    expect(liste.rader[0]).toMatchObject({ id, status: "mottatt", bolignummer: expect.any(String) });
    // Someone else registered nothing: her list is her own.
    expect((await listRegisteredDefects({ ...ctx(), actor: forvalter })).rader.some((r) => r.id === id)).toBe(
      false,
    );

    const ko = await listDefectQueue({
      ...ctx(),
      actor: forvalter,
      filter: { visning: "apne", bydelId: "sagene" },
    });
    expect(ko.rader.find((r) => r.id === id)?.kilde).toBe("ansatt");
    expect(ko.rader.some((r) => r.kilde === "beboer")).toBe(true);

    const { versjon } = await triageDefect({
      ...ctx(),
      actor: forvalter,
      id,
      versjon: 1,
      alvorlighet: "hoy",
    });
    await planDefect({ ...ctx(), actor: forvalter, id, versjon, planlagtDato: "2026-11-25" });
    liste = await listRegisteredDefects({ ...ctx(), actor: koordinator });
    expect(liste.rader.find((r) => r.id === id)).toMatchObject({
      status: "planlagt",
      planlagtDato: "2026-11-25",
    });
  });
});

describe("the resident adds information", () => {
  test("a step on the timeline, flagged in the queue until Boligbygg opens it, once per key", async () => {
    const amina = await beboerActor(handle.db, "beboer-sagene");
    const forvalter = ansatt("forvalter-boligbygg");
    const { id } = await reportDefect({
      ...ctx(),
      actor: amina,
      input: {
        kategori: "vann_avlop",
        sted: "egen_bolig",
        stedDetalj: "",
        beskrivelse: "Det drypper fra taket på badet.",
        hastegrad: "snart",
        idempotensnokkel: "henv-beboer-1",
      },
      bilder: [],
    });
    const fra = await getDefectForForvalter({ ...ctx(), actor: forvalter, id });
    const tillegg = { tekst: "Nå renner det også i gangen.", idempotensnokkel: "henv-tillegg-1" };
    expect(
      await addInformation({ ...ctx(), actor: amina, id, input: tillegg, bilder: [await bilde()] }),
    ).toEqual({
      ok: true,
      duplikat: false,
    });
    // A double click adds nothing more.
    expect(
      await addInformation({ ...ctx(), actor: amina, id, input: tillegg, bilder: [await bilde()] }),
    ).toEqual({
      ok: true,
      duplikat: true,
    });
    const steg = await handle.db
      .selectFrom("mangelmelding_hendelse")
      .select(["seq", "hendelse", "tekst"])
      .where("mangelmelding_id", "=", id)
      .orderBy("seq")
      .execute();
    expect(steg.map((s) => s.hendelse)).toEqual(["mottatt", "tillegg"]);
    expect(steg[1]!.tekst).toBe(tillegg.tekst);
    const bilder = await handle.db
      .selectFrom("mangelmelding_bilde")
      .select(["nummer", "hendelse_seq"])
      .where("mangelmelding_id", "=", id)
      .execute();
    expect(bilder).toEqual([{ nummer: 1, hendelse_seq: steg[1]!.seq }]);

    // The resident sees "Du la til informasjon", never flagged as new to her.
    const egen = await getOwnDefect({ ...ctx(), actor: amina, id });
    expect(egen.steg.map((s) => [s.hendelse, s.ny])).toEqual([
      ["mottatt", false],
      ["tillegg", false],
    ]);
    expect((await listOwnDefects({ ...ctx(), actor: amina })).find((m) => m.id === id)?.nye).toBe(0);

    // Boligbygg: flagged in the queue, and the filter finds it.
    const ko = await listDefectQueue({
      ...ctx(),
      actor: forvalter,
      filter: { visning: "apne", bydelId: "sagene", kunNyInformasjon: true },
    });
    expect(ko.rader.map((r) => r.id)).toContain(id);
    expect(ko.rader.every((r) => r.nyInformasjon)).toBe(true);
    // Opening the report clears the flag, and leaves the row version (no colleague's form goes stale).
    const sett = await getDefectForForvalter({ ...ctx(), actor: forvalter, id });
    expect(sett.mangel.nyInformasjon).toBe(true);
    expect(sett.mangel.versjon).toBe(fra.mangel.versjon);
    expect(sett.steg.map((s) => s.hendelse)).toContain("tillegg");
    expect((await getDefectForForvalter({ ...ctx(), actor: forvalter, id })).mangel.nyInformasjon).toBe(
      false,
    );
    const etter = await listDefectQueue({
      ...ctx(),
      actor: forvalter,
      filter: { visning: "apne", bydelId: "sagene", kunNyInformasjon: true },
    });
    expect(etter.rader.map((r) => r.id)).not.toContain(id);

    // A later step by Boligbygg is new to the resident (the in-app notice).
    const { versjon } = await triageDefect({
      ...ctx(),
      actor: forvalter,
      id,
      versjon: sett.mangel.versjon,
      alvorlighet: "hoy",
    });
    expect((await listOwnDefects({ ...ctx(), actor: amina })).find((m) => m.id === id)?.nye).toBe(1);

    // Nothing to add is refused at the field; someone else's report is not found.
    expect(
      await addInformation({
        ...ctx(),
        actor: amina,
        id,
        input: { tekst: "", idempotensnokkel: "henv-tom-1" },
        bilder: [],
      }),
    ).toEqual({ ok: false, feil: "tom" });
    await forventFeil(
      addInformation({
        ...ctx(),
        actor: await beboerActor(handle.db, "beboer-stovner"),
        id,
        input: { tekst: "Hei", idempotensnokkel: "henv-annen-1" },
        bilder: [],
      }),
      "ikke_funnet",
    );
    await forventFeil(
      addInformation({
        ...ctx(),
        actor: forvalter,
        id,
        input: { tekst: "Hei", idempotensnokkel: "henv-f-1" },
        bilder: [],
      }),
      "ikke_tilgang",
    );

    // At most ten photos in all.
    const ni = await Promise.all(Array.from({ length: 9 }, () => bilde()));
    expect(
      await addInformation({
        ...ctx(),
        actor: amina,
        id,
        input: { tekst: "", idempotensnokkel: "henv-ni" },
        bilder: ni,
      }),
    ).toEqual({ ok: true, duplikat: false });
    expect(
      await addInformation({
        ...ctx(),
        actor: amina,
        id,
        input: { tekst: "", idempotensnokkel: "henv-elleve" },
        bilder: [await bilde()],
      }),
    ).toEqual({ ok: false, feil: "for_mange_bilder" });
    // Her own additions did not hide Boligbygg's step she has not seen yet.
    expect((await listOwnDefects({ ...ctx(), actor: amina })).find((m) => m.id === id)?.nye).toBe(1);

    // A closed report takes no more additions.
    await closeDefect({
      ...ctx(),
      actor: forvalter,
      id,
      versjon,
      utfall: "utfort",
      resultat: "Lekkasjen er tettet.",
    });
    expect(
      await addInformation({
        ...ctx(),
        actor: amina,
        id,
        input: { tekst: "Takk!", idempotensnokkel: "henv-etter" },
        bilder: [],
      }),
    ).toEqual({ ok: false, feil: "lukket" });
  });
});

describe("demo data", () => {
  test("the blocks with the lowest survey scores come first; unscored ones keep their random order last", () => {
    const skarer = new Map([
      ["a", 70],
      ["b", 40],
      ["c", 55],
      ["d", 40],
    ]);
    expect(lavestForst(["x", "a", "d", "y", "b", "c"], (id) => id, skarer)).toEqual([
      "d",
      "b",
      "c",
      "a",
      "x",
      "y",
    ]);
  });

  test("complaints and concerns are drawn from the survey's neighbourliness and safety scores", async () => {
    const opts = { seed: SEED, size: "small" as const, today: TODAY };
    await generateDemoUndersokelse(handle.db, opts);
    await generateDemoBekymringer(handle.db, opts);
    await generateDemoNaboklager(handle.db, opts);
    const skarer = await naboskapOgTrygghet(handle.db);
    expect(skarer.size).toBeGreaterThan(0);
    const [id, skar] = [...skarer.entries()][0]!;
    const svar = await handle.db
      .selectFrom("undersokelse_svar")
      .select("indeks")
      .where("eiendom_id", "=", id)
      .execute();
    const snitt = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const naboskap = snitt(svar.flatMap((s) => (s.indeks.naboskap === undefined ? [] : [s.indeks.naboskap])));
    const trygghet = snitt(svar.flatMap((s) => (s.indeks.trygghet === undefined ? [] : [s.indeks.trygghet])));
    expect(skar).toBeCloseTo((naboskap + trygghet) / 2, 6);
    expect(await handle.db.selectFrom("naboklage").select("id").limit(1).execute()).toHaveLength(1);
    expect(await handle.db.selectFrom("bekymring").select("id").limit(1).execute()).toHaveLength(1);
  }, 120_000);
});
