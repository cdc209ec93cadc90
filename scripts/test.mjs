#!/usr/bin/env node
// `npm test`: every test. First unit and integration tests (Vitest, PGlite in-process — or the PostgreSQL
// server in DATABASE_URL), then the end-to-end suite (builds the app once, runs it in child processes, drives
// it with fetch and Debian's Chromium). Both suites always run; the exit code is non-zero if either failed.
// Extra arguments go to both Vitest runs (e.g. `npm test -- --reporter=dot`).
import { spawn } from "node:child_process";
import fs from "node:fs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  console.error(`Bomiljø trenger Node.js 22.22 eller nyere (helst 24). Du har ${process.versions.node}.`);
  console.error("Installer med: npm i -g --force node@24");
  process.exit(1);
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`Ende-til-ende-testene trenger Chromium i ${chromium}: apt-get install -y chromium`);
  process.exit(1);
}

const extra = process.argv.slice(2);
const suites = [
  { name: "enhet og integrasjon", args: ["vitest", "run", ...extra] },
  { name: "ende-til-ende", args: ["vitest", "run", "--config", "vitest.e2e.config.ts", ...extra] },
];

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, "");
const SUMMARY = /^\s*(Test Files|Tests|Errors|Duration)\s/;

function run(suite) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("npx", suite.args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const summary = [];
    let pending = "";
    const collect = (chunk) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (SUMMARY.test(stripAnsi(line))) summary.push(stripAnsi(line).trim());
    };
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      collect(chunk);
    });
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => child.kill(signal));
    child.on("exit", (code, signal) => {
      collect("\n");
      resolve({ ...suite, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000, summary });
    });
  });
}

const results = [];
for (const suite of suites) {
  console.log(`\n▶ ${suite.name}: npx ${suite.args.join(" ")}\n`);
  results.push(await run(suite));
}

console.log("\nSammendrag");
for (const result of results) {
  console.log(`  ${result.code === 0 ? "✓" : "✗"} ${result.name} (${result.seconds.toFixed(0)} s)`);
  for (const line of result.summary) console.log(`      ${line}`);
}
// One plain closing line over both suites, for tools that read a test run's last line.
const count = (word) =>
  results
    .flatMap((result) => result.summary.filter((line) => line.startsWith("Tests")))
    .reduce((sum, line) => sum + Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0), 0);
const failedSuites = results.filter((result) => result.code !== 0).length;
const failed = Math.max(count("failed"), failedSuites > 0 && count("failed") === 0 ? failedSuites : 0);
const skipped = count("skipped");
console.log(`\n${count("passed")} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedSuites > 0 ? 1 : 0);
