import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { readWithCode } from "../../app/modules/bekymring/read-with-code.server";
import { submitConcern } from "../../app/modules/bekymring/submit-concern.server";
import { createComplaint, type NyNaboklage } from "../../app/modules/naboklage/create-complaint.server";
import { getComplaint } from "../../app/modules/naboklage/get-complaint.server";
import { addStep, closeComplaint } from "../../app/modules/naboklage/handle-complaint.server";
import { listComplaints } from "../../app/modules/naboklage/list-complaints.server";
import { createTestDb } from "../helpers/db";
import { forventFeil, lagKlokke } from "./cases-fixtures";
import {
  actor,
  bolig,
  bydel,
  bygning,
  eiendom,
  husstand,
  leiekontrakt,
  oppgang,
  person,
} from "./housing-stock-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-05-04T09:00:00Z");
const behandler = { ...actor("bomiljokoordinator", "sagene"), id: "kari", navn: "Kari Koordinator" };
const kollega = { ...actor("bomiljokoordinator", "sagene"), id: "kollega", navn: "Kollega" };
const stovner = actor("bomiljokoordinator", "stovner");
const forvalter = actor("forvalter", null);
const saksbehandler = actor("saksbehandler", "sagene");
const ctx = (a = behandler) => ({ db: handle.db, actor: a, requestId: "req-nk", now: klokke.now });
let eiendomId = "";
let boligA = "";
let boligB = "";
let personB = "";

beforeAll(async () => {
  handle = await createTestDb();
  const db = handle.db;
  await bydel(db, "sagene", 3, "Sagene", 46000);
  await bydel(db, "stovner", 10, "Stovner", 34000);
  eiendomId = await eiendom(db, "sagene", "Testgården", { gateadresse: "Testgata 1" });
  const byg = await bygning(db, eiendomId);
  const opp = await oppgang(db, "sagene", eiendomId, byg, "Testgata 1A");
  const ids = { bydelId: "sagene", eiendomId, oppgangId: opp };
  boligA = await bolig(db, ids, "H0101");
  boligB = await bolig(db, ids, "H0201");
  for (let i = 3; i <= 10; i++) await bolig(db, ids, `H0${i}01`);
  const pa = await person(db, "Anne", "Klager", "1970-01-01");
  personB = await person(db, "Bjørn", "Nabo", "1980-01-01");
  await leiekontrakt(
    db,
    boligA,
    await husstand(db, "sagene", [{ personId: pa, rolle: "hovedperson" }]),
    "2020-01-01",
  );
  await leiekontrakt(
    db,
    boligB,
    await husstand(db, "sagene", [{ personId: personB, rolle: "hovedperson" }]),
    "2021-01-01",
  );
});
afterAll(async () => {
  await handle.close();
});

const skjema = (over: Partial<NyNaboklage> = {}): NyNaboklage => ({
  nokkel: crypto.randomUUID(),
  eiendomId,
  klagerBoligId: boligA,
  innklagetBoligId: boligB,
  kategori: "stoy",
  beskrivelse: "Fest hver natt; klageren sover ikke.",
  klagerSkjult: true,
  bekymringId: "",
  ...over,
});

test("a hidden complainant is seen by the handler only; Boligbygg sees the lease side; other districts nothing", async () => {
  const s = skjema();
  const id = await createComplaint({ ...ctx(), skjema: s });
  // A double click (same key) is the same complaint.
  expect(await createComplaint({ ...ctx(), skjema: s })).toBe(id);

  const somBehandler = await getComplaint({ ...ctx(), naboklageId: id });
  expect(somBehandler.klager).toMatchObject({ bolignummer: "H0101", leieforholdAktivt: true });
  expect(somBehandler.beskrivelse).toContain("Fest");

  const somKollega = await getComplaint({ ...ctx(kollega), naboklageId: id });
  expect(somKollega.klager).toBe("skjult");
  expect(JSON.stringify(somKollega)).not.toContain("H0101");

  const somForvalter = await getComplaint({ ...ctx(forvalter), naboklageId: id });
  expect(somForvalter.klager).toBe("skjult");
  expect(somForvalter.beskrivelse).toBeNull();
  expect(somForvalter.innklaget.bolignummer).toBe("H0201");

  await forventFeil(getComplaint({ ...ctx(stovner), naboklageId: id }), "ikke_funnet");
  await forventFeil(getComplaint({ ...ctx(saksbehandler), naboklageId: id }), "ikke_tilgang");

  // The read is audited per household shown: the other party always, the hidden complainant not for Boligbygg.
  const audit = await handle.db
    .selectFrom("audit_logg")
    .select(["aktor_id", "person_id", "handling"])
    .where("ressurs", "=", `naboklage:${id}`)
    .execute();
  expect(audit.filter((a) => a.aktor_id === forvalter.id).map((a) => a.person_id)).toEqual([personB]);
});

test("each side takes its own steps; notes stay on their side; a stale version is refused; the district closes", async () => {
  const id = await createComplaint({ ...ctx(), skjema: skjema({ klagerSkjult: false }) });
  expect((await getComplaint({ ...ctx(forvalter), naboklageId: id })).klager).toMatchObject({
    bolignummer: "H0101",
  });
  await forventFeil(
    addStep({ ...ctx(), naboklageId: id, versjon: 1, type: "advarsel", notat: "x" }),
    "ugyldig",
  );
  await addStep({
    ...ctx(),
    naboklageId: id,
    versjon: 1,
    type: "samtale",
    notat: "Samtale: naboen har psykiske plager.",
  });
  await forventFeil(
    addStep({ ...ctx(forvalter), naboklageId: id, versjon: 1, type: "advarsel", notat: "x" }),
    "konflikt",
  );
  await forventFeil(
    addStep({ ...ctx(forvalter), naboklageId: id, versjon: 2, type: "mekling", notat: "x" }),
    "ugyldig",
  );
  await addStep({
    ...ctx(forvalter),
    naboklageId: id,
    versjon: 2,
    type: "advarsel",
    notat: "Advarsel sendt.",
  });

  const bb = await getComplaint({ ...ctx(forvalter), naboklageId: id });
  expect(bb.steg.map((s) => [s.type, s.side, s.notat])).toEqual([
    ["samtale", "bydel", null],
    ["advarsel", "boligbygg", "Advarsel sendt."],
  ]);
  const bydelen = await getComplaint({ ...ctx(), naboklageId: id });
  expect(bydelen.steg.map((s) => s.notat)).toEqual(["Samtale: naboen har psykiske plager.", null]);

  await forventFeil(
    closeComplaint({ ...ctx(forvalter), naboklageId: id, versjon: 3, utfall: "lost" }),
    "ikke_tilgang",
  );
  await closeComplaint({ ...ctx(), naboklageId: id, versjon: 3, utfall: "lost" });
  expect((await getComplaint({ ...ctx(), naboklageId: id })).status).toBe("avsluttet");
});

test("an anonymous concern becomes a complaint without a complainant, and the concern is closed", async () => {
  const { kode } = await submitConcern({
    db: handle.db,
    now: klokke.now,
    skjema: {
      skjemaId: crypto.randomUUID(),
      bydelId: "sagene",
      eiendomId,
      kategori: "uro_stoy",
      beskrivelse: "Jeg i 1. etasje hører bråk hver natt.",
    },
  });
  const bekymring = (await readWithCode({ db: handle.db, kode }))!;
  await forventFeil(createComplaint({ ...ctx(), skjema: skjema({ bekymringId: bekymring.id }) }), "ugyldig");
  const id = await createComplaint({
    ...ctx(),
    skjema: skjema({
      bekymringId: bekymring.id,
      klagerBoligId: "",
      beskrivelse: "Bråk om natten fra H0201.",
    }),
  });
  const k = await getComplaint({ ...ctx(), naboklageId: id });
  expect(k.klager).toBe("ingen");
  expect(k.kilde).toBe("bekymring");
  expect(JSON.stringify(k)).not.toContain("1. etasje");
  const etter = await readWithCode({ db: handle.db, kode });
  expect(etter?.status).toBe("avsluttet");
  expect(etter?.utfall).toBe("naboklage");
});

test("counts per 1,000 homes per district and address over the last 12 months", async () => {
  const liste = await listComplaints(ctx());
  expect(liste.perBydel).toEqual([{ navn: "Sagene", antall: 3, boliger: 10, per1000: 300 }]);
  expect(liste.perAdresse[0]).toMatchObject({ navn: "Testgata 1 (Sagene)", antall: 3, per1000: 300 });
  const bb = await listComplaints(ctx(forvalter));
  expect(bb.rader.length).toBe(3);
  expect(bb.perBydel.map((r) => r.navn)).toEqual(["Sagene"]);
  expect((await listComplaints(ctx(stovner))).rader).toHaveLength(0);
});
