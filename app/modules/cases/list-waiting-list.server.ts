import { sql } from "kysely";
import { fail } from "../../lib/errors";
import { toDayNumber, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { idag, krevTilgang, type CaseContext } from "./queries.server";

export type Ventelisterad = {
  plass: number;
  sakId: string;
  saksnummer: string;
  soker: string;
  prioritet: number;
  dato: string;
  ventetidDager: number;
  /** The dwelling the decision names. */
  boligtype: string | null;
  rom: number | null;
};

/**
 * The caseworker's waiting list for the own district, in order: priority (1 first), then the date waiting
 * time counts from, then saksnummer — the same order the resident's place is counted in. One `personalia`
 * audit row per listed applicant.
 */
export async function listWaitingList(ctx: CaseContext): Promise<Ventelisterad[]> {
  const { db, actor } = ctx;
  krevTilgang(actor, "sak.les");
  if (actor.rolle !== "saksbehandler" || !actor.bydelId) fail("ikke_tilgang");
  const today = idag(ctx.now);
  const rows = await db
    .selectFrom("venteliste as v")
    .innerJoin("sak as s", "s.id", "v.sak_id")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .select([
      "v.sak_id",
      "v.prioritet",
      "v.dato",
      "s.saksnummer",
      "s.soker_person_id",
      "p.fornavn",
      "p.etternavn",
    ])
    .select((eb) => [
      eb
        .selectFrom("vedtak as vt")
        .select("vt.boligtype")
        .whereRef("vt.sak_id", "=", "s.id")
        .where("vt.utfall", "=", "venteliste")
        .orderBy("vt.opprettet", "desc")
        .limit(1)
        .as("boligtype"),
      eb
        .selectFrom("vedtak as vt")
        .select("vt.rom")
        .whereRef("vt.sak_id", "=", "s.id")
        .where("vt.utfall", "=", "venteliste")
        .orderBy("vt.opprettet", "desc")
        .limit(1)
        .as("rom"),
    ])
    .where("v.bydel_id", "=", actor.bydelId)
    .where("s.bydel_id", "=", actor.bydelId)
    .where("v.status", "=", "aktiv")
    .orderBy("v.prioritet")
    .orderBy("v.dato")
    .orderBy(sql`s.saksnummer`)
    .execute();
  await recordAccess(
    db,
    actor,
    ctx.requestId,
    rows.map((r) => ({
      personId: r.soker_person_id,
      kategori: "personalia",
      handling: "les",
      ressurs: `venteliste:${r.sak_id}`,
    })),
  );
  return rows.map((r, i) => ({
    plass: i + 1,
    sakId: r.sak_id,
    saksnummer: r.saksnummer,
    soker: `${r.fornavn} ${r.etternavn}`,
    prioritet: r.prioritet,
    dato: r.dato,
    ventetidDager: toDayNumber(today) - toDayNumber(r.dato as Dato),
    boligtype: r.boligtype ?? null,
    rom: r.rom ?? null,
  }));
}
