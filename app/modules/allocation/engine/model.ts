/**
 * Builds the mixed-integer programme in CPLEX LP format for HiGHS.
 *
 * Determinism: households, units and stairwells are sorted by id (plain code-unit order, no locale) before
 * any variable is named, so the same problem in any input order gives byte-identical LP text, and HiGHS
 * (single-threaded, fixed seed) returns the same solution.
 *
 * Variables: x{i}_{j} ∈ {0,1} for each eligible pair (household i, unit j) only — ineligible pairs have no
 * variable, so the hard per-pair rules cannot be broken. y{k} ∈ {0,1} only for a stairwell whose existing
 * share of high follow-up need is already above its limit (see the share rule below).
 *
 * Constraints:
 *   h{i}:  Σ_j x{i}_{j} ≤ 1   (= 1 when the household must be placed, `maaTildeles`)
 *   u{j}:  Σ_i x{i}_{j} ≤ 1
 *   kap{k}: Σ_{high i, j in k} x ≤ N_k                       (at most N high-need households per round)
 *   andel{k}: Σ_{j in k} (high_i − p) x ≤ p·E_k − H_k         (share after the round ≤ p; E, H existing counts)
 *     When H_k > p·E_k the share rule only binds if a high-need household is placed there, written with y{k}:
 *     aktiv{k}_{n}: x − y{k} ≤ 0 per high-need pair and andel{k}: Σ (high_i − p) x + (H_k − p·E_k)·y{k} ≤ 0.
 *     (High-need pairs into a stairwell that could never take one more, p·(E + units) − H < 1, are removed
 *     before the model is built.)
 *   antall: Σ x ≥ K           (optional; only used by tests and analysis)
 *
 * Objective: maximise Σ (poeng_ij + B) x_ij, where B = `fyllBonus` for fyllBoliger = "prioriter" (so the
 * number of filled units comes first, then the score) and B = 0 for "vekt".
 */
import { grenser, ANDEL_EPS, cmp } from "./composition";
import { oppgangAv, vurder } from "./eligibility";
import type { Bolig, Husstand, Oppgang, Problem } from "./problem";
import { poeng } from "./score";

export type Par = { i: number; j: number; navn: string; poeng: number };

export type Instans = {
  problem: Problem;
  husstander: Husstand[];
  boliger: Bolig[];
  oppganger: Oppgang[];
  /** Stairwell index of each unit. */
  oppgangTil: number[];
  /** Pairs in the model, canonical order (i ascending, then j ascending), after the exact reduction. */
  par: Par[];
  /** Every eligible pair (for explanations and counts). */
  allePar: Par[];
};

/** `reduser` = false keeps every eligible pair (used by tests to show the reduction is exact). */
export function lagInstans(problem: Problem, reduser = true): Instans {
  const husstander = [...problem.husstander].sort((a, b) => cmp(a.id, b.id));
  const boliger = [...problem.boliger].sort((a, b) => cmp(a.id, b.id));
  const oppganger = [...problem.oppganger].sort((a, b) => cmp(a.id, b.id));
  const oIndex = new Map(oppganger.map((o, k) => [o.id, k]));
  const oppgangFor = oppgangAv(problem);
  const oppgangTil = boliger.map((u) => oIndex.get(u.oppgang) ?? -1);
  const alle: Par[] = [];
  husstander.forEach((h, i) => {
    boliger.forEach((u, j) => {
      const o = oppgangFor(u);
      if (vurder(problem.regler, h, u, o).aktuell) {
        alle.push({ i, j, navn: `x${i}_${j}`, poeng: poeng(problem.regler, problem.vekter, h, u, o) });
      }
    });
  });
  return {
    problem,
    husstander,
    boliger,
    oppganger,
    oppgangTil,
    par: reduser ? reduserPar(husstander, boliger, utenUmuligeHoy(problem, inst0(alle))) : alle,
    allePar: alle,
  };

  function inst0(par: Par[]) {
    return { husstander, boliger, oppganger, oppgangTil, par };
  }
}

/**
 * Drops the pairs of households with high follow-up need into a stairwell whose share limit can never allow
 * one more such household this round, even if all its vacant units were filled: p·(E + units) − H < 1.
 * No feasible solution uses these pairs, so removing them changes nothing but the model size.
 */
function utenUmuligeHoy(
  problem: Problem,
  inst: Pick<Instans, "husstander" | "boliger" | "oppganger" | "oppgangTil" | "par">,
): Par[] {
  const enheter = inst.oppganger.map((_, k) => inst.oppgangTil.filter((x) => x === k).length);
  const stengt = inst.oppganger.map((o, k) => {
    const p = grenser(problem, o).maksAndel;
    if (p === null) return false;
    return p * (o.eksisterende.husstander + enheter[k]!) - o.eksisterende.hoyOppfolging < 1 - ANDEL_EPS;
  });
  return inst.par.filter((q) => !(inst.husstander[q.i]!.hoyOppfolging && stengt[inst.oppgangTil[q.j]!]));
}

/**
 * Drops pairs that cannot be needed by an optimal solution (exact, not a heuristic). For unit j and
 * household i (not `maaTildeles`), the dominators of i are the other eligible households for j with a higher
 * score (ties: lower id) that are not `maaTildeles` and whose swap for i cannot break a composition rule:
 * any household when i has high follow-up need, only households without it otherwise (replacing a high-need
 * household by one without never raises a stairwell's count or share). If i has more dominators than there
 * are units other than j they could occupy, then in any solution using (i, j) one dominator has no unit;
 * swapping it in keeps every rule and the number of assignments and does not lower the score. Repeating the
 * swap ends at a kept pair, so the reduced model has the same optimum. The rule is applied until nothing
 * changes, since a smaller model can only lower the dominators' unit counts.
 */
function reduserPar(husstander: Husstand[], boliger: Bolig[], alle: Par[]): Par[] {
  let par = alle;
  for (let runde = 0; runde < 10; runde++) {
    const enheterFor = husstander.map(() => [] as number[]);
    const perU = boliger.map(() => [] as Par[]);
    for (const p of par) {
      enheterFor[p.i]!.push(p.j);
      perU[p.j]!.push(p);
    }
    const fjern = new Set<Par>();
    boliger.forEach((_, j) => {
      const liste = perU[j]!.filter((p) => !husstander[p.i]!.maaTildeles).sort(
        (a, b) => b.poeng - a.poeng || a.i - b.i,
      );
      // Units (other than j) reachable by the dominators seen so far: all of them, and those without high need.
      const alleUnion = new Set<number>();
      const lavUnion = new Set<number>();
      let alleFor = 0;
      let lavFor = 0;
      for (const p of liste) {
        const hoy = husstander[p.i]!.hoyOppfolging;
        if (hoy ? alleFor > alleUnion.size : lavFor > lavUnion.size) fjern.add(p);
        for (const k of enheterFor[p.i]!) {
          if (k === j) continue;
          alleUnion.add(k);
          if (!hoy) lavUnion.add(k);
        }
        alleFor += 1;
        if (!hoy) lavFor += 1;
      }
    });
    if (fjern.size === 0) break;
    par = par.filter((p) => !fjern.has(p));
  }
  return par;
}

export type Maal = "antall" | "poeng" | "ingen";

export type ModellValg = {
  maal: Maal;
  /** Phase 2: at least this many assignments. */
  minAntall?: number;
  /** Added to every pair's score (the lexicographic fill bonus, see `fyllBonus`). */
  bonus?: number;
  /** Constraint groups left out, for the infeasibility analysis: "maa:{i}", "kap:{k}", "andel:{k}". */
  slakk?: ReadonlySet<string>;
};

/** Fixed-point number without exponent, trailing zeros trimmed. */
export function tall(x: number): string {
  const s = x.toFixed(9).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

type Ledd = { koef: number; navn: string };

/** Writes a linear expression, at most 8 terms per line (the HiGHS LP reader has a line-length limit). */
function uttrykk(ledd: Ledd[]): string {
  const deler = ledd.map((l, n) => {
    const neg = l.koef < 0;
    const abs = Math.abs(l.koef);
    const tegn = neg ? "-" : n === 0 ? "" : "+";
    const k = abs === 1 ? "" : `${tall(abs)} `;
    return `${tegn}${tegn ? " " : ""}${k}${l.navn}`;
  });
  const linjer: string[] = [];
  for (let n = 0; n < deler.length; n += 8) linjer.push(deler.slice(n, n + 8).join(" "));
  return linjer.join("\n   ");
}

export type Modell = { lp: string; binaere: string[]; antallRader: number };

export function byggModell(inst: Instans, valg: ModellValg): Modell {
  const { problem, husstander, boliger, oppganger, oppgangTil, par } = inst;
  const slakk = valg.slakk ?? new Set<string>();
  const perH: Par[][] = husstander.map(() => []);
  const perU: Par[][] = boliger.map(() => []);
  for (const p of par) {
    perH[p.i]!.push(p);
    perU[p.j]!.push(p);
  }
  const rader: string[] = [];
  const binaere = par.map((p) => p.navn);

  husstander.forEach((h, i) => {
    const ledd = perH[i]!.map((p) => ({ koef: 1, navn: p.navn }));
    const maa = h.maaTildeles && !slakk.has(`maa:${i}`);
    if (ledd.length === 0) {
      // A must-assign household without any eligible unit: an explicit infeasible row keeps the model honest.
      if (maa) rader.push(` h${i}: 0 z_tom = 1`);
      return;
    }
    rader.push(` h${i}: ${uttrykk(ledd)} ${maa ? "=" : "<="} 1`);
  });
  boliger.forEach((_, j) => {
    const ledd = perU[j]!.map((p) => ({ koef: 1, navn: p.navn }));
    if (ledd.length > 0) rader.push(` u${j}: ${uttrykk(ledd)} <= 1`);
  });

  oppganger.forEach((o, k) => {
    const iOppgang = par.filter((p) => oppgangTil[p.j] === k);
    const hoy = iOppgang.filter((p) => husstander[p.i]!.hoyOppfolging);
    if (hoy.length === 0) return;
    const g = grenser(problem, o);
    if (g.maksPerRunde !== null && !slakk.has(`kap:${k}`) && hoy.length > g.maksPerRunde) {
      rader.push(` kap${k}: ${uttrykk(hoy.map((p) => ({ koef: 1, navn: p.navn })))} <= ${g.maksPerRunde}`);
    }
    if (g.maksAndel !== null && g.maksAndel < 1 && !slakk.has(`andel:${k}`)) {
      const p = g.maksAndel;
      const ledd = iOppgang.map((q) => ({
        koef: husstander[q.i]!.hoyOppfolging ? 1 - p : -p,
        navn: q.navn,
      }));
      const rom = p * o.eksisterende.husstander - o.eksisterende.hoyOppfolging;
      if (rom >= -ANDEL_EPS) {
        rader.push(` andel${k}: ${uttrykk(ledd)} <= ${tall(rom + ANDEL_EPS)}`);
      } else {
        const y = `y${k}`;
        binaere.push(y);
        hoy.forEach((q, n) => rader.push(` aktiv${k}_${n}: ${q.navn} - ${y} <= 0`));
        rader.push(` andel${k}: ${uttrykk([...ledd, { koef: -rom, navn: y }])} <= ${tall(ANDEL_EPS)}`);
      }
    }
  });

  if (valg.minAntall !== undefined && valg.minAntall > 0) {
    rader.push(` antall: ${uttrykk(par.map((p) => ({ koef: 1, navn: p.navn })))} >= ${valg.minAntall}`);
  }

  const bonus = valg.bonus ?? 0;
  const koef = (p: Par) => (valg.maal === "antall" ? 1 : valg.maal === "poeng" ? p.poeng + bonus : 0);
  const objLedd = par.map((p) => ({ koef: koef(p), navn: p.navn }));
  const obj = objLedd.length > 0 ? uttrykk(objLedd) : "0 z_tom";
  const trengerTom = rader.some((r) => r.includes("z_tom")) || objLedd.length === 0;
  const lp = [
    "Maximize",
    ` obj: ${obj}`,
    "Subject To",
    ...(rader.length > 0 ? rader : [" tom: 0 z_tom <= 0"]),
    ...(trengerTom || rader.length === 0 ? ["Bounds", " z_tom = 0"] : []),
    ...(binaere.length > 0 ? ["Binary", ...chunk(binaere, 12).map((c) => ` ${c.join(" ")}`)] : []),
    "End",
    "",
  ].join("\n");
  return { lp, binaere, antallRader: rader.length };
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < xs.length; k += n) out.push(xs.slice(k, k + n));
  return out;
}

/**
 * The bonus per assignment that makes "fill as many units as possible" strictly more important than the
 * score (fyllBoliger = "prioriter"): with m = the most assignments possible, a solution with k + 1 assignments
 * beats any with k when B > (m − 1)·(max score − min score) − min score. Rounded up to an integer.
 */
export function fyllBonus(inst: Instans): number {
  if (inst.par.length === 0) return 0;
  let maks = -Infinity;
  let min = Infinity;
  for (const p of inst.par) {
    maks = Math.max(maks, p.poeng);
    min = Math.min(min, p.poeng);
  }
  const m = Math.min(new Set(inst.par.map((p) => p.i)).size, new Set(inst.par.map((p) => p.j)).size);
  return Math.ceil((m - 1) * (maks - min) + Math.max(0, -min) + 1);
}
