import { z } from "zod";
import { fail } from "../../lib/errors";
import { idag, type CaseContext, endreSak } from "./queries.server";
import { hentAapenKlage } from "./klage.server";
import { parseOrFail, tekstSchema } from "./schemas";

const schema = z.object({
  beslutning: z.enum(["behandles", "avvises"], { error: "Velg om klagen skal behandles" }),
  begrunnelse: tekstSchema("Begrunnelsen", 4000),
});

/**
 * Forvaltningsloven § 31: a late appeal is heard when the party cannot be blamed for the delay or there are
 * special reasons — never when more than a year has passed since the decision. `behandles` sends it on to
 * preparation (§ 33); `avvises` closes the appeal and the decision stands. The reason may reveal illness, so it
 * is stored in the appeal (special category) and not in the case log.
 */
export async function assessLateAppeal(
  ctx: CaseContext & {
    sakId: string;
    versjon: number;
    beslutning: "behandles" | "avvises";
    begrunnelse: string;
  },
) {
  const input = parseOrFail(schema, { beslutning: ctx.beslutning, begrunnelse: ctx.begrunnelse }, () =>
    fail("ugyldig"),
  );
  const today = idag(ctx.now);
  return endreSak(
    {
      ...ctx,
      permission: "sak.behandle",
      hendelse: input.beslutning === "behandles" ? "sen_klage_behandles" : "sen_klage_avvises",
    },
    async (trx, sak) => {
      const klage = await hentAapenKlage(trx, sak.id, ["registrert"]);
      if (input.beslutning === "behandles" && klage.ettarsgrense_passert) fail("ugyldig");
      await trx
        .updateTable("klage")
        .set({
          sen_klage_beslutning: input.beslutning,
          sen_klage_begrunnelse: input.begrunnelse,
          status: input.beslutning === "behandles" ? "under_forberedelse" : "avvist",
          ...(input.beslutning === "avvises" ? { avgjort: today, avgjort_av_id: ctx.actor.id } : {}),
        })
        .where("id", "=", klage.id)
        .execute();
      return {
        logg: { klageId: klage.id, beslutning: input.beslutning },
        audit: [
          {
            personId: sak.soker_person_id,
            kategori: "helse",
            handling: "endre",
            ressurs: `klage:${klage.id}`,
          },
        ],
        resultat: { klageId: klage.id },
      };
    },
  );
}
