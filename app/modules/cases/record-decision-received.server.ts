import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { computeDeadline } from "../../lib/frister";
import { mottattDato, type Mottak, type SaksPolicy } from "./policy";
import { endreSak, idag, type CaseContext } from "./queries.server";

/**
 * Records the day the decision reached the party ("mottatt") by the documented rule (`mottattDato` in
 * policy.ts, docs/domain/saksgang.md) and computes the klagefrist with the deadline engine (3 weeks,
 * forvaltningsloven § 29, moved past weekends and holidays). Opens the `klagefrist` deadline.
 */
export async function recordDecisionReceived(
  ctx: CaseContext & {
    sakId: string;
    versjon: number;
    vedtakId: string;
    mottak: Mottak;
    policy?: SaksPolicy;
  },
) {
  const today = idag(ctx.now);
  return endreSak(
    { ...ctx, hendelse: "vedtak_mottatt", permission: "sak.behandle", loggnavn: "vedtak_mottatt" },
    async (trx, sak) => {
      const vedtak = await trx
        .selectFrom("vedtak")
        .select(["id", "sendt", "sendemaate", "mottatt"])
        .where("id", "=", ctx.vedtakId)
        .where("sak_id", "=", sak.id)
        .executeTakeFirst();
      if (!vedtak) fail("ikke_funnet");
      if (vedtak.mottatt !== null) fail("konflikt");
      const mottatt = mottattDato(vedtak, ctx.mottak, today, ctx.policy);
      if (!mottatt) fail("ugyldig");
      const frist = computeDeadline("klagefrist", mottatt.dato);
      await trx
        .updateTable("vedtak")
        .set({
          mottatt: mottatt.dato,
          mottatt_regel: mottatt.regel,
          apnet: ctx.mottak.maate === "apnet_digitalt" ? ctx.mottak.apnet : null,
          klagefrist: frist.due,
        })
        .where("id", "=", vedtak.id)
        .execute();
      await trx
        .insertInto("frist")
        .values({
          id: randomUUID(),
          sak_id: sak.id,
          type: "klagefrist",
          start: frist.start,
          forfall: frist.due,
          hjemmel: frist.basis,
          status: "aktiv",
          oppfylt_ved: null,
          lukket: null,
        })
        .execute();
      return {
        logg: { vedtakId: vedtak.id, mottatt: mottatt.dato, regel: mottatt.regel, klagefrist: frist.due },
        resultat: {
          mottatt: mottatt.dato,
          regel: mottatt.regel,
          klagefrist: frist.due,
          forklaring: frist.forklaring,
        },
      };
    },
  );
}
