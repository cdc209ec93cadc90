/**
 * npm run allocate -- <problem.json>
 *
 * Reads an allocation problem (format: docs/domain/tildeling-motor.md), validates it and prints the
 * suggested allocation as JSON on stdout. Exit codes: 0 solved (also when infeasible: the JSON explains
 * why), 1 invalid input or unreadable file, 2 the solver's answer failed the independent check.
 */
import { readFile } from "node:fs/promises";
import { parseProblem } from "../app/modules/allocation/engine/problem";
import { tildel } from "../app/modules/allocation/engine/solve.server";

async function main(argv: string[]): Promise<number> {
  const sti = argv.find((a) => !a.startsWith("-"));
  if (!sti) {
    process.stderr.write("Bruk: npm run allocate -- <problem.json>\n");
    return 1;
  }
  let tekst: string;
  try {
    tekst = await readFile(sti, "utf8");
  } catch (e) {
    process.stderr.write(`Kunne ikke lese ${sti}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch (e) {
    process.stderr.write(`${sti} er ikke gyldig JSON: ${(e as Error).message}\n`);
    return 1;
  }
  const parsed = parseProblem(json);
  if (!parsed.ok) {
    process.stderr.write(`Ugyldig problem i ${sti}:\n${parsed.feil.map((f) => `  - ${f}`).join("\n")}\n`);
    return 1;
  }
  const losning = await tildel(parsed.problem);
  process.stdout.write(`${JSON.stringify(losning, null, 2)}\n`);
  return losning.status === "feil" ? 2 : 0;
}

process.exitCode = await main(process.argv.slice(2));
