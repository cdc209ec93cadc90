import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { iTransaksjon, krevBydel, type TildelingContext } from "./queries.server";
import { nyRundeSchema, type NyRunde } from "./schemas";

/**
 * A new allocation round of vacant units in the own district. Every unit must be `ledig`, in the district and
 * not in another open round (else "konflikt": someone took it meanwhile). The idempotency key makes a double
 * click one round. No personal data is written.
 */
export async function createRound(ctx: TildelingContext & { input: NyRunde }): Promise<{ rundeId: string }> {
  const bydelId = krevBydel(ctx.actor, "tildeling.behandle");
  const parsed = nyRundeSchema.safeParse(ctx.input);
  if (!parsed.success) fail("ugyldig");
  const { navn, idempotensnokkel } = parsed.data;
  const boligIds = [...new Set(parsed.data.boligIds)];
  return iTransaksjon(ctx.db, async (trx) => {
    const finnes = await trx
      .selectFrom("tildelingsrunde")
      .select("id")
      .where("opprettet_av_id", "=", ctx.actor.id)
      .where("idempotensnokkel", "=", idempotensnokkel)
      .executeTakeFirst();
    if (finnes) return { rundeId: finnes.id };
    const ok = await trx
      .selectFrom("bolig as b")
      .select("b.id")
      .where("b.id", "in", boligIds)
      .where("b.bydel_id", "=", bydelId)
      .where("b.status", "=", "ledig")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("tildelingsrunde_bolig as rb")
              .innerJoin("tildelingsrunde as r", "r.id", "rb.runde_id")
              .select("rb.bolig_id")
              .whereRef("rb.bolig_id", "=", "b.id")
              .where("r.status", "=", "apen"),
          ),
        ),
      )
      .forUpdate()
      .execute();
    if (ok.length !== boligIds.length) fail("konflikt");
    const rundeId = randomUUID();
    await trx
      .insertInto("tildelingsrunde")
      .values({
        id: rundeId,
        bydel_id: bydelId,
        navn,
        status: "apen",
        opprettet_av_id: ctx.actor.id,
        opprettet_av_navn: ctx.actor.navn,
        idempotensnokkel,
      })
      .execute();
    await trx
      .insertInto("tildelingsrunde_bolig")
      .values(boligIds.map((bolig_id) => ({ runde_id: rundeId, bolig_id })))
      .execute();
    return { rundeId };
  });
}
