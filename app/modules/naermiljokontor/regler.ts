import type { NaermiljoTema, NaermiljoTjeneste } from "../../db/schema";
import { addDays, daysBetween, ukedag, type Dato } from "../../lib/frister";

/** Rules of the nærmiljøkontor (docs/domain/naermiljokontor.md). Pure functions, no database. */

export const TJENESTER: readonly NaermiljoTjeneste[] = [
  "bydel",
  "boligbygg",
  "nav",
  "helsestasjon",
  "frivillige",
  "annet",
];
export const TEMAER: readonly NaermiljoTema[] = [
  "bolig",
  "feil_mangler",
  "naboforhold",
  "okonomi_nav",
  "helse",
  "aktiviteter",
  "annet",
];

/** How many weeks the address page's summary shows, the current one included. */
export const UKER_I_OVERSIKT = 12;

/** The Monday of the week a date is in (weeks run Monday–Sunday, ISO). */
export function mandag(d: Dato): Dato {
  return addDays(d, 1 - ukedag(d));
}

/** The Mondays of the last `n` weeks, newest first, the current week included. */
export function sisteUker(idag: Dato, n = UKER_I_OVERSIKT): Dato[] {
  const denne = mandag(idag);
  return Array.from({ length: n }, (_, i) => addDays(denne, -7 * i));
}

/**
 * Whether a registration may be saved: the week must be one of the last 12 (not a future week), and a
 * correction may not take the week's count for the topic below zero.
 */
export function registreringNektet(
  a: { uke: Dato; antall: number; naavaerende: number },
  idag: Dato,
): "uke_fremtid" | "uke_for_gammel" | "under_null" | null {
  const uker = sisteUker(idag);
  if (a.uke > uker[0]!) return "uke_fremtid";
  if (a.uke < uker[uker.length - 1]!) return "uke_for_gammel";
  if (a.naavaerende + a.antall < 0) return "under_null";
  return null;
}

/** The ISO week number of a date (week 1 holds the year's first Thursday). */
export function ukenummer(d: Dato): number {
  const torsdag = addDays(mandag(d), 3);
  const nyttaar = `${torsdag.slice(0, 4)}-01-01` as Dato;
  return Math.floor(daysBetween(nyttaar, torsdag) / 7) + 1;
}
