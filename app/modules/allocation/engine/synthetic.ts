/**
 * A deterministic synthetic allocation round (invented data) from a seed, for the benchmark and the tests.
 * Same seed → same problem, byte for byte.
 */
import type { ProblemInput } from "./problem";

/** mulberry32: small, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BYDELER = ["Alna", "Grorud", "Stovner", "Søndre Nordstrand"];
const OMRADER = ["Furuset", "Tveita", "Romsås", "Haugenstua", "Mortensrud", "Holmlia"];
const GATER = ["Kløvergata", "Furuveien", "Lindeveien", "Bjørkebakken", "Rognestien", "Seljeløkka"];

export type SyntetiskValg = {
  husstander: number;
  boliger: number;
  oppganger: number;
  seed: number;
  /** Share of households with high follow-up need (default 0.2). */
  andelHoy?: number;
};

export function syntetiskProblem(v: SyntetiskValg): ProblemInput {
  const r = prng(v.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const velg = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const p = (x: number) => r() < x;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");

  const oppganger = Array.from({ length: v.oppganger }, (_, k) => {
    const husstander = int(6, 40);
    const hoy = Math.min(husstander, Math.floor(husstander * r() * 0.4));
    return {
      id: `O${pad(k + 1, 3)}`,
      adresse: `${GATER[k % GATER.length]} ${k + 1}`,
      bydel: BYDELER[k % BYDELER.length]!,
      omrade: velg(OMRADER),
      heis: p(0.5),
      utrygg: p(0.1),
      eksisterende: { husstander, hoyOppfolging: hoy, barnefamilier: Math.floor(husstander * r() * 0.4) },
    };
  });
  const boliger = Array.from({ length: v.boliger }, (_, j) => {
    const o = oppganger[j % oppganger.length]!;
    const rr = r();
    const rom = rr < 0.4 ? 1 : rr < 0.75 ? 2 : rr < 0.93 ? 3 : 4;
    const etasje = int(1, 6);
    return {
      id: `B${pad(j + 1, 4)}`,
      oppgang: o.id,
      rom,
      etasje,
      rullestol: (etasje === 1 || o.heis) && p(0.15),
    };
  });
  const husstander = Array.from({ length: v.husstander }, (_, i) => {
    const voksne = p(0.6) ? 1 : 2;
    const barn = p(0.65) ? 0 : int(1, 3);
    const pr = r();
    return {
      id: `H${pad(i + 1, 4)}`,
      voksne,
      barn,
      prioritet: pr < 0.7 ? 0 : pr < 0.9 ? 1 : 2,
      ventedager: int(0, 1500),
      behov: { rullestol: p(0.04), heis: p(0.08), forsteEtasje: p(0.03) },
      hoyOppfolging: p(v.andelHoy ?? 0.2),
      onsker: {
        bydeler: p(0.6) ? [velg(BYDELER)] : [],
        omrader: p(0.3) ? [velg(OMRADER)] : [],
        ...(p(0.4) ? { rom: int(1, 3) } : {}),
      },
      utelukkelser: {
        ikkeNaer: p(0.03) ? [{ adresse: velg(oppganger).adresse }] : [],
        oppganger: [],
        bydeler: p(0.03) ? [velg(BYDELER)] : [],
      },
    };
  });
  return {
    versjon: 1,
    runde: `Syntetisk runde (seed ${v.seed})`,
    husstander,
    boliger,
    oppganger,
  };
}
