/**
 * The survey section of `npm run bench` (BENCH_ONLY=undersokelse): the time to compute the results page of the
 * city (Velferdsetaten: every district, every round, about 350 addresses × 8 rounds, some 40,000 answers at
 * full scale) and of one address (the coordinator's page, which needs the district's suppression of every
 * round), each as figures and as a ratio to the raw aggregate SQL underneath — measured side by side in this
 * run, in this process, on PGlite. See docs/benchmarks.md.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import type { Actor } from "../app/auth/actor";
import { openDatabase } from "../app/db/connection.server";
import { generateDemoData } from "../app/db/demo/generate.server";
import { generateDemoUndersokelse } from "../app/db/demo/undersokelse.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { getAdresseresultater } from "../app/modules/undersokelse/get-adresse.server";
import { getResultater } from "../app/modules/undersokelse/get-resultater.server";
import type { BenchConfig } from "./config";
import { fmt, ratio, round, summarize, table } from "./stats";

export type UndersokelseResults = {
  addresses: number;
  rounds: number;
  answers: number;
  iterations: number;
  city: {
    pageMs: { p50: number; p95: number };
    sqlMs: { p50: number; p95: number };
    ratioP50: number | null;
  };
  address: {
    pageMs: { p50: number; p95: number };
    sqlMs: { p50: number; p95: number };
    ratioP50: number | null;
    /** The raw aggregate of the address's whole district, which the page needs for complementary suppression. */
    districtSqlMs: { p50: number; p95: number };
    ratioToDistrictP50: number | null;
  };
};

const ANALYTIKER: Actor = {
  id: "bench:analytiker",
  navn: "Bench",
  rolle: "analytiker",
  enhet: "Velferdsetaten",
  bydelId: null,
  personId: null,
  acr: null,
};

async function tid(n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(3, n); i++) await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const s = summarize(ms);
  return { p50: round(s.p50, 2), p95: round(s.p95, 2) };
}

export async function benchUndersokelse({
  config,
  work,
  log,
}: {
  config: BenchConfig;
  work: string;
  log: (line: string) => void;
}): Promise<UndersokelseResults> {
  const pgliteDir = path.join(work, "pglite-undersokelse");
  fs.mkdirSync(pgliteDir, { recursive: true });
  const handle = await openDatabase({ databaseUrl: null, pgliteDir });
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;
    const runder = config.scale === "full" ? 8 : 3;
    log(`Undersøkelse: demo-Oslo (${config.demoSize}) med ${runder} byrunder …`);
    await db.transaction().execute(async (trx) => {
      await generateDemoData(trx, { seed: config.seed, size: config.demoSize, today: config.today });
      await generateDemoUndersokelse(trx, {
        seed: config.seed,
        size: config.demoSize,
        today: config.today,
        runder,
      });
    });
    await sql`analyze`.execute(db);
    const tell = async (t: "eiendom" | "undersokelse_runde" | "undersokelse_svar") =>
      Number(
        (
          await db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [addresses, rounds, answers] = await Promise.all([
      tell("eiendom"),
      tell("undersokelse_runde"),
      tell("undersokelse_svar"),
    ]);
    const iterations = config.scale === "full" ? 30 : 20;

    // The address with the most answers in Sagene, and its coordinator.
    const adresse = await db
      .selectFrom("undersokelse_svar")
      .select(["eiendom_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("bydel_id", "=", "sagene")
      .groupBy("eiendom_id")
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    const koord: Actor = { ...ANALYTIKER, id: "bench:koord", rolle: "bomiljokoordinator", bydelId: "sagene" };

    log(`Undersøkelse: ${answers} svar, ${rounds} runder, ${addresses} adresser; måler byens side …`);
    const cityPage = await tid(iterations, () => getResultater({ db, actor: ANALYTIKER }));
    // The raw aggregate the city page needs at the least: n, mean and variance of every indicator per round and district.
    const rawCity = sql`
      select runde_id, bydel_id, count(*),
        ${sql.raw(
          [
            "samlet",
            "helhet",
            "bolig",
            "trygghet",
            "utleier",
            "naboskap",
            "medvirkning",
            "kontakt",
            "beboerrad",
          ]
            .map(
              (i) =>
                `avg((indeks->>'${i}')::float8), stddev((indeks->>'${i}')::float8), count(indeks->'${i}')`,
            )
            .join(", "),
        )}
      from undersokelse_svar group by runde_id, bydel_id`;
    const citySql = await tid(iterations, () => rawCity.execute(db));

    log("Undersøkelse: måler adressens side …");
    const addressPage = await tid(iterations, () =>
      getAdresseresultater({
        db,
        actor: koord,
        eiendomId: adresse.eiendom_id,
        dato: `${config.today.slice(0, 4)}-01-01`,
      }),
    );
    const rawAddress = sql`
      select runde_id, count(*), avg((indeks->>'samlet')::float8), stddev((indeks->>'samlet')::float8)
      from undersokelse_svar where eiendom_id = ${adresse.eiendom_id} group by runde_id`;
    const addressSql = await tid(iterations, () => rawAddress.execute(db));
    const rawDistrict = sql`
      select runde_id, eiendom_id, count(*),
        ${sql.raw(
          [
            "samlet",
            "helhet",
            "bolig",
            "trygghet",
            "utleier",
            "naboskap",
            "medvirkning",
            "kontakt",
            "beboerrad",
          ]
            .map(
              (i) =>
                `avg((indeks->>'${i}')::float8), stddev((indeks->>'${i}')::float8), count(indeks->'${i}')`,
            )
            .join(", "),
        )}
      from undersokelse_svar where bydel_id = 'sagene' group by runde_id, eiendom_id`;
    const districtSql = await tid(iterations, () => rawDistrict.execute(db));

    return {
      addresses,
      rounds,
      answers,
      iterations,
      city: { pageMs: cityPage, sqlMs: citySql, ratioP50: ratio(cityPage.p50, citySql.p50) },
      address: {
        pageMs: addressPage,
        sqlMs: addressSql,
        ratioP50: ratio(addressPage.p50, addressSql.p50),
        districtSqlMs: districtSql,
        ratioToDistrictP50: ratio(addressPage.p50, districtSql.p50),
      },
    };
  } finally {
    await handle.close();
  }
}

export function printUndersokelseReport(r: UndersokelseResults): void {
  console.log(`\n## Bomiljøundersøkelsen (PGlite, i prosessen)\n`);
  console.log(
    `${r.answers} svar, ${r.rounds} runder, ${r.addresses} adresser; ${r.iterations} målinger per rad.\n`,
  );
  console.log(
    `Adressesiden mot rå SQL for hele bydelen (som siden trenger for komplementær skjuling): ` +
      `${fmt(r.address.districtSqlMs.p50)} ms p50, forhold ${fmt(r.address.ratioToDistrictP50, 2)}.\n`,
  );
  console.log(
    table(
      ["side", "side p50 ms", "side p95 ms", "rå SQL p50 ms", "rå SQL p95 ms", "side / SQL (p50)"],
      [
        [
          "byens resultater",
          fmt(r.city.pageMs.p50),
          fmt(r.city.pageMs.p95),
          fmt(r.city.sqlMs.p50),
          fmt(r.city.sqlMs.p95),
          fmt(r.city.ratioP50, 2),
        ],
        [
          "én adresse",
          fmt(r.address.pageMs.p50),
          fmt(r.address.pageMs.p95),
          fmt(r.address.sqlMs.p50),
          fmt(r.address.sqlMs.p95),
          fmt(r.address.ratioP50, 2),
        ],
      ],
    ),
  );
}
