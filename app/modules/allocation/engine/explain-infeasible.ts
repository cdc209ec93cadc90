/**
 * Explanations in Norwegian of why nothing (or someone) can be placed: which rule blocks what.
 *
 * - `grunnOppsummering`: for a household or unit without any eligible partner, the per-pair rules that
 *   block it, counted.
 * - `forklarUmulig`: when the MIP is infeasible (only possible when households must be placed,
 *   `maaTildeles`), find the cause in three steps: must-assign households without any eligible unit; a set
 *   of must-assign households competing for too few units (Hall's condition, found with a bipartite
 *   matching); otherwise a deletion filter over the constraint groups (must-assign households and the
 *   composition rules per stairwell) that leaves a minimal set of rules which cannot hold together.
 */
import { grenser } from "./composition";
import { GRUNN_NAVN, oppgangAv, vurder, type GrunnKode } from "./eligibility";
import type { Instans } from "./model";

export type Forklaring = { regel: string; tekst: string };

const liste = (xs: string[], maks = 8): string =>
  xs.length <= maks ? ogListe(xs) : `${xs.slice(0, maks).join(", ")} og ${xs.length - maks} til`;

function ogListe(xs: string[]): string {
  if (xs.length <= 1) return xs.join("");
  return `${xs.slice(0, -1).join(", ")} og ${xs[xs.length - 1]}`;
}

/** Counts the blocking rules over a set of pairs, most frequent first (ties by code). */
function tellGrunner(lister: GrunnKode[][]): string {
  const teller = new Map<GrunnKode, number>();
  for (const koder of lister) for (const k of new Set(koder)) teller.set(k, (teller.get(k) ?? 0) + 1);
  return [...teller.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${n}: ${GRUNN_NAVN[k]}`)
    .join("; ");
}

export function husstandUtenKandidat(inst: Instans, i: number): string {
  const { problem, husstander, boliger } = inst;
  const h = husstander[i]!;
  const oppgang = oppgangAv(problem);
  if (boliger.length === 0) return `Husstand ${h.id}: det er ingen ledige boliger i runden.`;
  const grunner = boliger.map((u) => vurder(problem.regler, h, u, oppgang(u)).grunner.map((g) => g.kode));
  return `Husstand ${h.id}: ingen av de ${boliger.length} boligene er aktuelle (${tellGrunner(grunner)}).`;
}

export function boligUtenKandidat(inst: Instans, j: number): string {
  const { problem, husstander, boliger } = inst;
  const u = boliger[j]!;
  const o = oppgangAv(problem)(u);
  if (husstander.length === 0) return `Bolig ${u.id}: det er ingen husstander i runden.`;
  const grunner = husstander.map((h) => vurder(problem.regler, h, u, o).grunner.map((g) => g.kode));
  return `Bolig ${u.id}: ingen av de ${husstander.length} husstandene kan få den (${tellGrunner(grunner)}).`;
}

/** Maximum bipartite matching (augmenting paths) of households `is` to their eligible units. */
function matching(inst: Instans, is: number[]): { matchU: Map<number, number>; matchH: Map<number, number> } {
  const adj = new Map<number, number[]>();
  for (const p of inst.par) if (is.includes(p.i)) adj.set(p.i, [...(adj.get(p.i) ?? []), p.j]);
  const matchU = new Map<number, number>();
  const matchH = new Map<number, number>();
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of adj.get(i) ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const other = matchU.get(j);
      if (other === undefined || augment(other, seen)) {
        matchU.set(j, i);
        matchH.set(i, j);
        return true;
      }
    }
    return false;
  };
  for (const i of is) augment(i, new Set());
  return { matchU, matchH };
}

/** A set S of must-assign households with fewer eligible units than members (Hall violator), or null. */
export function hallBrudd(inst: Instans, is: number[]): { husstander: number[]; boliger: number[] } | null {
  const { matchU, matchH } = matching(inst, is);
  const fri = is.find((i) => !matchH.has(i));
  if (fri === undefined) return null;
  // Alternating reachability from the unmatched household: households S and units N(S), all units matched.
  const adj = new Map<number, number[]>();
  for (const p of inst.par) if (is.includes(p.i)) adj.set(p.i, [...(adj.get(p.i) ?? []), p.j]);
  const S = new Set<number>([fri]);
  const N = new Set<number>();
  const ko = [fri];
  while (ko.length > 0) {
    const i = ko.shift()!;
    for (const j of adj.get(i) ?? []) {
      if (N.has(j)) continue;
      N.add(j);
      const neste = matchU.get(j);
      if (neste !== undefined && !S.has(neste)) {
        S.add(neste);
        ko.push(neste);
      }
    }
  }
  return { husstander: [...S].sort((a, b) => a - b), boliger: [...N].sort((a, b) => a - b) };
}

export type Mulighetstest = (slakk: ReadonlySet<string>) => Promise<boolean>;

const MAKS_GRUPPER = 150;

export async function forklarUmulig(inst: Instans, erMulig: Mulighetstest): Promise<Forklaring[]> {
  const { husstander, boliger, oppganger, par, problem } = inst;
  const ut: Forklaring[] = [];
  const maa = husstander.flatMap((h, i) => (h.maaTildeles ? [i] : []));
  const harPar = new Set(par.map((p) => p.i));

  const utenKandidat = maa.filter((i) => !harPar.has(i));
  for (const i of utenKandidat) {
    ut.push({
      regel: "maaTildeles",
      tekst: `${husstandUtenKandidat(inst, i)} Husstanden er merket «må tildeles».`,
    });
  }
  const resten = maa.filter((i) => harPar.has(i));
  const slakkUten = new Set(utenKandidat.map((i) => `maa:${i}`));
  if (utenKandidat.length > 0 && (await erMulig(slakkUten))) return ut;

  const hall = hallBrudd(inst, resten);
  if (hall) {
    const hs = hall.husstander.map((i) => husstander[i]!.id);
    const us = hall.boliger.map((j) => boliger[j]!.id);
    ut.push({
      regel: "enBoligPerHusstand",
      tekst:
        `Husstandene ${liste(hs)} må alle tildeles, men de kan til sammen bare bo i ` +
        (us.length === 0 ? "ingen boliger" : `${us.length === 1 ? "boligen" : "boligene"} ${liste(us)}`) +
        ` (${us.length} ${us.length === 1 ? "bolig" : "boliger"} til ${hs.length} husstander).`,
    });
    return ut;
  }

  // Deletion filter over constraint groups.
  // Only stairwells where a must-assign household can live matter: elsewhere nobody has to be placed, and
  // leaving a stairwell without new households always keeps its composition rules.
  const aktuelleOppganger = new Set(
    par.filter((p) => husstander[p.i]!.maaTildeles).map((p) => inst.oppgangTil[p.j]!),
  );
  const grupper: string[] = [...resten.map((i) => `maa:${i}`)];
  oppganger.forEach((o, k) => {
    if (!aktuelleOppganger.has(k)) return;
    const g = grenser(problem, o);
    if (g.maksPerRunde !== null) grupper.push(`kap:${k}`);
    if (g.maksAndel !== null) grupper.push(`andel:${k}`);
  });
  if (grupper.length > MAKS_GRUPPER) {
    const kunKap = new Set([...slakkUten, ...grupper.filter((g) => g.startsWith("kap:"))]);
    const kunAndel = new Set([...slakkUten, ...grupper.filter((g) => g.startsWith("andel:"))]);
    const tekst = [
      `For mange regler (${grupper.length}) til å finne den minste motstriden.`,
      (await erMulig(kunKap)) ? "Uten grensen per runde ville det gått." : "",
      (await erMulig(kunAndel)) ? "Uten grensen for andel ville det gått." : "",
    ]
      .filter(Boolean)
      .join(" ");
    ut.push({ regel: "sammensetning", tekst });
    return ut;
  }
  let aktive = [...grupper];
  for (const g of grupper) {
    const uten = aktive.filter((a) => a !== g);
    const slakk = new Set([...slakkUten, ...grupper.filter((x) => !uten.includes(x))]);
    if (!(await erMulig(slakk))) aktive = uten;
  }
  const maaIAktive = aktive.filter((g) => g.startsWith("maa:")).map((g) => Number(g.slice(4)));
  const regler = aktive.filter((g) => !g.startsWith("maa:"));
  if (maaIAktive.length > 0) {
    const tekster = maaIAktive.map((i) => {
      const us = par.filter((p) => p.i === i).map((p) => boliger[p.j]!.id);
      return `${husstander[i]!.id} (aktuelle boliger: ${liste(us)})`;
    });
    ut.push({ regel: "maaTildeles", tekst: `Disse husstandene må tildeles: ${ogListe(tekster)}.` });
  }
  for (const g of regler) {
    const k = Number(g.split(":")[1]);
    const o = oppganger[k]!;
    const gr = grenser(problem, o);
    if (g.startsWith("kap:")) {
      ut.push({
        regel: "maksHoyOppfolgingPerRunde",
        tekst: `Oppgang ${o.id} (${o.adresse}) tar høyst ${gr.maksPerRunde} husstand(er) med høyt oppfølgingsbehov per runde.`,
      });
    } else {
      ut.push({
        regel: "maksAndelHoyOppfolging",
        tekst:
          `Oppgang ${o.id} (${o.adresse}) har allerede ${o.eksisterende.hoyOppfolging} av ${o.eksisterende.husstander} ` +
          `husstander med høyt oppfølgingsbehov; andelen kan ikke bli over ${Math.round((gr.maksAndel ?? 1) * 100)} %.`,
      });
    }
  }
  if (aktive.length > 0) {
    ut.push({
      regel: "oppsummering",
      tekst:
        "Reglene over kan ikke oppfylles samtidig. Løsne én av dem (eller ta en husstand ut av «må tildeles»).",
    });
  } else {
    ut.push({ regel: "ukjent", tekst: "Fant ingen enkeltregel som forklarer at problemet er umulig." });
  }
  return ut;
}
