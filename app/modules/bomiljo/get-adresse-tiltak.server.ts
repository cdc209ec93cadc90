import { requirePermission } from "../../auth/policy.server";
import type { AdresseTiltakAnsvarlig, AdresseTiltakStatus } from "../../db/schema";
import { notFound } from "../../lib/errors";
import type { BomiljoContext } from "./context";
import { getAdresse, tilAdresseTiltak, type Adresse, type AdresseTiltak } from "./get-adresseplan.server";

export type AdresseTiltakVersjon = {
  versjon: number;
  tittel: string;
  ansvarlig: AdresseTiltakAnsvarlig;
  ansvarligPerson: string | null;
  frist: string | null;
  pagaende: boolean;
  status: AdresseTiltakStatus;
  endret: string;
  endretAvNavn: string;
};

/** One measure of an address's plan with every saved version (newest first); own district only. */
export async function getAdresseTiltak(
  ctx: BomiljoContext & { eiendomId: string; tiltakId: string; today: string },
): Promise<{ adresse: Adresse; tiltak: AdresseTiltak; historikk: AdresseTiltakVersjon[] }> {
  requirePermission(ctx.actor, "bomiljoplan.les");
  const adresse = await getAdresse(ctx);
  const rad = await ctx.db
    .selectFrom("adresse_tiltak")
    .selectAll()
    .where("id", "=", ctx.tiltakId)
    .where("eiendom_id", "=", adresse.id)
    .executeTakeFirst();
  if (!rad) notFound();
  const historikk = await ctx.db
    .selectFrom("adresse_tiltak_historikk")
    .selectAll()
    .where("adresse_tiltak_id", "=", rad.id)
    .orderBy("versjon", "desc")
    .execute();
  return {
    adresse,
    tiltak: tilAdresseTiltak(rad, ctx.today),
    historikk: historikk.map((h) => ({
      versjon: h.versjon,
      tittel: h.tittel,
      ansvarlig: h.ansvarlig,
      ansvarligPerson: h.ansvarlig_person,
      frist: h.frist,
      pagaende: h.pagaende,
      status: h.status,
      endret: h.endret.toISOString(),
      endretAvNavn: h.endret_av_navn,
    })),
  };
}
