import { requirePermission } from "../../auth/policy.server";
import type { BomiljoContext } from "./context";
import { planBydel } from "./scope.server";

export type AdresseOversikt = {
  id: string;
  navn: string;
  gateadresse: string;
  type: "gard" | "spredt";
  tiltak: number;
  aktive: number;
  forsinket: number;
};

/**
 * The addresses (eiendommer) of the actor's district with the size of their bomiljøplan: measures in all, still
 * active (planlagt or i gang), and late (deadline passed while active). Blocks first, then scattered units.
 */
export async function listAdresser(
  ctx: BomiljoContext & { today: string },
): Promise<{ bydel: { id: string; navn: string }; adresser: AdresseOversikt[] }> {
  requirePermission(ctx.actor, "bomiljoplan.les");
  const bydelId = planBydel(ctx.actor);
  const bydel = await ctx.db
    .selectFrom("bydel")
    .select(["id", "navn"])
    .where("id", "=", bydelId)
    .executeTakeFirstOrThrow();
  const rader = await ctx.db
    .selectFrom("eiendom as e")
    .leftJoin("adresse_tiltak as t", "t.eiendom_id", "e.id")
    .select((eb) => [
      "e.id",
      "e.navn",
      "e.gateadresse",
      "e.type",
      eb.fn.count<string>("t.id").as("tiltak"),
      eb.fn.count<string>("t.id").filterWhere("t.status", "in", ["planlagt", "i_gang"]).as("aktive"),
      eb.fn
        .count<string>("t.id")
        .filterWhere((w) =>
          w.and([w("t.status", "in", ["planlagt", "i_gang"]), w("t.frist", "<", ctx.today)]),
        )
        .as("forsinket"),
    ])
    .where("e.bydel_id", "=", bydelId)
    .groupBy(["e.id", "e.navn", "e.gateadresse", "e.type"])
    .orderBy("e.type")
    .orderBy("e.gateadresse")
    .execute();
  return {
    bydel,
    adresser: rader.map((r) => ({
      id: r.id,
      navn: r.navn,
      gateadresse: r.gateadresse,
      type: r.type,
      tiltak: Number(r.tiltak),
      aktive: Number(r.aktive),
      forsinket: Number(r.forsinket),
    })),
  };
}
