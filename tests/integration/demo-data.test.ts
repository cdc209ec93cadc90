import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sql } from "kysely";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { buildDemoOslo, DEMO_TABLES, generateDemoData } from "../../app/db/demo/generate.server";
import { ensureDemoData } from "../../app/db/demo/ensure.server";
import { BYDELER } from "../../app/db/reference/bydeler";
import { PERSONAS } from "../../app/auth/test-idp/personas";
import { validate } from "../../app/lib/fodselsnummer";

const TODAY = "2026-11-22";
const SEED = 4242;

async function digest(db: Db): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of ["bydel", ...DEMO_TABLES] as const) {
    const { rows } = await sql<{ row: string }>`
      select t::text as row from ${sql.table(table)} t order by t::text`.execute(db);
    result[table] = createHash("sha256")
      .update(rows.map((r) => r.row).join("\n"))
      .digest("hex");
  }
  return result;
}

async function scalar(db: Db, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  const { rows } = await query.execute(db);
  return Number(rows[0]!.n);
}

// Its speed (about 0.6 s on PGlite here) is measured by `npm run bench`, not asserted: see docs/benchmarks.md.
let small: DatabaseHandle;
beforeAll(async () => {
  small = await createTestDb();
  await generateDemoData(small.db, { seed: SEED, size: "small", today: TODAY });
});
afterAll(async () => {
  await small?.close();
});

describe("DEMO_DATA=small", () => {
  test("has about 600 homes, every district with both a gård and scattered homes", async () => {
    const db = small.db;
    const total = await scalar(db, sql`select count(*) as n from bolig`);
    expect(total).toBeGreaterThan(500);
    expect(total).toBeLessThan(700);
    const { rows } = await sql<{ bydel_id: string; gard: number; spredt: number }>`
      select bydel_id, count(*) filter (where type = 'gard') as gard, count(*) filter (where type = 'spredt') as spredt
      from eiendom group by bydel_id`.execute(db);
    expect(rows.map((r) => r.bydel_id).sort()).toEqual(BYDELER.map((b) => b.id).sort());
    for (const row of rows) {
      expect(Number(row.gard), row.bydel_id).toBeGreaterThan(0);
      expect(Number(row.spredt), row.bydel_id).toBeGreaterThan(0);
    }
  });

  test("every home has at most one active lease; let homes exactly one with a household, others none", async () => {
    const db = small.db;
    expect(
      await scalar(
        db,
        sql`select count(*) as n from (
        select bolig_id from leiekontrakt where status = 'aktiv' group by bolig_id having count(*) > 1) x`,
      ),
    ).toBe(0);
    const { rows } = await sql<{
      status: string;
      homes: number;
      with_active: number;
      with_household: number;
    }>`
      select b.status, count(*) as homes,
        count(*) filter (where exists (select 1 from leiekontrakt l where l.bolig_id = b.id and l.status = 'aktiv'))
          as with_active,
        count(*) filter (where exists (
          select 1 from leiekontrakt l join husstand_medlem m on m.husstand_id = l.husstand_id
          where l.bolig_id = b.id and l.status = 'aktiv' and m.rolle = 'hovedperson')) as with_household
      from bolig b group by b.status`.execute(db);
    for (const row of rows) {
      const expected = row.status === "utleid" ? Number(row.homes) : 0;
      expect(Number(row.with_active), row.status).toBe(expected);
      expect(Number(row.with_household), row.status).toBe(expected);
    }
    // Every household is a party to a lease and has exactly one main person.
    expect(
      await scalar(
        db,
        sql`select count(*) as n from husstand h
        where not exists (select 1 from leiekontrakt l where l.husstand_id = h.id)
           or (select count(*) from husstand_medlem m where m.husstand_id = h.id and m.rolle = 'hovedperson') <> 1`,
      ),
    ).toBe(0);
    // No household holds more than one active lease.
    expect(
      await scalar(
        db,
        sql`select count(*) as n from (
        select husstand_id from leiekontrakt where status = 'aktiv' group by husstand_id having count(*) > 1) x`,
      ),
    ).toBe(0);
  });

  test("leases are consistent in time: active ones run past today, and a home's leases never overlap", async () => {
    const db = small.db;
    expect(
      await scalar(
        db,
        sql`select count(*) as n from leiekontrakt where status = 'aktiv'
        and (startdato > ${TODAY}::date or sluttdato <= ${TODAY}::date or avsluttet_dato is not null)`,
      ),
    ).toBe(0);
    expect(
      await scalar(
        db,
        sql`select count(*) as n from leiekontrakt where status = 'avsluttet'
        and (avsluttet_dato is null or avsluttet_dato > ${TODAY}::date or avsluttet_dato < startdato)`,
      ),
    ).toBe(0);
    expect(
      await scalar(
        db,
        sql`select count(*) as n from (
        select startdato, lag(coalesce(avsluttet_dato, sluttdato)) over (partition by bolig_id order by startdato) as prev_end
        from leiekontrakt) x where prev_end >= startdato`,
      ),
    ).toBe(0);
    const { rows } = await sql<{ three: number; five: number; open: number; soon: number; total: number }>`
      select count(*) filter (where sluttdato - startdato between 1090 and 1100) as three,
             count(*) filter (where sluttdato - startdato between 1820 and 1830) as five,
             count(*) filter (where sluttdato is null) as open,
             count(*) filter (where sluttdato <= ${TODAY}::date + interval '6 months') as soon,
             count(*) as total
      from leiekontrakt where status = 'aktiv'`.execute(db);
    const r = rows[0]!;
    const total = Number(r.total);
    expect(Number(r.three) + Number(r.five) + Number(r.open)).toBe(total);
    expect(Number(r.three)).toBeGreaterThan(Number(r.five));
    expect(Number(r.five) / total).toBeGreaterThan(0.3);
    expect(Number(r.open) / total).toBeGreaterThan(0.03);
    expect(Number(r.open) / total).toBeLessThan(0.2);
    expect(Number(r.soon) / total).toBeGreaterThan(0.05);
    expect(Number(r.soon) / total).toBeLessThan(0.25);
  });

  test("has a lease history of earlier tenants reflecting about 13 % turnover a year", async () => {
    const db = small.db;
    const homes = await scalar(db, sql`select count(*) as n from bolig`);
    const moveOuts = await scalar(
      db,
      sql`select count(*) as n from leiekontrakt l where l.status = 'avsluttet'
        and l.avsluttet_dato > ${TODAY}::date - interval '3 years'
        and not exists (select 1 from leiekontrakt a where a.husstand_id = l.husstand_id and a.status = 'aktiv')`,
    );
    const perYear = moveOuts / 3 / homes;
    expect(perYear).toBeGreaterThan(0.09);
    expect(perYear).toBeLessThan(0.17);
  });

  test("the resident personas exist with an active lease at a gård in their district", async () => {
    for (const persona of PERSONAS) {
      if (persona.kind !== "beboer") continue;
      const { rows } = await sql<{ fornavn: string; etternavn: string; bydel_id: string; type: string }>`
        select p.fornavn, p.etternavn, b.bydel_id, e.type
        from person p
        join husstand_medlem m on m.person_id = p.id and m.rolle = 'hovedperson'
        join leiekontrakt l on l.husstand_id = m.husstand_id and l.status = 'aktiv'
        join bolig b on b.id = l.bolig_id
        join eiendom e on e.id = b.eiendom_id
        where p.fodselsnummer = ${persona.pid}`.execute(small.db);
      expect(rows, persona.id).toHaveLength(1);
      expect(`${rows[0]!.fornavn} ${rows[0]!.etternavn}`).toBe(persona.navn);
      expect(rows[0]).toMatchObject({ bydel_id: persona.bydelId, type: "gard" });
    }
  });

  test("every national identity number is a valid, unique Tenor number matching the birth date", async () => {
    // fodselsdato as text, so the comparison does not depend on the driver's date parser.
    const { rows } = await sql<{ fodselsnummer: string; fodselsdato: string }>`
      select fodselsnummer, fodselsdato::text as fodselsdato from person`.execute(small.db);
    expect(new Set(rows.map((r) => r.fodselsnummer)).size).toBe(rows.length);
    for (const row of rows) {
      const result = validate(row.fodselsnummer, { allowSynthetic: true, today: TODAY });
      expect(result.ok, row.fodselsnummer).toBe(true);
      if (result.ok) {
        expect(result.fodselsnummer.syntetisk).toBe("tenor");
        expect(result.fodselsnummer.fodselsdato).toBe(row.fodselsdato);
      }
    }
  });

  test("homes and households are distributed plausibly", async () => {
    const db = small.db;
    const share = async (condition: ReturnType<typeof sql>) =>
      scalar(db, sql`select avg(case when ${condition} then 1.0 else 0 end) as n from bolig`);
    expect(await share(sql`rom <= 2`)).toBeGreaterThan(0.65);
    expect(await share(sql`rom = 3`)).toBeGreaterThan(0.1);
    expect(await share(sql`rom = 3`)).toBeLessThan(0.25);
    expect(await share(sql`rom >= 5`)).toBeLessThan(0.05);
    expect(await share(sql`status = 'utleid'`)).toBeGreaterThan(0.88);
    expect(await share(sql`status = 'utleid'`)).toBeLessThan(0.96);
    expect(await share(sql`status = 'ledig'`)).toBeLessThan(0.07);
    expect(await share(sql`universelt_utformet`)).toBeGreaterThan(0.005);
    expect(await share(sql`universelt_utformet`)).toBeLessThan(0.15);
    expect(await share(sql`rullestoltilpasset and not universelt_utformet`)).toBe(0);
    expect(await share(sql`universelt_utformet and etasje > 1 and not heis`)).toBe(0);
    expect(await share(sql`bolignummer !~ '^H[0-9]{4}$' or substr(bolignummer, 2, 2)::int <> etasje`)).toBe(
      0,
    );
    expect(await share(sql`(rom = 1 and areal_m2 > 40) or (rom >= 3 and areal_m2 < 50)`)).toBe(0);
    // A home's lift is its building's.
    expect(
      await scalar(
        db,
        sql`select count(*) as n from bolig b join oppgang o on o.id = b.oppgang_id
        join bygning g on g.id = o.bygning_id where b.heis <> g.heis or b.etasje > g.etasjer`,
      ),
    ).toBe(0);
    // Stairwells of a gård hold 6–30 homes, and a gård at most 170.
    expect(
      await scalar(
        db,
        sql`select max(n) as n from (select count(*) as n from bolig b join eiendom e on e.id = b.eiendom_id
        where e.type = 'gard' group by b.oppgang_id) x`,
      ),
    ).toBeLessThanOrEqual(30);
    expect(
      await scalar(
        db,
        sql`select max(n) as n from (select count(*) as n from bolig b join eiendom e on e.id = b.eiendom_id
        where e.type = 'spredt' group by b.oppgang_id) x`,
      ),
    ).toBeLessThanOrEqual(8);

    const { rows } = await sql<{
      households: number;
      children: number;
      elderly: number;
      followup: number;
      single: number;
    }>`
      with current as (select husstand_id from leiekontrakt where status = 'aktiv'),
      members as (
        select c.husstand_id, m.rolle, date_part('year', age(${TODAY}::date, p.fodselsdato)) as alder
        from current c join husstand_medlem m using (husstand_id) join person p on p.id = m.person_id)
      select (select count(*) from current) as households,
        (select count(distinct husstand_id) from members where rolle = 'barn') as children,
        (select count(distinct husstand_id) from members where alder >= 67) as elderly,
        (select count(*) from husstand_oppfolging o join current c using (husstand_id) where o.oppfolgingsbehov) as followup,
        (select count(*) from (select husstand_id from members group by husstand_id having count(*) = 1) x) as single`.execute(
      db,
    );
    const r = rows[0]!;
    const households = Number(r.households);
    expect(Number(r.children) / households).toBeGreaterThan(0.25);
    expect(Number(r.children) / households).toBeLessThan(0.42);
    expect(Number(r.elderly) / households).toBeGreaterThan(0.09);
    expect(Number(r.elderly) / households).toBeLessThan(0.22);
    expect(Number(r.followup) / households).toBeGreaterThan(0.12);
    expect(Number(r.followup) / households).toBeLessThan(0.23);
    expect(Number(r.single) / households).toBeGreaterThan(0.35);
    // Children are under 18 and at least 18 years younger than the household's main person.
    expect(
      await scalar(
        db,
        sql`select count(*) as n from husstand_medlem c join person cp on cp.id = c.person_id
        join husstand_medlem h on h.husstand_id = c.husstand_id and h.rolle = 'hovedperson'
        join person hp on hp.id = h.person_id
        where c.rolle = 'barn' and (age(${TODAY}::date, cp.fodselsdato) >= interval '18 years'
          or cp.fodselsdato - hp.fodselsdato < 18 * 365)`,
      ),
    ).toBe(0);
    // Contact details look right when present.
    expect(
      await scalar(
        db,
        sql`select count(*) as n from person
        where telefon !~ '^[49][0-9]{7}$' or epost !~ '@(example\\.org|[a-z.]+\\.invalid)$'`,
      ),
    ).toBe(0);
  });
});

describe("determinism", () => {
  test("the same seed gives identical rows (and uuids) in another database; another seed does not", async () => {
    const again = await createTestDb();
    try {
      await generateDemoData(again.db, { seed: SEED, size: "small", today: TODAY });
      expect(await digest(again.db)).toEqual(await digest(small.db));
    } finally {
      await again.close();
    }
    const a = buildDemoOslo({ seed: SEED, size: "small", today: TODAY });
    const b = buildDemoOslo({ seed: SEED + 1, size: "small", today: TODAY });
    expect(b.bolig[0]!.id).not.toBe(a.bolig[0]!.id);
    expect(JSON.stringify(b.person)).not.toBe(JSON.stringify(a.person));
    expect(JSON.stringify(b.eiendom.map((e) => e.gateadresse))).not.toBe(
      JSON.stringify(a.eiendom.map((e) => e.gateadresse)),
    );
    for (const id of a.bolig.slice(0, 50).map((x) => x.id)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe("ensureDemoData", () => {
  const logger = { info: () => {} };

  test("DEMO_DATA=none inserts the 15 districts only, once", async () => {
    const handle = await createTestDb();
    try {
      await ensureDemoData(handle.db, { demoData: "none", demoSeed: 1 }, logger, TODAY);
      await ensureDemoData(handle.db, { demoData: "small", demoSeed: 1 }, logger, TODAY);
      const bydeler = await handle.db.selectFrom("bydel").selectAll().orderBy("nummer").execute();
      expect(bydeler.map((b) => [b.nummer, b.id])).toEqual(BYDELER.map((b) => [b.nummer, b.id]));
      expect(bydeler.find((b) => b.id === "sagene")).toMatchObject({ navn: "Sagene", innbyggere: 46_000 });
      expect(await scalar(handle.db, sql`select count(*) as n from eiendom`)).toBe(0);
    } finally {
      await handle.close();
    }
  });

  test("fills an empty database and leaves a filled one alone, logging counts without personal data", async () => {
    const handle = await createTestDb();
    const logged: unknown[] = [];
    const spy = { info: (obj: unknown) => void logged.push(obj) };
    try {
      await ensureDemoData(handle.db, { demoData: "small", demoSeed: SEED }, spy, TODAY);
      const first = await digest(handle.db);
      expect(first).toEqual(await digest(small.db));
      await ensureDemoData(handle.db, { demoData: "small", demoSeed: SEED + 1 }, spy, TODAY);
      expect(await digest(handle.db)).toEqual(first);
      expect(logged[0]).toMatchObject({
        counts: { bydeler: 15, bolig: expect.any(Number) },
        ms: expect.any(Number),
      });
      expect(JSON.stringify(logged)).not.toMatch(/[0-9]{11}|Hassan|Nowak/);
    } finally {
      await handle.close();
    }
  });
});
