import { sql } from "kysely";
import { toDayNumber, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { idag, krevTilgang, type CaseContext } from "./queries.server";

export type Ventelisteplass = {
  sakId: string;
  saksnummer: string;
  bydel: { id: string; navn: string };
  /** 1 = first in line. */
  plass: number;
  /** Active places on the district's list. */
  av: number;
  prioritet: number;
  paVentelistenSiden: string;
  ventetidDager: number;
};

/**
 * The resident's own place on their district's waiting list: ordered by priority (1 first), then the date
 * the waiting time counts from (the application's mottatt date), then saksnummer. Tells only the place and
 * the count, never who else is on the list. Audited as the resident's own access.
 */
export async function getWaitingListPosition(ctx: CaseContext): Promise<Ventelisteplass[]> {
  const { db, actor } = ctx;
  krevTilgang(actor, "egen_sak.les");
  if (!actor.personId) return [];
  const today = idag(ctx.now);
  const rows = await db
    .selectFrom("venteliste as v")
    .innerJoin("sak as s", "s.id", "v.sak_id")
    .innerJoin("bydel as b", "b.id", "v.bydel_id")
    .select([
      "v.sak_id",
      "v.bydel_id",
      "v.prioritet",
      "v.dato",
      "s.saksnummer",
      "s.soker_person_id",
      "b.navn",
    ])
    .select([
      sql<number>`(select count(*) from venteliste v2 join sak s2 on s2.id = v2.sak_id
        where v2.bydel_id = v.bydel_id and v2.status = 'aktiv'
        and (v2.prioritet, v2.dato, s2.saksnummer) < (v.prioritet, v.dato, s.saksnummer)) + 1`.as("plass"),
      sql<number>`(select count(*) from venteliste v3 where v3.bydel_id = v.bydel_id and v3.status = 'aktiv')`.as(
        "av",
      ),
    ])
    .where("s.soker_person_id", "=", actor.personId)
    .where("v.status", "=", "aktiv")
    .orderBy("v.dato")
    .execute();
  await recordAccess(
    db,
    actor,
    ctx.requestId,
    rows.map((r) => ({
      personId: r.soker_person_id,
      kategori: "sak",
      handling: "les",
      ressurs: `venteliste:${r.sak_id}`,
    })),
  );
  return rows.map((r) => ({
    sakId: r.sak_id,
    saksnummer: r.saksnummer,
    bydel: { id: r.bydel_id, navn: r.navn },
    plass: Number(r.plass),
    av: Number(r.av),
    prioritet: r.prioritet,
    paVentelistenSiden: r.dato,
    ventetidDager: toDayNumber(today) - toDayNumber(r.dato as Dato),
  }));
}
