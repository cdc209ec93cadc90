import type { Db } from "../../db/connection.server";
import type { Dato } from "../../lib/frister";
import { poeng, tildel, vurder, type Losning, type Problem } from "./engine";
import {
  byggProblem,
  unsafeKandidater,
  unsafeRundeBoliger,
  type Kandidat,
  type RundeBolig,
} from "./build-problem.server";
import { unsafeBydelsregler } from "./regler.server";

export type Forslagsgrunnlag = {
  boliger: RundeBolig[];
  kandidater: Kandidat[];
  problem: Problem | null;
  losning: Losning | null;
  /** Per unit: the candidates who fit (every hard rule holds), best score first. */
  passer: Map<string, { sakId: string; poeng: number }[]>;
  /** Per unit: how many candidates each rule blocks. */
  passerIkke: Map<string, Map<string, number>>;
};

/**
 * Builds the round's problem from the database and solves it. Unscoped beyond `bydelId`: the caller has checked
 * the permission and that the round belongs to the district, and audits the candidates it shows.
 */
export async function unsafeForeslaa(
  db: Db,
  bydelId: string,
  runde: { id: string; navn: string },
  idag: Dato,
  maaTildeles: ReadonlySet<string> = new Set(),
): Promise<Forslagsgrunnlag> {
  const boliger = await unsafeRundeBoliger(db, runde.id, idag);
  const kandidater = await unsafeKandidater(db, bydelId, idag);
  const passer = new Map<string, { sakId: string; poeng: number }[]>();
  const passerIkke = new Map<string, Map<string, number>>();
  if (boliger.length === 0) return { boliger, kandidater, problem: null, losning: null, passer, passerIkke };
  const problem = byggProblem(
    runde.navn,
    bydelId,
    boliger,
    kandidater,
    maaTildeles,
    await unsafeBydelsregler(db, bydelId),
  );
  const losning = await tildel(problem);
  const oppganger = new Map(problem.oppganger.map((o) => [o.id, o]));
  for (const u of problem.boliger) {
    const o = oppganger.get(u.oppgang)!;
    const liste: { sakId: string; poeng: number }[] = [];
    const ikke = new Map<string, number>();
    for (const h of problem.husstander) {
      const v = vurder(problem.regler, h, u, o);
      if (v.aktuell) liste.push({ sakId: h.id, poeng: poeng(problem.regler, problem.vekter, h, u, o) });
      else for (const g of v.grunner) ikke.set(g.tekst, (ikke.get(g.tekst) ?? 0) + 1);
    }
    liste.sort((a, b) => b.poeng - a.poeng || (a.sakId < b.sakId ? -1 : 1));
    passer.set(u.id, liste);
    passerIkke.set(u.id, ikke);
  }
  return { boliger, kandidater, problem, losning, passer, passerIkke };
}
