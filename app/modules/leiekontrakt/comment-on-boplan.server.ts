import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { husstandIEgenBydel, planPersoner } from "./boplan-queries.server";
import { kommentarSchema } from "./boplan-schemas";
import { egenHusstand } from "./get-own-boplan.server";
import { krev, type LeaseContext } from "./queries.server";

/**
 * A comment on a boplan: the tenant on their own plan (Min bolig), or the caseworker / follow-up worker on a
 * plan in their district. Comments are only added, never changed. Audited per adult of the household.
 */
export async function commentOnBoplan(
  ctx: LeaseContext & { husstandId?: string; tekst: string },
): Promise<{ kommentarId: string }> {
  const { db, actor } = ctx;
  const sjekk = kommentarSchema.safeParse({ tekst: ctx.tekst });
  if (!sjekk.success) fail("ugyldig");
  const { tekst } = sjekk.data;
  let husstandId: string;
  const fraLeietaker = actor.rolle === "beboer";
  if (fraLeietaker) {
    krev(actor, "minbolig.les");
    husstandId = (await egenHusstand(db, actor)) ?? fail("ikke_funnet");
  } else {
    krev(actor, "boplan.behandle");
    husstandId = ctx.husstandId ?? fail("ikke_funnet");
    await husstandIEgenBydel(db, actor, husstandId);
  }
  return db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom("boplan")
      .select("id")
      .where("husstand_id", "=", husstandId)
      .executeTakeFirst();
    if (!plan) fail("ikke_funnet");
    const id = randomUUID();
    await trx
      .insertInto("boplan_kommentar")
      .values({
        id,
        boplan_id: plan.id,
        aktor_id: actor.id,
        aktor_navn: actor.navn,
        fra_leietaker: fraLeietaker,
        tekst,
      })
      .execute();
    const personer = await planPersoner(trx, husstandId);
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      personer.map((personId) => ({
        personId,
        kategori: "leieforhold" as const,
        handling: "opprett" as const,
        ressurs: `boplan:${husstandId}`,
      })),
    );
    return { kommentarId: id };
  });
}
