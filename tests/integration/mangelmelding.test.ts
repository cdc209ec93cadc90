import sharp from "sharp";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { generateDemoMangelmeldinger } from "../../app/db/demo/mangelmeldinger.server";
import { rensBilde } from "../../app/modules/mangelmelding/bilder.server";
import { beregnFrist } from "../../app/modules/mangelmelding/config";
import { closeDefect } from "../../app/modules/mangelmelding/close-defect.server";
import { getDefectForForvalter } from "../../app/modules/mangelmelding/get-defect-for-forvalter.server";
import { countOwnDefectNews } from "../../app/modules/mangelmelding/count-own-news.server";
import { getOwnDefect } from "../../app/modules/mangelmelding/get-own-defect.server";
import { getRegisteredDefect } from "../../app/modules/mangelmelding/get-registered-defect.server";
import { getPhoto } from "../../app/modules/mangelmelding/get-photo.server";
import { listDefectQueue } from "../../app/modules/mangelmelding/list-defect-queue.server";
import { listOwnDefects } from "../../app/modules/mangelmelding/list-own-defects.server";
import { planDefect } from "../../app/modules/mangelmelding/plan-defect.server";
import { reportDefect } from "../../app/modules/mangelmelding/report-defect.server";
import { registerDefectAsStaff } from "../../app/modules/mangelmelding/register-defect-as-staff.server";
import { getResponseTimes } from "../../app/modules/mangelmelding/response-times.server";
import { triageDefect } from "../../app/modules/mangelmelding/triage-defect.server";
import { ansattActor as ansatt, beboerActor } from "../helpers/actors";
import { createTestDb } from "../helpers/db";
import { forventFeil } from "./cases-fixtures";

const TODAY = "2026-11-23"; // a Monday
const SEED = 4242;
const now = () => new Date(`${TODAY}T10:00:00Z`);

let handle: DatabaseHandle;
/** A JPEG with a GPS position and a camera make in its EXIF, like one straight from a phone. */
async function jpegMedGps(): Promise<Uint8Array> {
  const buf = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c33" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "KameraMedPosisjon" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "59/1 56/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "10/1 45/1 0/1",
      },
    })
    .toBuffer();
  return new Uint8Array(buf);
}

beforeAll(async () => {
  handle = await createTestDb();
  await generateDemoData(handle.db, { seed: SEED, size: "small", today: TODAY });
  await generateDemoMangelmeldinger(handle.db, { seed: SEED, size: "small", today: TODAY });
}, 120_000);
afterAll(async () => handle?.close());

describe("photos", () => {
  test("a JPEG with GPS EXIF comes out without any metadata", async () => {
    const inn = await jpegMedGps();
    expect((await sharp(inn).metadata()).exif).toBeDefined();
    expect(Buffer.from(inn).includes(Buffer.from("KameraMedPosisjon"))).toBe(true);
    const ut = await rensBilde(inn);
    expect(ut.ok).toBe(true);
    if (!ut.ok) return;
    const meta = await sharp(ut.bilde.innhold).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(Buffer.from(ut.bilde.innhold).includes(Buffer.from("KameraMedPosisjon"))).toBe(false);
    expect(Buffer.from(ut.bilde.innhold).includes(Buffer.from("Exif"))).toBe(false);
  });

  test("refuses what is not a picture, a lying type, and a too large file", async () => {
    expect(await rensBilde(new TextEncoder().encode("%PDF-1.7 hei"))).toEqual({
      ok: false,
      feil: "feil_type",
    });
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    const falsk = new Uint8Array([0xff, 0xd8, 0xff, ...png.subarray(3)]);
    expect((await rensBilde(falsk)).ok).toBe(false);
    expect(await rensBilde(new Uint8Array(9 * 1024 * 1024))).toEqual({ ok: false, feil: "for_stor" });
  });
});

describe("deadlines", () => {
  test("akutt is 24 hours; the others working days, skipping weekends", () => {
    const fredag = new Date("2026-11-27T09:00:00Z");
    expect(beregnFrist(fredag, "akutt").fristTidspunkt?.toISOString()).toBe("2026-11-28T09:00:00.000Z");
    expect(beregnFrist(fredag, "hoy")).toEqual({ fristDato: "2026-12-02", fristTidspunkt: null });
    expect(beregnFrist(fredag, "normal").fristDato).toBe("2026-12-11");
  });
});

describe("demo data", () => {
  test("every address has reports, in every state; the persona has an unseen step", async () => {
    const { rows: uten } = await sql<{ n: string }>`select count(*) as n from oppgang o
      where not exists (select 1 from mangelmelding m where m.oppgang_id = o.id)`.execute(handle.db);
    expect(Number(uten[0]!.n)).toBe(0);
    const statuser = await handle.db.selectFrom("mangelmelding").select("status").distinct().execute();
    expect(statuser.map((s) => s.status).sort()).toEqual([
      "avsluttet",
      "mottatt",
      "planlagt",
      "utfort",
      "vurdert",
    ]);
    const amina = await beboerActor(handle.db, "beboer-sagene");
    const egne = await listOwnDefects({ db: handle.db, actor: amina, requestId: null, now });
    expect(egne.length).toBe(2);
    expect(egne.filter((e) => e.nye > 0)).toHaveLength(1);
  });
});

describe("the journey", () => {
  test("resident reports with a photo → forvalter triages, plans, closes → resident sees the timeline", async () => {
    const amina = await beboerActor(handle.db, "beboer-sagene");
    const forvalter = ansatt("forvalter-boligbygg");
    const input = {
      kategori: "dor_las" as const,
      sted: "trappeoppgang" as const,
      stedDetalj: "Hovedinngangen",
      beskrivelse: "Inngangsdøra går ikke i lås.",
      hastegrad: "snart" as const,
      idempotensnokkel: "test-nokkel-12345",
    };
    const renset = await rensBilde(await jpegMedGps());
    if (!renset.ok) throw new Error("bildet ble avvist");
    const ctx = { db: handle.db, requestId: "req-1", now };
    // The front page's notice counts the reports with an unseen step from Boligbygg (the demo gives her one).
    const forNyheter = await countOwnDefectNews({ ...ctx, actor: amina });
    const { id, duplikat } = await reportDefect({ ...ctx, actor: amina, input, bilder: [renset.bilde] });
    expect(await countOwnDefectNews({ ...ctx, actor: amina })).toBe(forNyheter);
    expect(duplikat).toBe(false);
    // A double click: the same key makes no second report.
    const igjen = await reportDefect({ ...ctx, actor: amina, input, bilder: [renset.bilde] });
    expect(igjen).toEqual({ id, duplikat: true });

    const ko = await listDefectQueue({
      ...ctx,
      actor: forvalter,
      filter: { visning: "apne", bydelId: "sagene" },
    });
    expect(ko.antall).toBeGreaterThan(0);
    const sett = await getDefectForForvalter({ ...ctx, actor: forvalter, id });
    expect(sett.mangel.fristDato).toBe("2026-11-26"); // høy: 3 working days
    expect(sett.mangel.melder?.navn).toBe("Amina Hassan");
    expect(Object.keys(sett.mangel)).not.toContain("oppfolgingsbehov");
    const bilde = await getPhoto({
      ...ctx,
      actor: forvalter,
      mangelmeldingId: id,
      bildeId: sett.bilder[0]!.id,
    });
    expect((await sharp(bilde.innhold).metadata()).exif).toBeUndefined();

    const { versjon } = await triageDefect({
      ...ctx,
      actor: forvalter,
      id,
      versjon: 1,
      alvorlighet: "normal",
    });
    // A stale save is refused, not overwritten.
    await forventFeil(
      triageDefect({ ...ctx, actor: forvalter, id, versjon: 1, alvorlighet: "akutt" }),
      "konflikt",
    );
    expect(await planDefect({ ...ctx, actor: forvalter, id, versjon, planlagtDato: "2026-11-01" })).toEqual({
      ok: false,
      feil: "fortid",
    });
    const plan = await planDefect({ ...ctx, actor: forvalter, id, versjon, planlagtDato: "2026-11-30" });
    if (!plan.ok) throw new Error(plan.feil);

    const underveis = await listOwnDefects({ ...ctx, actor: amina });
    expect(underveis.find((m) => m.id === id)?.nye).toBe(2);
    expect(await countOwnDefectNews({ ...ctx, actor: amina })).toBe(forNyheter + 1);
    await forventFeil(countOwnDefectNews({ ...ctx, actor: forvalter }), "ikke_tilgang");
    await closeDefect({
      ...ctx,
      actor: forvalter,
      id,
      versjon: plan.versjon,
      utfall: "utfort",
      resultat: "Låsen er skiftet.",
    });

    const min = await getOwnDefect({ ...ctx, actor: amina, id });
    expect(min.steg.map((s) => s.hendelse)).toEqual(["mottatt", "vurdert", "planlagt", "utfort"]);
    expect(min.steg.filter((s) => s.ny).map((s) => s.hendelse)).toEqual(["vurdert", "planlagt", "utfort"]);
    expect(min.steg[3]?.tekst).toBe("Låsen er skiftet.");
    // The visit marked them seen.
    expect((await listOwnDefects({ ...ctx, actor: amina })).find((m) => m.id === id)?.nye).toBe(0);
    expect(await countOwnDefectNews({ ...ctx, actor: amina })).toBe(forNyheter);

    // Another resident, and staff without the permission, get nothing.
    const piotr = await beboerActor(handle.db, "beboer-stovner");
    await forventFeil(getOwnDefect({ ...ctx, actor: piotr, id }), "ikke_funnet");
    await forventFeil(
      getPhoto({ ...ctx, actor: piotr, mangelmeldingId: id, bildeId: sett.bilder[0]!.id }),
      "ikke_funnet",
    );
    await forventFeil(
      getDefectForForvalter({ ...ctx, actor: ansatt("saksbehandler-sagene"), id }),
      "ikke_tilgang",
    );

    const audit = await handle.db
      .selectFrom("audit_logg")
      .select(["ressurs", "handling"])
      .where("ressurs", "=", `mangelmelding:${id}`)
      .execute();
    expect(audit.map((a) => a.handling)).toContain("opprett");
    expect(audit.map((a) => a.handling)).toContain("endre");
  });
});

describe("response times", () => {
  test("the coordinator sees the own district and its addresses; the analyst districts only", async () => {
    const koordinator = await getResponseTimes({
      db: handle.db,
      actor: ansatt("bomiljokoordinator-sagene"),
      requestId: null,
      now,
    });
    expect(koordinator.bydeler.map((b) => b.id)).toEqual(["sagene"]);
    expect(koordinator.adresser?.length).toBeGreaterThan(0);
    const sagene = koordinator.bydeler[0]!;
    expect(sagene.mottatt).toBeGreaterThan(0);
    expect(sagene.andelInnenFrist).not.toBeNull();
    expect(sagene.andelInnenFrist!).toBeGreaterThan(30);
    expect(sagene.andelInnenFrist!).toBeLessThan(100);
    const analytiker = await getResponseTimes({
      db: handle.db,
      actor: ansatt("analytiker-velferdsetaten"),
      requestId: null,
      now,
      bydelId: "sagene",
    });
    expect(analytiker.bydeler).toHaveLength(15);
    expect(analytiker.adresser).toBeNull();
    for (const rad of analytiker.bydeler) if (rad.skjult) expect(rad.mottatt).toBe(0);
    await forventFeil(
      getResponseTimes({ db: handle.db, actor: ansatt("saksbehandler-sagene"), requestId: null, now }),
      "ikke_tilgang",
    );
  });
});

describe("registered by staff", () => {
  test("a coordinator registers a fault in her own district, once per key, and nowhere else", async () => {
    const koordinator = ansatt("bomiljokoordinator-sagene");
    const ctx = { db: handle.db, requestId: "req-ansatt", now };
    const egen = await handle.db
      .selectFrom("oppgang as o")
      .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
      .select("o.id")
      .where("e.bydel_id", "=", koordinator.bydelId!)
      .executeTakeFirstOrThrow();
    const annen = await handle.db
      .selectFrom("oppgang as o")
      .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
      .select("o.id")
      .where("e.bydel_id", "<>", koordinator.bydelId!)
      .executeTakeFirstOrThrow();
    const input = {
      oppgangId: egen.id,
      kategori: "lys" as const,
      sted: "trappeoppgang" as const,
      stedDetalj: "",
      beskrivelse: "Lyset i 3. etasje er gått (funnet på HMS-besøk).",
      hastegrad: "snart" as const,
      idempotensnokkel: "ansatt-nokkel-1",
    };
    const { id, duplikat } = await registerDefectAsStaff({ ...ctx, actor: koordinator, input });
    expect(duplikat).toBe(false);
    expect(await registerDefectAsStaff({ ...ctx, actor: koordinator, input })).toEqual({
      id,
      duplikat: true,
    });
    const rad = await handle.db
      .selectFrom("mangelmelding")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(rad).toMatchObject({
      kilde: "ansatt",
      melder_person_id: null,
      status: "mottatt",
      oppgang_id: egen.id,
    });
    // She follows it with the timeline; nobody else who did not register it can open it there.
    const sett = await getRegisteredDefect({ ...ctx, actor: koordinator, id });
    expect(sett.steg.map((s) => s.hendelse)).toEqual(["mottatt"]);
    expect(sett.mangel.beskrivelse).toBe(input.beskrivelse);
    await forventFeil(
      getRegisteredDefect({ ...ctx, actor: ansatt("forvalter-boligbygg"), id }),
      "ikke_funnet",
    );
    await forventFeil(
      getRegisteredDefect({ ...ctx, actor: { ...koordinator, id: "oid:en-annen-koordinator" }, id }),
      "ikke_funnet",
    );
    await forventFeil(
      getRegisteredDefect({ ...ctx, actor: await beboerActor(handle.db, "beboer-sagene"), id }),
      "ikke_tilgang",
    );

    await forventFeil(
      registerDefectAsStaff({
        ...ctx,
        actor: koordinator,
        input: { ...input, oppgangId: annen.id, idempotensnokkel: "ansatt-nokkel-2" },
      }),
      "ikke_funnet",
    );
    await forventFeil(
      registerDefectAsStaff({
        ...ctx,
        actor: await beboerActor(handle.db, "beboer-sagene"),
        input: { ...input, idempotensnokkel: "ansatt-nokkel-3" },
      }),
      "ikke_tilgang",
    );
    // Boligbygg registers anywhere.
    const fra = await registerDefectAsStaff({
      ...ctx,
      actor: ansatt("forvalter-boligbygg"),
      input: { ...input, oppgangId: annen.id, idempotensnokkel: "ansatt-nokkel-4" },
    });
    expect(fra.duplikat).toBe(false);
  });
});
