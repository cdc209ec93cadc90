import { requirePermission } from "../../auth/policy.server";
import type { BomiljoContext } from "./context";
import { OSLOSTANDARD } from "./oslostandard";
import { erForsinket, type Matrisestatus } from "./status";

export type Matrise = {
  tiltak: { nummer: number; tittel: string; titleEn: string; kravniva: "skal" | "bor" }[];
  bydeler: { id: string; navn: string; status: Matrisestatus[] }[];
};

/**
 * The city matrix for Velferdsetaten and leaders: the status of each of the 15 measures in each of the 15
 * districts. Status only: no names, no texts, no rows about persons.
 */
export async function getOslostandardMatrise(ctx: BomiljoContext & { today: string }): Promise<Matrise> {
  requirePermission(ctx.actor, "bomiljoplan.matrise");
  const bydeler = await ctx.db.selectFrom("bydel").select(["id", "navn"]).orderBy("nummer").execute();
  const rader = await ctx.db
    .selectFrom("bydel_tiltak")
    .select(["bydel_id", "tiltak_nummer", "status", "tidsfrist", "pagaende"])
    .execute();
  const per = new Map(rader.map((r) => [`${r.bydel_id}:${r.tiltak_nummer}`, r]));
  return {
    tiltak: OSLOSTANDARD.map(({ nummer, tittel, titleEn, kravniva }) => ({
      nummer,
      tittel,
      titleEn,
      kravniva,
    })),
    bydeler: bydeler.map((b) => ({
      id: b.id,
      navn: b.navn,
      status: OSLOSTANDARD.map((t) => {
        const r = per.get(`${b.id}:${t.nummer}`);
        if (!r) return "ikke_startet";
        return erForsinket(r, ctx.today) ? "forsinket" : r.status;
      }),
    })),
  };
}
