import type { Db } from "../../db/connection.server";
import { lesSvarskjema } from "./schemas";
import { erSvarsprak, type Svarsprak } from "./sprak";
import { lagreSvar, sjekkKode, type Kodefeil } from "./svar.server";

export type Svarsidedata =
  | { steg: "kode"; sprak: Svarsprak; kode: string; feil: Kodefeil | null }
  | { steg: "skjema"; sprak: Svarsprak; kode: string; lokale: string[]; feil: null }
  | { steg: "takk"; sprak: Svarsprak };

/**
 * The HTTP status of the answer page: 404 for an unknown (or malformed) code, which the daily limit on code
 * guessing counts (kodegrense.server.ts); 200 otherwise, also for a used code or a closed round (a code that
 * exists was not guessed, and the page reloads a used code after every answer).
 */
export const svarsideStatus = (d: Svarsidedata): number =>
  d.steg === "kode" && d.feil === "feilUkjent" ? 404 : 200;

const sprakFra = (v: unknown, standard: Svarsprak): Svarsprak => (erSvarsprak(v) ? v : standard);

/**
 * The answer page's loader, shared by the resident's page, the office tablet (kiosk) and staff entering paper
 * forms: without a code, ask for it; with a valid unused code of an open round, show the questionnaire.
 */
export async function lastSvarside(db: Db, url: URL, standard: Svarsprak = "nb"): Promise<Svarsidedata> {
  const sprak = sprakFra(url.searchParams.get("sprak"), standard);
  const kode = url.searchParams.get("kode");
  if (kode === null) return { steg: "kode", sprak, kode: "", feil: null };
  const sjekk = await sjekkKode(db, kode);
  if (!sjekk.ok) return { steg: "kode", sprak, kode: kode.slice(0, 20), feil: sjekk.feil };
  return { steg: "skjema", sprak, kode: sjekk.kode.kode, lokale: sjekk.kode.lokale, feil: null };
}

/** The answer page's action: store the answer and use up the code, or send the person back to the code step. */
export async function sendSvar(db: Db, form: FormData, standard: Svarsprak = "nb"): Promise<Svarsidedata> {
  const sprak = sprakFra(form.get("sprak"), standard);
  const kode = String(form.get("kode") ?? "");
  const sjekk = await sjekkKode(db, kode);
  if (!sjekk.ok) return { steg: "kode", sprak, kode: kode.slice(0, 20), feil: sjekk.feil };
  const resultat = await lagreSvar(db, kode, lesSvarskjema(form, sjekk.kode.lokale.length));
  if (!resultat.ok) return { steg: "kode", sprak, kode: kode.slice(0, 20), feil: resultat.feil };
  return { steg: "takk", sprak };
}
