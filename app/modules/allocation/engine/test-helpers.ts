/**
 * Test helpers: small problem builders and two exact reference methods that share nothing with the MIP
 * (brute force over all assignments, and the Hungarian algorithm).
 */
import { verifiser, type Tildeling } from "./composition";
import { oppgangAv, vurder } from "./eligibility";
import { parseProblem, type Problem, type ProblemInput } from "./problem";
import { poeng } from "./score";

type HInput = ProblemInput["husstander"][number];
type BInput = ProblemInput["boliger"][number];
type OInput = ProblemInput["oppganger"][number];

export const oppgang = (id: string, x: Partial<OInput> = {}): OInput => ({
  id,
  adresse: `${id}-gata 1`,
  bydel: "Alna",
  ...x,
});
export const bolig = (id: string, x: Partial<BInput> = {}): BInput => ({
  id,
  oppgang: "O1",
  rom: 1,
  etasje: 1,
  ...x,
});
export const husstand = (id: string, x: Partial<HInput> = {}): HInput => ({
  id,
  voksne: 1,
  ventedager: 100,
  ...x,
});

/** Builds and validates a problem; rules default to "no composition limits" unless given. */
export function lag(x: {
  husstander: HInput[];
  boliger: BInput[];
  oppganger?: OInput[];
  regler?: ProblemInput["regler"];
  vekter?: ProblemInput["vekter"];
}): Problem {
  const r = parseProblem({
    versjon: 1,
    husstander: x.husstander,
    boliger: x.boliger,
    oppganger: x.oppganger ?? [oppgang("O1", { heis: true })],
    regler: x.regler ?? { maksHoyOppfolgingPerRunde: null, maksAndelHoyOppfolging: null },
    vekter: x.vekter,
  });
  if (!r.ok) throw new Error(r.feil.join("\n"));
  return r.problem;
}

/** Score of every eligible pair, computed straight from the rules (not from the model). */
export function poengMatrise(problem: Problem): (number | null)[][] {
  const o = oppgangAv(problem);
  return problem.husstander.map((h) =>
    problem.boliger.map((u) =>
      vurder(problem.regler, h, u, o(u)).aktuell ? poeng(problem.regler, problem.vekter, h, u, o(u)) : null,
    ),
  );
}

export type Optimum = { antall: number; poeng: number };

/**
 * Brute force over every assignment (each household gets one free unit or none), keeping those the
 * independent checker accepts. Lexicographic (count first) when `fyll`, else score only.
 */
export function bruteForce(problem: Problem, fyll: boolean): Optimum {
  const s = poengMatrise(problem);
  const n = problem.husstander.length;
  const m = problem.boliger.length;
  let best: Optimum = { antall: -1, poeng: -Infinity };
  const valgt: Tildeling[] = [];
  const brukt = new Array<boolean>(m).fill(false);
  const bedre = (a: Optimum, b: Optimum) =>
    fyll
      ? a.antall > b.antall || (a.antall === b.antall && a.poeng > b.poeng + 1e-9)
      : a.poeng > b.poeng + 1e-9;
  const rec = (i: number, sum: number) => {
    if (i === n) {
      const kandidat = { antall: valgt.length, poeng: sum };
      if (bedre(kandidat, best) && verifiser(problem, valgt).length === 0) best = kandidat;
      return;
    }
    rec(i + 1, sum);
    for (let j = 0; j < m; j++) {
      const v = s[i]![j];
      if (brukt[j] || v === null || v === undefined) continue;
      brukt[j] = true;
      valgt.push({ husstand: problem.husstander[i]!.id, bolig: problem.boliger[j]!.id });
      rec(i + 1, sum + v);
      valgt.pop();
      brukt[j] = false;
    }
  };
  rec(0, 0);
  return best;
}

/** Hungarian algorithm (O(n²m), potentials), minimising cost for an n × m matrix with n ≤ m. */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const ans = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) ans[p[j]! - 1] = j - 1;
  return ans;
}

/**
 * Exact optimum of a pure assignment instance (no composition limits) by the Hungarian algorithm: every
 * household gets a unit column or its own "no unit" column. `fyll`: a bonus per assignment larger than any
 * score difference makes the count come first.
 */
export function hungarianOptimum(problem: Problem, fyll: boolean): Optimum {
  const s = poengMatrise(problem);
  const n = problem.husstander.length;
  const m = problem.boliger.length;
  const alle = s.flat().filter((x): x is number => x !== null);
  const spenn = alle.length === 0 ? 0 : Math.max(...alle) - Math.min(...alle) + Math.abs(Math.min(...alle));
  const B = fyll ? (m + 1) * spenn + 1 : 0;
  const STOR = 10 * (n + 1) * (B + Math.max(1, ...alle.map(Math.abs)) + 1);
  const cost = s.map((rad, i) => [
    ...rad.map((x) => (x === null ? STOR : -(x + B))),
    ...Array.from({ length: n }, (_, k) => (k === i ? 0 : STOR)),
  ]);
  const ans = hungarian(cost);
  let antall = 0;
  let sum = 0;
  ans.forEach((j, i) => {
    if (j >= 0 && j < m) {
      antall += 1;
      sum += s[i]![j]!;
    }
  });
  return { antall, poeng: sum };
}
