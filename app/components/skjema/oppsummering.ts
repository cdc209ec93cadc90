/** «Frist: Skriv en dato.»; a label that is a question keeps its question mark («Hva ble det til? Velg …»). */
export function oppsummeringslinje(etikett: string | undefined, feil: string): string {
  if (!etikett) return feil;
  return /[?:]$/.test(etikett) ? `${etikett} ${feil}` : `${etikett}: ${feil}`;
}
