import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { readDemoIds } from "./demo-ids";
import { freePort, repoRoot, spawnServer, stopProcess, waitUntilReady, type E2eContext } from "./server";

/**
 * Runs once per e2e run: builds the app into a temporary folder (unless
 * E2E_BUILD_DIR names a build to reuse), then seeds one PGlite folder with the
 * small demo Oslo by starting the app on it once. Every test file's server
 * starts on a copy of that folder, so startup skips the demo-data generator.
 */
export default async function setup(project: TestProject) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bomiljo-e2e-"));
  const cleanUp = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    project.provide("bomiljoE2e", await prepare(work));
  } catch (error) {
    cleanUp();
    throw error;
  }
  return cleanUp;
}

async function prepare(work: string): Promise<E2eContext> {
  const started = Date.now();
  // The server bundle imports its dependencies by name: let it find the project's node_modules as an ES module.
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
  fs.writeFileSync(path.join(work, "package.json"), '{ "type": "module" }\n');
  let buildDir = process.env.E2E_BUILD_DIR ? path.resolve(process.env.E2E_BUILD_DIR) : "";
  if (!buildDir) {
    buildDir = path.join(work, "build");
    const result = spawnSync("npx", ["react-router", "build"], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: "production", BOMILJO_BUILD_DIR: buildDir },
      encoding: "utf8",
    });
    if (result.status !== 0)
      throw new Error(`react-router build feilet:\n${result.stdout}\n${result.stderr}`);
  }
  if (!fs.existsSync(path.join(buildDir, "server/index.js"))) throw new Error(`Ingen bygg i ${buildDir}`);
  const builtAt = Date.now();

  const templateDir = path.join(work, "template-pglite");
  const server = spawnServer({
    buildDir,
    pgliteDir: templateDir,
    port: await freePort(),
    env: { DEMO_DATA: "small" },
  });
  const ready = await waitUntilReady(server.url, server.exited, server.output, 300_000).catch(
    (error: Error) => error,
  );
  const code = await stopProcess(server.child, server.exited);
  if (ready instanceof Error) throw ready;
  if (code !== 0) throw new Error(`Malserveren stoppet ikke rent (kode ${code}):\n${server.output()}`);
  const ids = await readDemoIds(templateDir);
  console.log(
    `e2e: bygg ${((builtAt - started) / 1000).toFixed(1)} s, demodata ${((Date.now() - builtAt) / 1000).toFixed(1)} s`,
  );
  return { buildDir, templateDir, ids };
}
