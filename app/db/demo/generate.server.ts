import { sql, type Insertable, type Kysely } from "kysely";
import type { Database } from "../schema";
import { BYDELER, bydelRows } from "../reference/bydeler";
import { osloToday, isDate } from "./dates";
import { PeopleFactory } from "./households";
import { demoPersonas } from "./personas";
import { Random } from "./random";
import { buildStock, type DemoBolig, type Stock } from "./stock";
import { StreetNamer } from "./streets";

export type DemoSize = "full" | "small";

/** The demo tables, in the order they are filled. */
export const DEMO_TABLES = [
  "eiendom",
  "bygning",
  "oppgang",
  "bolig",
  "person",
  "husstand",
  "husstand_medlem",
  "husstand_oppfolging",
  "leiekontrakt",
] as const;
export type DemoTable = (typeof DEMO_TABLES)[number];
export type DemoRows = { [T in DemoTable]: Insertable<Database[T]>[] };
export type DemoCounts = Record<DemoTable, number>;

/** Share of the full Oslo built for DEMO_DATA=small (about 600 homes; every district keeps at least 12). */
const SMALL_SCALE = 0.053;
const SMALL_MIN_UNITS = 12;

export function targetUnits(size: DemoSize, bydel: (typeof BYDELER)[number]): number {
  const full = Math.round((bydel.innbyggere / 1000) * bydel.kommunaleBoligerPer1000);
  return size === "full" ? full : Math.max(SMALL_MIN_UNITS, Math.round(full * SMALL_SCALE));
}

/**
 * Builds the demo Oslo in memory: the same seed, size and `today` give the
 * same rows and the same uuids. No database access.
 */
export function buildDemoOslo(options: { seed: number; size: DemoSize; today: string }): DemoRows {
  if (!isDate(options.today)) throw new Error(`Ugyldig dato for today: ${options.today}`);
  const root = Random.fromSeed(options.seed);
  const streets = new StreetNamer(root.fork("gatenavn"));
  const stocks: Stock[] = BYDELER.map((bydel) =>
    buildStock(root.fork(`bestand:${bydel.id}`), streets, bydel, targetUnits(options.size, bydel)),
  );
  const boliger = stocks.flatMap((s) => s.bolig);

  const personas = demoPersonas();
  const personaUnits = new Map<string, (typeof personas)[number]>();
  for (const persona of personas) {
    const unit = pickPersonaUnit(root.fork(`persona:${persona.personaId}`), boliger, persona, personaUnits);
    unit.status = "utleid";
    personaUnits.set(unit.id, persona);
  }

  const people = new PeopleFactory(
    root.fork("folk"),
    options.today,
    personas.map((p) => p.fodselsnummer),
  );
  const vacancy = root.fork("ledighet");
  for (const bolig of boliger) {
    const persona = personaUnits.get(bolig.id);
    if (persona) people.personaUnit(bolig, persona);
    else if (bolig.status === "utleid") people.letUnit(bolig);
    else if (bolig.status === "ledig") people.vacantUnit(bolig, vacancy.int(5, 150));
    else if (bolig.status === "reservert") people.vacantUnit(bolig, vacancy.int(20, 120));
    else if (bolig.status === "under_oppussing") people.vacantUnit(bolig, vacancy.int(10, 240));
    else if (vacancy.chance(0.7)) people.vacantUnit(bolig, vacancy.int(60, 900));
  }

  return {
    eiendom: stocks.flatMap((s) => s.eiendom),
    bygning: stocks.flatMap((s) => s.bygning),
    oppgang: stocks.flatMap((s) => s.oppgang),
    bolig: boliger.map(({ areal: _a, byggeaar: _b, eiendomType: _t, ...row }) => row),
    ...people.rows,
  };
}

function pickPersonaUnit(
  random: Random,
  boliger: DemoBolig[],
  persona: { bydelId: string; rom: number; personaId: string },
  taken: Map<string, unknown>,
): DemoBolig {
  const inGard = boliger.filter(
    (b) => b.bydel_id === persona.bydelId && b.eiendomType === "gard" && !taken.has(b.id),
  );
  const candidates = [
    inGard.filter((b) => b.status === "utleid" && b.rom === persona.rom),
    inGard.filter((b) => b.status === "utleid"),
    inGard,
  ].find((list) => list.length > 0);
  if (!candidates) throw new Error(`Ingen gård i bydelen til personaen ${persona.personaId}`);
  return random.pick(candidates);
}

/** Inserts the 15 districts where missing; reference data, present in every database. */
export async function insertBydeler(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto("bydel")
    .values(bydelRows())
    .onConflict((c) => c.column("id").doNothing())
    .execute();
}

/**
 * Inserts 5,000 rows a statement, sent as one JSON parameter and unpacked by
 * json_populate_recordset: on PGlite about twice as fast as multi-row VALUES
 * (one parameter to pass instead of tens of thousands). Columns the rows do
 * not name keep their defaults, so later migrations may add columns.
 */
async function insertBatches<T extends DemoTable>(
  db: Kysely<Database>,
  table: T,
  rows: DemoRows[T],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += 5000) {
    const json = JSON.stringify(rows.slice(i, i + 5000));
    await sql`insert into ${sql.table(table)} (${columns})
      select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${json}::text::json)`.execute(
      db,
    );
  }
}

/**
 * Builds and inserts the demo Oslo (in one transaction unless `db` already is
 * one). Also inserts the districts if missing. `today` defaults to today's
 * date in Europe/Oslo; pass it to make the rows reproducible.
 */
export async function generateDemoData(
  db: Kysely<Database>,
  options: { seed: number; size: DemoSize; today?: string },
): Promise<{ counts: DemoCounts; buildMs: number; insertMs: number }> {
  const started = performance.now();
  const rows = buildDemoOslo({ seed: options.seed, size: options.size, today: options.today ?? osloToday() });
  const built = performance.now();
  const insert = async (trx: Kysely<Database>) => {
    await insertBydeler(trx);
    for (const table of DEMO_TABLES) await insertBatches(trx, table, rows[table]);
  };
  if (db.isTransaction) await insert(db);
  else await db.transaction().execute(insert);
  const counts = Object.fromEntries(DEMO_TABLES.map((t) => [t, rows[t].length])) as DemoCounts;
  return { counts, buildMs: Math.round(built - started), insertMs: Math.round(performance.now() - built) };
}
