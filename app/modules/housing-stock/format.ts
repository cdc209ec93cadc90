import type { BoligStatus } from "../../db/schema";

/** Designsystemet colour per status, so the tag is recognisable at a glance (the text still says it). */
export const BOLIG_STATUS_FARGE: Record<BoligStatus, "neutral" | "success" | "info" | "warning" | "danger"> =
  {
    utleid: "neutral",
    ledig: "success",
    reservert: "info",
    under_oppussing: "warning",
    ute_av_drift: "danger",
  };

type Sprak = "nb" | "en";
const INTL: Record<Sprak, string> = { nb: "nb-NO", en: "en-GB" };

/** "2027-03-01" → "1. mars 2027". Calendar dates are already Oslo dates, so no zone shift. */
export function formatDato(iso: string, sprak: Sprak = "nb"): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(INTL[sprak], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Norwegian number formatting: space as thousands separator, comma as decimal mark. */
export function formatTall(n: number, desimaler: 0 | 1 = 0, sprak: Sprak = "nb"): string {
  return new Intl.NumberFormat(INTL[sprak], {
    minimumFractionDigits: desimaler,
    maximumFractionDigits: desimaler,
  }).format(n);
}

export function formatKroner(n: number, sprak: Sprak = "nb"): string {
  return `${formatTall(n, 0, sprak)} kr`;
}

export function formatAreal(m2: number, sprak: Sprak = "nb"): string {
  return `${formatTall(m2, 1, sprak)} m²`;
}

/** Today's calendar date in Europe/Oslo as "YYYY-MM-DD". */
export function idagOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(now);
}

/** A calendar date n months earlier (end of month clamps: 31 May − 3 months = 28/29 Feb). */
export function minusMaaneder(iso: string, n: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const first = new Date(Date.UTC(y!, m! - 1 - n, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d!, lastDay));
  return first.toISOString().slice(0, 10);
}
