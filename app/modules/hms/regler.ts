import type { HmsFunnstatus, HmsFunntype, HmsTidsrom, HmsUtfall, Mangelstatus } from "../../db/schema";

/**
 * The rules of an HMS campaign as plain functions (docs/domain/hms.md). No database here: the use cases load
 * the rows, ask these functions, and write.
 */

/** At most this many attempts per unit in one campaign. */
export const MAKS_FORSOK = 4;

export const TIDSROM: readonly HmsTidsrom[] = ["ettermiddag", "kveld", "helg", "formiddag"];
export const UTFALL: readonly HmsUtfall[] = ["besokt", "ikke_hjemme", "avslo", "ledig_bolig"];

/** Outcomes that end the door: nobody knocks again after a visit, a refusal or finding the unit empty. */
const AVSLUTTENDE: readonly HmsUtfall[] = ["besokt", "avslo", "ledig_bolig"];

export type Forsok = { forsok: number; utfall: HmsUtfall; tidsrom: HmsTidsrom };

export type Dorstatus = {
  /** Attempts made so far. */
  brukt: number;
  /** Attempts still allowed (0 when the door is done). */
  igjen: number;
  /** The outcome of the last attempt, null before the first. */
  sisteUtfall: HmsUtfall | null;
  /** `ikke_startet` | `pagar` (not home, attempts left) | `ferdig` (visited, refused or vacant) | `ikke_naadd` (4 × not home). */
  tilstand: "ikke_startet" | "pagar" | "ferdig" | "ikke_naadd";
};

/** Where a door stands, from its attempts (any order). */
export function dorstatus(forsok: readonly Forsok[]): Dorstatus {
  const sortert = [...forsok].sort((a, b) => a.forsok - b.forsok);
  const siste = sortert.at(-1) ?? null;
  const brukt = sortert.length;
  if (!siste) return { brukt: 0, igjen: MAKS_FORSOK, sisteUtfall: null, tilstand: "ikke_startet" };
  if (AVSLUTTENDE.includes(siste.utfall))
    return { brukt, igjen: 0, sisteUtfall: siste.utfall, tilstand: "ferdig" };
  const igjen = Math.max(0, MAKS_FORSOK - brukt);
  return { brukt, igjen, sisteUtfall: siste.utfall, tilstand: igjen === 0 ? "ikke_naadd" : "pagar" };
}

/** Why a new attempt is refused, or null when it is allowed. */
export function nyttForsokNektet(forsok: readonly Forsok[]): "maks_forsok" | "dor_ferdig" | null {
  const s = dorstatus(forsok);
  if (s.tilstand === "ferdig") return "dor_ferdig";
  if (s.brukt >= MAKS_FORSOK) return "maks_forsok";
  return null;
}

/**
 * The time of day to suggest for the next attempt: the first in the order ettermiddag → kveld → helg →
 * formiddag not yet tried without anyone at home (residents who were out in the afternoon may be in at night).
 */
export function foreslattTidsrom(forsok: readonly Forsok[]): HmsTidsrom {
  const provd = new Set(forsok.filter((f) => f.utfall === "ikke_hjemme").map((f) => f.tidsrom));
  return TIDSROM.find((t) => !provd.has(t)) ?? "ettermiddag";
}

/** A finding may be recorded on an attempt where someone opened, or the unit was found empty. */
export function kanHaFunn(utfall: HmsUtfall): boolean {
  return utfall === "besokt" || utfall === "ledig_bolig";
}

export type Framdrift = {
  dorer: number;
  besokt: number;
  /** Doors done without a visit: refused or vacant. */
  avsluttetUtenBesok: number;
  /** Doors with attempts but nobody reached yet, attempts left. */
  forsokt: number;
  /** Doors with four attempts and nobody at home. */
  ikkeNaadd: number;
  /** Doors not yet knocked on. */
  ikkeStartet: number;
};

/** A campaign's progress from the attempts of each door. */
export function framdrift(dorer: readonly (readonly Forsok[])[]): Framdrift {
  const f: Framdrift = {
    dorer: dorer.length,
    besokt: 0,
    avsluttetUtenBesok: 0,
    forsokt: 0,
    ikkeNaadd: 0,
    ikkeStartet: 0,
  };
  for (const forsok of dorer) {
    const s = dorstatus(forsok);
    if (s.tilstand === "ikke_startet") f.ikkeStartet++;
    else if (s.tilstand === "pagar") f.forsokt++;
    else if (s.tilstand === "ikke_naadd") f.ikkeNaadd++;
    else if (s.sisteUtfall === "besokt") f.besokt++;
    else f.avsluttetUtenBesok++;
  }
  return f;
}

/** The next states a finding may move to (server-side state machine). */
export function nesteFunnstatus(
  type: HmsFunntype,
  status: HmsFunnstatus,
  handling: "send" | "henvis" | "lukk",
): HmsFunnstatus | null {
  if (status === "lukket") return null;
  if (handling === "send") return type === "bygning" && status === "apen" ? "sendt" : null;
  if (handling === "henvis") return type === "behov" && status === "apen" ? "henvist" : null;
  return "lukket";
}

/** A finding sent as a defect report may be closed once Boligbygg has closed the report. */
export function kanLukkes(status: HmsFunnstatus, mangelstatus: Mangelstatus | null): boolean {
  if (status === "lukket") return false;
  if (status === "sendt") return mangelstatus === "utfort" || mangelstatus === "avsluttet";
  return true;
}
