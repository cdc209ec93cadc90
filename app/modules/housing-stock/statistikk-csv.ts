import type { Distriktsstatistikk, StatistikkRad } from "./get-distriktsstatistikk.server";
import { formatTall } from "./format";

/** Shown instead of a hidden cell, in the table and the CSV file alike. */
export const SKJULT = "–";

export const STATISTIKK_KOLONNER = [
  "Bydel",
  "Innbyggere",
  "Kommunale boliger",
  "Boliger per 1 000 innbyggere",
  "Ledige boliger",
  "Nye leiekontrakter siste 12 måneder",
  "Gjennomtrekk (%)",
] as const;

function celle(verdi: number | null, desimaler: 0 | 1 = 0): string {
  if (verdi === null) return SKJULT;
  // No thousands separator in the file, so spreadsheets read the numbers as numbers.
  return desimaler === 1 ? formatTall(verdi, 1).replace(/\s/g, "") : String(verdi);
}

function csvFelt(tekst: string): string {
  return /[";\n\r]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

function radTilCsv(r: StatistikkRad): string {
  return [
    csvFelt(r.bydel),
    String(r.innbyggere),
    celle(r.boliger),
    celle(r.boligerPer1000, 1),
    celle(r.ledige),
    celle(r.nyeKontrakter),
    celle(r.gjennomtrekkProsent, 1),
  ].join(";");
}

/**
 * The same permitted aggregates as the table, as CSV the way Norwegian
 * spreadsheets expect it: semicolon-separated, decimal comma, UTF-8 with BOM.
 */
export function statistikkCsv(statistikk: Distriktsstatistikk): string {
  const linjer = [
    STATISTIKK_KOLONNER.map(csvFelt).join(";"),
    ...statistikk.rader.map(radTilCsv),
    radTilCsv(statistikk.sum),
  ];
  return `\uFEFF${linjer.join("\r\n")}\r\n`;
}
