import type { Alvorlighet } from "../../db/schema";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { beregnFrist } from "./config";
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
 * Boligbygg assesses the report's severity (vurdering). The deadline is recomputed from the time the report
 * was received, so assessing late does not buy time. Allowed while the report is open; the first assessment
 * moves it from "mottatt" to "vurdert", a later one keeps the status and is logged again.
 */
export async function triageDefect(
  ctx: MangelContext & { id: string; versjon: number; alvorlighet: Alvorlighet },
): Promise<{ versjon: number }> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.behandle");
  const now = (ctx.now ?? (() => new Date()))();
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, actor, ctx.id);
    krevVersjon(rad, ctx.versjon);
    if (rad.lukket !== null) fail("konflikt");
    const frist = beregnFrist(rad.mottatt, ctx.alvorlighet);
    await trx
      .updateTable("mangelmelding")
      .set({
        alvorlighet: ctx.alvorlighet,
        frist_dato: frist.fristDato,
        frist_tidspunkt: frist.fristTidspunkt,
        status: rad.status === "mottatt" ? "vurdert" : rad.status,
        vurdert: rad.vurdert ?? now,
        versjon: rad.versjon + 1,
      })
      .where("id", "=", rad.id)
      .execute();
    await loggSteg(trx, actor, rad.id, "vurdert", { alvorlighet: ctx.alvorlighet, tidspunkt: now });
    await recordAccess(trx, actor, ctx.requestId, [auditFor(rad, "endre")]);
    return { versjon: rad.versjon + 1 };
  });
}
