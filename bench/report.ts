import { printCasesReport, type CasesResults } from "./cases";
import { printUndersokelseReport, type UndersokelseResults } from "./undersokelse";
import type { BenchConfig } from "./config";
import type { GenerationRun } from "./generation";
import { PAGE_TARGETS, type DatabaseKind, type PageBench } from "./page-bench";
import { BYDEL, PERSONA, type PageName } from "./pages";
import { fmt, table, verdict } from "./stats";

export const GENERATION_TARGET_SECONDS = 60;

/** Everything one run measured; written to bench/results/latest.json. */
export type Results = {
  date: string;
  scale: BenchConfig["scale"];
  machine: { cpus: number; cpuModel: string; node: string; platform: string; loadAverageAtStart: number[] };
  settings: {
    requests: number;
    warmup: number;
    concurrency: number;
    persona: string;
    seed: number;
    today: string;
  };
  server: { url: string | null; version: string | null; skipped: string | null };
  generation?: {
    runs: GenerationRun[];
    /** PGlite total seconds / server total seconds. */
    pgliteToServer: number | null;
    /** Under a minute for the full Oslo (null at small scale or when not run). */
    targets: Record<DatabaseKind, boolean | null>;
  };
  pages?: {
    benches: PageBench[];
    /** PGlite page p50 / server page p50, per page. */
    pgliteToServerP50: Partial<Record<PageName, number | null>>;
  };
  allocation?: { skipped: string } | Record<string, unknown>;
  cases?: CasesResults;
  undersokelse?: UndersokelseResults;
  errors: string[];
};

function flatten(value: unknown, prefix = ""): Array<[string, string]> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, Array.isArray(value) ? JSON.stringify(value) : String(value)]];
}

/** The readable report on stdout. */
export function printReport(results: Results, config: BenchConfig): void {
  const m = results.machine;
  console.log(`\nBomiljø benchmark ${results.date} — skala ${results.scale}`);
  console.log(
    `${m.cpus} × ${m.cpuModel}, Node ${m.node}, belastning ved start ${m.loadAverageAtStart.join(" ")}`,
  );
  if (results.server.version) console.log(`PostgreSQL ${results.server.version} (${results.server.url})`);
  if (results.server.skipped) console.log(`Serverdelene hoppet over: ${results.server.skipped}`);

  const g = results.generation;
  if (g) {
    console.log(`\n1. Demodata (${results.scale === "full" ? "hele" : "lille"} demo-Oslo), sekunder`);
    console.log(
      table(
        [
          "database",
          "migrering",
          "bygg",
          "innsetting",
          "saker",
          "totalt",
          "boliger",
          "personer",
          "saker (antall)",
          "< 60 s",
        ],
        g.runs.map((r) => [
          r.database,
          fmt(r.migrateSeconds, 2),
          fmt(r.buildSeconds, 2),
          fmt(r.insertSeconds, 2),
          fmt(r.casesSeconds, 2),
          fmt(r.totalSeconds, 2),
          r.counts.bolig,
          r.counts.person,
          r.cases,
          verdict(g.targets[r.database]),
        ]),
      ),
    );
    console.log(
      "bygg og innsetting: boliger, personer og leieforhold (generateDemoData); saker: generateDemoCases;" +
        " totalt: begge i én transaksjon, som ved appens første start",
    );
    console.log(`PGlite / server (totalt): ${fmt(g.pgliteToServer, 2)} ×`);
  }

  const p = results.pages;
  if (p) {
    const first = p.benches[0];
    console.log(
      `\n2–3. Sider: ${config.concurrency} samtidige klienter, ${config.requests} forespørsler per side og database` +
        ` (etter ${config.warmup} til oppvarming), som ${PERSONA};` +
        ` ${first?.workload.searchTerms ?? 0} søkeord og ${first?.workload.stairwells ?? 0} oppganger i ${BYDEL}`,
    );
    console.log(
      table(
        [
          "side",
          "database",
          "req/s",
          "p50 ms",
          "p95 ms",
          "SQL p50",
          "SQL p95",
          "side/SQL p50",
          "side/SQL p95",
          "tomme",
          `p95 < ${PAGE_TARGETS.serverP95Ms} ms (server)`,
          `< ${PAGE_TARGETS.pageToSqlRatio}× SQL`,
        ],
        p.benches.flatMap((bench) =>
          bench.results.map((r) => [
            r.page,
            r.database,
            fmt(r.http.requestsPerSecond),
            fmt(r.http.latencyMs.p50),
            fmt(r.http.latencyMs.p95),
            fmt(r.sql.latencyMs.p50),
            fmt(r.sql.latencyMs.p95),
            fmt(r.pageToSql.p50, 2),
            fmt(r.pageToSql.p95, 2),
            r.sql.empty,
            verdict(r.targets.p95Under100MsOnServer),
            verdict(r.targets.under3xSql),
          ]),
        ),
      ),
    );
    console.log("tomme: SQL-kall uten treff (søk uten treff, oppgang ikke funnet); ventet 0.");
    for (const [page, value] of Object.entries(p.pgliteToServerP50)) {
      if (value !== null) console.log(`${page}: PGlite p50 / server p50 = ${fmt(value, 2)} ×`);
    }
    for (const bench of p.benches) {
      console.log(`Appens største minnebruk (VmHWM) på ${bench.database}: ${bench.appPeakRssMiB ?? "–"} MiB`);
    }
  }

  if (results.allocation) {
    console.log("\n4. Allokering (bench/allocation.ts)");
    console.log(table(["mål", "verdi"], flatten(results.allocation)));
  }

  if (results.cases) printCasesReport(results.cases, config);
  if (results.undersokelse) printUndersokelseReport(results.undersokelse);

  for (const error of results.errors) console.log(`\nFEIL: ${error}`);
}
