import type { Alvorlighet, Mangelhendelse } from "../../db/schema";

/** One step of a report's timeline as shown on the pages. `tekst` is the answer to the resident. */
export type Steg = {
  seq: string;
  hendelse: Mangelhendelse;
  tidspunkt: string;
  alvorlighet: Alvorlighet | null;
  planlagtDato: string | null;
  tekst: string | null;
  enhet: string;
};

/**
 * The steps the resident sees and is told about (who does the work is Boligbygg's internal matter). `tillegg`
 * is the resident's own addition: shown, but never flagged as new to them (it is marked seen when made).
 */
export const MELDER_SER: readonly Mangelhendelse[] = [
  "mottatt",
  "vurdert",
  "planlagt",
  "utfort",
  "avsluttet",
  "tillegg",
];
