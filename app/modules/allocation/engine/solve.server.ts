/**
 * Runs HiGHS on the model, reads the assignment, checks it independently against every rule, and explains
 * each assignment's factors. The result is a suggestion for a caseworker, never a decision (GDPR art. 22).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Highs } from "highs";
import { cmp, oppgangStatus, verifiser, type OppgangStatus, type Tildeling } from "./composition";
import { oppgangAv, vurder } from "./eligibility";
import {
  boligUtenKandidat,
  forklarUmulig,
  husstandUtenKandidat,
  type Forklaring,
} from "./explain-infeasible";
import { byggModell, fyllBonus, lagInstans, type Instans } from "./model";
import type { Problem } from "./problem";
import { faktorer, round6, type Faktor } from "./score";

export const BESLUTNINGSSTOTTE =
  "Forslaget er beslutningsstøtte. Tildelingen avgjøres av en saksbehandler som vurderer saken konkret " +
  "(personvernforordningen art. 22); vedtaket er et enkeltvedtak som kan påklages.";

let highs: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly module once per process; the binary is read from the package directly. */
export function lastHighs(): Promise<Highs> {
  highs ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmBinary = readFileSync(require.resolve("highs/runtime"));
    const loader = (await import("highs")).default;
    return loader({ wasmBinary });
  })();
  return highs;
}

export type LosningStatus = "optimal" | "umulig" | "tidsgrense" | "feil";

export type TildelingForklart = {
  husstand: string;
  bolig: string;
  oppgang: string;
  poeng: number;
  /** The score parts that counted (non-zero), largest first. */
  faktorer: Faktor[];
  /** The hard requirements this pair meets. */
  oppfylteKrav: string[];
};

export type Fase = { fase: string; status: string; objektiv: number | null; tidMs: number };

export type Losning = {
  status: LosningStatus;
  beslutningsstotte: string;
  runde: string | null;
  /** Σ poeng over the assignments (the optimised objective), null when there is no solution. */
  objektivverdi: number | null;
  antallTildelt: number;
  tildelinger: TildelingForklart[];
  ikkeTildelteBoliger: { bolig: string; grunn: string }[];
  ikkeTildelteHusstander: { husstand: string; aktuelleBoliger: number; grunn: string }[];
  oppganger: OppgangStatus[];
  /** For status "umulig": which rule blocks what. */
  forklaring: Forklaring[];
  kontroll: { ok: boolean; brudd: string[] };
  /** Solver facts; `tidMs` is the only field that varies between runs on the same input. */
  solver: { navn: "HiGHS"; variabler: number; fyllBonus: number; faser: Fase[]; tidMs: number };
};

export type SolveValg = { tidsgrenseSek?: number; presolve?: "on" | "off" };

const ms = (x: number) => Math.round(x * 10) / 10;

type Kjoring = { status: string; objektiv: number | null; valgte: Set<string>; tidMs: number };

async function kjor(lp: string, valg: SolveValg): Promise<Kjoring> {
  const h = await lastHighs();
  const t0 = performance.now();
  const r = h.solve(lp, {
    output_flag: false,
    mip_rel_gap: 0,
    mip_abs_gap: 1e-7,
    random_seed: 0,
    // Off by default: the assignment structure gives near-integral LPs, and HiGHS's presolve costs more
    // than it saves here (measured on the 400 × 80 benchmark: about 30 % less CPU time without it).
    presolve: valg.presolve ?? "off",
    ...(valg.tidsgrenseSek !== undefined ? { time_limit: valg.tidsgrenseSek } : {}),
  });
  const tidMs = performance.now() - t0;
  const valgte = new Set<string>();
  const harLosning = r.Status === "Optimal" || r.Status === "Time limit reached";
  if (harLosning) {
    for (const [navn, col] of Object.entries(r.Columns)) {
      if ("Primal" in col && col.Primal > 0.5 && navn.startsWith("x")) valgte.add(navn);
    }
  }
  return { status: r.Status, objektiv: harLosning ? r.ObjectiveValue : null, valgte, tidMs };
}

function lagMulighetstest(inst: Instans, valg: SolveValg) {
  return async (slakk: ReadonlySet<string>) => {
    const r = await kjor(byggModell(inst, { maal: "ingen", slakk }).lp, valg);
    return r.status === "Optimal";
  };
}

/** Solves the allocation problem optimally. Deterministic for the same input (ordering included). */
export async function tildel(problem: Problem, valg: SolveValg = {}): Promise<Losning> {
  const t0 = performance.now();
  const inst = lagInstans(problem);
  const faser: Fase[] = [];
  const fase = (navn: string, r: Kjoring) =>
    faser.push({ fase: navn, status: r.status, objektiv: r.objektiv, tidMs: ms(r.tidMs) });

  const bonus = problem.regler.fyllBoliger === "prioriter" ? fyllBonus(inst) : 0;
  const resultat = await kjor(byggModell(inst, { maal: "poeng", bonus }).lp, valg);
  fase(bonus > 0 ? "maks antall, så maks poeng" : "maks poeng", resultat);

  const base = { beslutningsstotte: BESLUTNINGSSTOTTE, runde: problem.runde ?? null };
  if (resultat.status === "Infeasible" || resultat.status === "Primal infeasible or unbounded") {
    // The analysis relaxes rules one by one, so it works on every eligible pair (no reduction).
    const full = lagInstans(problem, false);
    const forklaring = await forklarUmulig(full, lagMulighetstest(full, valg));
    return {
      status: "umulig",
      ...base,
      objektivverdi: null,
      antallTildelt: 0,
      tildelinger: [],
      ikkeTildelteBoliger: [],
      ikkeTildelteHusstander: [],
      oppganger: [],
      forklaring,
      kontroll: { ok: true, brudd: [] },
      solver: {
        navn: "HiGHS",
        variabler: inst.par.length,
        fyllBonus: bonus,
        faser,
        tidMs: ms(performance.now() - t0),
      },
    };
  }
  const harLosning = resultat.status === "Optimal" || resultat.status === "Time limit reached";
  const valgtePar = inst.par.filter((p) => resultat.valgte.has(p.navn));
  const tildelinger: Tildeling[] = valgtePar.map((p) => ({
    husstand: inst.husstander[p.i]!.id,
    bolig: inst.boliger[p.j]!.id,
  }));
  const objektiv = round6(valgtePar.reduce((s, p) => s + p.poeng, 0));

  // Independent check: the rules, the count from phase 1, and the objective HiGHS reported.
  const brudd = harLosning
    ? verifiser(problem, tildelinger)
    : [`HiGHS returnerte status «${resultat.status}»`];
  if (resultat.objektiv !== null) {
    const rapportert = resultat.objektiv - bonus * tildelinger.length;
    if (Math.abs(rapportert - objektiv) > 1e-6 * Math.max(1, Math.abs(resultat.objektiv))) {
      brudd.push(`objektivverdien fra HiGHS (${rapportert}) avviker fra summen av poeng (${objektiv})`);
    }
  }
  const status: LosningStatus =
    brudd.length > 0 ? "feil" : resultat.status === "Optimal" ? "optimal" : "tidsgrense";

  return {
    status,
    ...base,
    objektivverdi: harLosning ? objektiv : null,
    antallTildelt: tildelinger.length,
    tildelinger: forklarTildelinger(inst, tildelinger),
    ...ikkeTildelte(inst, tildelinger),
    oppganger: oppgangStatus(problem, tildelinger),
    forklaring: [],
    kontroll: { ok: brudd.length === 0, brudd },
    solver: {
      navn: "HiGHS",
      variabler: inst.par.length,
      fyllBonus: bonus,
      faser,
      tidMs: ms(performance.now() - t0),
    },
  };
}

export function forklarTildelinger(inst: Instans, tildelinger: Tildeling[]): TildelingForklart[] {
  const { problem } = inst;
  const hById = new Map(problem.husstander.map((h) => [h.id, h]));
  const uById = new Map(problem.boliger.map((u) => [u.id, u]));
  const oppgang = oppgangAv(problem);
  return tildelinger
    .map((t) => {
      const h = hById.get(t.husstand)!;
      const u = uById.get(t.bolig)!;
      const o = oppgang(u);
      const f = faktorer(problem.regler, problem.vekter, h, u, o);
      return {
        husstand: h.id,
        bolig: u.id,
        oppgang: o.id,
        poeng: round6(f.reduce((s, x) => s + x.poeng, 0)),
        faktorer: f.filter((x) => x.poeng !== 0).sort((a, b) => Math.abs(b.poeng) - Math.abs(a.poeng)),
        oppfylteKrav: vurder(problem.regler, h, u, o).oppfylt,
      };
    })
    .sort((a, b) => cmp(a.bolig, b.bolig));
}

function ikkeTildelte(inst: Instans, tildelinger: Tildeling[]) {
  const { problem, husstander, boliger, allePar } = inst;
  const tattH = new Set(tildelinger.map((t) => t.husstand));
  const tattU = new Set(tildelinger.map((t) => t.bolig));
  const parPerH = husstander.map(() => [] as number[]);
  const parPerU = boliger.map(() => [] as number[]);
  for (const p of allePar) {
    parPerH[p.i]!.push(p.j);
    parPerU[p.j]!.push(p.i);
  }
  const ikkeTildelteBoliger = boliger.flatMap((u, j) => {
    if (tattU.has(u.id)) return [];
    const kandidater = parPerU[j]!;
    if (kandidater.length === 0) return [{ bolig: u.id, grunn: boligUtenKandidat(inst, j) }];
    const ledige = kandidater.filter((i) => !tattH.has(husstander[i]!.id));
    if (ledige.length === 0) {
      return [
        {
          bolig: u.id,
          grunn: `Alle ${kandidater.length} aktuelle husstander fikk en annen bolig med høyere samlet poengsum.`,
        },
      ];
    }
    const blokk = new Set<string>();
    for (const i of ledige) {
      const b = verifiser(problem, [...tildelinger, { husstand: husstander[i]!.id, bolig: u.id }], false);
      b.forEach((x) => blokk.add(x));
    }
    return [
      {
        bolig: u.id,
        grunn:
          blokk.size > 0
            ? `${ledige.length} aktuelle husstander står uten bolig, men sammensetningsreglene hindrer det: ${[...blokk].join("; ")}.`
            : `${ledige.length} aktuelle husstander står uten bolig, men ingen gir positiv poengsum (fyllBoliger = «vekt»).`,
      },
    ];
  });
  const ikkeTildelteHusstander = husstander.flatMap((h, i) => {
    if (tattH.has(h.id)) return [];
    const aktuelle = parPerH[i]!.length;
    return [
      {
        husstand: h.id,
        aktuelleBoliger: aktuelle,
        grunn:
          aktuelle === 0
            ? husstandUtenKandidat(inst, i)
            : `${aktuelle} aktuelle boliger gikk til andre husstander eller er sperret av sammensetningsreglene.`,
      },
    ];
  });
  return { ikkeTildelteBoliger, ikkeTildelteHusstander };
}
