import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { BoligStatus } from "../../db/schema";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { bydelListe, synligeBydeler } from "./scope.server";

export type Leieforhold = {
  startdato: string;
  sluttdato: string | null;
  husleieKr: number;
  /** The adults on the lease (hovedperson, medsøker, annen voksen); children are not lease parties. */
  parter: { navn: string; rolle: "hovedperson" | "medsoker" | "annen" }[];
};

export type KontraktHistorikk = {
  startdato: string;
  sluttdato: string | null;
  avsluttetDato: string | null;
  status: "aktiv" | "avsluttet";
};

export type BoligSide = {
  bolig: {
    id: string;
    bolignummer: string;
    rom: number;
    arealM2: number;
    etasje: number;
    heis: boolean;
    universeltUtformet: boolean;
    rullestoltilpasset: boolean;
    status: BoligStatus;
  };
  oppgang: { id: string; navn: string; gateadresse: string };
  eiendom: { id: string; navn: string; postnummer: string; poststed: string };
  bydel: { id: string; navn: string };
  /** Present only for `leiekontrakt.les`: the active lease and its parties (null when the unit has none). */
  leieforhold?: Leieforhold | null;
  /** Present only for `leiekontrakt.les`: every lease on the unit, dates only. */
  historikk?: KontraktHistorikk[];
};

const PART_ROLLER = ["hovedperson", "medsoker", "annen"] as const;

/**
 * A unit's facts and — for roles with `leiekontrakt.les` — its active lease
 * with the parties' names and its lease history (dates only). Every person
 * shown is audited (personalia and leieforhold). Null outside the actor's scope.
 */
export async function getBolig({
  db,
  actor,
  requestId,
  boligId,
}: {
  db: Db;
  actor: Actor;
  requestId: string | null;
  boligId: string;
}): Promise<BoligSide | null> {
  const synlighet = synligeBydeler(actor);
  if (synlighet === null) return null;
  const row = await db
    .selectFrom("bolig as bo")
    .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "bo.eiendom_id")
    .innerJoin("bydel as b", "b.id", "bo.bydel_id")
    .select([
      "bo.id",
      "bo.bolignummer",
      "bo.rom",
      "bo.areal_m2",
      "bo.etasje",
      "bo.heis",
      "bo.universelt_utformet",
      "bo.rullestoltilpasset",
      "bo.status",
    ])
    .select(["o.id as oppgang_id", "o.navn as oppgang_navn", "o.gateadresse"])
    .select(["e.id as eiendom_id", "e.navn as eiendom_navn", "e.postnummer", "e.poststed"])
    .select(["b.id as bydel_id", "b.navn as bydel_navn"])
    .where("bo.id", "=", boligId)
    .$if(synlighet !== "alle", (qb) => qb.where("bo.bydel_id", "in", bydelListe(synlighet)))
    .executeTakeFirst();
  if (!row) return null;

  const side: BoligSide = {
    bolig: {
      id: row.id,
      bolignummer: row.bolignummer,
      rom: row.rom,
      arealM2: Number(row.areal_m2),
      etasje: row.etasje,
      heis: row.heis,
      universeltUtformet: row.universelt_utformet,
      rullestoltilpasset: row.rullestoltilpasset,
      status: row.status,
    },
    oppgang: { id: row.oppgang_id, navn: row.oppgang_navn, gateadresse: row.gateadresse },
    eiendom: {
      id: row.eiendom_id,
      navn: row.eiendom_navn,
      postnummer: row.postnummer,
      poststed: row.poststed,
    },
    bydel: { id: row.bydel_id, navn: row.bydel_navn },
  };
  if (!can(actor, "leiekontrakt.les")) return side;

  const kontrakter = await db
    .selectFrom("leiekontrakt")
    .select(["id", "husstand_id", "startdato", "sluttdato", "husleie_kr", "status", "avsluttet_dato"])
    .where("bolig_id", "=", boligId)
    .orderBy("startdato", "desc")
    .orderBy("id")
    .execute();
  side.historikk = kontrakter.map((k) => ({
    startdato: k.startdato,
    sluttdato: k.sluttdato,
    avsluttetDato: k.avsluttet_dato,
    status: k.status,
  }));

  const aktiv = kontrakter.find((k) => k.status === "aktiv");
  if (!aktiv) {
    side.leieforhold = null;
    return side;
  }
  const parter = await db
    .selectFrom("husstand_medlem as m")
    .innerJoin("person as p", "p.id", "m.person_id")
    .select(["p.id", "p.fornavn", "p.etternavn", "m.rolle"])
    .where("m.husstand_id", "=", aktiv.husstand_id)
    .where("m.rolle", "in", PART_ROLLER)
    .orderBy("p.etternavn")
    .orderBy("p.fornavn")
    .execute();

  // Audit before anything is returned: if the log cannot be written, nothing is shown.
  const ressurs = `bolig:${boligId}`;
  const entries: AuditEntry[] = parter.flatMap((p) => [
    { personId: p.id, kategori: "personalia", handling: "les", ressurs },
    { personId: p.id, kategori: "leieforhold", handling: "les", ressurs },
  ]);
  await recordAccess(db, actor, requestId, entries);

  side.leieforhold = {
    startdato: aktiv.startdato,
    sluttdato: aktiv.sluttdato,
    husleieKr: aktiv.husleie_kr,
    parter: parter
      .map((p) => ({ navn: `${p.fornavn} ${p.etternavn}`, rolle: p.rolle as (typeof PART_ROLLER)[number] }))
      .sort((a, b) => PART_ROLLER.indexOf(a.rolle) - PART_ROLLER.indexOf(b.rolle)),
  };
  return side;
}
