import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fail } from "../../lib/errors";
import { endreSak, idag, type CaseContext } from "./queries.server";
import { datoSchema, parseOrFail, tekstSchema } from "./schemas";

const schema = z.object({
  beskrivelse: tekstSchema("Hva som skal dokumenteres", 2000),
  frist: datoSchema("Fristen"),
});

/**
 * Asks the applicant for documentation by a date: the case waits (venter_dokumentasjon) and a `dokumentasjon`
 * deadline is opened. The description may reveal special-category facts, so it stays out of the case log.
 */
export async function requestDocumentation(
  ctx: CaseContext & { sakId: string; versjon: number; beskrivelse: string; frist: string },
) {
  const input = parseOrFail(schema, { beskrivelse: ctx.beskrivelse, frist: ctx.frist }, () =>
    fail("ugyldig"),
  );
  const today = idag(ctx.now);
  if (input.frist <= today) fail("ugyldig");
  const kravId = randomUUID();
  return endreSak(
    {
      ...ctx,
      hendelse: "be_om_dokumentasjon",
      permission: "sak.behandle",
      loggnavn: "dokumentasjon_etterspurt",
    },
    async (trx, sak) => {
      await trx
        .insertInto("dokumentasjonskrav")
        .values({
          id: kravId,
          sak_id: sak.id,
          beskrivelse: input.beskrivelse,
          frist: input.frist,
          status: "etterspurt",
          etterspurt_av: ctx.actor.id,
          mottatt: null,
        })
        .execute();
      await trx
        .insertInto("frist")
        .values({
          id: randomUUID(),
          sak_id: sak.id,
          type: "dokumentasjon",
          start: today,
          forfall: input.frist,
          hjemmel: "forvaltningsloven § 17 (utredningsplikt)",
          status: "aktiv",
          oppfylt_ved: null,
          lukket: null,
        })
        .execute();
      return {
        logg: { kravId, frist: input.frist },
        audit: [
          {
            personId: sak.soker_person_id,
            kategori: "helse",
            handling: "opprett",
            ressurs: `dokumentasjonskrav:${kravId}`,
          },
        ],
        resultat: { kravId },
      };
    },
  );
}
