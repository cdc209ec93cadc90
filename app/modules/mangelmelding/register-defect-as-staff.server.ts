import { bydelScope } from "../../auth/policy.server";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { RensetBilde } from "./bilder.server";
import {
  auditFor,
  iTransaksjon,
  krevTilgang,
  opprettMangelmelding,
  tidligereMelding,
  type MangelContext,
} from "./queries.server";
import type { AnsattMangel } from "./schemas";

/**
 * Staff register a fault they found themselves — on an HMS visit, from a cooperation meeting's action item, or
 * told by phone — as the same kind of defect report a resident makes (`kilde = 'ansatt'`, no reporting
 * resident). Boligbygg may register at every address, a district role only in its own district. The stairwell
 * must belong to the address; a unit, when given, to the stairwell. Pass `db` as a transaction to create the
 * report together with the object that links to it (an HMS finding, an action item). The same idempotency key
 * from the same person returns the first report (`duplikat: true`). `bilder` (optional) are photos already
 * checked and re-encoded by `rensBilde` (bilder.server.ts), at most MAKS_BILDER.
 */
export async function registerDefectAsStaff(
  ctx: MangelContext & { input: AnsattMangel; bilder?: readonly RensetBilde[] },
): Promise<{ id: string; duplikat: boolean }> {
  const { actor, input } = ctx;
  krevTilgang(actor, "mangelmelding.registrere");
  return iTransaksjon(ctx.db, async (trx) => {
    const tidligere = await tidligereMelding(trx, actor, input.idempotensnokkel);
    if (tidligere) return { id: tidligere, duplikat: true };

    const scope = bydelScope(actor);
    if (!scope.alle && scope.bydeler.length === 0) fail("ikke_tilgang");
    const oppgang = await trx
      .selectFrom("oppgang as o")
      .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
      .select(["o.id as oppgangId", "e.id as eiendomId", "e.bydel_id as bydelId"])
      .where("o.id", "=", input.oppgangId)
      .$if(!scope.alle, (q) => q.where("e.bydel_id", "in", scope.alle ? [] : scope.bydeler))
      .executeTakeFirst();
    if (!oppgang) fail("ikke_funnet");
    if (input.boligId) {
      const bolig = await trx
        .selectFrom("bolig")
        .select("id")
        .where("id", "=", input.boligId)
        .where("oppgang_id", "=", oppgang.oppgangId)
        .executeTakeFirst();
      if (!bolig) fail("ikke_funnet");
    }

    const id = await opprettMangelmelding(trx, actor, {
      sted: { ...oppgang, boligId: input.boligId ?? null },
      kilde: "ansatt",
      melderPersonId: null,
      input,
      bilder: ctx.bilder ?? [],
      mottatt: (ctx.now ?? (() => new Date()))(),
    });
    await recordAccess(trx, actor, ctx.requestId, [auditFor({ id, melder_person_id: null }, "opprett")]);
    return { id, duplikat: false };
  });
}
