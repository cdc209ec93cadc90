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
 * The steps the resident sees (who does the work is Boligbygg's internal matter). `tillegg` is the resident's
 * own addition: shown, but never news to them (see MELDER_VARSLES).
 */
export const MELDER_SER: readonly Mangelhendelse[] = [
  "mottatt",
  "vurdert",
  "planlagt",
  "utfort",
  "avsluttet",
  "tillegg",
];

/** The steps the resident is told about ("Ny" on /mangler and on the report): Boligbygg's, not their own. */
export const MELDER_VARSLES: readonly Mangelhendelse[] = MELDER_SER.filter((h) => h !== "tillegg");
