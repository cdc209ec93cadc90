import { afterAll, beforeAll, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { assessLateAppeal } from "../../app/modules/cases/assess-late-appeal.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { closeCase } from "../../app/modules/cases/close-case.server";
import { decideAppeal } from "../../app/modules/cases/decide-appeal.server";
import { getCase } from "../../app/modules/cases/get-case.server";
import { listWorkQueue } from "../../app/modules/cases/list-work-queue.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { reconsiderAppeal } from "../../app/modules/cases/reconsider-appeal.server";
import { recordDecisionReceived } from "../../app/modules/cases/record-decision-received.server";
import { registerAppeal, vurderTidsfrist } from "../../app/modules/cases/register-appeal.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { createTestDb } from "../helpers/db";
import {
  begrunnelse,
  beboer,
  bydel,
  forventFeil,
  lagKlokke,
  person,
  soknad,
  staff,
  type EgenSoknad,
} from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const nemnd = staff("klagenemnd", null);

beforeAll(async () => {
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
});
afterAll(async () => {
  await handle.close();
});

const ctx = () => ({ db: handle.db, requestId: "req-a", now: klokke.now });

/** A case with an avslag received on paper on `mottatt`; returns its id, version and decision. */
async function avslattSak(over: Partial<EgenSoknad> = {}, mottatt = "2026-03-11") {
  klokke.set("2026-03-02T09:00:00Z");
  const kari: Actor = beboer(await person(handle.db));
  const { sakId } = await submitApplication({ ...ctx(), actor: kari, input: soknad("sagene", over) });
  const a = await assignCase({ ...ctx(), actor: sb, sakId, versjon: 1 });
  klokke.set("2026-03-10T09:00:00Z");
  const v = await makeDecision({
    ...ctx(),
    actor: sb,
    sakId,
    versjon: a.versjon,
    vedtak: { utfall: "avslag", begrunnelse },
    sendemaate: "papir",
  });
  klokke.set(`${mottatt}T12:00:00Z`);
  const m = await recordDecisionReceived({
    ...ctx(),
    actor: sb,
    sakId,
    versjon: v.versjon,
    vedtakId: v.vedtakId,
    mottak: { maate: "papir_registrert", dato: mottatt },
  });
  return { sakId, versjon: m.versjon, vedtakId: v.vedtakId, klagefrist: m.klagefrist, kari };
}

test("a late appeal needs a § 31 assessment; heard, then reversed by the first instance to venteliste", async () => {
  const sak = await avslattSak();
  expect(sak.klagefrist).toBe("2026-04-01");
  klokke.set("2026-04-10T09:00:00Z");
  const klage = await registerAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: sak.versjon,
    mottatt: "2026-04-02",
  });
  expect(klage).toMatchObject({ iTide: false, status: "klage_sen_vurdering", ettarsgrensePassert: false });
  expect(klage.tidsvurdering).toContain("etter klagefristen");
  // Not forwarded or reversed before the § 31 step.
  await forventFeil(
    reconsiderAppeal({
      ...ctx(),
      actor: sb,
      sakId: sak.sakId,
      versjon: klage.versjon,
      behandling: { beslutning: "oversend", merknad: "x" },
    }),
    "konflikt",
  );
  const vurdert = await assessLateAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: klage.versjon,
    beslutning: "behandles",
    begrunnelse: "Klageren lå på sykehus da fristen gikk ut.",
  });
  expect(vurdert.status).toBe("klage_under_forberedelse");

  // Reversal: a new decision (venteliste) replaces the avslag; lease length must follow the policy.
  const bolig = { boligtype: "leilighet", rom: 3, leietidAar: 3 };
  await forventFeil(
    reconsiderAppeal({
      ...ctx(),
      actor: sb,
      sakId: sak.sakId,
      versjon: vurdert.versjon,
      behandling: {
        beslutning: "omgjor",
        vedtak: { utfall: "venteliste", bolig, prioritet: 2, begrunnelse },
        sendemaate: "digital",
      },
    }),
    "ugyldig",
  );
  const omgjort = await reconsiderAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: vurdert.versjon,
    behandling: {
      beslutning: "omgjor",
      vedtak: { utfall: "venteliste", bolig: { ...bolig, leietidAar: 7 }, prioritet: 2, begrunnelse },
      sendemaate: "digital",
    },
  });
  expect(omgjort.status).toBe("vedtatt");
  const saken = await getCase({ ...ctx(), actor: sb, sakId: sak.sakId });
  expect(saken.vedtak).toHaveLength(2);
  expect(saken.vedtak[1]).toMatchObject({
    utfall: "venteliste",
    leietid_aar: 7,
    grunnlag: "omgjort_etter_klage",
    erstatter_vedtak_id: sak.vedtakId,
  });
  expect(saken.klager[0]).toMatchObject({
    status: "omgjort",
    sen_klage_beslutning: "behandles",
    i_tide: false,
  });
  expect(saken.venteliste).toMatchObject({
    status: "aktiv",
    prioritet: 2,
    dato: "2026-03-02",
    bydel_id: "sagene",
  });
  expect(saken.frister.find((f) => f.type === "klagefrist")).toMatchObject({ status: "utlopt" });
  expect(saken.logg.map((l) => l.hendelse)).toEqual(
    expect.arrayContaining(["klage_registrert", "sen_klage_behandles", "klage_omgjort_av_forsteinstans"]),
  );
  // The board never sees a case that was not forwarded.
  await forventFeil(getCase({ ...ctx(), actor: nemnd, sakId: sak.sakId }), "ikke_funnet");
});

test("a late appeal may be dismissed; past one year it can never be heard", async () => {
  const sak = await avslattSak();
  klokke.set("2027-03-20T09:00:00Z");
  const klage = await registerAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: sak.versjon,
    mottatt: "2027-03-15",
  });
  expect(klage).toMatchObject({ iTide: false, ettarsgrensePassert: true });
  await forventFeil(
    assessLateAppeal({
      ...ctx(),
      actor: sb,
      sakId: sak.sakId,
      versjon: klage.versjon,
      beslutning: "behandles",
      begrunnelse: "Syk.",
    }),
    "ugyldig",
  );
  const avvist = await assessLateAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: klage.versjon,
    beslutning: "avvises",
    begrunnelse: "Mer enn ett år etter vedtaket (§ 31 tredje ledd).",
  });
  expect(avvist.status).toBe("vedtatt");
  const saken = await getCase({ ...ctx(), actor: sb, sakId: sak.sakId });
  expect(saken.klager[0]).toMatchObject({ status: "avvist", sen_klage_beslutning: "avvises" });
});

test("timeliness: the due day itself is in time, the day after is late; before receipt it is always in time", () => {
  expect(vurderTidsfrist("2026-04-01", "2026-04-01", "2026-03-10").iTide).toBe(true);
  expect(vurderTidsfrist("2026-04-02", "2026-04-01", "2026-03-10").iTide).toBe(false);
  expect(vurderTidsfrist("2026-06-01", null, "2026-03-10").iTide).toBe(true);
  expect(vurderTidsfrist("2027-03-10", "2026-04-01", "2026-03-10").ettarsgrensePassert).toBe(false);
  expect(vurderTidsfrist("2027-03-11", "2026-04-01", "2026-03-10").ettarsgrensePassert).toBe(true);
});

test("klagenemnd sees only cases forwarded to it; bistand § 6 goes to Statsforvalteren, recorded by the district", async () => {
  const bolig = await avslattSak();
  const bistand = await avslattSak({ type: "bistand_6" });
  klokke.set("2026-03-20T09:00:00Z");
  for (const s of [bolig, bistand]) {
    const k = await registerAppeal({
      ...ctx(),
      actor: sb,
      sakId: s.sakId,
      versjon: s.versjon,
      mottatt: "2026-03-20",
    });
    expect(k.iTide).toBe(true);
    s.versjon = k.versjon;
  }
  const koForan = (await listWorkQueue({ ...ctx(), actor: nemnd })).rader.map((r) => r.sakId);
  expect(koForan).not.toContain(bolig.sakId);
  expect(koForan).not.toContain(bistand.sakId);

  const o1 = await reconsiderAppeal({
    ...ctx(),
    actor: sb,
    sakId: bolig.sakId,
    versjon: bolig.versjon,
    behandling: { beslutning: "oversend", merknad: "Fastholdes." },
  });
  const o2 = await reconsiderAppeal({
    ...ctx(),
    actor: sb,
    sakId: bistand.sakId,
    versjon: bistand.versjon,
    behandling: { beslutning: "oversend", merknad: "Fastholdes." },
  });
  expect(o1.klageinstans).toBe("klagenemnd");
  expect(o2.klageinstans).toBe("statsforvalteren");

  const ko = (await listWorkQueue({ ...ctx(), actor: nemnd })).rader.map((r) => r.sakId);
  expect(ko).toContain(bolig.sakId);
  expect(ko).not.toContain(bistand.sakId);
  await forventFeil(getCase({ ...ctx(), actor: nemnd, sakId: bistand.sakId }), "ikke_funnet");
  await forventFeil(
    decideAppeal({
      ...ctx(),
      actor: nemnd,
      sakId: bistand.sakId,
      versjon: o2.versjon,
      utfall: "stadfestet",
      begrunnelse: "x",
    }),
    "ikke_funnet",
  );
  // The district may not record the board's outcome, only Statsforvalteren's.
  await forventFeil(
    decideAppeal({
      ...ctx(),
      actor: sb,
      sakId: bolig.sakId,
      versjon: o1.versjon,
      utfall: "stadfestet",
      begrunnelse: "x",
    }),
    "ikke_funnet",
  );
  const sf = await decideAppeal({
    ...ctx(),
    actor: sb,
    sakId: bistand.sakId,
    versjon: o2.versjon,
    utfall: "opphevet",
    begrunnelse: "Statsforvalteren opphever vedtaket og sender saken tilbake.",
  });
  expect(sf.status).toBe("under_behandling");
  const nemndOpphever = await decideAppeal({
    ...ctx(),
    actor: nemnd,
    sakId: bolig.sakId,
    versjon: o1.versjon,
    utfall: "omgjort",
    begrunnelse: "Nemnda gir søkeren medhold.",
  });
  expect(nemndOpphever.status).toBe("avsluttet");
  // The board cannot change anything else in a forwarded case.
  await forventFeil(
    assignCase({ ...ctx(), actor: nemnd, sakId: bolig.sakId, versjon: nemndOpphever.versjon }),
    "ikke_tilgang",
  );
});

test("a case is closed only after the klagefrist has run out without an appeal", async () => {
  const sak = await avslattSak();
  klokke.set("2026-04-01T20:00:00Z"); // the due day itself: an appeal may still come
  await forventFeil(closeCase({ ...ctx(), actor: sb, sakId: sak.sakId, versjon: sak.versjon }), "konflikt");
  klokke.set("2026-04-02T08:00:00Z");
  const lukket = await closeCase({ ...ctx(), actor: sb, sakId: sak.sakId, versjon: sak.versjon });
  expect(lukket.status).toBe("avsluttet");
  const saken = await getCase({ ...ctx(), actor: sb, sakId: sak.sakId });
  expect(saken.frister.find((f) => f.type === "klagefrist")).toMatchObject({
    status: "utlopt",
    lukket: "2026-04-02",
  });
  expect(saken.logg.at(-1)).toMatchObject({
    hendelse: "sak_avsluttet",
    data: { fra: "vedtatt", til: "avsluttet" },
  });
  // An appeal posted on the due day that arrives after closing is in time and reopens the case.
  const klage = await registerAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: lukket.versjon,
    mottatt: "2026-04-01",
  });
  expect(klage).toMatchObject({ iTide: true, status: "klage_under_forberedelse" });
  // A second appeal against the same decision is refused.
  const o = await reconsiderAppeal({
    ...ctx(),
    actor: sb,
    sakId: sak.sakId,
    versjon: klage.versjon,
    behandling: { beslutning: "oversend", merknad: "Fastholdes." },
  });
  const avgjort = await decideAppeal({
    ...ctx(),
    actor: nemnd,
    sakId: sak.sakId,
    versjon: o.versjon,
    utfall: "stadfestet",
    begrunnelse: "Ok.",
  });
  expect(avgjort.status).toBe("avsluttet");
  await forventFeil(
    registerAppeal({
      ...ctx(),
      actor: sb,
      sakId: sak.sakId,
      versjon: avgjort.versjon,
      mottatt: "2026-04-02",
    }),
    "konflikt",
  );
});
