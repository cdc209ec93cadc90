import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, inject } from "vitest";
import type { DemoIds } from "./demo-ids";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** What the e2e global setup hands every test file (see vitest.e2e.config.ts). */
export type E2eContext = {
  /** The app built once for this run. */
  buildDir: string;
  /** A PGlite folder holding the small demo Oslo, seeded once; each server starts on its own copy. */
  templateDir: string | null;
  /** Ids of demo rows per district, read from the template (see demo-ids.ts). */
  ids: DemoIds;
};

declare module "vitest" {
  export interface ProvidedContext {
    bomiljoE2e: E2eContext;
  }
}

export type RunningServer = {
  url: string;
  /** SIGTERM, then SIGKILL after 10 s. Resolves with the exit code (null if killed). */
  stop(): Promise<number | null>;
  process: ChildProcess;
  pgliteDir: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
};

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Spawns server/main.ts (the built app) and returns at once; `ready` resolves when /readyz answers. */
export function spawnServer(options: {
  buildDir: string;
  pgliteDir: string;
  port: number;
  env?: Record<string, string>;
}) {
  const url = `http://localhost:${options.port}`;
  // The e2e servers always use their own PGlite folder, never a server database from the environment.
  const { DATABASE_URL: _url, DATABASE_MIGRATION_URL: _migrationUrl, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      PGLITE_DIR: options.pgliteDir,
      DEMO_DATA: "small",
      LOG_LEVEL: "warn",
      BOMILJO_BUILD_DIR: options.buildDir,
      ...options.env,
    },
  });
  running.add(child);
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-200_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { url, child, exited, output: () => output };
}

export async function waitUntilReady(
  url: string,
  exited: Promise<number | null>,
  output: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`Serveren stoppet (kode ${exitCode}) før den var klar:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Serveren ble ikke klar på ${timeoutMs} ms:\n${output()}`);
}

export async function stopProcess(
  child: ChildProcess,
  exited: Promise<number | null>,
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the built app on a free port with its own temporary PGlite folder:
 * a copy of the run's seeded template (small demo Oslo) by default, or an
 * empty folder with `demoData: "none"`. `env` overrides anything.
 */
export async function startServer(
  options: { demoData?: "small" | "none"; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const context = inject("bomiljoE2e");
  const demoData = options.demoData ?? "small";
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-e2e-data-"));
  const pgliteDir = options.env?.PGLITE_DIR ?? path.join(root, "pglite");
  if (demoData === "small" && context.templateDir && !options.env?.PGLITE_DIR) {
    fs.cpSync(context.templateDir, pgliteDir, { recursive: true });
  }
  const port = await freePort();
  const server = spawnServer({
    buildDir: context.buildDir,
    pgliteDir,
    port,
    env: { DEMO_DATA: demoData, ...options.env },
  });
  try {
    await waitUntilReady(server.url, server.exited, server.output);
  } catch (error) {
    await stopProcess(server.child, server.exited);
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    process: server.child,
    pgliteDir,
    output: server.output,
    async stop() {
      const code = await stopProcess(server.child, server.exited);
      fs.rmSync(root, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * When a test in this file fails, prints the server's last log lines — with `LOG_LEVEL: "info"` one per request
 * (method, route, status, ms; no personal data) — so a failure in CI shows whether the browser's request reached
 * the server and how it ended.
 */
export function serverloggVedFeil(server: () => RunningServer | undefined, linjer = 40): void {
  afterEach((context) => {
    const running = server();
    if (context.task.result?.state !== "fail" || !running) return;
    const siste = running.output().trimEnd().split("\n").slice(-linjer).join("\n");
    console.error(`── Serverens siste ${linjer} linjer (${context.task.name}):\n${siste}`);
  });
}
