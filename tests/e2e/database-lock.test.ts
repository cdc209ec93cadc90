import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, test } from "vitest";
import { freePort, spawnServer, startServer, stopProcess } from "./helpers/server";

/** PGlite allows one process per data folder: the second fails fast, the first keeps serving, shutdown is clean. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-e2e-lock-"));
const pgliteDir = path.join(root, "pglite");
fs.cpSync(inject("bomiljoE2e").templateDir ?? "", pgliteDir, { recursive: true });

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

test("a second process on the same folder exits at once with the Norwegian lock message; the first keeps serving", async () => {
  const first = await startServer({ env: { PGLITE_DIR: pgliteDir } });
  try {
    const started = Date.now();
    const second = spawnServer({
      buildDir: inject("bomiljoE2e").buildDir,
      pgliteDir,
      port: await freePort(),
    });
    const code = await Promise.race([
      second.exited,
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000)),
    ]);
    if (code === "timeout") await stopProcess(second.child, second.exited);
    expect(code).not.toBe("timeout");
    expect(code).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(second.output()).toContain(
      `Databasemappen ${pgliteDir} er i bruk av en annen prosess (pid ${first.process.pid})`,
    );

    const ready = await fetch(`${first.url}/readyz`);
    expect(ready.status).toBe(200);
    const home = await fetch(`${first.url}/`);
    expect(home.status).toBe(200);
  } finally {
    expect(await first.stop()).toBe(0);
  }
});

test("after a clean SIGTERM the folder opens again with its data and serves", async () => {
  expect(fs.existsSync(`${pgliteDir}.lock`)).toBe(false);
  const again = await startServer({ env: { PGLITE_DIR: pgliteDir } });
  try {
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${again.url}/`)).status).toBe(200);
  } finally {
    expect(await again.stop()).toBe(0);
  }
});
