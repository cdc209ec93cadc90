/**
 * Norwegian national identity numbers: fødselsnummer and D-nummer.
 *
 * Layout DDMMYY III K1 K2: birth date, individual number (its last digit is
 * odd for men, even for women; its range gives the century) and two modulus-11
 * check digits. A D-nummer (for people without a fødselsnummer) adds 40 to
 * the day. Synthetic test numbers add 80 to the month (Skatteetaten's Tenor)
 * or 40 (NAV's older synthetic numbers, as made by Dolly); they are accepted
 * only when the caller allows test identities (config.allowTestIdentities).
 *
 * Not yet handled: the 2032 scheme, where the individual number no longer
 * tells the sex and the first check digit may take more than one value.
 */

export type IdentType = "fodselsnummer" | "d-nummer";
export type Syntetisk = "tenor" | "nav";
export type Kjonn = "kvinne" | "mann";

/** Why a number was refused; a message key for the form (e.g. "fodselsnummer.feil_kontrollsiffer"). */
export type FodselsnummerFeil =
  | "tomt"
  | "feil_lengde"
  | "ikke_siffer"
  | "ugyldig_dato"
  | "ugyldig_individnummer"
  | "feil_kontrollsiffer"
  | "syntetisk_ikke_tillatt";

export type Fodselsnummer = {
  /** The 11 digits, spaces removed. */
  verdi: string;
  type: IdentType;
  /** null for a real number. */
  syntetisk: Syntetisk | null;
  fodselsdato: string;
  kjonn: Kjonn;
};

export type Validering = { ok: true; fodselsnummer: Fodselsnummer } | { ok: false; grunn: FodselsnummerFeil };

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function checkDigit(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  if (k === 10) return null;
  return k;
}

/** The two check digits for the first nine digits, or null when no valid number has them. */
export function checkDigits(firstNine: string): [number, number] | null {
  if (!/^[0-9]{9}$/.test(firstNine)) throw new Error("checkDigits() trenger ni sifre");
  const digits = [...firstNine].map(Number);
  const k1 = checkDigit(digits, WEIGHTS_1);
  if (k1 === null) return null;
  const k2 = checkDigit([...digits, k1], WEIGHTS_2);
  if (k2 === null) return null;
  return [k1, k2];
}

/** The four-digit year from the two-digit year and the individual number, or null for an unused combination. */
export function century(year2: number, individnummer: number): number | null {
  if (individnummer <= 499) return 1900 + year2;
  if (individnummer <= 749 && year2 >= 54) return 1800 + year2;
  if (year2 <= 39) return 2000 + year2;
  if (individnummer >= 900) return 1900 + year2;
  return null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/**
 * Checks a fødselsnummer or D-nummer. Spaces are ignored. Synthetic numbers
 * are refused with "syntetisk_ikke_tillatt" unless `allowSynthetic` is true.
 * With `today` ("YYYY-MM-DD"), a birth date after it is "ugyldig_dato".
 */
export function validate(
  input: string,
  options: { allowSynthetic?: boolean; today?: string } = {},
): Validering {
  const value = input.replace(/\s+/g, "");
  if (value === "") return { ok: false, grunn: "tomt" };
  if (!/^[0-9]+$/.test(value)) return { ok: false, grunn: "ikke_siffer" };
  if (value.length !== 11) return { ok: false, grunn: "feil_lengde" };

  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const year2 = Number(value.slice(4, 6));
  const individnummer = Number(value.slice(6, 9));

  let type: IdentType = "fodselsnummer";
  if (day > 40) {
    type = "d-nummer";
    day -= 40;
  }
  let syntetisk: Syntetisk | null = null;
  if (month > 80) {
    syntetisk = "tenor";
    month -= 80;
  } else if (month > 40) {
    syntetisk = "nav";
    month -= 40;
  }

  const year = century(year2, individnummer);
  if (year === null) return { ok: false, grunn: "ugyldig_individnummer" };
  if (!isRealDate(year, month, day)) return { ok: false, grunn: "ugyldig_dato" };
  const fodselsdato = `${year}-${pad(month)}-${pad(day)}`;
  if (options.today && fodselsdato > options.today) return { ok: false, grunn: "ugyldig_dato" };

  const expected = checkDigits(value.slice(0, 9));
  if (!expected || expected[0] !== Number(value[9]) || expected[1] !== Number(value[10])) {
    return { ok: false, grunn: "feil_kontrollsiffer" };
  }
  if (syntetisk && !options.allowSynthetic) return { ok: false, grunn: "syntetisk_ikke_tillatt" };

  const kjonn: Kjonn = Number(value[8]) % 2 === 1 ? "mann" : "kvinne";
  return { ok: true, fodselsnummer: { verdi: value, type, syntetisk, fodselsdato, kjonn } };
}

export function isValid(input: string, options: { allowSynthetic?: boolean; today?: string } = {}): boolean {
  return validate(input, options).ok;
}

/** Tenor (month + 80) or NAV (month + 40) synthetic, judged by the month digits alone; null otherwise. */
export function syntheticKind(input: string): Syntetisk | null {
  const month = Number(input.replace(/\s+/g, "").slice(2, 4));
  if (month > 80 && month <= 92) return "tenor";
  if (month > 40 && month <= 52) return "nav";
  return null;
}

/** The individual numbers that give `year` its century, lowest first. */
function individRange(year: number): [number, number] {
  if (year >= 1900 && year <= 1999) return [0, 499];
  if (year >= 2000 && year <= 2039) return [500, 999];
  if (year >= 1854 && year <= 1899) return [500, 749];
  throw new Error(`Kan ikke lage fødselsnummer for år ${year}`);
}

/**
 * A synthetic number for a birth date: Tenor (month + 80, the default) or NAV
 * (month + 40), optionally a D-nummer. `pickIndividnummer(min, max)` chooses
 * the individual number (e.g. a seeded random integer); numbers whose check
 * digits would be 10, or whose sex digit does not match `kjonn`, or that
 * `isTaken` refuses, are skipped by trying the next one (wrapping round).
 * Throws when every individual number for the date is used up.
 */
export function generateSynthetic(options: {
  fodselsdato: string;
  kjonn?: Kjonn;
  variant?: Syntetisk;
  dNummer?: boolean;
  pickIndividnummer?: (min: number, max: number) => number;
  isTaken?: (fodselsnummer: string) => boolean;
}): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(options.fodselsdato);
  if (!match) throw new Error("fodselsdato må være YYYY-MM-DD");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) throw new Error(`Ugyldig dato ${options.fodselsdato}`);
  const [min, max] = individRange(year);
  const monthOffset = (options.variant ?? "tenor") === "tenor" ? 80 : 40;
  const prefix = `${pad(day + (options.dNummer ? 40 : 0))}${pad(month + monthOffset)}${pad(year % 100)}`;
  const span = max - min + 1;
  const start = options.pickIndividnummer ? options.pickIndividnummer(min, max) : min;
  for (let i = 0; i < span; i++) {
    const individ = min + ((start - min + i) % span);
    if (options.kjonn && (individ % 2 === 1 ? "mann" : "kvinne") !== options.kjonn) continue;
    const firstNine = `${prefix}${pad(individ, 3)}`;
    const digits = checkDigits(firstNine);
    if (!digits) continue;
    const candidate = `${firstNine}${digits[0]}${digits[1]}`;
    if (options.isTaken?.(candidate)) continue;
    return candidate;
  }
  throw new Error(`Ingen ledige syntetiske fødselsnummer for ${options.fodselsdato}`);
}
