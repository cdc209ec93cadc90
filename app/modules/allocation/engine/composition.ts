/**
 * Composition rules per stairwell (oppgang) and an independent checker for a finished assignment. The
 * checker counts placements directly from the assignment; it shares no code with the MIP builder.
 */
import { vurder } from "./eligibility";
import type { Oppgang, Problem } from "./problem";

/** Tolerance for the share rule, so 3 of 10 at a 30 % limit is allowed despite floating point. */
export const ANDEL_EPS = 1e-7;

export type Grenser = { maksPerRunde: number | null; maksAndel: number | null };

export function grenser(problem: Problem, o: Oppgang): Grenser {
  return {
    maksPerRunde: o.regler.maksHoyOppfolgingPerRunde ?? problem.regler.maksHoyOppfolgingPerRunde,
    maksAndel: o.regler.maksAndelHoyOppfolging ?? problem.regler.maksAndelHoyOppfolging,
  };
}

/** The share rule: may `nyeHoy` of `nyeAlle` new households be placed into o? */
export function andelOk(o: Oppgang, maksAndel: number | null, nyeHoy: number, nyeAlle: number): boolean {
  if (maksAndel === null || nyeHoy === 0) return true;
  const hoy = o.eksisterende.hoyOppfolging + nyeHoy;
  const alle = o.eksisterende.husstander + nyeAlle;
  return hoy <= maksAndel * alle + ANDEL_EPS;
}

export type Tildeling = { husstand: string; bolig: string };

export type OppgangStatus = {
  oppgang: string;
  nyeHusstander: number;
  nyeHoyOppfolging: number;
  nyeBarnefamilier: number;
  andelHoyOppfolgingEtter: number;
  maksHoyOppfolgingPerRunde: number | null;
  maksAndelHoyOppfolging: number | null;
  perRundeOk: boolean;
  andelOk: boolean;
};

export function oppgangStatus(problem: Problem, tildelinger: Tildeling[]): OppgangStatus[] {
  const hById = new Map(problem.husstander.map((h) => [h.id, h]));
  const uById = new Map(problem.boliger.map((u) => [u.id, u]));
  const counts = new Map<string, { alle: number; hoy: number; barn: number }>();
  for (const t of tildelinger) {
    const h = hById.get(t.husstand);
    const u = uById.get(t.bolig);
    if (!h || !u) continue;
    const c = counts.get(u.oppgang) ?? { alle: 0, hoy: 0, barn: 0 };
    c.alle += 1;
    if (h.hoyOppfolging) c.hoy += 1;
    if (h.barn > 0) c.barn += 1;
    counts.set(u.oppgang, c);
  }
  return [...problem.oppganger]
    .sort((a, b) => cmp(a.id, b.id))
    .map((o) => {
      const c = counts.get(o.id) ?? { alle: 0, hoy: 0, barn: 0 };
      const g = grenser(problem, o);
      const alle = o.eksisterende.husstander + c.alle;
      return {
        oppgang: o.id,
        nyeHusstander: c.alle,
        nyeHoyOppfolging: c.hoy,
        nyeBarnefamilier: c.barn,
        andelHoyOppfolgingEtter: alle === 0 ? 0 : (o.eksisterende.hoyOppfolging + c.hoy) / alle,
        maksHoyOppfolgingPerRunde: g.maksPerRunde,
        maksAndelHoyOppfolging: g.maksAndel,
        perRundeOk: g.maksPerRunde === null || c.hoy <= g.maksPerRunde,
        andelOk: andelOk(o, g.maksAndel, c.hoy, c.alle),
      };
    });
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Checks an assignment against every rule; returns Norwegian descriptions of each breach (empty = valid).
 * `kreverMaaTildeles` = false skips the must-assign rule (used for the greedy baseline, which may fail it).
 */
export function verifiser(problem: Problem, tildelinger: Tildeling[], kreverMaaTildeles = true): string[] {
  const brudd: string[] = [];
  const hById = new Map(problem.husstander.map((h) => [h.id, h]));
  const uById = new Map(problem.boliger.map((u) => [u.id, u]));
  const oById = new Map(problem.oppganger.map((o) => [o.id, o]));
  const brukteH = new Set<string>();
  const brukteU = new Set<string>();
  for (const t of tildelinger) {
    const h = hById.get(t.husstand);
    const u = uById.get(t.bolig);
    if (!h) brudd.push(`husstand ${t.husstand} finnes ikke`);
    if (!u) brudd.push(`bolig ${t.bolig} finnes ikke`);
    if (brukteH.has(t.husstand)) brudd.push(`husstand ${t.husstand} har fått mer enn én bolig`);
    if (brukteU.has(t.bolig)) brudd.push(`bolig ${t.bolig} er gitt til mer enn én husstand`);
    brukteH.add(t.husstand);
    brukteU.add(t.bolig);
    const o = u ? oById.get(u.oppgang) : undefined;
    if (h && u && o) {
      for (const g of vurder(problem.regler, h, u, o).grunner) {
        brudd.push(`${t.husstand} i ${t.bolig}: ${g.tekst}`);
      }
    }
  }
  if (kreverMaaTildeles) {
    for (const h of problem.husstander) {
      if (h.maaTildeles && !brukteH.has(h.id))
        brudd.push(`husstand ${h.id} skulle tildeles, men fikk ingen bolig`);
    }
  }
  for (const s of oppgangStatus(problem, tildelinger)) {
    if (!s.perRundeOk) {
      brudd.push(
        `oppgang ${s.oppgang}: ${s.nyeHoyOppfolging} husstander med høyt oppfølgingsbehov i runden, grensen er ${s.maksHoyOppfolgingPerRunde}`,
      );
    }
    if (!s.andelOk) {
      brudd.push(
        `oppgang ${s.oppgang}: andelen med høyt oppfølgingsbehov blir ${Math.round(s.andelHoyOppfolgingEtter * 100)} %, grensen er ${Math.round((s.maksAndelHoyOppfolging ?? 1) * 100)} %`,
      );
    }
  }
  return brudd;
}
