import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { generateDemoHms } from "../../app/db/demo/hms.server";
import { BYDELER } from "../../app/db/reference/bydeler";
import { getDor, registrerForsok } from "../../app/modules/hms/dor.server";
import { henvis, lukkFunn, registrerFunn, sendSomMangel } from "../../app/modules/hms/funn.server";
import { getConcern } from "../../app/modules/bekymring/get-concern.server";
import { submitConcern } from "../../app/modules/bekymring/submit-concern.server";
import { getKampanje, listKampanjer, planleggKampanje } from "../../app/modules/hms/kampanjer.server";
import {
  dorstatus,
  foreslattTidsrom,
  framdrift,
  nesteFunnstatus,
  nyttForsokNektet,
} from "../../app/modules/hms/regler";
import { listDefectQueue } from "../../app/modules/mangelmelding/list-defect-queue.server";
import { ansattActor as ansatt } from "../helpers/actors";
import { createTestDb } from "../helpers/db";
import { forventFeil } from "./cases-fixtures";

const TODAY = "2026-11-23";
const SEED = 1111;
const now = () => new Date(`${TODAY}T10:00:00Z`);

const koordinator = ansatt("bomiljokoordinator-sagene");
const forvalter = ansatt("forvalter-boligbygg");
const koordinatorStovner: Actor = {
  ...koordinator,
  id: "oid:koordinator-stovner",
  bydelId: "stovner",
  enhet: "Bydel Stovner",
};

let handle: DatabaseHandle;
let kampanjeId: string;
let dorer: { id: string }[];

beforeAll(async () => {
  handle = await createTestDb();
  await generateDemoData(handle.db, { seed: SEED, size: "small", today: TODAY });
  const eiendom = await handle.db
    .selectFrom("eiendom as e")
    .select("e.id")
    .where("e.bydel_id", "=", "sagene")
    .where((eb) =>
      eb.exists(eb.selectFrom("bolig as b").select("b.id").whereRef("b.eiendom_id", "=", "e.id")),
    )
    .orderBy("e.id")
    .executeTakeFirstOrThrow();
  const ctx = { db: handle.db, actor: koordinator, requestId: null, idag: TODAY };
  const input = {
    eiendomId: eiendom.id,
    tittel: "HMS-besøk høsten 2026",
    fraDato: "2026-11-01",
    tilDato: "2026-12-15",
    gjennomforesAv: "begge" as const,
    idempotensnokkel: "kampanje-nokkel-1",
  };
  const r = await planleggKampanje({ ...ctx, input });
  // Double submit: the same campaign, not two.
  expect(await planleggKampanje({ ...ctx, input })).toEqual({ id: r.id, duplikat: true });
  kampanjeId = r.id;
  dorer = (await getKampanje({ ...ctx, kampanjeId })).dorer;
}, 120_000);
afterAll(async () => handle?.close());

const ctxK = () => ({ db: handle.db, actor: koordinator, requestId: null, idag: TODAY, kampanjeId });
let n = 0;
const nokkel = () => `test-nokkel-${++n}`;

async function forsok(dorId: string, utfall: "ikke_hjemme" | "besokt" | "avslo" | "ledig_bolig") {
  const dor = await getDor({ ...ctxK(), dorId });
  return registrerForsok({
    ...ctxK(),
    dorId,
    input: { dato: "2026-11-10", tidsrom: "kveld", utfall, versjon: dor.versjon, idempotensnokkel: nokkel() },
  });
}

describe("rules as plain functions", () => {
  test("four attempts at most; a visit, refusal or vacant unit ends the door", () => {
    const ikke = (forsok: number) => ({
      forsok,
      utfall: "ikke_hjemme" as const,
      tidsrom: "ettermiddag" as const,
    });
    expect(dorstatus([]).igjen).toBe(4);
    expect(dorstatus([ikke(1), ikke(2), ikke(3)])).toMatchObject({ brukt: 3, igjen: 1, tilstand: "pagar" });
    expect(nyttForsokNektet([ikke(1), ikke(2), ikke(3), ikke(4)])).toBe("maks_forsok");
    expect(nyttForsokNektet([{ forsok: 1, utfall: "besokt", tidsrom: "kveld" }])).toBe("dor_ferdig");
    expect(foreslattTidsrom([ikke(1)])).toBe("kveld");
    expect(framdrift([[], [ikke(1)], [{ forsok: 1, utfall: "avslo", tidsrom: "helg" }]])).toMatchObject({
      dorer: 3,
      ikkeStartet: 1,
      forsokt: 1,
      avsluttetUtenBesok: 1,
    });
    expect(nesteFunnstatus("behov", "apen", "send")).toBeNull();
    expect(nesteFunnstatus("bygning", "apen", "henvis")).toBeNull();
    expect(nesteFunnstatus("bygning", "lukket", "lukk")).toBeNull();
  });
});

describe("campaigns and attempts", () => {
  test("the door list has every unit of the address", async () => {
    const eiendomId = (await getKampanje({ ...ctxK() })).eiendomId;
    const boliger = await handle.db
      .selectFrom("bolig")
      .select("id")
      .where("eiendom_id", "=", eiendomId)
      .execute();
    expect(dorer.length).toBe(boliger.length);
    expect(dorer.length).toBeGreaterThan(0);
  });

  test("a fifth attempt is refused; a stale door version is refused; a double submit makes one attempt", async () => {
    const dorId = dorer[0]!.id;
    for (let i = 0; i < 4; i++) expect((await forsok(dorId, "ikke_hjemme")).ok).toBe(true);
    expect(await forsok(dorId, "ikke_hjemme")).toEqual({ ok: false, grunn: "maks_forsok" });
    const dor = await getDor({ ...ctxK(), dorId });
    expect(dor.forsok).toHaveLength(4);
    expect(dor.status.tilstand).toBe("ikke_naadd");

    const annen = dorer[1]!.id;
    const v = (await getDor({ ...ctxK(), dorId: annen })).versjon;
    const input = {
      dato: "2026-11-10",
      tidsrom: "kveld" as const,
      utfall: "ikke_hjemme" as const,
      versjon: v,
      idempotensnokkel: "dobbel-1",
    };
    const a = await registrerForsok({ ...ctxK(), dorId: annen, input });
    const b = await registrerForsok({ ...ctxK(), dorId: annen, input });
    expect(b).toEqual({ ok: true, id: a.ok ? a.id : "", duplikat: true });
    const gammel = await registrerForsok({
      ...ctxK(),
      dorId: annen,
      input: { ...input, idempotensnokkel: "dobbel-2" },
    });
    expect(gammel).toEqual({ ok: false, grunn: "konflikt" });
    expect((await getDor({ ...ctxK(), dorId: annen })).forsok).toHaveLength(1);
  });

  test("another district's coordinator finds nothing; Boligbygg sees every campaign", async () => {
    const ctxS = { db: handle.db, actor: koordinatorStovner, requestId: null, idag: TODAY };
    await forventFeil(getKampanje({ ...ctxS, kampanjeId }), "ikke_funnet");
    await forventFeil(getDor({ ...ctxS, kampanjeId, dorId: dorer[0]!.id }), "ikke_funnet");
    expect((await listKampanjer(ctxS)).some((k) => k.id === kampanjeId)).toBe(false);
    expect(
      (await listKampanjer({ db: handle.db, actor: forvalter, requestId: null })).some(
        (k) => k.id === kampanjeId,
      ),
    ).toBe(true);
    await forventFeil(
      planleggKampanje({
        ...ctxS,
        input: {
          eiendomId: (await getKampanje(ctxK())).eiendomId,
          tittel: "x",
          fraDato: "2026-11-01",
          tilDato: "2026-11-02",
          gjennomforesAv: "bydel",
          idempotensnokkel: "utenfor-1",
        },
      }),
      "ikke_funnet",
    );
  });
});

describe("from an anonymous concern", () => {
  test("planning a campaign from a concern closes it as an HMS follow-up and links the two, once", async () => {
    const eiendomId = (await getKampanje(ctxK())).eiendomId;
    await submitConcern({
      db: handle.db,
      now: () => new Date(`${TODAY}T08:00:00Z`),
      skjema: {
        skjemaId: crypto.randomUUID(),
        bydelId: "sagene",
        eiendomId,
        kategori: "uro_stoy",
        beskrivelse: "Det er mye uro i oppgangen om natten.",
      },
    });
    const bekymring = await handle.db
      .selectFrom("bekymring")
      .select(["id", "eiendom_id"])
      .where("eiendom_id", "=", eiendomId)
      .where("status", "!=", "avsluttet")
      .executeTakeFirstOrThrow();
    const ctx = { db: handle.db, actor: koordinator, requestId: null, idag: TODAY };
    const input = {
      eiendomId: bekymring.eiendom_id!,
      tittel: "Trygghet i oppgangene",
      fraDato: "2026-11-24",
      tilDato: "2026-12-10",
      gjennomforesAv: "begge" as const,
      idempotensnokkel: "fra-bekymring-1",
      bekymringId: bekymring.id,
    };
    const r = await planleggKampanje({ ...ctx, input });
    const etter = await handle.db
      .selectFrom("bekymring")
      .select(["status", "utfall", "utfall_oppsummering", "avsluttet"])
      .where("id", "=", bekymring.id)
      .executeTakeFirstOrThrow();
    expect(etter).toEqual({
      status: "avsluttet",
      utfall: "hms_oppfolging",
      utfall_oppsummering: "Trygghet i oppgangene",
      avsluttet: TODAY,
    });
    const sett = await getConcern({
      db: handle.db,
      actor: koordinator,
      requestId: null,
      bekymringId: bekymring.id,
    });
    expect(sett.hmsKampanjeId).toBe(r.id);
    expect(sett.naboklageId).toBeNull();
    // A second campaign from the closed concern is refused and nothing is saved.
    const antall = async () =>
      Number(
        (
          await handle.db
            .selectFrom("hms_kampanje")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const forAntall = await antall();
    await forventFeil(
      planleggKampanje({ ...ctx, input: { ...input, idempotensnokkel: "fra-bekymring-2" } }),
      "konflikt",
    );
    expect(await antall()).toBe(forAntall);
  });
});

describe("findings", () => {
  test("a building finding becomes a defect in one transaction, idempotent, and shows in Boligbygg's queue", async () => {
    const dorId = dorer[2]!.id;
    const f1 = await forsok(dorId, "besokt");
    expect(f1.ok).toBe(true);
    const dor = await getDor({ ...ctxK(), dorId });
    const besokId = dor.forsok[0]!.id;
    const funn = await registrerFunn({
      ...ctxK(),
      dorId,
      input: {
        type: "bygning",
        besokId,
        beskrivelse: "Lyset i trappen virker ikke.",
        idempotensnokkel: nokkel(),
      },
    });
    expect(funn.ok).toBe(true);
    const funnId = funn.ok ? funn.id : "";
    const versjon = (await getDor({ ...ctxK(), dorId })).funn[0]!.versjon;
    const input = {
      funnId,
      versjon,
      kategori: "lys" as const,
      sted: "trappeoppgang" as const,
      hastegrad: "snart" as const,
    };
    const a = await sendSomMangel({ ...ctxK(), dorId, input, now });
    const b = await sendSomMangel({ ...ctxK(), dorId, input, now });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.id).toBe(a.id);
    expect(b.duplikat).toBe(true);
    const rad = await handle.db
      .selectFrom("hms_funn")
      .selectAll()
      .where("id", "=", funnId)
      .executeTakeFirstOrThrow();
    expect(rad).toMatchObject({ status: "sendt", mangelmelding_id: a.id });
    const antall = await handle.db
      .selectFrom("mangelmelding")
      .select("id")
      .where("idempotensnokkel", "=", `hms-funn:${funnId}`)
      .execute();
    expect(antall).toHaveLength(1);
    const ko = await listDefectQueue({
      db: handle.db,
      actor: forvalter,
      requestId: null,
      now,
      filter: { visning: "apne", bydelId: "sagene" },
    });
    expect(JSON.stringify(ko)).toContain(a.id);
    // Closing waits for Boligbygg to finish the defect.
    const v2 = (await getDor({ ...ctxK(), dorId })).funn[0]!.versjon;
    expect(await lukkFunn({ ...ctxK(), dorId, input: { funnId, versjon: v2 } })).toEqual({
      ok: false,
      grunn: "mangel_ikke_lukket",
    });
    const vist = (await getDor({ ...ctxK(), dorId })).funn[0]!;
    expect(vist.mangelstatus).toBe("mottatt");
  });

  test("if the defect cannot be created, the finding stays open (one transaction)", async () => {
    const dorId = dorer[2]!.id;
    const dor = await getDor({ ...ctxK(), dorId });
    const ny = await registrerFunn({
      ...ctxK(),
      dorId,
      input: {
        type: "bygning",
        besokId: dor.forsok[0]!.id,
        beskrivelse: "Dørpumpe løs.",
        idempotensnokkel: nokkel(),
      },
    });
    if (!ny.ok) throw new Error("funn");
    const f = (await getDor({ ...ctxK(), dorId })).funn.find((x) => x.id === ny.id)!;
    const utenTilgang: Actor = { ...koordinator, rolle: "booppfolger" };
    await forventFeil(
      sendSomMangel({
        ...ctxK(),
        actor: utenTilgang,
        dorId,
        input: {
          funnId: f.id,
          versjon: f.versjon,
          kategori: "dor_las",
          sted: "trappeoppgang",
          hastegrad: "snart",
        },
      }),
      "ikke_tilgang",
    );
    const rad = await handle.db
      .selectFrom("hms_funn")
      .select(["status", "mangelmelding_id"])
      .where("id", "=", f.id)
      .executeTakeFirstOrThrow();
    expect(rad).toEqual({ status: "apen", mangelmelding_id: null });
  });

  test("a referral is district-only: Boligbygg sees neither the need nor the referral", async () => {
    const dorId = dorer[3]!.id;
    await forsok(dorId, "besokt");
    const besokId = (await getDor({ ...ctxK(), dorId })).forsok[0]!.id;
    const ctxF = { db: handle.db, actor: forvalter, requestId: null, idag: TODAY, kampanjeId };
    await forventFeil(
      registrerFunn({
        ...ctxF,
        dorId,
        input: { type: "behov", besokId, tema: "husleie_okonomi", idempotensnokkel: nokkel() },
      }),
      "ikke_tilgang",
    );
    const funn = await registrerFunn({
      ...ctxK(),
      dorId,
      input: { type: "behov", besokId, tema: "husleie_okonomi", idempotensnokkel: nokkel() },
    });
    if (!funn.ok) throw new Error("funn");
    const versjon = (await getDor({ ...ctxK(), dorId })).funn[0]!.versjon;
    const hemmelig = "Trenger hjelp med søknad om bostøtte";
    expect(
      (
        await henvis({
          ...ctxK(),
          dorId,
          input: { funnId: funn.id, versjon, tjeneste: "nav", oppsummering: hemmelig },
        })
      ).ok,
    ).toBe(true);
    const sett = await getDor({ ...ctxK(), dorId });
    expect(sett.funn[0]!.henvisning?.oppsummering).toBe(hemmelig);

    const forvalterDor = await getDor({ ...ctxF, dorId });
    const forvalterKampanje = await getKampanje(ctxF);
    for (const side of [forvalterDor, forvalterKampanje]) {
      const tekst = JSON.stringify(side);
      expect(tekst).not.toContain(hemmelig);
      expect(tekst).not.toContain("husleie_okonomi");
      expect(tekst).not.toContain("behov");
      expect(tekst).not.toContain(funn.id);
    }
    await forventFeil(
      henvis({ ...ctxF, dorId, input: { funnId: funn.id, versjon, tjeneste: "nav", oppsummering: "x" } }),
      "ikke_tilgang",
    );
    await forventFeil(
      lukkFunn({ ...ctxF, dorId, input: { funnId: funn.id, versjon: versjon + 1 } }),
      "ikke_funnet",
    );
  });

  test("reading a door is audited for the household living there", async () => {
    const dorId = dorer[3]!.id;
    const for_ = await handle.db
      .selectFrom("audit_logg")
      .select("ressurs")
      .where("kategori", "=", "hms_besok")
      .execute();
    await getDor({ ...ctxK(), dorId });
    const etter = await handle.db
      .selectFrom("audit_logg")
      .select("ressurs")
      .where("kategori", "=", "hms_besok")
      .execute();
    expect(etter.length).toBeGreaterThan(for_.length);
  });
});

describe("demo data", () => {
  test("campaigns in every district, at most four attempts per door, findings linked to defects and referrals", async () => {
    const { counts } = await generateDemoHms(handle.db, { seed: SEED, size: "small", today: TODAY });
    expect(counts.kampanje).toBeGreaterThanOrEqual(BYDELER.length);
    expect(counts.mangelmelding).toBeGreaterThan(0);
    expect(counts.henvisning).toBeGreaterThan(0);
    const perBydel = await handle.db
      .selectFrom("hms_kampanje")
      .select(["bydel_id", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("bydel_id")
      .execute();
    expect(perBydel).toHaveLength(BYDELER.length);
    const maks = await handle.db
      .selectFrom("hms_besok")
      .select((eb) => eb.fn.max("forsok").as("m"))
      .executeTakeFirstOrThrow();
    expect(Number(maks.m)).toBeLessThanOrEqual(4);
    const ulenket = await handle.db
      .selectFrom("hms_funn as f")
      .leftJoin("mangelmelding as m", "m.id", "f.mangelmelding_id")
      .select("f.id")
      .where("f.status", "=", "sendt")
      .where("m.id", "is", null)
      .execute();
    expect(ulenket).toEqual([]);
  });
});
