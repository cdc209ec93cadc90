import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { RensetBilde } from "./bilder.server";
import { MAKS_BILDER_TOTALT } from "./config";
import {
  auditFor,
  egenScope,
  iTransaksjon,
  krevTilgang,
  lagreBilder,
  type MangelContext,
} from "./queries.server";
import type { Tillegg } from "./schemas";

export type TilleggFeil = "lukket" | "tom" | "for_mange_bilder";

/**
 * The resident adds information or photos to one of their own reports after sending it, while it is open.
 * It becomes a `tillegg` step on the timeline ("Du la til informasjon"), and the report is flagged
 * `ny_informasjon` in Boligbygg's queue until someone at Boligbygg opens it. The same idempotency key on the
 * same report returns the first step and writes nothing (a double click adds one step). Appending overwrites
 * nothing, so no row version is asked for; a report closed in the meantime refuses the addition.
 */
export async function addInformation(
  ctx: MangelContext & { id: string; input: Tillegg; bilder: readonly RensetBilde[] },
): Promise<{ ok: true; duplikat: boolean } | { ok: false; feil: TilleggFeil }> {
  const { actor, input } = ctx;
  krevTilgang(actor, "egen_mangelmelding.melde");
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await trx
      .selectFrom("mangelmelding as m")
      .select(["m.id", "m.melder_person_id", "m.lukket"])
      .where("m.id", "=", ctx.id)
      .where(egenScope(actor))
      .forUpdate()
      .executeTakeFirst();
    if (!rad) fail("ikke_funnet");
    const tidligere = await trx
      .selectFrom("mangelmelding_hendelse")
      .select("seq")
      .where("mangelmelding_id", "=", rad.id)
      .where("idempotensnokkel", "=", input.idempotensnokkel)
      .executeTakeFirst();
    if (tidligere) return { ok: true, duplikat: true };
    if (rad.lukket !== null) return { ok: false, feil: "lukket" };
    if (!input.tekst && ctx.bilder.length === 0) return { ok: false, feil: "tom" };
    const { antall } = await trx
      .selectFrom("mangelmelding_bilde")
      .select((eb) => eb.fn.countAll<string>().as("antall"))
      .where("mangelmelding_id", "=", rad.id)
      .executeTakeFirstOrThrow();
    if (Number(antall) + ctx.bilder.length > MAKS_BILDER_TOTALT)
      return { ok: false, feil: "for_mange_bilder" };

    const steg = await trx
      .insertInto("mangelmelding_hendelse")
      .values({
        mangelmelding_id: rad.id,
        hendelse: "tillegg",
        alvorlighet: null,
        planlagt_dato: null,
        tekst: input.tekst || null,
        aktor_id: actor.id,
        aktor_rolle: actor.rolle,
        aktor_enhet: actor.enhet,
        idempotensnokkel: input.idempotensnokkel,
        ...(ctx.now ? { tidspunkt: ctx.now() } : {}),
      })
      .returning("seq")
      .executeTakeFirstOrThrow();
    await lagreBilder(trx, rad.id, ctx.bilder, steg.seq);
    // Boligbygg is told in the queue. The resident's own step is never news to them (MELDER_VARSLES), so
    // what they have seen is left alone: a step from Boligbygg they have not seen yet stays flagged.
    await trx.updateTable("mangelmelding").set({ ny_informasjon: true }).where("id", "=", rad.id).execute();
    await recordAccess(trx, actor, ctx.requestId, [auditFor(rad, "endre")]);
    return { ok: true, duplikat: false };
  });
}
