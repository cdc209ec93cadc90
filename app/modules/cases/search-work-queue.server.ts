import { listWorkQueue, type Arbeidskofilter, type Arbeidskorad } from "./list-work-queue.server";
import type { SaksPolicy } from "./policy";
import type { CaseContext } from "./queries.server";

/** A saksnummer or its start: "2026/00012", "2026/0", "2026". */
export const SAKSNUMMER_SOK = /^\d{4}(\/\d{0,8})?$/;

type Resultat = { rader: Arbeidskorad[]; totalt: number; side: number; antallSider: number };

/**
 * The work queue with a free-text search (the caseworker's /saker page): a saksnummer (or its start) searches by
 * number; anything else searches the applicant's name (every word, at most four, must match the start of the
 * first or last name, case-insensitive). Scope, order, paging and audit are `listWorkQueue`'s.
 */
export async function searchWorkQueue(
  ctx: CaseContext & {
    filter?: Arbeidskofilter;
    sok?: string;
    side?: number;
    sideStorrelse?: number;
    policy?: SaksPolicy;
  },
): Promise<Resultat> {
  const sok = (ctx.sok ?? "").trim().slice(0, 100);
  if (!sok) return listWorkQueue(ctx);
  if (SAKSNUMMER_SOK.test(sok)) return listWorkQueue({ ...ctx, filter: { ...ctx.filter, saksnummer: sok } });
  const navn = sok
    .split(/\s+/)
    .map((ord) => ord.replace(/[\\%_]/g, ""))
    .filter(Boolean)
    .slice(0, 4);
  return listWorkQueue({ ...ctx, filter: { ...ctx.filter, navn } });
}
