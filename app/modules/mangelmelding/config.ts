import type { Alvorlighet, Hastegrad, Mangelkategori, Mangelsted } from "../../db/schema";
import { addWorkingDays, datoInOslo, type Dato } from "../../lib/frister";

export const KATEGORIER: readonly Mangelkategori[] = [
  "lys",
  "dor_las",
  "vann_avlop",
  "skadedyr",
  "fukt_mugg",
  "heis",
  "uteomrade",
  "avfall",
  "annet",
];
export const STEDER: readonly Mangelsted[] = [
  "egen_bolig",
  "trappeoppgang",
  "kjeller_bod",
  "bakgard",
  "uteomrade",
  "heis",
  "annet",
];
export const HASTEGRADER: readonly Hastegrad[] = ["akutt", "snart", "kan_vente"];
export const ALVORLIGHETER: readonly Alvorlighet[] = ["akutt", "hoy", "normal", "lav"];

/** A response-time target: hours from receipt (clock time), or working days via app/lib/frister. */
export type Svartid = { timer: number } | { virkedager: number };

/**
 * Response-time targets by severity. Configuration, not rules in code: change the numbers here.
 * Akutt: made safe within 24 hours (DOMAIN.md §6). The others count working days (no weekends or public
 * holidays) from the day the report was received.
 */
export const SVARTIDER: Readonly<Record<Alvorlighet, Svartid>> = Object.freeze({
  akutt: { timer: 24 },
  hoy: { virkedager: 3 },
  normal: { virkedager: 10 },
  lav: { virkedager: 30 },
});

/** Until Boligbygg has assessed it, a report's deadline follows how urgent the resident said it was. */
export const FORELOPIG_ALVORLIGHET: Readonly<Record<Hastegrad, Alvorlighet>> = Object.freeze({
  akutt: "akutt",
  snart: "hoy",
  kan_vente: "normal",
});

/** At most this many photos per report, each at most this large before re-encoding. */
export const MAKS_BILDER = 3;
export const MAKS_BILDE_BYTES = 8 * 1024 * 1024;
/** A report holds at most this many photos in all, counting those the resident adds later. */
export const MAKS_BILDER_TOTALT = 10;

export type Frist = { fristDato: Dato; fristTidspunkt: Date | null };

/** The deadline of a report received at `mottatt` with `alvorlighet`, from SVARTIDER. */
export function beregnFrist(mottatt: Date, alvorlighet: Alvorlighet, svartider = SVARTIDER): Frist {
  const svartid = svartider[alvorlighet];
  if ("timer" in svartid) {
    const fristTidspunkt = new Date(mottatt.getTime() + svartid.timer * 3_600_000);
    return { fristDato: datoInOslo(fristTidspunkt), fristTidspunkt };
  }
  return { fristDato: addWorkingDays(datoInOslo(mottatt), svartid.virkedager), fristTidspunkt: null };
}

/** Whether an open report is past its deadline at `now` (a working-day deadline lasts the whole due day). */
export function erForsinket(
  frist: { fristDato: string; fristTidspunkt: Date | null },
  now: Date,
  lukket: Date | null = null,
): boolean {
  const ved = lukket ?? now;
  if (frist.fristTidspunkt) return ved.getTime() > frist.fristTidspunkt.getTime();
  return datoInOslo(ved) > frist.fristDato;
}

/** Boligbygg's queue shows at most this many rows; filters narrow it down. */
export const KO_GRENSE = 100;

/** Analytiker (Velferdsetaten) sees city-wide aggregates only with at least this many reports in a cell. */
export const MINSTE_CELLE_ANALYTIKER = 10;
