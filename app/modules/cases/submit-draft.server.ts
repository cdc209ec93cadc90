import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { idag, iTransaksjon, krevTilgang, type CaseContext } from "./queries.server";
import { sjekkForInnsending, type Feil, type HelseSvar, type SoknadSvar } from "./soknad-form";
import { submitApplication, type SubmitResult } from "./submit-application.server";
import { hentEgetUtkast, utkastAudit } from "./utkast.server";

/**
 * Sends the resident's draft: saves the answers as typed, checks every field (errors come back per field,
 * with the answers saved), then — in the same transaction — submitApplication with the draft's idempotency
 * key, marks the draft sent and moves its attachments to the case. Sending twice (a double click, a resent
 * form, or a second tab) gives the same case. A stale version is refused ("konflikt") unless the draft was
 * already sent, in which case its case is returned.
 */
export async function submitDraft(
  ctx: CaseContext & {
    utkastId: string;
    versjon: number;
    idempotensnokkel: string;
    svar: SoknadSvar;
    helse: HelseSvar;
    allowSyntheticIdentities: boolean;
  },
): Promise<({ ok: true } & SubmitResult) | { ok: false; feil: Feil; versjon: number }> {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  return iTransaksjon(ctx.db, async (trx) => {
    const utkast = await hentEgetUtkast(trx, actor, ctx.utkastId, { forUpdate: true });
    if (utkast.status === "sendt" && utkast.sak_id) {
      const sak = await trx
        .selectFrom("sak")
        .select(["id", "saksnummer", "versjon"])
        .where("id", "=", utkast.sak_id)
        .executeTakeFirstOrThrow();
      return {
        ok: true as const,
        sakId: sak.id,
        saksnummer: sak.saksnummer,
        versjon: sak.versjon,
        duplikat: true,
      };
    }
    if (utkast.versjon !== ctx.versjon) fail("konflikt");
    const sjekk = sjekkForInnsending(ctx.svar, ctx.helse, "beboer", {
      today: idag(ctx.now),
      allowSynthetic: ctx.allowSyntheticIdentities,
    });
    const naa = ctx.now?.() ?? new Date();
    if (!sjekk.ok) {
      const lagret = await trx
        .updateTable("soknadsutkast")
        .set({
          svar: JSON.stringify(ctx.svar),
          helse_funksjon:
            ctx.helse.behov.length || ctx.helse.beskrivelse.trim() ? JSON.stringify(ctx.helse) : null,
          versjon: utkast.versjon + 1,
          endret: naa,
        })
        .where("id", "=", utkast.id)
        .returning("versjon")
        .executeTakeFirstOrThrow();
      await recordAccess(trx, actor, ctx.requestId, utkastAudit(actor, utkast.id, "endre", ctx.helse));
      return { ok: false as const, feil: sjekk.feil, versjon: lagret.versjon };
    }
    const resultat = await submitApplication({
      db: trx,
      actor,
      requestId: ctx.requestId,
      now: ctx.now,
      input: { ...sjekk.input, idempotensnokkel: ctx.idempotensnokkel },
      allowSyntheticIdentities: ctx.allowSyntheticIdentities,
    });
    await trx
      .updateTable("soknadsutkast")
      .set({
        svar: JSON.stringify(ctx.svar),
        helse_funksjon: null,
        status: "sendt",
        sak_id: resultat.sakId,
        versjon: utkast.versjon + 1,
        endret: naa,
      })
      .where("id", "=", utkast.id)
      .execute();
    await trx
      .updateTable("vedlegg")
      .set({ sak_id: resultat.sakId })
      .where("utkast_id", "=", utkast.id)
      .where("eier_aktor_id", "=", actor.id)
      .execute();
    return { ok: true as const, ...resultat };
  });
}
