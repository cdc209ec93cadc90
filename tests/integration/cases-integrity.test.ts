import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { generateSynthetic } from "../../app/lib/fodselsnummer";
import { addNote } from "../../app/modules/cases/add-note.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { getCase } from "../../app/modules/cases/get-case.server";
import { listOwnCases } from "../../app/modules/cases/list-own-cases.server";
import { listWorkQueue } from "../../app/modules/cases/list-work-queue.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { createTestDb } from "../helpers/db";
import { beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-05-04T09:00:00Z");
const sagene = staff("saksbehandler", "sagene", "sb-sagene-1");
const sagene2 = staff("saksbehandler", "sagene", "sb-sagene-2");
const alna = staff("saksbehandler", "alna", "sb-alna");

beforeAll(async () => {
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "alna", 12);
});
afterAll(async () => {
  await handle.close();
});

const ctx = () => ({ db: handle.db, requestId: "req-i", now: klokke.now });

test("submitting twice with the same idempotency key creates one case", async () => {
  const kari = beboer(await person(handle.db));
  const input = soknad("sagene");
  const first = await submitApplication({ ...ctx(), actor: kari, input });
  const second = await submitApplication({ ...ctx(), actor: kari, input });
  expect(second).toEqual({ ...first, duplikat: true });
  const [a, b] = await Promise.all([
    submitApplication({ ...ctx(), actor: kari, input: { ...input, idempotensnokkel: "dobbeltklikk-1" } }),
    submitApplication({ ...ctx(), actor: kari, input: { ...input, idempotensnokkel: "dobbeltklikk-1" } }),
  ]);
  expect(a.sakId).toBe(b.sakId);
  const saker = await handle.db
    .selectFrom("sak")
    .select("id")
    .where("soker_person_id", "=", kari.personId!)
    .execute();
  expect(saker).toHaveLength(2);
  const logg = await handle.db
    .selectFrom("sakslogg")
    .select("hendelse")
    .where("sak_id", "=", first.sakId)
    .execute();
  expect(logg.filter((l) => l.hendelse === "soknad_mottatt")).toHaveLength(1);
});

test("two saves from the same version: one succeeds, the other gets konflikt and nothing is overwritten", async () => {
  const kari = beboer(await person(handle.db));
  const { sakId } = await submitApplication({ ...ctx(), actor: kari, input: soknad("sagene") });
  const forste = await assignCase({ ...ctx(), actor: sagene, sakId, versjon: 1 });
  expect(forste.versjon).toBe(2);
  await forventFeil(assignCase({ ...ctx(), actor: sagene2, sakId, versjon: 1 }), "konflikt");
  await forventFeil(
    addNote({ ...ctx(), actor: sagene2, sakId, versjon: 1, tekst: "Skal ikke lagres" }),
    "konflikt",
  );
  const sak = await handle.db.selectFrom("sak").selectAll().where("id", "=", sakId).executeTakeFirstOrThrow();
  expect(sak).toMatchObject({ versjon: 2, saksbehandler_id: "sb-sagene-1", status: "under_behandling" });
  expect(await handle.db.selectFrom("notat").select("id").where("sak_id", "=", sakId).execute()).toEqual([]);
  const logg = await handle.db
    .selectFrom("sakslogg")
    .select("hendelse")
    .where("sak_id", "=", sakId)
    .execute();
  expect(logg.filter((l) => l.hendelse === "tildelt")).toHaveLength(1);
  // From the new version the colleague succeeds.
  const andre = await addNote({ ...ctx(), actor: sagene2, sakId, versjon: 2, tekst: "Nå går det" });
  expect(andre.versjon).toBe(3);
});

test("a caseworker of another district gets 'not found'; the property manager and others have no access", async () => {
  const kari = beboer(await person(handle.db));
  const { sakId } = await submitApplication({ ...ctx(), actor: kari, input: soknad("sagene") });
  await forventFeil(getCase({ ...ctx(), actor: alna, sakId }), "ikke_funnet");
  await forventFeil(assignCase({ ...ctx(), actor: alna, sakId, versjon: 1 }), "ikke_funnet");
  await forventFeil(addNote({ ...ctx(), actor: alna, sakId, versjon: 1, tekst: "x" }), "ikke_funnet");
  const ko = await listWorkQueue({ ...ctx(), actor: alna });
  expect(ko.rader.map((r) => r.sakId)).not.toContain(sakId);
  for (const rolle of [
    "forvalter",
    "bomiljokoordinator",
    "analytiker",
    "leder",
    "systemadministrator",
  ] as const) {
    await forventFeil(
      getCase({ ...ctx(), actor: staff(rolle, rolle === "bomiljokoordinator" ? "sagene" : null), sakId }),
      "ikke_tilgang",
    );
    await forventFeil(listWorkQueue({ ...ctx(), actor: staff(rolle, null) }), "ikke_tilgang");
  }
  await forventFeil(getCase({ ...ctx(), actor: kari, sakId }), "ikke_tilgang");
  // The own district sees it, and the read is audited.
  const sak = await getCase({ ...ctx(), actor: sagene, sakId });
  expect(sak.innhold?.helseFunksjon).toMatchObject({ behov: ["heis"] });
  const lest = await handle.db
    .selectFrom("audit_logg")
    .select(["kategori"])
    .where("person_id", "=", kari.personId!)
    .where("handling", "=", "les")
    .where("aktor_id", "=", "sb-sagene-1")
    .execute();
  expect(lest.map((r) => r.kategori).sort()).toEqual(["helse", "husstand", "personalia", "sak"]);
});

test("on behalf of the applicant: consent required, role recorded, fødselsnummer validated", async () => {
  const mor = beboer(await person(handle.db, "Mor"));
  const fnr = generateSynthetic({ fodselsdato: "1999-07-14", pickIndividnummer: () => 321 });
  const base = soknad("sagene");
  const paVegne = {
    ...base,
    innsenderrolle: "parorende" as const,
    soker: { fodselsnummer: fnr, fornavn: "Sønn", etternavn: "Testesen" },
    innsenderNavn: "Mor Testesen",
    samtykke: true as const,
    samtykkeGrunnlag: "Skriftlig fullmakt datert 1. mai 2026",
  };
  // Synthetic numbers only where test identities are allowed.
  await forventFeil(submitApplication({ ...ctx(), actor: mor, input: paVegne }), "ugyldig");
  await forventFeil(
    submitApplication({
      ...ctx(),
      actor: mor,
      input: { ...paVegne, samtykke: false as never },
      allowSyntheticIdentities: true,
    }),
    "ugyldig",
  );
  await forventFeil(
    submitApplication({
      ...ctx(),
      actor: mor,
      input: { ...paVegne, soker: { ...paVegne.soker, fodselsnummer: "12345678901" } },
      allowSyntheticIdentities: true,
    }),
    "ugyldig",
  );
  const { sakId } = await submitApplication({
    ...ctx(),
    actor: mor,
    input: paVegne,
    allowSyntheticIdentities: true,
  });
  const sak = await getCase({ ...ctx(), actor: sagene, sakId });
  expect(sak.sak.innsender).toMatchObject({ rolle: "parorende", navn: "Mor Testesen", samtykke: true });
  expect(sak.soker.fodselsnummer).toBe(fnr);
  // The mother does not see her son's case as her own.
  expect(await listOwnCases({ ...ctx(), actor: mor })).toEqual([]);

  // Paper, registered by staff with the date stamp; only in the own district.
  const papir = {
    ...base,
    innsenderrolle: "saksbehandler_papir" as const,
    soker: { fodselsnummer: fnr, fornavn: "Sønn", etternavn: "Testesen" },
    mottatt: "2026-04-28",
    samtykke: true as const,
    samtykkeGrunnlag: "Underskrevet av søkeren",
  };
  delete (papir as { bydelId?: string }).bydelId;
  const p = await submitApplication({
    ...ctx(),
    actor: sagene,
    input: papir,
    allowSyntheticIdentities: true,
  });
  const papirsak = await getCase({ ...ctx(), actor: sagene, sakId: p.sakId });
  expect(papirsak.sak).toMatchObject({ mottatt: "2026-04-28", innsender: { rolle: "saksbehandler_papir" } });
  expect(papirsak.frister[0]).toMatchObject({
    type: "forelopig_svar",
    start: "2026-04-28",
    forfall: "2026-05-28",
  });
  expect(papirsak.soker.personId).toBe(sak.soker.personId);
  await forventFeil(
    submitApplication({
      ...ctx(),
      actor: sagene,
      input: { ...papir, mottatt: "2026-05-05", idempotensnokkel: "fremtid-1" },
      allowSyntheticIdentities: true,
    }),
    "ugyldig",
  );
  // A resident cannot register paper; the property manager cannot submit at all.
  await forventFeil(
    submitApplication({ ...ctx(), actor: mor, input: papir, allowSyntheticIdentities: true }),
    "ikke_tilgang",
  );
  await forventFeil(
    submitApplication({ ...ctx(), actor: staff("forvalter", null), input: soknad("sagene") }),
    "ikke_tilgang",
  );
});

test("a municipal service and an institution apply on the applicant's behalf; the role is recorded", async () => {
  const fnr = generateSynthetic({ fodselsdato: "1975-02-03", pickIndividnummer: () => 111 });
  const paVegne = {
    ...soknad("sagene"),
    innsenderrolle: "kommunal_tjeneste" as const,
    soker: { fodselsnummer: fnr, fornavn: "Ola", etternavn: "Testesen" },
    innsenderNavn: "Bydel Sagene, psykisk helse",
    samtykke: true as const,
    samtykkeGrunnlag: "Samtykke i journal 2. mai 2026",
  };
  const booppfolger = staff("booppfolger", "sagene");
  const a = await submitApplication({
    ...ctx(),
    actor: booppfolger,
    input: paVegne,
    allowSyntheticIdentities: true,
  });
  // Only for the own district.
  await forventFeil(
    submitApplication({
      ...ctx(),
      actor: booppfolger,
      input: { ...paVegne, bydelId: "alna", idempotensnokkel: "annen-bydel-1" },
      allowSyntheticIdentities: true,
    }),
    "ikke_funnet",
  );
  const b = await submitApplication({
    ...ctx(),
    actor: sagene,
    input: {
      ...paVegne,
      innsenderrolle: "institusjon",
      innsenderNavn: "Oslo universitetssykehus",
      mottatt: "2026-04-30",
      idempotensnokkel: "sykehus-brev-1",
    },
    allowSyntheticIdentities: true,
  });
  const sakA = await getCase({ ...ctx(), actor: sagene, sakId: a.sakId });
  const sakB = await getCase({ ...ctx(), actor: sagene, sakId: b.sakId });
  expect(sakA.sak).toMatchObject({
    mottatt: "2026-05-04",
    innsender: { rolle: "kommunal_tjeneste", samtykke: true },
  });
  expect(sakB.sak).toMatchObject({
    mottatt: "2026-04-30",
    innsender: { rolle: "institusjon", navn: "Oslo universitetssykehus" },
  });
  // The booppfolger registers, but cannot read the case afterwards.
  await forventFeil(getCase({ ...ctx(), actor: booppfolger, sakId: a.sakId }), "ikke_tilgang");
});

test("saksnummer counts per year", async () => {
  const kari = beboer(await person(handle.db));
  const a = await submitApplication({ ...ctx(), actor: kari, input: soknad("sagene") });
  klokke.set("2027-01-04T09:00:00Z");
  const b = await submitApplication({ ...ctx(), actor: kari, input: soknad("alna") });
  expect(a.saksnummer).toMatch(/^2026\/\d{5}$/);
  expect(b.saksnummer).toBe("2027/00001");
  klokke.set("2026-05-04T09:00:00Z");
});
