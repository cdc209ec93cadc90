import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fail } from "../../lib/errors";
import { STANDARD_FRISTER } from "../../lib/frister";
import { endreSak, idag, type CaseContext } from "./queries.server";
import { datoSchema, parseOrFail, tekstSchema } from "./schemas";

const schema = z.object({
  grunn: tekstSchema("Hvorfor saken tar tid", 2000),
  forventetVedtak: datoSchema("Forventet dato"),
});

/**
 * Forvaltningsloven § 11 a: a preliminary reply with the reason and when a decision can be expected. Marks the
 * active `forelopig_svar` deadline as met (`oppfylt_ved: "forelopig_svar"`) and opens a `forventet_vedtak`
 * deadline on the promised date, so the work queue keeps the promise in sight.
 */
export async function sendPreliminaryReply(
  ctx: CaseContext & { sakId: string; versjon: number; grunn: string; forventetVedtak: string },
) {
  const input = parseOrFail(schema, { grunn: ctx.grunn, forventetVedtak: ctx.forventetVedtak }, () =>
    fail("ugyldig"),
  );
  const today = idag(ctx.now);
  if (input.forventetVedtak <= today) fail("ugyldig");
  const svarId = randomUUID();
  return endreSak(
    { ...ctx, hendelse: "forelopig_svar", permission: "sak.behandle", loggnavn: "forelopig_svar_sendt" },
    async (trx, sak) => {
      await trx
        .insertInto("forelopig_svar")
        .values({
          id: svarId,
          sak_id: sak.id,
          grunn: input.grunn,
          forventet_vedtak: input.forventetVedtak,
          sendt: ctx.now?.() ?? new Date(),
          sendt_av_id: ctx.actor.id,
          sendt_av_navn: ctx.actor.navn,
        })
        .execute();
      await trx
        .updateTable("frist")
        .set({ status: "oppfylt", oppfylt_ved: "forelopig_svar", lukket: today })
        .where("sak_id", "=", sak.id)
        .where("type", "in", ["forelopig_svar", "forventet_vedtak"])
        .where("status", "=", "aktiv")
        .execute();
      await trx
        .insertInto("frist")
        .values({
          id: randomUUID(),
          sak_id: sak.id,
          type: "forventet_vedtak",
          start: today,
          forfall: input.forventetVedtak,
          hjemmel: STANDARD_FRISTER.forelopig_svar.hjemmel,
          status: "aktiv",
          oppfylt_ved: null,
          lukket: null,
        })
        .execute();
      return { logg: { svarId, forventetVedtak: input.forventetVedtak }, resultat: { svarId } };
    },
  );
}
