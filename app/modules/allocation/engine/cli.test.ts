import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import eksempel from "./fixtures/eksempel.json";
import { verifiser } from "./composition";
import { parseProblem } from "./problem";

const run = promisify(execFile);
const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
const script = join(process.cwd(), "scripts", "allocate.ts");

async function allocate(arg: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [script, arg], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("problem validation (Zod) with Norwegian messages", () => {
  it("accepts the example fixture", () => {
    expect(parseProblem(eksempel).ok).toBe(true);
  });

  it("names the path and the rule for each error", () => {
    const r = parseProblem({
      versjon: 1,
      husstander: [
        { id: "H1", voksne: 1, ventedager: -3 },
        { id: "H1", voksne: 0, ventedager: 1 },
      ],
      boliger: [{ id: "B1", oppgang: "FINNES-IKKE", rom: 1, etasje: 1 }],
      oppganger: [],
      regler: { maksAndelHoyOppfolging: 1.5 },
      ukjent: true,
    });
    expect(r.ok).toBe(false);
    const feil = r.ok ? [] : r.feil;
    expect(feil).toEqual(
      expect.arrayContaining([
        "husstander[0].ventedager: ventedager kan ikke være negativt",
        "husstander[1].voksne: en husstand har minst én voksen",
        "regler.maksAndelHoyOppfolging: andelen må være mellom 0 og 1",
      ]),
    );
    expect(feil.some((f) => f.startsWith("(roten)") && f.includes("ukjent"))).toBe(true);
  });

  it("reports duplicate ids and units in unknown stairwells", () => {
    const r = parseProblem({
      versjon: 1,
      husstander: [
        { id: "H1", voksne: 1, ventedager: 1 },
        { id: "H1", voksne: 1, ventedager: 1 },
      ],
      boliger: [{ id: "B1", oppgang: "X", rom: 1, etasje: 1 }],
      oppganger: [],
    });
    expect(r.ok ? [] : r.feil).toEqual([
      'husstander[1].id: id "H1" finnes to ganger',
      'boliger[0].oppgang: oppgangen "X" finnes ikke i oppganger',
    ]);
  });
});

describe("npm run allocate -- <problem.json>", () => {
  it("prints an optimal, independently valid solution for the example", async () => {
    const { code, stdout } = await allocate("app/modules/allocation/engine/fixtures/eksempel.json");
    expect(code).toBe(0);
    const l = JSON.parse(stdout);
    expect(l.status).toBe("optimal");
    expect(l.beslutningsstotte).toContain("art. 22");
    expect(l.antallTildelt).toBe(6);
    const p = parseProblem(eksempel);
    if (!p.ok) throw new Error("fixture");
    expect(verifiser(p.problem, l.tildelinger)).toEqual([]);
    for (const t of l.tildelinger) expect(t.faktorer.length).toBeGreaterThan(0);
  });

  it("exits 1 with clear messages on invalid input, unreadable JSON and a missing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "allocate-"));
    writeFileSync(
      join(dir, "feil.json"),
      JSON.stringify({ versjon: 2, husstander: [], boliger: [], oppganger: [] }),
    );
    writeFileSync(join(dir, "odelagt.json"), "{ husstander: ");
    const ugyldig = await allocate(join(dir, "feil.json"));
    expect(ugyldig.code).toBe(1);
    expect(ugyldig.stderr).toContain("versjon: versjon må være 1");
    expect(ugyldig.stdout).toBe("");
    const odelagt = await allocate(join(dir, "odelagt.json"));
    expect(odelagt.code).toBe(1);
    expect(odelagt.stderr).toContain("er ikke gyldig JSON");
    const mangler = await allocate(join(dir, "finnes-ikke.json"));
    expect(mangler.code).toBe(1);
    expect(mangler.stderr).toContain("ENOENT");
  });
});
