import type { BydelTiltakStatus, TiltakAnsvarlig } from "../../db/schema";
import { notFound } from "../../lib/errors";
import type { BomiljoContext } from "./context";
import { getBydelPlan, type BydelPlanRad } from "./get-bydel-plan.server";

export type BydelTiltakVersjon = {
  versjon: number;
  ansvarlig: TiltakAnsvarlig;
  ansvarligPerson: string | null;
  hvaSkalUtfores: string;
  tidsfrist: string | null;
  pagaende: boolean;
  status: BydelTiltakStatus;
  endret: string;
  endretAvNavn: string;
};

/** One measure of the actor's district plan, with every saved version (newest first). */
export async function getBydelTiltak(
  ctx: BomiljoContext & { today: string; nummer: number },
): Promise<{ bydel: { id: string; navn: string }; rad: BydelPlanRad; historikk: BydelTiltakVersjon[] }> {
  const plan = await getBydelPlan(ctx);
  const rad = plan.rader.find((r) => r.tiltak.nummer === ctx.nummer);
  if (!rad) notFound();
  const historikk = rad.id
    ? await ctx.db
        .selectFrom("bydel_tiltak_historikk")
        .selectAll()
        .where("bydel_tiltak_id", "=", rad.id)
        .where("bydel_id", "=", plan.bydel.id)
        .orderBy("versjon", "desc")
        .execute()
    : [];
  return {
    bydel: plan.bydel,
    rad,
    historikk: historikk.map((h) => ({
      versjon: h.versjon,
      ansvarlig: h.ansvarlig,
      ansvarligPerson: h.ansvarlig_person,
      hvaSkalUtfores: h.hva_skal_utfores,
      tidsfrist: h.tidsfrist,
      pagaende: h.pagaende,
      status: h.status,
      endret: h.endret.toISOString(),
      endretAvNavn: h.endret_av_navn,
    })),
  };
}
