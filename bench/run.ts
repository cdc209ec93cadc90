/**
 * `npm run bench`: demo-data generation, page latency under load and its ratio
 * to the page's own SQL, and the allocation engine — all figures measured in
 * this one run, so ratios compare like with like on a shared, noisy machine.
 * See docs/benchmarks.md. Environment: BENCH_ONLY, BENCH_SCALE, BENCH_REQUESTS,
 * BENCH_WARMUP, BENCH_CONCURRENCY, BENCH_DATABASE_URL (or "none"),
 * BENCH_DATABASE_NAME, BENCH_BUILD_DIR, BENCH_PORT, BENCH_SEED, BENCH_TODAY.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../app/db/connection.server";
import { buildApp } from "./app-server";
import { benchCases } from "./cases";
import { benchUndersokelse } from "./undersokelse";
import { loadBenchConfig, type BenchConfig } from "./config";
import { generatePglite, generatePostgres, type GenerationRun } from "./generation";
import { benchPagesOn, PAGES, type DatabaseKind, type PageBenchTarget } from "./page-bench";
import { PERSONA } from "./pages";
import { freshDatabase, probeServer, redact } from "./postgres";
import { GENERATION_TARGET_SECONDS, printReport, type Results } from "./report";
import { ratio } from "./stats";

const here = path.dirname(fileURLToPath(import.meta.url));

function log(line: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function newResults(config: BenchConfig): Results {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    scale: config.scale,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "?",
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
    },
    settings: {
      requests: config.requests,
      warmup: config.warmup,
      concurrency: config.concurrency,
      persona: PERSONA,
      seed: config.seed,
      today: config.today,
    },
    server: { url: config.serverUrl ? redact(config.serverUrl) : null, version: null, skipped: null },
    errors: [],
  };
}

/** 4. The allocation engine, through G's bench/allocation.ts when it is there. */
async function allocation(): Promise<NonNullable<Results["allocation"]>> {
  const file = path.join(here, "allocation.ts");
  if (!fs.existsSync(file))
    return { skipped: "bench/allocation.ts finnes ikke (allokeringsbenchmarken mangler)" };
  const mod = (await import(file)) as { benchAllocation?: () => Promise<Record<string, unknown>> };
  if (typeof mod.benchAllocation !== "function") {
    return { skipped: "bench/allocation.ts eksporterer ikke benchAllocation()" };
  }
  return mod.benchAllocation();
}

async function run(config: BenchConfig, results: Results, work: string) {
  const needsData = config.parts.has("generation") || config.parts.has("pages");
  // 6. The survey: its own data (eight city-wide rounds) in this process, on PGlite.
  if (config.parts.has("undersokelse")) {
    try {
      results.undersokelse = await benchUndersokelse({ config, work, log });
    } catch (error) {
      results.errors.push(`undersøkelse: ${describe(error)}`);
    }
  }
  if (!needsData && !config.parts.has("cases")) return;

  if (!config.serverUrl) results.server.skipped = "BENCH_DATABASE_URL=none";
  else {
    const probe = await probeServer(config.serverUrl);
    if (probe.ok) results.server.version = probe.version;
    else
      results.server.skipped = `PostgreSQL-serveren svarer ikke på ${redact(config.serverUrl)}: ${probe.reason}`;
  }
  if (results.server.skipped) {
    log(`Hopper over serverdelene: ${results.server.skipped}`);
    log("Oppsett: se docs/benchmarks.md (pg_ctlcluster 15 main start og rollen bomiljo_bench).");
  }

  let built = config.buildDir ? path.resolve(config.buildDir) : null;
  const buildDirOnce = () => {
    if (!built) {
      log("Bygger appen …");
      built = buildApp(work);
    }
    return built;
  };
  if (needsData) await standardSections(config, results, work, buildDirOnce);

  // 5. Cases: its own data (five years of cases) on PGlite and the server, pages, SQL alone, vedtak PDF.
  if (config.parts.has("cases")) {
    const serverUrl = config.serverUrl && !results.server.skipped ? config.serverUrl : null;
    results.cases = await benchCases({
      config,
      buildDir: buildDirOnce(),
      work,
      serverUrl,
      log,
      errors: results.errors,
    });
  }
}

async function standardSections(
  config: BenchConfig,
  results: Results,
  work: string,
  buildDirOnce: () => string,
) {
  // 1. Demo-data generation: a fresh PGlite folder, then a fresh server database; both kept for the pages.
  const pgliteDir = path.join(work, "pglite");
  const options = { seed: config.seed, size: config.demoSize, today: config.today };
  const runs: GenerationRun[] = [];
  log(`Genererer demo-Oslo (${config.demoSize}) i en ny PGlite-mappe …`);
  runs.push(await generatePglite(pgliteDir, options));
  let serverDbUrl: string | null = null;
  if (config.serverUrl && !results.server.skipped) {
    serverDbUrl = await freshDatabase(config.serverUrl, config.serverDatabase);
    log(`Genererer demo-Oslo (${config.demoSize}) i en ny serverdatabase (${config.serverDatabase}) …`);
    runs.push(await generatePostgres(serverDbUrl, options));
  }
  if (config.parts.has("generation")) {
    const seconds = (kind: DatabaseKind) => runs.find((r) => r.database === kind)?.totalSeconds ?? null;
    const target = (kind: DatabaseKind) => {
      const s = seconds(kind);
      return s === null || config.scale !== "full" ? null : s < GENERATION_TARGET_SECONDS;
    };
    results.generation = {
      runs,
      pgliteToServer: ratio(seconds("pglite"), seconds("postgres")),
      targets: { pglite: target("pglite"), postgres: target("postgres") },
    };
  }

  // 2 and 3. Pages under load, then the same use cases alone in this process.
  if (config.parts.has("pages")) {
    const buildDir = buildDirOnce();
    const targets: PageBenchTarget[] = [
      {
        kind: "pglite",
        open: () => openDatabase({ databaseUrl: null, pgliteDir }),
        app: { pgliteDir },
        port: config.firstPort,
      },
    ];
    if (serverDbUrl) {
      const url = serverDbUrl;
      targets.push({
        kind: "postgres",
        open: () => openDatabase({ databaseUrl: url }),
        app: { databaseUrl: url },
        port: config.firstPort + 1,
      });
    }
    const pages: NonNullable<Results["pages"]> = { benches: [], pgliteToServerP50: {} };
    results.pages = pages;
    for (const target of targets) {
      try {
        const bench = await benchPagesOn(target, config, buildDir, log);
        pages.benches.push(bench);
        results.errors.push(...bench.errors);
      } catch (error) {
        results.errors.push(`${target.kind}: ${describe(error)}`);
      }
    }
    const all = pages.benches.flatMap((bench) => bench.results);
    for (const page of PAGES) {
      const p50 = (kind: DatabaseKind) =>
        all.find((r) => r.page === page && r.database === kind)?.http.latencyMs.p50;
      pages.pgliteToServerP50[page] = ratio(p50("pglite"), p50("postgres"));
    }
  }
}

async function main() {
  let config: BenchConfig;
  try {
    config = loadBenchConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const results = newResults(config);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-bench-"));
  log(`skala ${config.scale}, deler: ${[...config.parts].join(", ")}, arbeidsmappe ${work}`);
  try {
    await run(config, results, work);
  } catch (error) {
    results.errors.push(describe(error));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (config.parts.has("allocation")) {
    log("Allokering (HiGHS) …");
    try {
      results.allocation = await allocation();
    } catch (error) {
      results.errors.push(`allokering: ${describe(error)}`);
    }
  }

  printReport(results, config);
  const out = path.join(here, "results");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResultater: ${path.relative(process.cwd(), path.join(out, "latest.json"))}`);
  if (results.errors.length > 0) process.exitCode = 1;
}

await main();
