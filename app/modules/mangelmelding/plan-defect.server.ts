import { fail } from "../../lib/errors";
import { datoInOslo, isDato } from "../../lib/frister";
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

export type PlanFeil = "dato" | "fortid" | "ikke_vurdert";

/**
 * Boligbygg plans the work for a date (today or later) once the report is assessed; planning again moves the
 * date and tells the resident again.
 */
export async function planDefect(
  ctx: MangelContext & { id: string; versjon: number; planlagtDato: string },
): Promise<{ ok: true; versjon: number } | { ok: false; feil: PlanFeil }> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.behandle");
  const now = (ctx.now ?? (() => new Date()))();
  if (!isDato(ctx.planlagtDato)) return { ok: false, feil: "dato" };
  if (ctx.planlagtDato < datoInOslo(now)) return { ok: false, feil: "fortid" };
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, actor, ctx.id);
    krevVersjon(rad, ctx.versjon);
    if (rad.lukket !== null) fail("konflikt");
    if (rad.status === "mottatt") return { ok: false as const, feil: "ikke_vurdert" as const };
    await trx
      .updateTable("mangelmelding")
      .set({ planlagt_dato: ctx.planlagtDato, status: "planlagt", versjon: rad.versjon + 1 })
      .where("id", "=", rad.id)
      .execute();
    await loggSteg(trx, actor, rad.id, "planlagt", { planlagtDato: ctx.planlagtDato, tidspunkt: now });
    await recordAccess(trx, actor, ctx.requestId, [auditFor(rad, "endre")]);
    return { ok: true as const, versjon: rad.versjon + 1 };
  });
}
