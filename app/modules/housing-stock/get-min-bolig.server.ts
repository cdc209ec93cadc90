import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { kontaktkort, type Kontaktkort } from "../../db/reference/kontakter";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";

export type MinBolig = {
  /** Null when the resident is not on an active lease. */
  bolig: {
    gateadresse: string;
    postnummer: string;
    poststed: string;
    bolignummer: string;
    rom: number;
    arealM2: number;
    etasje: number;
  } | null;
  leiekontrakt: { startdato: string; sluttdato: string | null; husleieKr: number } | null;
  bydel: { id: string; navn: string } | null;
  kontakter: Kontaktkort;
};

/**
 * The resident's own unit and active lease, found through the households they
 * are a member of (actor.personId), with the contact card for their district.
 * Reading it is audited like any other access to the lease.
 */
export async function getMinBolig({
  db,
  actor,
  requestId,
}: {
  db: Db;
  actor: Actor;
  requestId: string | null;
}): Promise<MinBolig> {
  if (!can(actor, "minbolig.les")) fail("ikke_tilgang");
  const personId = actor.personId;
  if (!personId) return { bolig: null, leiekontrakt: null, bydel: null, kontakter: kontaktkort(null) };

  const row = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "bo.eiendom_id")
    .innerJoin("bydel as b", "b.id", "bo.bydel_id")
    .select(["lk.id as kontrakt_id", "lk.startdato", "lk.sluttdato", "lk.husleie_kr"])
    .select(["bo.id as bolig_id", "bo.bolignummer", "bo.rom", "bo.areal_m2", "bo.etasje"])
    .select([
      "o.gateadresse",
      "e.postnummer",
      "e.poststed",
      "b.id as bydel_id",
      "b.nummer",
      "b.navn as bydel_navn",
    ])
    .where("m.person_id", "=", personId)
    .where("lk.status", "=", "aktiv")
    .orderBy("lk.startdato", "desc")
    .orderBy("lk.id")
    .limit(1)
    .executeTakeFirst();

  if (!row) {
    // No active lease: the household's district still decides whom to contact.
    const husstand = await db
      .selectFrom("husstand_medlem as m")
      .innerJoin("husstand as h", "h.id", "m.husstand_id")
      .innerJoin("bydel as b", "b.id", "h.bydel_id")
      .select(["b.id", "b.nummer", "b.navn"])
      .where("m.person_id", "=", personId)
      .orderBy("b.nummer")
      .limit(1)
      .executeTakeFirst();
    return {
      bolig: null,
      leiekontrakt: null,
      bydel: husstand ? { id: husstand.id, navn: husstand.navn } : null,
      kontakter: kontaktkort(husstand ?? null),
    };
  }

  await recordAccess(db, actor, requestId, [
    { personId, kategori: "leieforhold", handling: "les", ressurs: `bolig:${row.bolig_id}` },
  ]);

  return {
    bolig: {
      gateadresse: row.gateadresse,
      postnummer: row.postnummer,
      poststed: row.poststed,
      bolignummer: row.bolignummer,
      rom: row.rom,
      arealM2: Number(row.areal_m2),
      etasje: row.etasje,
    },
    leiekontrakt: { startdato: row.startdato, sluttdato: row.sluttdato, husleieKr: row.husleie_kr },
    bydel: { id: row.bydel_id, navn: row.bydel_navn },
    kontakter: kontaktkort({ id: row.bydel_id, nummer: row.nummer, navn: row.bydel_navn }),
  };
}
