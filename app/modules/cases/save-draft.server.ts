import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { iTransaksjon, krevTilgang, type CaseContext } from "./queries.server";
import { harHelsesvar, UTKAST_SKJEMAVERSJON, type HelseSvar, type SoknadSvar } from "./soknad-form";
import { hentEgetUtkast, utkastAudit } from "./utkast.server";

/**
 * Saves the resident's draft as typed (nothing is validated: a draft keeps whatever is there). The row version
 * the form was loaded with must still be the current one — a save from an older tab is refused ("konflikt")
 * and nothing is written. A sent draft cannot change. Health answers go to their own special-category column.
 */
export async function saveDraft(
  ctx: CaseContext & { utkastId: string; versjon: number; svar: SoknadSvar; helse: HelseSvar },
): Promise<{ versjon: number }> {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  return iTransaksjon(ctx.db, async (trx) => {
    const utkast = await hentEgetUtkast(trx, actor, ctx.utkastId, { forUpdate: true });
    if (utkast.status !== "utkast" || utkast.versjon !== ctx.versjon) fail("konflikt");
    const oppdatert = await trx
      .updateTable("soknadsutkast")
      .set({
        svar: JSON.stringify(ctx.svar),
        helse_funksjon: harHelsesvar(ctx.helse) ? JSON.stringify(ctx.helse) : null,
        skjemaversjon: UTKAST_SKJEMAVERSJON,
        versjon: utkast.versjon + 1,
        endret: ctx.now?.() ?? new Date(),
      })
      .where("id", "=", utkast.id)
      .where("versjon", "=", ctx.versjon)
      .returning("versjon")
      .executeTakeFirst();
    if (!oppdatert) fail("konflikt");
    await recordAccess(trx, actor, ctx.requestId, utkastAudit(actor, utkast.id, "endre", ctx.helse));
    return { versjon: oppdatert.versjon };
  });
}
