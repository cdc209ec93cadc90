import {
  STANDARD_FRIST_CONFIG,
  formatLengde,
  type FristConfig,
  type FristKind,
  type FristLengde,
} from "./config";
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  formatDatoLang,
  parseDato,
  parts,
  ukedag,
  type Dato,
} from "./dato";
import { helligdagNavn } from "./helligdager";

/** One day the deadline was moved past, and why. */
export type FristFridag = { dato: Dato; grunn: string };

export type FristResultat = {
  kind: FristKind | null;
  /** The day the deadline starts to run from (receipt of the decision, of the application, …). Not counted. */
  start: Dato;
  lengde: FristLengde;
  /** Legal basis, from configuration. */
  basis: string;
  /** The end day under domstolloven § 148 before § 149 is applied. */
  nominal: Dato;
  /** The last day on which the act is in time. */
  due: Dato;
  /** Set when the deadline was extended: the nominal end day it was moved from. */
  movedFrom?: Dato;
  /** The non-working days that were passed over, in order. */
  skipped: FristFridag[];
  /** The reasoning, step by step, in Norwegian. */
  reasons: string[];
  /** One short paragraph for the letter or the page, in Norwegian. */
  forklaring: string;
};

/**
 * Why `d` is not a working day ("lørdag", "søndag", "andre påskedag", "julaften", …), or undefined when it is
 * one. A public holiday's name wins over the weekday name.
 */
export function fridagGrunn(d: Dato, config: FristConfig = STANDARD_FRIST_CONFIG): string | undefined {
  const helligdag = helligdagNavn(d);
  if (helligdag) return helligdag;
  const wd = ukedag(d);
  if (wd === 6) return "lørdag";
  if (wd === 7) return "søndag";
  if (config.julaftenOgNyttarsaftenForlenger) {
    const { month, day } = parts(d);
    if (month === 12 && day === 24) return "julaften";
    if (month === 12 && day === 31) return "nyttårsaften";
  }
  return undefined;
}

export function isWorkingDay(d: Dato, config: FristConfig = STANDARD_FRIST_CONFIG): boolean {
  return fridagGrunn(d, config) === undefined;
}

/** `d` itself when it is a working day, otherwise the next one. */
export function nextWorkingDay(d: Dato, config: FristConfig = STANDARD_FRIST_CONFIG): Dato {
  let day = d;
  while (!isWorkingDay(day, config)) day = addDays(day, 1);
  return day;
}

/**
 * Domstolloven § 148: the start day is not counted; a deadline in days ends N days later; in weeks on the same
 * weekday N weeks later; in months or years on the same date (or the last day of a shorter month).
 */
export function nominalEnd(start: Dato, lengde: FristLengde): Dato {
  const { antall, enhet } = lengde;
  if (!Number.isInteger(antall) || antall < 0) throw new RangeError(`Ugyldig fristlengde: ${antall}`);
  switch (enhet) {
    case "dager":
      return addDays(start, antall);
    case "uker":
      return addWeeks(start, antall);
    case "måneder":
      return addMonths(start, antall);
    case "år":
      return addYears(start, antall);
  }
}

/** Computes a configured deadline kind from its start day. */
export function computeDeadline(
  kind: FristKind,
  startDate: Dato | string,
  config: FristConfig = STANDARD_FRIST_CONFIG,
): FristResultat {
  const def = config.kinds[kind];
  return computeDeadlineFor(
    {
      lengde: def.lengde,
      basis: def.hjemmel,
      forklaring: def.forklaring,
      flyttesTilVirkedag: def.flyttesTilVirkedag,
    },
    startDate,
    config,
    kind,
  );
}

/** Computes a deadline of any length (for kinds that are not in the configuration). */
export function computeDeadlineFor(
  spec: { lengde: FristLengde; basis: string; forklaring?: string; flyttesTilVirkedag?: boolean },
  startDate: Dato | string,
  config: FristConfig = STANDARD_FRIST_CONFIG,
  kind: FristKind | null = null,
): FristResultat {
  const start = parseDato(startDate);
  const { lengde } = spec;
  const nominal = nominalEnd(start, lengde);
  const skipped: FristFridag[] = [];
  let due = nominal;
  if (spec.flyttesTilVirkedag !== false) {
    for (let grunn = fridagGrunn(due, config); grunn !== undefined; grunn = fridagGrunn(due, config)) {
      skipped.push({ dato: due, grunn });
      due = addDays(due, 1);
    }
  }

  const reasons = [
    `Dagen fristen regnes fra (${formatDatoLang(start)}) telles ikke med (domstolloven § 148).`,
    nominalReason(lengde, nominal),
  ];
  if (skipped.length > 0) {
    const list = skipped.map((s) => `${formatDatoLang(s.dato)} er ${omtale(s.grunn)}`).join(", ");
    reasons.push(`${list}; fristen forlenges til nærmeste virkedag (domstolloven § 149).`);
  }
  reasons.push(`Fristen er ${formatDatoLang(due)}.`);

  const intro = (spec.forklaring ?? "Fristen er {lengde} fra {start} ({hjemmel}).")
    .replaceAll("{lengde}", formatLengde(lengde))
    .replaceAll("{start}", formatDatoLang(start, { weekday: false }))
    .replaceAll("{hjemmel}", spec.basis);

  const result: FristResultat = {
    kind,
    start,
    lengde,
    basis: spec.basis,
    nominal,
    due,
    skipped,
    reasons,
    forklaring: `${intro} ${movedSentence(nominal, due, skipped)}`,
  };
  if (skipped.length > 0) result.movedFrom = nominal;
  return result;
}

function nominalReason(lengde: FristLengde, nominal: Dato): string {
  const n = formatLengde(lengde);
  switch (lengde.enhet) {
    case "dager":
      return `En frist på ${n} ender ${n} etter startdagen: ${formatDatoLang(nominal)}.`;
    case "uker":
      return `En frist på ${n} ender på samme ukedag ${n} senere: ${formatDatoLang(nominal)} (domstolloven § 148 andre ledd).`;
    case "måneder":
    case "år":
      return `En frist på ${n} ender på samme dato ${n} senere, eller siste dag i måneden når den datoen ikke finnes: ${formatDatoLang(nominal)} (domstolloven § 148 andre ledd).`;
  }
}

function movedSentence(nominal: Dato, due: Dato, skipped: FristFridag[]): string {
  const dueText = formatDatoLang(due);
  const [first, ...rest] = skipped;
  if (!first) return `Fristen er ${dueText}.`;
  const nominalText = formatDatoLang(nominal, { year: parts(nominal).year !== parts(due).year });
  const then = rest.length === 0 ? "" : `, og deretter kommer ${joinNorwegian(rest.map((s) => s.grunn))}`;
  return `Siste frist ville vært ${nominalText}, men det er ${omtale(first.grunn)}${then}, så fristen er ${dueText}.`;
}

/** "en lørdag" / "en søndag", but "andre påskedag", "julaften". */
function omtale(grunn: string): string {
  return grunn === "lørdag" || grunn === "søndag" ? `en ${grunn}` : grunn;
}

function joinNorwegian(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]!}`;
}

/**
 * Forvaltningsloven § 30: an appeal is in time when it is posted or delivered before the deadline runs out.
 * The deadline runs out at the end of the due day, so anything posted or delivered on the due day itself is in
 * time. `innsendt` is the date it was posted (postmark) or delivered/sent electronically.
 */
export function isInTime(innsendt: Dato | string, due: Dato | string): boolean {
  return parseDato(innsendt) <= parseDato(due);
}

/**
 * Working days after `from` up to and including `to` (the start day is not counted, like a deadline).
 * Negative when `to` is before `from`; 0 when they are the same day.
 */
export function workingDaysBetween(
  from: Dato | string,
  to: Dato | string,
  config: FristConfig = STANDARD_FRIST_CONFIG,
): number {
  const a = parseDato(from);
  const b = parseDato(to);
  if (b < a) return -workingDaysBetween(b, a, config);
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d, config)) count++;
  return count;
}

/**
 * The `n`-th working day after `start` (the start day is not counted); for n = 0 the start day itself.
 * Negative n counts backwards. Used for response targets stated in working days (e.g. defect reports).
 */
export function addWorkingDays(
  start: Dato | string,
  n: number,
  config: FristConfig = STANDARD_FRIST_CONFIG,
): Dato {
  if (!Number.isInteger(n)) throw new RangeError(`Ugyldig antall virkedager: ${n}`);
  let d = parseDato(start);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d, config)) left--;
  }
  return d;
}

const OSLO = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Europe/Oslo at the instant `now()` returns (default: the system clock). */
export function todayInOslo(now: () => Date = () => new Date()): Dato {
  return datoInOslo(now());
}

/** The calendar date in Europe/Oslo of an instant (e.g. a timestamptz from the database). */
export function datoInOslo(instant: Date): Dato {
  const p = OSLO.formatToParts(instant);
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? "";
  return parseDato(`${get("year")}-${get("month")}-${get("day")}`);
}
