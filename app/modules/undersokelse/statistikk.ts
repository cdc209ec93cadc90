import { INDIKATORER, type Indikator } from "./instrument";

/**
 * Pure statistics for the results: sufficient statistics per cell (count, sum, sum of squares of the
 * respondents' 0–100 indices), the index with a 95 % interval, and small-cell suppression with complementary
 * suppression. The query layer (get-resultater.server.ts) calls these before anything leaves the module.
 */

/** Sufficient statistics of one indicator in one cell. */
export type Sum = { n: number; s: number; q: number };
export type Summer = Record<Indikator, Sum>;

export const tomSum = (): Sum => ({ n: 0, s: 0, q: 0 });
export const tommeSummer = (): Summer => Object.fromEntries(INDIKATORER.map((i) => [i, tomSum()])) as Summer;

export function leggTil(a: Summer, b: Summer): Summer {
  const ut = tommeSummer();
  for (const i of INDIKATORER) ut[i] = { n: a[i].n + b[i].n, s: a[i].s + b[i].s, q: a[i].q + b[i].q };
  return ut;
}

/**
 * Why a figure is not shown: too few answers, hidden so it cannot be found by subtraction, or the round is still
 * open (its figures would change with each answer, so two looks a minute apart would give one answer away).
 */
export type Skjult = "for_faa" | "komplementaer" | "apen_runde";

/** One shown (or hidden) figure. Hidden cells carry no number at all, not even n. */
export type Celle =
  | { skjult: null; n: number; indeks: number; lav: number; hoy: number }
  | { skjult: Skjult; n: null; indeks: null; lav: null; hoy: null };

export const SKJULT_CELLE = (skjult: Skjult): Celle => ({
  skjult,
  n: null,
  indeks: null,
  lav: null,
  hoy: null,
});

/** Two-sided 95 % t quantiles for 1–30 degrees of freedom; 1.96 beyond. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
export const t95 = (df: number) => (df >= 1 && df <= 30 ? T95[df - 1]! : 1.96);

const rund1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The index (mean of the respondents' 0–100 values) with a 95 % t interval. With `populasjon` (households asked)
 * the finite population correction is applied: at an address where most households answered, the interval is
 * narrower. Clamped to 0–100.
 */
export function celle(sum: Sum, populasjon: number | null): Celle & { skjult: null } {
  const n = sum.n;
  const snitt = sum.s / n;
  const varians = n > 1 ? Math.max(0, (sum.q - n * snitt * snitt) / (n - 1)) : 0;
  const fpc =
    populasjon && populasjon > 1 && populasjon >= n ? Math.sqrt((populasjon - n) / (populasjon - 1)) : 1;
  const halv = n > 1 ? t95(n - 1) * Math.sqrt(varians / n) * fpc : 50;
  return {
    skjult: null,
    n,
    indeks: rund1(snitt),
    lav: rund1(Math.max(0, snitt - halv)),
    hoy: rund1(Math.min(100, snitt + halv)),
  };
}

/** A parent (e.g. a district) and its children (e.g. its addresses), for one indicator. */
export type Tabell<K extends string> = {
  forelder: { n: number; sum: Sum; populasjon: number | null };
  barn: Array<{ nokkel: K; sum: Sum; populasjon: number | null }>;
};

/**
 * Primary suppression (n below `terskel`) and complementary suppression for one parent with its children:
 * if any child is hidden while the parent is shown, more children (the smallest first) are hidden until the
 * hidden children together hold at least `terskel` answers — so subtracting the shown children from the
 * parent gives at most an aggregate of `terskel` or more answers, never a small cell. When every child ends up
 * hidden, subtraction gives back only the parent itself, which is shown under its own threshold. Children with
 * no answers (n = 0) are "too few" but add nothing to recover.
 */
export function undertrykk<K extends string>(
  tabell: Tabell<K>,
  terskel: number,
  terskelForelder = terskel,
): { forelder: Celle; barn: Map<K, Celle> } {
  const barn = new Map<K, Celle>();
  const skjulte: Array<{ nokkel: K; n: number }> = [];
  const viste: Array<{ nokkel: K; n: number }> = [];
  for (const b of tabell.barn) {
    if (b.sum.n < terskel) {
      barn.set(b.nokkel, SKJULT_CELLE("for_faa"));
      skjulte.push({ nokkel: b.nokkel, n: b.sum.n });
    } else {
      barn.set(b.nokkel, celle(b.sum, b.populasjon));
      viste.push({ nokkel: b.nokkel, n: b.sum.n });
    }
  }
  const forelderSum = tabell.forelder.sum;
  const forelder: Celle =
    forelderSum.n < terskelForelder
      ? SKJULT_CELLE("for_faa")
      : celle(forelderSum, tabell.forelder.populasjon);
  if (forelder.skjult === null) {
    let skjultN = skjulte.reduce((a, b) => a + b.n, 0);
    const harSkjult = skjulte.some((s) => s.n > 0);
    if (harSkjult) {
      viste.sort((a, b) => a.n - b.n || (a.nokkel < b.nokkel ? -1 : 1));
      while (skjultN < terskel && viste.length > 0) {
        const neste = viste.shift()!;
        barn.set(neste.nokkel, SKJULT_CELLE("komplementaer"));
        skjultN += neste.n;
      }
    }
  }
  return { forelder, barn };
}
