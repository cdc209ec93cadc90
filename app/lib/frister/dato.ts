/**
 * A calendar date ("YYYY-MM-DD") with no time of day and no time zone inside.
 *
 * Deadlines in Norwegian administrative law are counted in whole calendar days, so all arithmetic here is
 * integer arithmetic on the proleptic Gregorian calendar (days since 1970-01-01). Which calendar date it is
 * "now" is a separate question answered by `todayInOslo()` in frist.ts.
 */
export type Dato = string & { readonly __dato: unique symbol };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Ukedag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `value` is a real calendar date written as YYYY-MM-DD (so "2026-02-30" is false). */
export function isDato(value: unknown): value is Dato {
  if (typeof value !== "string") return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses "YYYY-MM-DD"; throws a RangeError for anything else, including impossible dates. */
export function parseDato(value: string): Dato {
  if (!isDato(value)) throw new RangeError(`Ugyldig dato: ${JSON.stringify(value)} (forventet ÅÅÅÅ-MM-DD)`);
  return value;
}

/** Builds a date from its parts; month is 1–12. Throws for impossible dates. */
export function dato(year: number, month: number, day: number): Dato {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new RangeError(`Ugyldig dato: ${year}-${month}-${day}`);
  }
  return parseDato(`${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`);
}

export function parts(d: Dato): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(d: Dato): number {
  const { year, month, day } = parts(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `toDayNumber` (Howard Hinnant's civil_from_days). */
export function fromDayNumber(n: number): Dato {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return dato(year, month, day);
}

export function addDays(d: Dato, days: number): Dato {
  return fromDayNumber(toDayNumber(d) + days);
}

export function addWeeks(d: Dato, weeks: number): Dato {
  return addDays(d, weeks * 7);
}

/**
 * The same day number `months` months later; when that month is shorter, its last day
 * (31 January + 1 month = 28 or 29 February), as domstolloven § 148 second paragraph says.
 */
export function addMonths(d: Dato, months: number): Dato {
  const { year, month, day } = parts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dato(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(d: Dato, years: number): Dato {
  return addMonths(d, years * 12);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Dato, b: Dato): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function ukedag(d: Dato): Ukedag {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1) as Ukedag;
}

export function compareDato(a: Dato, b: Dato): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDato(a: Dato, b: Dato): Dato {
  return a <= b ? a : b;
}

export function maxDato(a: Dato, b: Dato): Dato {
  return a >= b ? a : b;
}

const UKEDAGER = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] as const;
const MANEDER = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
] as const;

export function ukedagNavn(d: Dato): string {
  return UKEDAGER[ukedag(d) - 1]!;
}

/**
 * Norwegian long form: "mandag 6. april 2026", or "mandag 6. april" with `{ year: false }`.
 * Written out by hand rather than with Intl so the text is the same on every ICU build.
 */
export function formatDatoLang(d: Dato, options: { weekday?: boolean; year?: boolean } = {}): string {
  const { year, month, day } = parts(d);
  const core = `${day}. ${MANEDER[month - 1]!}`;
  const withYear = options.year === false ? core : `${core} ${year}`;
  return options.weekday === false ? withYear : `${ukedagNavn(d)} ${withYear}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
