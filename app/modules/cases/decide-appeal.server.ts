import { z } from "zod";
import type { Klageutfall } from "../../db/schema";
import { fail } from "../../lib/errors";
import { endreSak, idag, type CaseContext } from "./queries.server";
import { hentAapenKlage } from "./klage.server";
import { datoSchema, parseOrFail, tekstSchema } from "./schemas";

const schema = z.object({
  utfall: z.enum(["stadfestet", "omgjort", "opphevet"], { error: "Velg utfallet" }),
  begrunnelse: tekstSchema("Begrunnelsen", 10_000),
  avgjort: datoSchema("Datoen klagen ble avgjort").optional(),
});

/**
 * The appeal body's outcome: stadfestet (the decision stands; the case ends), omgjort (changed; the case ends
 * and the district carries the new result out) or opphevet og sendt tilbake (the case goes back to
 * under_behandling for a new decision). The klagenemnd records its own outcomes and sees only cases forwarded
 * to it; Statsforvalteren has no user here, so the district's caseworker records its decision.
 */
export async function decideAppeal(
  ctx: CaseContext & {
    sakId: string;
    versjon: number;
    utfall: Klageutfall;
    begrunnelse: string;
    avgjort?: string;
  },
) {
  const input = parseOrFail(
    schema,
    { utfall: ctx.utfall, begrunnelse: ctx.begrunnelse, ...(ctx.avgjort ? { avgjort: ctx.avgjort } : {}) },
    () => fail("ugyldig"),
  );
  const today = idag(ctx.now);
  const avgjort = input.avgjort ?? today;
  if (avgjort > today) fail("ugyldig");
  const instans = ctx.actor.rolle === "klagenemnd" ? "klagenemnd" : "statsforvalteren";
  return endreSak(
    {
      ...ctx,
      permission: ctx.actor.rolle === "klagenemnd" ? "klage.avgjore" : "sak.behandle",
      hendelse: `klage_${input.utfall}`,
      loggnavn: "klage_avgjort",
    },
    async (trx, sak) => {
      const klage = await hentAapenKlage(trx, sak.id, ["oversendt"]);
      // Each body records only its own appeals: the board never Statsforvalteren's, the district never the board's.
      if (klage.klageinstans !== instans) fail("ikke_funnet");
      await trx
        .updateTable("klage")
        .set({
          status: "avgjort",
          utfall: input.utfall,
          utfall_begrunnelse: input.begrunnelse,
          avgjort,
          avgjort_av_id: ctx.actor.id,
        })
        .where("id", "=", klage.id)
        .execute();
      if (input.utfall === "opphevet") {
        // Quashed: a waiting-list place from the quashed decision lapses until the new decision.
        await trx
          .updateTable("venteliste")
          .set({ status: "fjernet" })
          .where("sak_id", "=", sak.id)
          .where("status", "=", "aktiv")
          .execute();
      }
      return {
        logg: { klageId: klage.id, klageinstans: instans, utfall: input.utfall, avgjort },
        audit: [
          {
            personId: sak.soker_person_id,
            kategori: "helse",
            handling: "endre",
            ressurs: `klage:${klage.id}`,
          },
        ],
        resultat: { klageId: klage.id, utfall: input.utfall },
      };
    },
  );
}
