import { addDays, dato, parts, type Dato } from "./dato";

/**
 * Norwegian public holidays (helligdager and offentlige høytidsdager).
 *
 * - Lov om helligdager og helligdagsfred § 2: the helligdager are the Sundays, første nyttårsdag, skjærtorsdag,
 *   langfredag, første og andre påskedag, Kristi himmelfartsdag, første og andre pinsedag, første og andre
 *   juledag.
 * - Lov om 1. og 17. mai som offentlige høgtidsdagar: 1 and 17 May are public holidays treated like
 *   helligdager.
 *
 * Domstolloven § 149 first paragraph moves a deadline that ends on "en lørdag, helgedag eller dag som etter
 * lovgivningen er likestilt med helgedag" to the next working day. 24 and 31 December are NOT in either list;
 * whether they extend a deadline anyway is a setting in config.ts.
 */
export type Helligdag = { dato: Dato; navn: string };

/**
 * Western (Gregorian) Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher), valid for every
 * Gregorian year.
 */
export function easterSunday(year: number): Dato {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dato(year, month, day);
}

const cache = new Map<number, readonly Helligdag[]>();

/** All public holidays of a year, in date order. */
export function helligdager(year: number): readonly Helligdag[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: Helligdag[] = [
    { dato: dato(year, 1, 1), navn: "første nyttårsdag" },
    { dato: addDays(easter, -3), navn: "skjærtorsdag" },
    { dato: addDays(easter, -2), navn: "langfredag" },
    { dato: easter, navn: "første påskedag" },
    { dato: addDays(easter, 1), navn: "andre påskedag" },
    { dato: dato(year, 5, 1), navn: "offentlig høytidsdag 1. mai" },
    { dato: dato(year, 5, 17), navn: "grunnlovsdagen 17. mai" },
    { dato: addDays(easter, 39), navn: "Kristi himmelfartsdag" },
    { dato: addDays(easter, 49), navn: "første pinsedag" },
    { dato: addDays(easter, 50), navn: "andre pinsedag" },
    { dato: dato(year, 12, 25), navn: "første juledag" },
    { dato: dato(year, 12, 26), navn: "andre juledag" },
  ];
  // Ascension Day can fall on 1 May and Whit Monday on 17 May; keep both names on one entry.
  const byDate = new Map<Dato, string>();
  for (const h of list) {
    const existing = byDate.get(h.dato);
    byDate.set(h.dato, existing ? `${existing} og ${h.navn}` : h.navn);
  }
  const result = [...byDate.entries()]
    .map(([d, navn]) => ({ dato: d, navn }))
    .sort((x, y) => (x.dato < y.dato ? -1 : x.dato > y.dato ? 1 : 0));
  const frozen = Object.freeze(result.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}

/** The holiday's name when `d` is a public holiday, otherwise undefined. */
export function helligdagNavn(d: Dato): string | undefined {
  return helligdager(parts(d).year).find((h) => h.dato === d)?.navn;
}

export function isHelligdag(d: Dato): boolean {
  return helligdagNavn(d) !== undefined;
}
