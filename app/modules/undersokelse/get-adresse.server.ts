import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { todayInOslo } from "../../lib/frister";
import { bydelstabeller, type Enhetsrad, type Runde } from "./get-resultater.server";
import { iScope } from "./queries.server";
import { TERSKEL_BYDEL } from "./scope.server";

export type Adresseresultater = {
  eiendom: { id: string; navn: string; gateadresse: string; bydelId: string };
  terskel: number;
  runder: Array<{ runde: Runde; rad: Enhetsrad; fritekst: string[] | null }>;
  /**
   * The address's measures from its bomiljøplan that have started (status «i gang» or later), with the day
   * they first got that status: the dates the before/after view offers. Empty without `bomiljoplan.les`.
   */
  tiltak: Array<{ id: string; tittel: string; startet: string }>;
  /** The before/after comparison around `dato`, when asked: the last round ending before it, and every later one. */
  forEtter: {
    dato: string;
    for: { runde: Runde; rad: Enhetsrad } | null;
    etter: Array<{ runde: Runde; rad: Enhetsrad }>;
  } | null;
};

/**
 * One address for the district's own coordinator: its figures in every round it took part in (the cells of the
 * district table, so a cell hidden there to stop subtraction is hidden here too), the free-text answers of a round
 * only when that round has at least 5 answers at the address (sorted, so their order says nothing), and the
 * before/after view around a date the user picks.
 */
export async function getAdresseresultater({
  db,
  actor,
  eiendomId,
  dato,
  idag = todayInOslo(),
}: {
  db: Db;
  actor: Actor;
  eiendomId: string;
  dato?: string | null;
  /** Today (Europe/Oslo); tests pass a date to close a round. */
  idag?: string;
}): Promise<Adresseresultater> {
  if (!can(actor, "undersokelse.adresse") || !actor.bydelId) fail("ikke_tilgang");
  const eiendom = await db
    .selectFrom("eiendom")
    .select(["id", "navn", "gateadresse", "bydel_id"])
    .where("id", "=", eiendomId)
    .where(iScope(actor, "bydel_id"))
    .executeTakeFirst();
  if (!eiendom) fail("ikke_funnet");
  const tabeller = await bydelstabeller(db, actor, eiendom.bydel_id, idag);
  const runder: Adresseresultater["runder"] = [];
  for (const { runde, tabell } of tabeller) {
    const rad = tabell.enheter.find((e) => e.id === eiendomId);
    if (!rad) continue;
    let fritekst: string[] | null = null;
    // Free text only for a closed round: a new comment in an open round would show who just answered what.
    if (runde.avsluttet && rad.svar >= TERSKEL_BYDEL) {
      const rows = await db
        .selectFrom("undersokelse_svar")
        .select("fritekst")
        .where("runde_id", "=", runde.id)
        .where("eiendom_id", "=", eiendomId)
        .where("bydel_id", "=", actor.bydelId)
        .where("fritekst", "is not", null)
        .execute();
      fritekst = rows.map((r) => r.fritekst!).sort((a, b) => a.localeCompare(b, "nb"));
    }
    runder.push({ runde, rad: { ...rad, navn: eiendom.navn }, fritekst });
  }
  let forEtter: Adresseresultater["forEtter"] = null;
  if (dato) {
    // Closed rounds only: an open round has no figures to compare.
    const avsluttede = runder.filter((r) => r.runde.avsluttet);
    const for_ = avsluttede.filter((r) => r.runde.sluttdato < dato).at(-1) ?? null;
    const etter = avsluttede.filter((r) => r.runde.startdato >= dato);
    forEtter = {
      dato,
      for: for_ ? { runde: for_.runde, rad: for_.rad } : null,
      etter: etter.map((r) => ({ runde: r.runde, rad: r.rad })),
    };
  }
  const tiltak = can(actor, "bomiljoplan.les")
    ? (
        await sql<{ id: string; tittel: string; startet: string }>`
          select t.id, t.tittel, to_char(min(h.endret at time zone 'Europe/Oslo'), 'YYYY-MM-DD') as startet
          from adresse_tiltak t
          join adresse_tiltak_historikk h on h.adresse_tiltak_id = t.id and h.bydel_id = t.bydel_id
          where t.eiendom_id = ${eiendom.id} and t.bydel_id = ${eiendom.bydel_id}
            and h.status in ('i_gang', 'gjennomfort')
          group by t.id, t.tittel
          order by startet, t.tittel`.execute(db)
      ).rows
    : [];
  return {
    tiltak,
    eiendom: {
      id: eiendom.id,
      navn: eiendom.navn,
      gateadresse: eiendom.gateadresse,
      bydelId: eiendom.bydel_id,
    },
    terskel: TERSKEL_BYDEL,
    runder,
    forEtter,
  };
}
