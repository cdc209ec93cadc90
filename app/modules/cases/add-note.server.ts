import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fail } from "../../lib/errors";
import { endreSak, type CaseContext } from "./queries.server";
import { parseOrFail, tekstSchema } from "./schemas";

/**
 * A kartlegging note (special category: health, substance use, child welfare). The case log records that a
 * note was written and its id, never its text; the audit row names the category `helse`.
 */
export async function addNote(ctx: CaseContext & { sakId: string; versjon: number; tekst: string }) {
  const tekst = parseOrFail(z.object({ tekst: tekstSchema("Notatet", 10_000) }), { tekst: ctx.tekst }, () =>
    fail("ugyldig"),
  ).tekst;
  const notatId = randomUUID();
  return endreSak(
    { ...ctx, hendelse: "notat", permission: "sak.behandle", loggnavn: "notat_skrevet" },
    async (trx, sak) => {
      await trx
        .insertInto("notat")
        .values({
          id: notatId,
          sak_id: sak.id,
          tekst,
          skrevet_av_id: ctx.actor.id,
          skrevet_av_navn: ctx.actor.navn,
        })
        .execute();
      return {
        logg: { notatId },
        audit: [
          {
            personId: sak.soker_person_id,
            kategori: "helse",
            handling: "opprett",
            ressurs: `notat:${notatId}`,
          },
        ],
        resultat: { notatId },
      };
    },
  );
}
