import type { Db } from "../../db/connection.server";
import { notFound } from "../../lib/errors";

export type Kontaktkort = {
  oppgang: { id: string; gateadresse: string; postnummer: string; poststed: string };
  bydel: { id: string; navn: string };
  koordinatorer: { navn: string; telefon: string; epost: string }[];
};

/**
 * The public contact card of a stairwell (oppgang): its address, the district and the district's named
 * coordinators (work name, phone, e-mail — published on purpose, measure 8). Nothing about residents.
 * Public by design: no actor, no permission; an unknown id is 404.
 */
export async function getOffentligKontaktkort(ctx: { db: Db; oppgangId: string }): Promise<Kontaktkort> {
  const rad = await ctx.db
    .selectFrom("oppgang as o")
    .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
    .innerJoin("bydel as b", "b.id", "o.bydel_id")
    .select(["o.id", "o.gateadresse", "e.postnummer", "e.poststed", "b.id as bydelId", "b.navn as bydelNavn"])
    .where("o.id", "=", ctx.oppgangId)
    .executeTakeFirst();
  if (!rad) notFound();
  const koordinatorer = await ctx.db
    .selectFrom("bomiljokoordinator")
    .select(["navn", "telefon", "epost"])
    .where("bydel_id", "=", rad.bydelId)
    .where("aktiv", "=", true)
    .orderBy("rekkefolge")
    .orderBy("navn")
    .execute();
  return {
    oppgang: { id: rad.id, gateadresse: rad.gateadresse, postnummer: rad.postnummer, poststed: rad.poststed },
    bydel: { id: rad.bydelId, navn: rad.bydelNavn },
    koordinatorer,
  };
}
