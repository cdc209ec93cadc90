import { z } from "zod";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { iTransaksjon, krevTilgang, type CaseContext } from "./queries.server";
import { tomtSvar, UTKAST_SKJEMAVERSJON } from "./soknad-form";

/**
 * Starts a new, empty application draft for the signed-in resident. The id comes from the start form's hidden
 * field, so it doubles as the idempotency key: a double click (or a resent form) gives the same draft. An id
 * that already belongs to someone else is "not found".
 */
export async function startDraft(ctx: CaseContext & { utkastId: string }): Promise<{ utkastId: string }> {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  const utkastId = z.uuid().safeParse(ctx.utkastId).success ? ctx.utkastId.toLowerCase() : fail("ugyldig");
  return iTransaksjon(ctx.db, async (trx) => {
    const ny = await trx
      .insertInto("soknadsutkast")
      .values({
        id: utkastId,
        eier_aktor_id: actor.id,
        eier_person_id: actor.personId,
        skjemaversjon: UTKAST_SKJEMAVERSJON,
        svar: JSON.stringify(tomtSvar("beboer")),
        helse_funksjon: null,
        status: "utkast",
        sak_id: null,
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!ny) {
      const finnes = await trx
        .selectFrom("soknadsutkast")
        .select("id")
        .where("id", "=", utkastId)
        .where("eier_aktor_id", "=", actor.id)
        .executeTakeFirst();
      if (!finnes) fail("ikke_funnet");
      return { utkastId };
    }
    await recordAccess(trx, actor, ctx.requestId, [
      {
        personId: actor.personId,
        kategori: "sak",
        handling: "opprett",
        ressurs: `soknadsutkast:${utkastId}`,
      },
    ]);
    return { utkastId };
  });
}
