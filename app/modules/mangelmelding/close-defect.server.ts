import { fail } from "../../lib/errors";
import { datoInOslo } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import {
  auditFor,
  hentForEndring,
  iTransaksjon,
  krevTilgang,
  krevVersjon,
  loggSteg,
  type MangelContext,
} from "./queries.server";

/**
 * Boligbygg closes the report: "utfort" with what was done, or "avsluttet" with why not (not the landlord's
 * responsibility, a duplicate, could not get in …). The text is the answer the resident reads. A report must
 * be assessed first, so the timeline always says how serious it was judged to be.
 */
export async function closeDefect(
  ctx: MangelContext & { id: string; versjon: number; utfall: "utfort" | "avsluttet"; resultat: string },
): Promise<{ ok: true } | { ok: false; feil: "ikke_vurdert" }> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.behandle");
  const now = (ctx.now ?? (() => new Date()))();
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, actor, ctx.id);
    krevVersjon(rad, ctx.versjon);
    if (rad.lukket !== null) fail("konflikt");
    if (rad.status === "mottatt") return { ok: false as const, feil: "ikke_vurdert" as const };
    await trx
      .updateTable("mangelmelding")
      .set({
        status: ctx.utfall,
        resultat: ctx.resultat,
        lukket: now,
        lukket_dato: datoInOslo(now),
        versjon: rad.versjon + 1,
      })
      .where("id", "=", rad.id)
      .execute();
    await loggSteg(trx, actor, rad.id, ctx.utfall, { tekst: ctx.resultat, tidspunkt: now });
    await recordAccess(trx, actor, ctx.requestId, [auditFor(rad, "endre")]);
    return { ok: true as const };
  });
}
