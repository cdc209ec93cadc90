import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Builds the app into `work/build` (as the e2e setup does: the server bundle
 * finds its dependencies through a node_modules link next to it).
 */
export function buildApp(work: string): string {
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
  fs.writeFileSync(path.join(work, "package.json"), '{ "type": "module" }\n');
  const buildDir = path.join(work, "build");
  const result = spawnSync("npx", ["react-router", "build"], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: "production", BOMILJO_BUILD_DIR: buildDir },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`react-router build feilet:\n${result.stdout}\n${result.stderr}`);
  return buildDir;
}

export type AppProcess = {
  url: string;
  pid: number;
  /** Peak resident memory of the server process so far (VmHWM), in MiB; null where /proc is missing. */
  peakRssMiB(): number | null;
  /** How the process ended if it already has (before `stop`), e.g. "kode 0" or "signal SIGTERM"; else null. */
  ended(): string | null;
  stop(): Promise<number | null>;
  output(): string;
};

const children = new Set<import("node:child_process").ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

/**
 * Starts `server/main.ts` on the built app with no demo-data generation, on
 * PGlite (`pgliteDir`) or a server (`databaseUrl`), and waits for /readyz.
 */
export async function startApp(options: {
  buildDir: string;
  port: number;
  pgliteDir?: string;
  databaseUrl?: string;
}): Promise<AppProcess> {
  const url = `http://localhost:${options.port}`;
  const { DATABASE_URL: _a, DATABASE_MIGRATION_URL: _b, PGLITE_DIR: _c, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      DEMO_DATA: "none",
      // The bench signs in through the built-in test identity provider, also on the server database.
      IDP_MODE: "test",
      LOG_LEVEL: "warn",
      BOMILJO_BUILD_DIR: options.buildDir,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { PGLITE_DIR: options.pgliteDir! }),
    },
  });
  children.add(child);
  let output = "";
  const append = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-100_000));
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  let exitCode: number | null | undefined;
  let ended: string | null = null;
  let stopping = false;
  void exited.then((code) => (exitCode = code));
  child.once("exit", (code, signal) => {
    if (!stopping) ended = signal ? `signal ${signal}` : `kode ${code}`;
  });

  const stop = async () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitCode !== undefined)
      throw new Error(`Appen stoppet (kode ${exitCode}) før den var klar:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Appen ble ikke klar på 120 s:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    pid: child.pid!,
    peakRssMiB() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
        return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
      } catch {
        return null;
      }
    },
    ended: () => ended,
    stop,
    output: () => output,
  };
}
