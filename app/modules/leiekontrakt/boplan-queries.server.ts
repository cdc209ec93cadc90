import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import type { Boplanmaal, Stegansvarlig } from "../../db/schema";
import { fail } from "../../lib/errors";

export type Boplan = {
  id: string;
  husstandId: string;
  maal: Boplanmaal;
  maalBeskrivelse: string;
  nesteGjennomgang: string | null;
  sistGjennomgatt: string | null;
  versjon: number;
  endretAvNavn: string;
  steg: {
    id: string;
    beskrivelse: string;
    ansvarlig: Stegansvarlig;
    frist: string;
    fullfort: string | null;
  }[];
  kommentarer: { id: string; navn: string; fraLeietaker: boolean; tekst: string; opprettet: string }[];
};

/**
 * The district roles that work with housing plans see the plans of households in their own district; the
 * property manager and everyone else none (a household outside the scope is "not found").
 */
export async function husstandIEgenBydel(db: Db, actor: Actor, husstandId: string): Promise<void> {
  if (!actor.bydelId) fail("ikke_funnet");
  const h = await db
    .selectFrom("husstand")
    .select("id")
    .where("id", "=", husstandId)
    .where("bydel_id", "=", actor.bydelId)
    .executeTakeFirst();
  if (!h) fail("ikke_funnet");
}

/** The people a plan is about (for the audit log): the household's adults. */
export async function planPersoner(db: Db, husstandId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("husstand_medlem")
    .select("person_id")
    .where("husstand_id", "=", husstandId)
    .where("rolle", "in", ["hovedperson", "medsoker"])
    .execute();
  return rows.map((r) => r.person_id);
}

export async function hentBoplan(db: Db, husstandId: string): Promise<Boplan | null> {
  const plan = await db
    .selectFrom("boplan")
    .selectAll()
    .where("husstand_id", "=", husstandId)
    .executeTakeFirst();
  if (!plan) return null;
  const steg = await db
    .selectFrom("boplan_steg")
    .select(["id", "beskrivelse", "ansvarlig", "frist", "fullfort"])
    .where("boplan_id", "=", plan.id)
    .orderBy("frist")
    .orderBy("opprettet")
    .execute();
  const kommentarer = await db
    .selectFrom("boplan_kommentar")
    .select(["id", "aktor_navn", "fra_leietaker", "tekst", "opprettet"])
    .where("boplan_id", "=", plan.id)
    .orderBy("opprettet")
    .orderBy("id")
    .execute();
  return {
    id: plan.id,
    husstandId: plan.husstand_id,
    maal: plan.maal,
    maalBeskrivelse: plan.maal_beskrivelse,
    nesteGjennomgang: plan.neste_gjennomgang,
    sistGjennomgatt: plan.sist_gjennomgatt,
    versjon: plan.versjon,
    endretAvNavn: plan.endret_av_navn,
    steg,
    kommentarer: kommentarer.map((k) => ({
      id: k.id,
      navn: k.aktor_navn,
      fraLeietaker: k.fra_leietaker,
      tekst: k.tekst,
      opprettet: k.opprettet.toISOString(),
    })),
  };
}
