import { fail } from "../../lib/errors";
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

/** Boligbygg gives the job to someone (caretaker, a contractor); internal, not a step the resident is told of. */
export async function assignDefect(
  ctx: MangelContext & { id: string; versjon: number; ansvarlig: string },
): Promise<{ versjon: number }> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.behandle");
  const now = (ctx.now ?? (() => new Date()))();
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, actor, ctx.id);
    krevVersjon(rad, ctx.versjon);
    if (rad.lukket !== null) fail("konflikt");
    await trx
      .updateTable("mangelmelding")
      .set({ ansvarlig: ctx.ansvarlig, versjon: rad.versjon + 1 })
      .where("id", "=", rad.id)
      .execute();
    await loggSteg(trx, actor, rad.id, "tildelt", { tekst: ctx.ansvarlig, tidspunkt: now });
    await recordAccess(trx, actor, ctx.requestId, [auditFor(rad, "endre")]);
    return { versjon: rad.versjon + 1 };
  });
}
