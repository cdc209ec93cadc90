import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import type { BoligStatus } from "../../db/schema";
import { idagOslo } from "./format";
import { unsafeTellSammensetning, type Sammensetning } from "./sammensetning.server";
import { bydelListe, synligeBydeler } from "./scope.server";

export type BoligRad = {
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

export type OppgangSide = {
  oppgang: { id: string; navn: string; gateadresse: string; bygning: string };
  eiendom: { id: string; navn: string; postnummer: string; poststed: string };
  bydel: { id: string; navn: string };
  boliger: BoligRad[];
  /** Present only for roles with `sammensetning.les`; the key is absent for everyone else. */
  sammensetning?: Sammensetning;
};

/**
 * A stairwell's units and — only for district roles with `sammensetning.les` —
 * its composition as counts. Null outside the actor's scope.
 */
export async function getOppgang({
  db,
  actor,
  oppgangId,
  idag = idagOslo(),
}: {
  db: Db;
  actor: Actor;
  oppgangId: string;
  idag?: string;
}): Promise<OppgangSide | null> {
  const synlighet = synligeBydeler(actor);
  if (synlighet === null) return null;
  const oppgang = await db
    .selectFrom("oppgang as o")
    .innerJoin("bygning as bg", "bg.id", "o.bygning_id")
    .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
    .innerJoin("bydel as b", "b.id", "o.bydel_id")
    .select(["o.id", "o.navn", "o.gateadresse", "bg.navn as bygning"])
    .select(["e.id as eiendom_id", "e.navn as eiendom_navn", "e.postnummer", "e.poststed"])
    .select(["b.id as bydel_id", "b.navn as bydel_navn"])
    .where("o.id", "=", oppgangId)
    .$if(synlighet !== "alle", (qb) => qb.where("o.bydel_id", "in", bydelListe(synlighet)))
    .executeTakeFirst();
  if (!oppgang) return null;

  const boliger = await db
    .selectFrom("bolig")
    .select([
      "id",
      "bolignummer",
      "rom",
      "areal_m2",
      "etasje",
      "heis",
      "universelt_utformet",
      "rullestoltilpasset",
      "status",
    ])
    .where("oppgang_id", "=", oppgangId)
    .orderBy("etasje")
    .orderBy("bolignummer")
    .execute();

  const side: OppgangSide = {
    oppgang: {
      id: oppgang.id,
      navn: oppgang.navn,
      gateadresse: oppgang.gateadresse,
      bygning: oppgang.bygning,
    },
    eiendom: {
      id: oppgang.eiendom_id,
      navn: oppgang.eiendom_navn,
      postnummer: oppgang.postnummer,
      poststed: oppgang.poststed,
    },
    bydel: { id: oppgang.bydel_id, navn: oppgang.bydel_navn },
    boliger: boliger.map((b) => ({
      id: b.id,
      bolignummer: b.bolignummer,
      rom: b.rom,
      arealM2: Number(b.areal_m2),
      etasje: b.etasje,
      heis: b.heis,
      universeltUtformet: b.universelt_utformet,
      rullestoltilpasset: b.rullestoltilpasset,
      status: b.status,
    })),
  };
  if (can(actor, "sammensetning.les")) {
    side.sammensetning = await unsafeTellSammensetning(db, oppgangId, idag);
  }
  return side;
}
