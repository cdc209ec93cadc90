import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { RensetBilde } from "./bilder.server";
import { finnEgenAdresse } from "./egen-adresse.server";
import {
  auditFor,
  iTransaksjon,
  krevTilgang,
  opprettMangelmelding,
  tidligereMelding,
  type MangelContext,
} from "./queries.server";
import type { NyMangel } from "./schemas";

/**
 * A resident reports a fault at the address of their active lease. The photos arrive already checked and
 * re-encoded (bilder.server.ts). The deadline is set at once from the resident's own urgency; Boligbygg's
 * assessment may change it. The same idempotency key from the same person returns the first report
 * (`duplikat: true`) and writes nothing — a double click makes one report.
 */
export async function reportDefect(
  ctx: MangelContext & { input: NyMangel; bilder: readonly RensetBilde[] },
): Promise<{ id: string; duplikat: boolean }> {
  const { actor, input } = ctx;
  krevTilgang(actor, "egen_mangelmelding.melde");
  return iTransaksjon(ctx.db, async (trx) => {
    const tidligere = await tidligereMelding(trx, actor, input.idempotensnokkel);
    if (tidligere) return { id: tidligere, duplikat: true };

    const adresse = await finnEgenAdresse(trx, actor);
    if (!adresse) fail("ikke_tilgang");
    const id = await opprettMangelmelding(trx, actor, {
      sted: { ...adresse, boligId: input.sted === "egen_bolig" ? adresse.boligId : null },
      kilde: "beboer",
      melderPersonId: actor.personId,
      input,
      bilder: ctx.bilder,
      mottatt: (ctx.now ?? (() => new Date()))(),
    });
    await recordAccess(trx, actor, ctx.requestId, [
      auditFor({ id, melder_person_id: actor.personId }, "opprett"),
    ]);
    return { id, duplikat: false };
  });
}
