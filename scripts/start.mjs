#!/usr/bin/env node
// `npm start`: build the app if the sources are newer than the last build, then run it with demo data
// on the embedded database (PGlite in .data/pglite). Later starts skip the build and the demo data.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  console.error(`Bomiljø trenger Node.js 22.22 eller nyere (helst 24). Du har ${process.versions.node}.`);
  console.error("Installer med: npm i -g --force node@24");
  process.exit(1);
}

const buildDir = process.env.BOMILJO_BUILD_DIR ?? "build";
const stamp = path.join(buildDir, ".bygget");

function newestMtime(entries) {
  let newest = 0;
  for (const entry of entries) {
    if (!fs.existsSync(entry)) continue;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry))
        newest = Math.max(newest, newestMtime([path.join(entry, child)]));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

const sources = ["app", "server", "package-lock.json", "vite.config.ts", "react-router.config.ts"];
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (newestMtime(sources) > built) {
  console.log("Bygger Bomiljø …");
  const result = spawnSync("npx", ["react-router", "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}

const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
