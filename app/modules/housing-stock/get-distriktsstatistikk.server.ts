import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { idagOslo, minusMaaneder } from "./format";

/** A cell built from fewer units or events than this is hidden (null). */
export const MINSTE_GRUNNLAG = 10;

/** One row of the table. `null` means hidden because the basis is too small — never 0. */
export type StatistikkRad = {
  bydelId: string | null;
  bydel: string;
  innbyggere: number;
  boliger: number | null;
  boligerPer1000: number | null;
  ledige: number | null;
  nyeKontrakter: number | null;
  gjennomtrekkProsent: number | null;
};

export type Distriktsstatistikk = {
  /** The 12-month window for lease starts: from `fraOgMed` to `til`, both included. */
  fraOgMed: string;
  til: string;
  grense: number;
  rader: StatistikkRad[];
  /** Oslo in total; a column is hidden here too when any district's cell in it is hidden. */
  sum: StatistikkRad;
};

type Raa = {
  bydelId: string | null;
  bydel: string;
  innbyggere: number;
  boliger: number;
  ledige: number;
  nyeKontrakter: number;
  nyeLeietakere: number;
};

const rund1 = (n: number) => Math.round(n * 10) / 10;
const vis = (n: number) => (n >= MINSTE_GRUNNLAG ? n : null);

/** Small-cell suppression for one row: every cell needs a basis of at least MINSTE_GRUNNLAG. */
function undertrykk(r: Raa): StatistikkRad {
  const boligerOk = r.boliger >= MINSTE_GRUNNLAG;
  return {
    bydelId: r.bydelId,
    bydel: r.bydel,
    innbyggere: r.innbyggere,
    boliger: vis(r.boliger),
    boligerPer1000: boligerOk && r.innbyggere > 0 ? rund1((r.boliger / r.innbyggere) * 1000) : null,
    ledige: vis(r.ledige),
    nyeKontrakter: vis(r.nyeKontrakter),
    gjennomtrekkProsent:
      boligerOk && r.nyeLeietakere >= MINSTE_GRUNNLAG ? rund1((r.nyeLeietakere / r.boliger) * 100) : null,
  };
}

/**
 * City-wide aggregates per district for the analyst: population, municipal
 * units, units per 1,000 inhabitants, vacancies, lease starts in the last 12
 * months and turnover (new households moving in ÷ units). No row about a
 * person or a unit leaves this function, and cells with a basis below 10 are
 * hidden here, not in the UI.
 */
export async function getDistriktsstatistikk({
  db,
  actor,
  idag = idagOslo(),
}: {
  db: Db;
  actor: Actor;
  idag?: string;
}): Promise<Distriktsstatistikk> {
  if (!can(actor, "statistikk.les")) fail("ikke_tilgang");
  const fra = minusMaaneder(idag, 12);

  const result = await sql<{
    id: string;
    navn: string;
    innbyggere: number;
    boliger: number;
    ledige: number;
    nye_kontrakter: number;
    nye_leietakere: number;
  }>`
select
  b.id, b.navn, b.innbyggere,
  (select count(*) from bolig bo where bo.bydel_id = b.id) as boliger,
  (select count(*) from bolig bo where bo.bydel_id = b.id and bo.status = 'ledig') as ledige,
  (select count(*) from leiekontrakt lk join bolig bo on bo.id = lk.bolig_id
    where bo.bydel_id = b.id and lk.startdato > ${fra}::date and lk.startdato <= ${idag}::date) as nye_kontrakter,
  (select count(distinct lk.bolig_id) from leiekontrakt lk join bolig bo on bo.id = lk.bolig_id
    where bo.bydel_id = b.id and lk.startdato > ${fra}::date and lk.startdato <= ${idag}::date
      and not exists (
        select 1 from leiekontrakt tidligere
        where tidligere.bolig_id = lk.bolig_id and tidligere.husstand_id = lk.husstand_id
          and tidligere.startdato < lk.startdato
      )) as nye_leietakere
from bydel b
order by b.nummer
`.execute(db);

  const raa: Raa[] = result.rows.map((r) => ({
    bydelId: r.id,
    bydel: r.navn,
    innbyggere: Number(r.innbyggere),
    boliger: Number(r.boliger),
    ledige: Number(r.ledige),
    nyeKontrakter: Number(r.nye_kontrakter),
    nyeLeietakere: Number(r.nye_leietakere),
  }));
  const rader = raa.map(undertrykk);

  const total = undertrykk({
    bydelId: null,
    bydel: "Oslo i alt",
    innbyggere: raa.reduce((s, r) => s + r.innbyggere, 0),
    boliger: raa.reduce((s, r) => s + r.boliger, 0),
    ledige: raa.reduce((s, r) => s + r.ledige, 0),
    nyeKontrakter: raa.reduce((s, r) => s + r.nyeKontrakter, 0),
    nyeLeietakere: raa.reduce((s, r) => s + r.nyeLeietakere, 0),
  });
  // Complementary suppression: a total next to a hidden cell would reveal it by subtraction.
  const skjultIKolonne = (key: keyof StatistikkRad) => rader.some((r) => r[key] === null);
  const sum: StatistikkRad = {
    ...total,
    boliger: skjultIKolonne("boliger") ? null : total.boliger,
    boligerPer1000: skjultIKolonne("boliger") ? null : total.boligerPer1000,
    ledige: skjultIKolonne("ledige") ? null : total.ledige,
    nyeKontrakter: skjultIKolonne("nyeKontrakter") ? null : total.nyeKontrakter,
    gjennomtrekkProsent: skjultIKolonne("gjennomtrekkProsent") ? null : total.gjennomtrekkProsent,
  };

  const fraOgMed = new Date(`${fra}T00:00:00Z`);
  fraOgMed.setUTCDate(fraOgMed.getUTCDate() + 1);
  return { fraOgMed: fraOgMed.toISOString().slice(0, 10), til: idag, grense: MINSTE_GRUNNLAG, rader, sum };
}
