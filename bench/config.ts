import type { DemoSize } from "../app/db/demo/generate.server";

/** What `npm run bench` runs, from the environment (see docs/benchmarks.md). */
export const PARTS = ["generation", "pages", "allocation", "cases", "undersokelse"] as const;
export type Part = (typeof PARTS)[number];

export type BenchConfig = {
  parts: Set<Part>;
  scale: "full" | "small";
  demoSize: DemoSize;
  seed: number;
  /** The demo data's "today", fixed so every run builds the same rows. */
  today: string;
  /** Requests per page and database (after the warm-up), and SQL iterations to match. */
  requests: number;
  warmup: number;
  concurrency: number;
  /** A role that may create databases on the PostgreSQL server; null skips the server parts. */
  serverUrl: string | null;
  /** The database the benchmark drops and recreates on that server. */
  serverDatabase: string;
  /** A built app to reuse (skips `react-router build`). */
  buildDir: string | null;
  firstPort: number;
};

export const DEFAULT_SERVER_URL = "postgres://bomiljo_bench:bomiljo_bench@127.0.0.1:5432/postgres";

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} må være et positivt heltall, fikk "${raw}"`);
  return value;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const only = (env.BENCH_ONLY ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const unknown = only.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) {
    throw new Error(`BENCH_ONLY kjenner ikke ${unknown.join(", ")} (gyldige: ${PARTS.join(", ")})`);
  }
  const scale = env.BENCH_SCALE ?? "full";
  if (scale !== "full" && scale !== "small")
    throw new Error(`BENCH_SCALE må være full eller small, fikk "${scale}"`);
  const serverUrl = env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
  return {
    parts: new Set(only.length > 0 ? (only as Part[]) : PARTS),
    scale,
    demoSize: scale,
    seed: positiveInt("BENCH_SEED", 20240101),
    today: env.BENCH_TODAY ?? "2026-01-15",
    requests: positiveInt("BENCH_REQUESTS", scale === "full" ? 1000 : 200),
    warmup: positiveInt("BENCH_WARMUP", scale === "full" ? 100 : 40),
    concurrency: positiveInt("BENCH_CONCURRENCY", 20),
    serverUrl: serverUrl === "none" ? null : serverUrl,
    serverDatabase: env.BENCH_DATABASE_NAME ?? "bomiljo_bench",
    buildDir: env.BENCH_BUILD_DIR ?? null,
    firstPort: positiveInt("BENCH_PORT", 3300),
  };
}
