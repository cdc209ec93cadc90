import { describe, expect, it } from "vitest";
import { byggModell, fyllBonus, lagInstans } from "./model";
import { parseProblem } from "./problem";
import { lastHighs, tildel } from "./solve.server";
import { syntetiskProblem } from "./synthetic";
import { prng } from "./synthetic";
import { bruteForce, hungarian, hungarianOptimum, lag, oppgang, type Optimum } from "./test-helpers";
import type { ProblemInput } from "./problem";

/** A random pure assignment instance (no composition limits), or with them when `sammensetning`. */
function tilfeldig(
  seed: number,
  n: number,
  m: number,
  sammensetning = false,
  fyll: "prioriter" | "vekt" = "prioriter",
) {
  const r = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const oppganger = [
    oppgang("O1", { heis: true, bydel: "Alna", eksisterende: { husstander: int(0, 6), hoyOppfolging: 0 } }),
    oppgang("O2", {
      heis: false,
      bydel: "Grorud",
      utrygg: r() < 0.3,
      eksisterende: { husstander: 5, hoyOppfolging: int(0, 3) },
    }),
  ];
  const boliger: ProblemInput["boliger"] = Array.from({ length: m }, (_, j) => ({
    id: `B${j}`,
    oppgang: r() < 0.5 ? "O1" : "O2",
    rom: int(1, 3),
    etasje: int(1, 4),
    rullestol: r() < 0.2,
  }));
  const husstander: ProblemInput["husstander"] = Array.from({ length: n }, (_, i) => ({
    id: `H${i}`,
    voksne: int(1, 2),
    barn: r() < 0.3 ? int(1, 2) : 0,
    prioritet: int(0, 2),
    ventedager: int(0, 1200),
    behov: { rullestol: r() < 0.1, heis: r() < 0.15 },
    hoyOppfolging: sammensetning && r() < 0.5,
    onsker: { bydeler: r() < 0.5 ? ["Alna"] : [], rom: r() < 0.5 ? int(1, 3) : undefined },
  }));
  return lag({
    husstander,
    boliger,
    oppganger,
    regler: sammensetning
      ? { maksHoyOppfolgingPerRunde: int(0, 1), maksAndelHoyOppfolging: 0.35, fyllBoliger: fyll }
      : { maksHoyOppfolgingPerRunde: null, maksAndelHoyOppfolging: null, fyllBoliger: fyll },
    // A large penalty makes some pair scores negative, so "vekt" may leave units empty.
    vekter: { tilretteleggingSvinn: 200 },
  });
}

async function motor(problem: ReturnType<typeof lag>): Promise<Optimum> {
  const l = await tildel(problem);
  expect(l.status).toBe("optimal");
  expect(l.kontroll.brudd).toEqual([]);
  return { antall: l.antallTildelt, poeng: l.objektivverdi ?? NaN };
}

describe("the Hungarian reference", () => {
  it("solves a known 3×3 instance", () => {
    // The unique minimum is 1 + 2 + 2 = 5 (rows 0→1, 1→0, 2→2).
    expect(
      hungarian([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });
});

describe("optimality against independent exact methods", () => {
  it("matches brute force on 30 small pure assignment instances (≤ 6 × 6), both fill modes", async () => {
    let fyllTeller = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const fyll = seed % 2 === 0 ? "prioriter" : "vekt";
      const p = tilfeldig(seed, 3 + (seed % 4), 2 + (seed % 5), false, fyll);
      const ref = bruteForce(p, fyll === "prioriter");
      const got = await motor(p);
      expect(got.antall, `seed ${seed}`).toBe(ref.antall);
      expect(got.poeng, `seed ${seed}`).toBeCloseTo(ref.poeng, 5);
      // The two modes must differ somewhere, or this test could not tell them apart.
      if (bruteForce(p, true).antall > bruteForce(p, false).antall) fyllTeller += 1;
    }
    expect(fyllTeller).toBeGreaterThan(0);
  });

  it("matches the Hungarian algorithm on 12 larger pure assignment instances (up to 40 × 15)", async () => {
    for (let seed = 100; seed < 112; seed++) {
      const fyll = seed % 2 === 0 ? "prioriter" : "vekt";
      const p = tilfeldig(seed, 20 + (seed % 21), 8 + (seed % 8), false, fyll);
      const ref = hungarianOptimum(p, fyll === "prioriter");
      const got = await motor(p);
      expect(got.antall, `seed ${seed}`).toBe(ref.antall);
      expect(got.poeng, `seed ${seed}`).toBeCloseTo(ref.poeng, 5);
    }
  });

  it("matches brute force with composition rules (cap per round, share limit, unsafe stairwell)", async () => {
    let bindende = 0;
    for (let seed = 200; seed < 225; seed++) {
      const fyll = seed % 2 === 0 ? "prioriter" : "vekt";
      const p = tilfeldig(seed, 4 + (seed % 3), 3 + (seed % 3), true, fyll);
      const ref = bruteForce(p, fyll === "prioriter");
      const got = await motor(p);
      expect(got.antall, `seed ${seed}`).toBe(ref.antall);
      expect(got.poeng, `seed ${seed}`).toBeCloseTo(ref.poeng, 5);
      const utenRegler = {
        ...p,
        regler: { ...p.regler, maksHoyOppfolgingPerRunde: null, maksAndelHoyOppfolging: null },
      };
      const fri = bruteForce(utenRegler, fyll === "prioriter");
      if (fri.antall !== ref.antall || Math.abs(fri.poeng - ref.poeng) > 1e-6) bindende += 1;
    }
    // The composition limits must change the optimum in several instances, or they were not tested.
    expect(bindende).toBeGreaterThan(3);
  });

  it("the exact pair reduction keeps the optimum on mid-size rounds with composition rules", async () => {
    const highs = await lastHighs();
    for (const seed of [11, 12, 13]) {
      const r = parseProblem(
        syntetiskProblem({ husstander: 90, boliger: 24, oppganger: 6, seed, andelHoy: 0.35 }),
      );
      if (!r.ok) throw new Error(r.feil.join("\n"));
      const full = lagInstans(r.problem, false);
      const redusert = lagInstans(r.problem);
      expect(redusert.par.length).toBeLessThan(full.par.length * 0.8);
      // The same bonus for both, so the objectives compare directly.
      const bonus = fyllBonus(full);
      const los = (inst: typeof full) => {
        const res = highs.solve(byggModell(inst, { maal: "poeng", bonus }).lp, {
          output_flag: false,
          mip_rel_gap: 0,
        });
        expect(res.Status).toBe("Optimal");
        return res.ObjectiveValue;
      };
      expect(los(redusert)).toBeCloseTo(los(full), 5);
    }
  });
});
