import { sql } from "kysely";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { DatabaseHandle } from "../../app/db/connection.server";
import { addInformation } from "../../app/modules/bekymring/add-information.server";
import { getConcern } from "../../app/modules/bekymring/get-concern.server";
import {
  acknowledgeConcern,
  closeConcern,
  replyToReporter,
} from "../../app/modules/bekymring/handle-concern.server";
import { normaliserKode, formatKode } from "../../app/modules/bekymring/kvittering.server";
import { listConcerns } from "../../app/modules/bekymring/list-concerns.server";
import { erAnonymBekymringSti, lagBegrenser } from "../../app/modules/bekymring/rate-limit.server";
import { readWithCode } from "../../app/modules/bekymring/read-with-code.server";
import { submitConcern } from "../../app/modules/bekymring/submit-concern.server";
import { createTestDb } from "../helpers/db";
import { bydel, forventFeil, lagKlokke, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const koordinator = staff("bomiljokoordinator", "sagene");
const koordinatorStovner = staff("bomiljokoordinator", "stovner");
const saksbehandler = staff("saksbehandler", "sagene");
const ctx = (actor = koordinator) => ({ db: handle.db, actor, requestId: "req-bek", now: klokke.now });

beforeAll(async () => {
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "stovner", 10);
});
afterAll(async () => {
  await handle.close();
});

const skjema = (skjemaId = crypto.randomUUID()) => ({
  skjemaId,
  bydelId: "sagene",
  eiendomId: "",
  kategori: "rus",
  beskrivelse: "Det selges narkotika i oppgangen om kvelden.",
});

test("a concern gets a 20-digit code, stored only as an Argon2id hash, dated by the day", async () => {
  klokke.set("2026-03-02T21:47:13Z");
  const { kode } = await submitConcern({ db: handle.db, now: klokke.now, skjema: skjema() });
  expect(kode).toMatch(/^\d{20}$/);
  const rader = await handle.db.selectFrom("bekymring").selectAll().execute();
  const rad = rader.at(-1)!;
  expect(JSON.stringify(rad)).not.toContain(kode);
  expect(rad.kvittering_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(rad.mottatt).toBe("2026-03-02");
  // 7 days from Monday 2 March: Monday 9 March.
  expect(rad.kvitteringsfrist).toBe("2026-03-09");
  // No column of the concern tables can hold an instant.
  const { rows } = await sql<{ data_type: string }>`select data_type from information_schema.columns
    where table_name in ('bekymring', 'bekymring_melding')`.execute(handle.db);
  expect(rows.map((r) => r.data_type)).not.toContain("timestamp with time zone");
  expect(rows.map((r) => r.data_type)).not.toContain("timestamp without time zone");
  // The code reads the concern, with spaces as printed; a wrong code reads nothing.
  const lest = await readWithCode({ db: handle.db, kode: formatKode(kode) });
  expect(lest?.beskrivelse).toContain("narkotika");
  expect(await readWithCode({ db: handle.db, kode: "1".repeat(20) })).toBeNull();
  expect(await readWithCode({ db: handle.db, kode: "abc" })).toBeNull();
});

test("a double click makes one concern and shows the same code", async () => {
  const id = crypto.randomUUID();
  const foer = await handle.db.selectFrom("bekymring").select("id").execute();
  const [a, b] = await Promise.all([
    submitConcern({ db: handle.db, now: klokke.now, skjema: skjema(id) }),
    submitConcern({ db: handle.db, now: klokke.now, skjema: skjema(id) }),
  ]);
  const c = await submitConcern({ db: handle.db, now: klokke.now, skjema: skjema(id) });
  expect(b.kode).toBe(a.kode);
  expect(c.kode).toBe(a.kode);
  const etter = await handle.db.selectFrom("bekymring").select("id").execute();
  expect(etter.length - foer.length).toBe(1);
});

test("the coordinator of the district acknowledges, replies and closes; the reporter reads it with the code", async () => {
  klokke.set("2026-03-03T10:00:00Z");
  const { kode } = await submitConcern({ db: handle.db, now: klokke.now, skjema: skjema() });
  const liste = await listConcerns(ctx());
  const rad = liste.rader.find((r) => r.status === "mottatt")!;
  expect(rad).toBeTruthy();
  // Another district's coordinator and other roles: not found / no access.
  await forventFeil(getConcern({ ...ctx(koordinatorStovner), bekymringId: rad.id }), "ikke_funnet");
  await forventFeil(getConcern({ ...ctx(saksbehandler), bekymringId: rad.id }), "ikke_tilgang");
  expect((await listConcerns(ctx(koordinatorStovner))).rader).toHaveLength(0);

  const lest = await readWithCode({ db: handle.db, kode });
  const id = lest!.id;
  const { bekymring } = await getConcern({ ...ctx(), bekymringId: id });
  expect(bekymring).not.toHaveProperty("kvittering_hash");
  const audit = await handle.db
    .selectFrom("audit_logg")
    .selectAll()
    .where("ressurs", "=", `bekymring:${id}`)
    .execute();
  expect(audit.map((a) => a.handling)).toEqual(["les"]);

  await acknowledgeConcern({ ...ctx(), bekymringId: id, versjon: 1 });
  // A stale version is refused, not overwritten.
  await forventFeil(replyToReporter({ ...ctx(), bekymringId: id, versjon: 1, tekst: "Hei" }), "konflikt");
  await replyToReporter({
    ...ctx(),
    bekymringId: id,
    versjon: 2,
    tekst: "Takk, vi tar kontakt med Boligbygg.",
  });
  expect(
    await addInformation({ db: handle.db, kode, tekst: "Det skjer mest fredager.", now: klokke.now }),
  ).toBe("lagt_til");
  const forMelder = await readWithCode({ db: handle.db, kode });
  expect(forMelder?.status).toBe("kvittert");
  expect(forMelder?.kvittert).toBe("2026-03-03");
  expect(forMelder?.meldinger.map((m) => m.fra)).toEqual(["bydel", "melder"]);

  await forventFeil(
    closeConcern({
      ...ctx(),
      bekymringId: id,
      versjon: 4,
      utfall: "henvisning",
      oppsummering: "Rus i oppgang B.",
      henvistTil: "",
    }),
    "ugyldig",
  );
  await closeConcern({
    ...ctx(),
    bekymringId: id,
    versjon: 4,
    utfall: "hms_oppfolging",
    oppsummering: "Uro i oppgang B om kveldene; lys og lås bør sjekkes.",
    henvistTil: "",
  });
  const avsluttet = await readWithCode({ db: handle.db, kode });
  expect(avsluttet?.utfall).toBe("hms_oppfolging");
  expect(avsluttet).not.toHaveProperty("utfall_oppsummering");
  expect(await addInformation({ db: handle.db, kode, tekst: "Mer", now: klokke.now })).toBe("avsluttet");
});

test("the list marks concerns past the 7-day deadline", async () => {
  klokke.set("2026-04-20T10:00:00Z");
  const liste = await listConcerns(ctx());
  expect(liste.antallForfalt).toBeGreaterThan(0);
  expect(liste.rader.filter((r) => r.forfalt).every((r) => r.status === "mottatt")).toBe(true);
});

test("codes are normalised from how people type them", () => {
  expect(normaliserKode("1234 5678-9012.3456 7890")).toBe("12345678901234567890");
  expect(normaliserKode("1234")).toBeNull();
});

test("the rate limiter counts HMACs of addresses under a key that changes with the day", () => {
  let dag = "2026-03-02";
  const b = lagBegrenser({ grense: 2, idag: () => dag });
  expect([b.tillat("203.0.113.7"), b.tillat("203.0.113.7"), b.tillat("203.0.113.7")]).toEqual([
    true,
    true,
    false,
  ]);
  expect(b.tillat("198.51.100.1")).toBe(true);
  expect(b.antallAdresser).toBe(2);
  dag = "2026-03-03";
  expect(b.tillat("203.0.113.7")).toBe(true);
  expect(b.antallAdresser).toBe(1);
  expect(erAnonymBekymringSti("/bekymring")).toBe(true);
  expect(erAnonymBekymringSti("/bekymring/kvittering.data")).toBe(true);
  expect(erAnonymBekymringSti("/bekymringer")).toBe(false);
});
