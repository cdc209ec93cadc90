import type { DatabaseHandle } from "../app/db/connection.server";
import { startApp } from "./app-server";
import type { BenchConfig } from "./config";
import {
  BYDEL,
  loadPage,
  readWorkload,
  runQueries,
  sessionActor,
  signIn,
  type HttpRun,
  type PageName,
  type SqlRun,
  type Workload,
} from "./pages";
import { ratio } from "./stats";

/** Targets printed next to the figures (a MISS is reported, never a failure). */
export const PAGE_TARGETS = { serverP95Ms: 100, pageToSqlRatio: 3 };

export const PAGES: readonly PageName[] = ["search", "stairwell"];
export const PAGE_PATHS: Record<PageName, string> = {
  search: "/boliger/sok?q=…",
  stairwell: "/boliger/oppgang/:id",
};

export type DatabaseKind = "pglite" | "postgres";

export type PageResult = {
  page: PageName;
  path: string;
  database: DatabaseKind;
  http: HttpRun;
  sql: SqlRun;
  pageToSql: { p50: number | null; p95: number | null };
  targets: { p95Under100MsOnServer: boolean | null; under3xSql: boolean | null };
};

export type PageBench = {
  database: DatabaseKind;
  workload: { searchTerms: number; stairwells: number };
  /** Peak resident memory of the app process during the run (VmHWM), MiB. */
  appPeakRssMiB: number | null;
  results: PageResult[];
  errors: string[];
};

export type PageBenchTarget = {
  kind: DatabaseKind;
  /** Opens the benchmark's database in this process (for PGlite only while the app is stopped). */
  open: () => Promise<DatabaseHandle>;
  /** How the app process reaches the same database. */
  app: { pgliteDir: string } | { databaseUrl: string };
  port: number;
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function withDatabase<T>(
  target: PageBenchTarget,
  fn: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await target.open();
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/**
 * The page benchmark on one database: inputs from the database, then the
 * built app under load (search, then stairwell), then — with the app stopped,
 * so a PGlite folder has one process at a time — the same use cases with the
 * same actor, inputs, concurrency and count, called directly. A page that
 * fails (e.g. a route not there yet) is reported and skipped.
 */
export async function benchPagesOn(
  target: PageBenchTarget,
  config: BenchConfig,
  buildDir: string,
  log: (line: string) => void,
): Promise<PageBench> {
  const bench: PageBench = {
    database: target.kind,
    workload: { searchTerms: 0, stairwells: 0 },
    appPeakRssMiB: null,
    results: [],
    errors: [],
  };
  const workload: Workload = await withDatabase(target, (handle) => readWorkload(handle.db));
  bench.workload = { searchTerms: workload.searchTerms.length, stairwells: workload.stairwellIds.length };
  if (workload.stairwellIds.length === 0 || workload.searchTerms.length === 0) {
    throw new Error(`Ingen oppganger eller søkeord i bydel ${BYDEL}`);
  }

  log(`${target.kind}: starter appen på port ${target.port} …`);
  const app = await startApp({ buildDir, port: target.port, ...target.app });
  const http = new Map<PageName, HttpRun>();
  let sessionId: string | null = null;
  try {
    const session = await signIn(app.url);
    sessionId = session.sessionId;
    for (const page of PAGES) {
      const common = {
        url: app.url,
        cookie: session.cookie,
        page,
        workload,
        concurrency: config.concurrency,
      };
      log(`${target.kind}: ${page} – ${config.warmup} oppvarming + ${config.requests} forespørsler …`);
      const warm = await loadPage({ ...common, amount: config.warmup });
      const bad = Object.keys(warm.statuses).filter((status) => status !== "200");
      if (bad.length > 0 || warm.errors > 0) {
        bench.errors.push(
          `${target.kind}: ${PAGE_PATHS[page]} svarte ${JSON.stringify(warm.statuses)}` +
            ` (${warm.errors} nettverksfeil) under oppvarmingen; siden er hoppet over — finnes ruten?`,
        );
        continue;
      }
      const run = await loadPage({ ...common, amount: config.requests });
      const failed = Object.entries(run.statuses).filter(([status]) => status !== "200");
      if (failed.length > 0 || run.errors > 0 || run.requests < config.requests) {
        // Figures from a broken run would mislead: report it and leave the page out of the table.
        bench.errors.push(
          `${target.kind}: ${PAGE_PATHS[page]} svarte ${JSON.stringify(run.statuses)} på ${config.requests}` +
            ` forespørsler (${run.errors} nettverksfeil eller tidsavbrudd) under målingen; siden er utelatt`,
        );
        continue;
      }
      http.set(page, run);
    }
    bench.appPeakRssMiB = app.peakRssMiB();
  } catch (error) {
    bench.errors.push(`${target.kind}: ${message(error)}\n${app.output().slice(-2000)}`);
  } finally {
    const ended = app.ended();
    if (ended) {
      bench.errors.push(
        `${target.kind}: appen avsluttet under målingen (${ended})\n${app.output().slice(-2000)}`,
      );
    }
    const code = await app.stop();
    if (code !== 0 && !ended)
      bench.errors.push(`${target.kind}: appen stoppet med kode ${code}\n${app.output().slice(-2000)}`);
  }
  if (http.size === 0 || !sessionId) return bench;

  const session = sessionId;
  await withDatabase(target, async (handle) => {
    const actor = await sessionActor(handle.db, session);
    for (const [page, httpRun] of http) {
      log(`${target.kind}: ${page} – SQL alene, ${config.requests} kall, ${config.concurrency} samtidige …`);
      const sql = await runQueries({
        db: handle.db,
        actor,
        page,
        workload,
        amount: config.requests,
        concurrency: config.concurrency,
        warmup: config.warmup,
      });
      const p50 = ratio(httpRun.latencyMs.p50, sql.latencyMs.p50);
      const p95 = ratio(httpRun.latencyMs.p95, sql.latencyMs.p95);
      bench.results.push({
        page,
        path: PAGE_PATHS[page],
        database: target.kind,
        http: httpRun,
        sql,
        pageToSql: { p50, p95 },
        targets: {
          p95Under100MsOnServer:
            target.kind === "postgres" ? httpRun.latencyMs.p95 < PAGE_TARGETS.serverP95Ms : null,
          under3xSql: p50 === null || p95 === null ? null : Math.max(p50, p95) < PAGE_TARGETS.pageToSqlRatio,
        },
      });
    }
  });
  return bench;
}
