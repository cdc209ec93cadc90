import type { BydelTiltakStatus, TiltakAnsvarlig } from "../../db/schema";
import type { BomiljoContext } from "./context";
import { OSLOSTANDARD, type OslostandardTiltak } from "./oslostandard";
import { planBydel } from "./scope.server";
import { erForsinket } from "./status";

export type BydelPlanRad = {
  tiltak: OslostandardTiltak;
  /** Null until the district has saved the row once. */
  id: string | null;
  ansvarlig: TiltakAnsvarlig;
  ansvarligPerson: string | null;
  hvaSkalUtfores: string;
  tidsfrist: string | null;
  pagaende: boolean;
  status: BydelTiltakStatus;
  forsinket: boolean;
  versjon: number;
  endret: string | null;
  endretAvNavn: string | null;
  adressetiltak: number;
};

/**
 * The actor's district plan for the 15 measures, in the checklist's order: each saved row, or an empty row
 * (not started, the standard's responsible body) for a measure the district has not planned yet. Also counts
 * the address measures under each heading.
 */
export async function getBydelPlan(
  ctx: BomiljoContext & { today: string },
): Promise<{ bydel: { id: string; navn: string }; rader: BydelPlanRad[] }> {
  const bydelId = planBydel(ctx.actor);
  const bydel = await ctx.db
    .selectFrom("bydel")
    .select(["id", "navn"])
    .where("id", "=", bydelId)
    .executeTakeFirstOrThrow();
  const rader = await ctx.db.selectFrom("bydel_tiltak").selectAll().where("bydel_id", "=", bydelId).execute();
  const antall = await ctx.db
    .selectFrom("adresse_tiltak")
    .select(["tiltak_nummer", (eb) => eb.fn.countAll<string>().as("n")])
    .where("bydel_id", "=", bydelId)
    .groupBy("tiltak_nummer")
    .execute();
  const perNummer = new Map(rader.map((r) => [r.tiltak_nummer, r]));
  const antallPer = new Map(antall.map((a) => [a.tiltak_nummer, Number(a.n)]));
  return {
    bydel,
    rader: OSLOSTANDARD.map((tiltak) => {
      const r = perNummer.get(tiltak.nummer);
      const base = {
        tiltak,
        adressetiltak: antallPer.get(tiltak.nummer) ?? 0,
      };
      if (!r) {
        return {
          ...base,
          id: null,
          ansvarlig: tiltak.ansvarlig,
          ansvarligPerson: null,
          hvaSkalUtfores: "",
          tidsfrist: null,
          pagaende: false,
          status: "ikke_startet",
          forsinket: false,
          versjon: 0,
          endret: null,
          endretAvNavn: null,
        };
      }
      return {
        ...base,
        id: r.id,
        ansvarlig: r.ansvarlig,
        ansvarligPerson: r.ansvarlig_person,
        hvaSkalUtfores: r.hva_skal_utfores,
        tidsfrist: r.tidsfrist,
        pagaende: r.pagaende,
        status: r.status,
        forsinket: erForsinket(r, ctx.today),
        versjon: r.versjon,
        endret: r.endret.toISOString(),
        endretAvNavn: r.endret_av_navn,
      };
    }),
  };
}
