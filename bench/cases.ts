/**
 * The cases section of `npm run bench` (BENCH_ONLY=cases): the caseworker's work queue (/saker) and case page
 * (/saker/:sakId) under load with five years of cases, and the time to render one vedtaksbrev as PDF — each as
 * figures and as a ratio to the SQL underneath, measured side by side in this run. See docs/benchmarks.md.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import type { Actor } from "../app/auth/actor";
import { openDatabase, type DatabaseHandle, type Db } from "../app/db/connection.server";
import { FILTER, koUrl, type Visning } from "../app/modules/cases/components/saksbehandling/arbeidsko";
import { getCaseForCaseworker } from "../app/modules/cases/get-case-for-caseworker.server";
import { renderVedtakPdf, vedtaksbrevInput } from "../app/modules/cases/render-letter-pdf.server";
import { searchWorkQueue } from "../app/modules/cases/search-work-queue.server";
import { renderVedtaksbrev } from "../app/modules/letters/render-vedtaksbrev.server";
import { startApp } from "./app-server";
import type { BenchConfig } from "./config";
import { generatePglite, generatePostgres, type GenerationRun } from "./generation";
import { PAGE_TARGETS, type DatabaseKind } from "./page-bench";
import { BYDEL, inFlight, PERSONA, sessionActor, signIn, type HttpRun, type SqlRun } from "./pages";
import { freshDatabase } from "./postgres";
import { fmt, percentile, ratio, round, summarize, table, verdict } from "./stats";

/** Years of demo cases behind the pages (the issue: "five years of cases"). */
export const CASE_YEARS = 5;

export type CasePage = "queue" | "case";
export const CASE_PAGES: readonly CasePage[] = ["queue", "case"];
export const CASE_PAGE_PATHS: Record<CasePage, string> = {
  queue: "/saker?…",
  case: "/saker/:sakId",
};

/** One work-queue request: a view, a search and a page, as the route reads them from the URL. */
export type QueueInput = { vis: Visning; q: string; side: number };

export type CaseWorkload = { queue: QueueInput[]; sakIds: string[]; vedtakIds: string[] };

export type CasePageResult = {
  page: CasePage;
  path: string;
  database: DatabaseKind;
  http: HttpRun;
  sql: SqlRun;
  pageToSql: { p50: number | null; p95: number | null };
  targets: { p95Under100MsOnServer: boolean | null; under3xSql: boolean | null };
};

export type PdfResult = {
  database: DatabaseKind;
  renders: number;
  /** The whole renderVedtakPdf call: load (SQL), render, and the three audit rows it writes. */
  wholeMs: { p50: number; p95: number };
  /** vedtaksbrevInput alone: the SQL that loads the letter's data. */
  loadMs: { p50: number; p95: number };
  /** renderVedtaksbrev alone (the letters module), on the same inputs, already loaded. */
  renderMs: { p50: number; p95: number };
  wholeToLoad: { p50: number | null; p95: number | null };
  wholeToRender: { p50: number | null; p95: number | null };
  bytes: number;
};

export type CasesBench = {
  database: DatabaseKind;
  /** The generation behind it: the whole demo Oslo plus CASE_YEARS years of cases (not a target). */
  generation: GenerationRun | null;
  workload: { queueVariants: number; cases: number; vedtak: number };
  appPeakRssMiB: number | null;
  results: CasePageResult[];
  pdf: PdfResult | null;
  errors: string[];
};

export type CasesResults = {
  years: number;
  benches: CasesBench[];
  /** PGlite page p50 / server page p50, per page. */
  pgliteToServerP50: Partial<Record<CasePage, number | null>>;
};

const hash = (value: string) => createHash("sha256").update(value).digest("hex");
const byHash = <T>(items: T[], key: (item: T) => string) =>
  items
    .map((item) => ({ item, k: hash(key(item)) }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .map(({ item }) => item);

/**
 * Inputs from the database: the work queue's views (all, page 2, three status/deadline views, appeals), a
 * saksnummer search (the newest year) and name searches (up to six Sagene applicants' first names, last names
 * and 3-letter prefixes); up to 200 Sagene case ids; up to 200 vedtak ids of Sagene cases. Fixed samples.
 */
export async function readCaseWorkload(db: Db): Promise<CaseWorkload> {
  const sak = await db.selectFrom("sak").select("id").where("bydel_id", "=", BYDEL).orderBy("id").execute();
  const vedtak = await db
    .selectFrom("vedtak as v")
    .innerJoin("sak as s", "s.id", "v.sak_id")
    .select("v.id")
    .where("s.bydel_id", "=", BYDEL)
    .orderBy("v.id")
    .execute();
  const soker = await db
    .selectFrom("sak as s")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .select(["p.fornavn", "p.etternavn", "s.saksnummer"])
    .where("s.bydel_id", "=", BYDEL)
    .orderBy("s.saksnummer", "desc")
    .execute();
  const year = soker[0]?.saksnummer.slice(0, 4) ?? "2026";
  const names = byHash(soker, (s) => s.saksnummer).slice(0, 6);
  const queue: QueueInput[] = [
    { vis: "alle", q: "", side: 1 },
    { vis: "alle", q: "", side: 2 },
    { vis: "under_behandling", q: "", side: 1 },
    { vis: "nye", q: "", side: 1 },
    { vis: "frist_passert", q: "", side: 1 },
    { vis: "klager", q: "", side: 1 },
    { vis: "alle", q: `${year}/0`, side: 1 },
  ];
  for (const n of names) {
    queue.push({ vis: "alle", q: n.etternavn, side: 1 });
    queue.push({ vis: "alle", q: `${n.fornavn} ${n.etternavn}`, side: 1 });
    queue.push({ vis: "alle", q: n.etternavn.slice(0, 3), side: 1 });
  }
  return {
    queue,
    sakIds: byHash(sak, (s) => s.id)
      .slice(0, 200)
      .map((s) => s.id),
    vedtakIds: byHash(vedtak, (v) => v.id)
      .slice(0, 200)
      .map((v) => v.id),
  };
}

export function casePagePath(page: CasePage, workload: CaseWorkload, i: number): string {
  if (page === "queue") return koUrl(workload.queue[i % workload.queue.length]!);
  return `/saker/${workload.sakIds[i % workload.sakIds.length]!}`;
}

/** The use case the page's loader calls, same actor and i-th input; resolves to whether it found anything. */
export function casePageQuery(
  page: CasePage,
  db: Db,
  actor: Actor,
  workload: CaseWorkload,
): (i: number) => Promise<boolean> {
  if (page === "queue") {
    return async (i) => {
      const input = workload.queue[i % workload.queue.length]!;
      const ko = await searchWorkQueue({
        db,
        actor,
        requestId: null,
        filter: FILTER[input.vis],
        sok: input.q,
        side: input.side,
      });
      return ko.rader.length > 0;
    };
  }
  return async (i) => {
    const sakId = workload.sakIds[i % workload.sakIds.length]!;
    try {
      await getCaseForCaseworker({ db, actor, requestId: null, sakId });
      return true;
    } catch {
      return false;
    }
  };
}

/** `amount` GET requests over `concurrency` keep-alive connections (as pages.ts's loadPage, any path). */
async function loadPaths(options: {
  url: string;
  cookie: string;
  path: (i: number) => string;
  amount: number;
  concurrency: number;
}): Promise<HttpRun> {
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const instance = autocannon({
    url: options.url,
    connections: options.concurrency,
    amount: options.amount,
    timeout: 30,
    headers: { cookie: options.cookie, accept: "text/html" },
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: options.path(next++) }) }],
  });
  let last = started;
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    last = performance.now();
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  instance.on("reqError", () => errors++);
  const result = await instance;
  const seconds = (last - started) / 1000;
  return {
    requests: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarize(latencies),
    statuses,
    errors: errors + result.timeouts,
  };
}

async function runCaseQueries(task: (i: number) => Promise<boolean>, config: BenchConfig): Promise<SqlRun> {
  await inFlight(config.warmup, config.concurrency, task);
  const { latencies, seconds, empty } = await inFlight(config.requests, config.concurrency, task);
  return {
    calls: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    callsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarize(latencies),
    empty,
  };
}

const p50p95 = (values: number[]) => ({
  p50: round(percentile(values, 50), 2),
  p95: round(percentile(values, 95), 2),
});

/**
 * One vedtaksbrev at a time, for `renders` real vedtak rows (round robin), after five warm-ups: per row the
 * load alone (vedtaksbrevInput), the render alone (renderVedtaksbrev on that input) and the whole
 * renderVedtakPdf call, interleaved so drift on a noisy machine hits all three alike.
 */
export async function benchVedtakPdf(
  db: Db,
  actor: Actor,
  vedtakIds: string[],
  renders: number,
  database: DatabaseKind,
): Promise<PdfResult> {
  const whole: number[] = [];
  const load: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  const ctx = { db, actor, requestId: null };
  for (let i = 0; i < renders + 5; i++) {
    const vedtakId = vedtakIds[i % vedtakIds.length]!;
    const t0 = performance.now();
    const { input } = await vedtaksbrevInput({ ...ctx, vedtakId });
    const t1 = performance.now();
    await renderVedtaksbrev(input);
    const t2 = performance.now();
    const pdf = await renderVedtakPdf({ ...ctx, vedtakId });
    const t3 = performance.now();
    if (i < 5) continue;
    load.push(t1 - t0);
    render.push(t2 - t1);
    whole.push(t3 - t2);
    bytes = pdf.length;
  }
  const w = p50p95(whole);
  const l = p50p95(load);
  const r = p50p95(render);
  return {
    database,
    renders: whole.length,
    wholeMs: w,
    loadMs: l,
    renderMs: r,
    wholeToLoad: { p50: ratio(w.p50, l.p50), p95: ratio(w.p95, l.p95) },
    wholeToRender: { p50: ratio(w.p50, r.p50), p95: ratio(w.p95, r.p95) },
    bytes,
  };
}

type CasesTarget = {
  kind: DatabaseKind;
  open: () => Promise<DatabaseHandle>;
  app: { pgliteDir: string } | { databaseUrl: string };
  port: number;
  generate: () => Promise<GenerationRun>;
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function withDatabase<T>(target: CasesTarget, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await target.open();
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function benchCasesOn(
  target: CasesTarget,
  config: BenchConfig,
  buildDir: string,
  log: (line: string) => void,
): Promise<CasesBench> {
  const bench: CasesBench = {
    database: target.kind,
    generation: null,
    workload: { queueVariants: 0, cases: 0, vedtak: 0 },
    appPeakRssMiB: null,
    results: [],
    pdf: null,
    errors: [],
  };
  log(`${target.kind}: genererer demo-Oslo (${config.demoSize}) med ${CASE_YEARS} års saker …`);
  bench.generation = await target.generate();
  const workload = await withDatabase(target, (handle) => readCaseWorkload(handle.db));
  bench.workload = {
    queueVariants: workload.queue.length,
    cases: workload.sakIds.length,
    vedtak: workload.vedtakIds.length,
  };
  if (workload.sakIds.length === 0) throw new Error(`Ingen saker i bydel ${BYDEL}`);

  log(`${target.kind}: starter appen på port ${target.port} …`);
  const app = await startApp({ buildDir, port: target.port, ...target.app });
  const http = new Map<CasePage, HttpRun>();
  let sessionId: string | null = null;
  try {
    const session = await signIn(app.url);
    sessionId = session.sessionId;
    for (const page of CASE_PAGES) {
      const common = {
        url: app.url,
        cookie: session.cookie,
        path: (i: number) => casePagePath(page, workload, i),
        concurrency: config.concurrency,
      };
      log(`${target.kind}: ${page} – ${config.warmup} oppvarming + ${config.requests} forespørsler …`);
      const warm = await loadPaths({ ...common, amount: config.warmup });
      const bad = Object.keys(warm.statuses).filter((status) => status !== "200");
      if (bad.length > 0 || warm.errors > 0) {
        bench.errors.push(
          `${target.kind}: ${CASE_PAGE_PATHS[page]} svarte ${JSON.stringify(warm.statuses)}` +
            ` (${warm.errors} nettverksfeil) under oppvarmingen; siden er hoppet over`,
        );
        continue;
      }
      const run = await loadPaths({ ...common, amount: config.requests });
      const failed = Object.keys(run.statuses).filter((status) => status !== "200");
      if (failed.length > 0 || run.errors > 0 || run.requests < config.requests) {
        bench.errors.push(
          `${target.kind}: ${CASE_PAGE_PATHS[page]} svarte ${JSON.stringify(run.statuses)} på ${config.requests}` +
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
  if (!sessionId) return bench;

  const session = sessionId;
  await withDatabase(target, async (handle) => {
    const actor = await sessionActor(handle.db, session);
    for (const [page, httpRun] of http) {
      log(`${target.kind}: ${page} – SQL alene, ${config.requests} kall, ${config.concurrency} samtidige …`);
      const sql = await runCaseQueries(casePageQuery(page, handle.db, actor, workload), config);
      const p50 = ratio(httpRun.latencyMs.p50, sql.latencyMs.p50);
      const p95 = ratio(httpRun.latencyMs.p95, sql.latencyMs.p95);
      bench.results.push({
        page,
        path: CASE_PAGE_PATHS[page],
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
    if (workload.vedtakIds.length === 0) {
      bench.errors.push(`${target.kind}: ingen vedtak i bydel ${BYDEL}; PDF-målingen er hoppet over`);
      return;
    }
    const renders = config.scale === "full" ? 100 : 30;
    log(`${target.kind}: vedtaksbrev som PDF – ${renders} stykker, ett om gangen …`);
    bench.pdf = await benchVedtakPdf(handle.db, actor, workload.vedtakIds, renders, target.kind);
  });
  return bench;
}

/**
 * The cases section on PGlite (a new folder in `work`) and, when `serverUrl` is given, on a fresh server
 * database named `<BENCH_DATABASE_NAME>_saker`: generation (whole demo Oslo plus five years of cases), pages
 * under load, the use cases alone, and the vedtaksbrev PDF.
 */
export async function benchCases(options: {
  config: BenchConfig;
  buildDir: string;
  work: string;
  serverUrl: string | null;
  log: (line: string) => void;
  errors: string[];
}): Promise<CasesResults> {
  const { config, log } = options;
  const generation = { seed: config.seed, size: config.demoSize, today: config.today, years: CASE_YEARS };
  const pgliteDir = path.join(options.work, "pglite-saker");
  const targets: CasesTarget[] = [
    {
      kind: "pglite",
      open: () => openDatabase({ databaseUrl: null, pgliteDir }),
      app: { pgliteDir },
      port: config.firstPort + 2,
      // generateInto hands these options on to generateDemoCases, `years` included.
      generate: () => generatePglite(pgliteDir, generation),
    },
  ];
  if (options.serverUrl) {
    const admin = options.serverUrl;
    let url: string | null = null;
    const dbUrl = () => {
      if (!url) throw new Error("serverdatabasen er ikke opprettet");
      return url;
    };
    targets.push({
      kind: "postgres",
      open: () => openDatabase({ databaseUrl: dbUrl() }),
      get app() {
        return { databaseUrl: dbUrl() };
      },
      port: config.firstPort + 3,
      generate: async () => {
        url = await freshDatabase(admin, `${config.serverDatabase}_saker`);
        return generatePostgres(url, generation);
      },
    });
  }
  const results: CasesResults = { years: CASE_YEARS, benches: [], pgliteToServerP50: {} };
  for (const target of targets) {
    try {
      const bench = await benchCasesOn(target, config, options.buildDir, log);
      results.benches.push(bench);
      options.errors.push(...bench.errors);
    } catch (error) {
      options.errors.push(
        `saker ${target.kind}: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
    }
  }
  const all = results.benches.flatMap((bench) => bench.results);
  for (const page of CASE_PAGES) {
    const p50 = (kind: DatabaseKind) =>
      all.find((r) => r.page === page && r.database === kind)?.http.latencyMs.p50;
    results.pgliteToServerP50[page] = ratio(p50("pglite"), p50("postgres"));
  }
  return results;
}

/** The section's part of the readable report. */
export function printCasesReport(c: CasesResults, config: BenchConfig): void {
  const first = c.benches[0];
  console.log(`\n5. Saker: arbeidskø og saksside med ${c.years} års saker, vedtaksbrev som PDF`);
  console.log(
    table(
      ["database", "saker", "generering s", "kø-varianter", "saker i utvalget", "vedtak i utvalget"],
      c.benches.map((b) => [
        b.database,
        b.generation?.cases ?? "–",
        fmt(b.generation?.totalSeconds, 2),
        b.workload.queueVariants,
        b.workload.cases,
        b.workload.vedtak,
      ]),
    ),
  );
  console.log(
    `\n${config.concurrency} samtidige klienter, ${config.requests} forespørsler per side og database` +
      ` (etter ${config.warmup} til oppvarming), som ${PERSONA}; saker i ${BYDEL}` +
      ` (${first?.workload.queueVariants ?? 0} kø-varianter, ${first?.workload.cases ?? 0} saker)`,
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
      c.benches.flatMap((bench) =>
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
  console.log(
    "queue: /saker (alle, side 2, nye, under behandling, frist passert, klager, saksnummer- og navnesøk);" +
      " case: /saker/:sakId. SQL = searchWorkQueue / getCaseForCaseworker alene, samme aktør og inndata." +
      " Begge skriver tilgangslogg (audit) som i appen, også i SQL-målingen; tomme: kø uten rader / sak ikke funnet.",
  );
  for (const [page, value] of Object.entries(c.pgliteToServerP50)) {
    if (value !== null) console.log(`${page}: PGlite p50 / server p50 = ${fmt(value, 2)} ×`);
  }
  for (const bench of c.benches) {
    console.log(`Appens største minnebruk (VmHWM) på ${bench.database}: ${bench.appPeakRssMiB ?? "–"} MiB`);
  }

  const pdfs = c.benches.flatMap((b) => (b.pdf ? [b.pdf] : []));
  if (pdfs.length > 0) {
    console.log(`\nVedtaksbrev som PDF, ett om gangen (${pdfs[0]!.renders} ekte vedtak per database), ms`);
    console.log(
      table(
        [
          "database",
          "hele p50",
          "hele p95",
          "SQL p50",
          "SQL p95",
          "render p50",
          "render p95",
          "hele/SQL p50",
          "hele/SQL p95",
          "hele/render p50",
          "KiB",
        ],
        pdfs.map((p) => [
          p.database,
          fmt(p.wholeMs.p50),
          fmt(p.wholeMs.p95),
          fmt(p.loadMs.p50),
          fmt(p.loadMs.p95),
          fmt(p.renderMs.p50),
          fmt(p.renderMs.p95),
          fmt(p.wholeToLoad.p50, 2),
          fmt(p.wholeToLoad.p95, 2),
          fmt(p.wholeToRender.p50, 2),
          fmt(p.bytes / 1024),
        ]),
      ),
    );
    console.log(
      "hele: renderVedtakPdf (henting, rendering og tre audit-rader); SQL: vedtaksbrevInput alene;" +
        " render: renderVedtaksbrev alene på samme inndata.",
    );
  }
}
