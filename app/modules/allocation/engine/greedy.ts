/**
 * The first-come-first-served baseline: households in order of priority, then waiting time (longest first),
 * then id; each takes the best-scoring free unit that meets the hard rules and keeps the composition limits
 * given the placements made so far. Used only to show what the optimum gains.
 */
import { andelOk, cmp, grenser, type Tildeling } from "./composition";
import type { Instans } from "./model";

export type GreedyValg = { ignorerSammensetning?: boolean };

export function greedy(inst: Instans, valg: GreedyValg = {}): Tildeling[] {
  const { problem, husstander, boliger, oppganger, oppgangTil, allePar: par } = inst;
  const rekkefolge = husstander
    .map((h, i) => ({ h, i }))
    .sort((a, b) => b.h.prioritet - a.h.prioritet || b.h.ventedager - a.h.ventedager || cmp(a.h.id, b.h.id));
  const parPerH = husstander.map(() => [] as (typeof par)[number][]);
  for (const p of par) parPerH[p.i]!.push(p);
  const tatt = new Set<number>();
  const nye = oppganger.map(() => ({ alle: 0, hoy: 0 }));
  const ut: Tildeling[] = [];
  for (const { h, i } of rekkefolge) {
    let best: (typeof par)[number] | undefined;
    for (const p of parPerH[i]!) {
      if (tatt.has(p.j)) continue;
      const k = oppgangTil[p.j]!;
      if (!valg.ignorerSammensetning && h.hoyOppfolging) {
        const o = oppganger[k]!;
        const g = grenser(problem, o);
        const n = nye[k]!;
        if (g.maksPerRunde !== null && n.hoy + 1 > g.maksPerRunde) continue;
        if (!andelOk(o, g.maksAndel, n.hoy + 1, n.alle + 1)) continue;
      }
      if (!best || p.poeng > best.poeng) best = p; // pairs are in unit-id order: ties keep the lower id
    }
    if (!best) continue;
    tatt.add(best.j);
    const n = nye[oppgangTil[best.j]!]!;
    n.alle += 1;
    if (h.hoyOppfolging) n.hoy += 1;
    ut.push({ husstand: h.id, bolig: boliger[best.j]!.id });
  }
  return ut;
}
