import { createHash } from "node:crypto";
import autocannon from "autocannon";
import type { Actor } from "../app/auth/actor";
import { isRolle } from "../app/auth/actor";
import type { Db } from "../app/db/connection.server";
import { getOppgang } from "../app/modules/housing-stock/get-oppgang.server";
import { searchAdresser } from "../app/modules/housing-stock/search-adresser.server";
import { loginWithFetch } from "../tests/e2e/helpers/login";
import { summarize, type Summary } from "./stats";

/** The persona whose pages are measured, and the district its inputs come from. */
export const PERSONA = "saksbehandler-sagene";
export const BYDEL = "sagene";

export type PageName = "search" | "stairwell";

export type Workload = { searchTerms: string[]; stairwellIds: string[] };

/** The request path for the i-th request of a page (the i-th input, round robin). */
export function pagePath(page: PageName, workload: Workload, i: number): string {
  if (page === "search") {
    const terms = workload.searchTerms;
    return `/boliger/sok?q=${encodeURIComponent(terms[i % terms.length]!)}`;
  }
  const ids = workload.stairwellIds;
  return `/boliger/oppgang/${ids[i % ids.length]!}`;
}

/**
 * Inputs from the database: up to 200 of the district's stairwells (by id)
 * and search terms a caseworker would type — whole street and property
 * names, their first word and short prefixes of 3 and 5 letters — at most
 * 60 of them, a fixed pseudo-random sample.
 */
export async function readWorkload(db: Db): Promise<Workload> {
  const stairwells = await db
    .selectFrom("oppgang")
    .select("id")
    .where("bydel_id", "=", BYDEL)
    .orderBy("id")
    .limit(200)
    .execute();
  const names = await db
    .selectFrom("oppgang")
    .select("gateadresse as navn")
    .where("bydel_id", "=", BYDEL)
    .union(db.selectFrom("eiendom").select("navn").where("bydel_id", "=", BYDEL))
    .orderBy("navn")
    .execute();
  const terms = new Set<string>();
  for (const { navn } of names) {
    const street = navn.replace(/\s+\d.*$/, "").trim();
    const first = street.split(/\s+/)[0] ?? "";
    for (const term of [navn.toLowerCase(), street, first, first.slice(0, 3), first.slice(0, 5)]) {
      if (term.length >= 2) terms.add(term);
    }
  }
  // A fixed pseudo-random sample: ordered by a hash of the term, so wide and narrow searches alternate.
  const hash = (term: string) => createHash("sha256").update(term).digest("hex");
  const searchTerms = [...terms]
    .map((term) => ({ term, key: hash(term) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, 60)
    .map(({ term }) => term);
  return { searchTerms, stairwellIds: stairwells.map((row) => row.id) };
}

export type Session = { cookie: string; sessionId: string };

/** Signs the persona in through the app's real OIDC flow (the test IdP) and returns its session cookie. */
export async function signIn(url: string): Promise<Session> {
  const jar = await loginWithFetch(url, PERSONA);
  const session = jar.all().find((cookie) => cookie.path === "/" && cookie.name.endsWith("bomiljo"));
  if (!session) throw new Error("Fant ingen sesjonskapsel etter innlogging");
  const sessionId = createHash("sha256").update(session.value).digest("hex");
  return { cookie: jar.header(url), sessionId };
}

/**
 * The actor the app stored for the session: the very actor the pages ran as.
 * The row is found by the token's SHA-256 (as app/auth/session.server.ts
 * stores it) or, failing that, as the only session in the fresh database.
 */
export async function sessionActor(db: Db, sessionId: string): Promise<Actor> {
  let row = await db.selectFrom("sesjon").select("aktor").where("id", "=", sessionId).executeTakeFirst();
  if (!row) {
    const rows = await db.selectFrom("sesjon").select("aktor").limit(2).execute();
    if (rows.length === 1) row = rows[0];
  }
  if (!row) throw new Error("Fant ikke sesjonen fra innloggingen i databasen");
  const actor = (typeof row.aktor === "string" ? JSON.parse(row.aktor) : row.aktor) as Actor;
  if (!actor || !isRolle(actor.rolle)) throw new Error("Sesjonen har ingen gyldig aktør");
  return actor;
}

export type HttpRun = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Summary;
  /** Responses by status code; anything but 200 is a failed run. */
  statuses: Record<string, number>;
  errors: number;
};

/** `amount` GET requests over `concurrency` keep-alive connections, the path varying per request. */
export async function loadPage(options: {
  url: string;
  cookie: string;
  page: PageName;
  workload: Workload;
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
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: pagePath(options.page, options.workload, next++) }),
      },
    ],
  });
  // autocannon notices the last response only at its next 1-second tick, so time ends at the last response.
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

/**
 * The use case a page's loader calls, with the same actor and the same i-th
 * input. Resolves to whether it found anything (a hit, a stairwell), so a run
 * that only measured "not found" shows up in the report.
 */
export function pageQuery(
  page: PageName,
  db: Db,
  actor: Actor,
  workload: Workload,
): (i: number) => Promise<boolean> {
  if (page === "search") {
    const terms = workload.searchTerms;
    return async (i) => {
      const result = await searchAdresser({ db, actor, sok: terms[i % terms.length] });
      return result.status === "ok" && result.treff.length > 0;
    };
  }
  const ids = workload.stairwellIds;
  return async (i) => (await getOppgang({ db, actor, oppgangId: ids[i % ids.length]! })) !== null;
}

/** Runs `task(0 … amount-1)` with `concurrency` calls in flight and returns each call's latency in ms. */
export async function inFlight(
  amount: number,
  concurrency: number,
  task: (i: number) => Promise<boolean>,
): Promise<{ latencies: number[]; seconds: number; empty: number }> {
  const latencies: number[] = [];
  let empty = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < amount) {
      const i = next++;
      const t0 = performance.now();
      const found = await task(i);
      latencies.push(performance.now() - t0);
      if (!found) empty++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, amount) }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000, empty };
}

export type SqlRun = {
  calls: number;
  seconds: number;
  callsPerSecond: number;
  latencyMs: Summary;
  /** Calls that found nothing (no search hit, stairwell not found). */
  empty: number;
};

export async function runQueries(options: {
  db: Db;
  actor: Actor;
  page: PageName;
  workload: Workload;
  amount: number;
  concurrency: number;
  warmup: number;
}): Promise<SqlRun> {
  const task = pageQuery(options.page, options.db, options.actor, options.workload);
  await inFlight(options.warmup, options.concurrency, task);
  const { latencies, seconds, empty } = await inFlight(options.amount, options.concurrency, task);
  return {
    calls: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    callsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarize(latencies),
    empty,
  };
}
