import { fail } from "../../lib/errors";
import { isInTime } from "../../lib/frister";
import { endreSak, idag, type CaseContext } from "./queries.server";

/**
 * Closes a decided case once the klagefrist of its latest decision has run out without an appeal (the day
 * after the due day at the earliest, forvaltningsloven § 30). The open `klagefrist` deadline becomes `utlopt`.
 * A decision whose receipt is not recorded has no running deadline yet and cannot be closed.
 */
export async function closeCase(ctx: CaseContext & { sakId: string; versjon: number }) {
  const today = idag(ctx.now);
  return endreSak(
    { ...ctx, hendelse: "avslutt", permission: "sak.behandle", loggnavn: "sak_avsluttet" },
    async (trx, sak) => {
      const vedtak = await trx
        .selectFrom("vedtak")
        .select(["id", "klagefrist"])
        .where("sak_id", "=", sak.id)
        .orderBy("opprettet", "desc")
        .orderBy("id")
        .limit(1)
        .executeTakeFirst();
      if (!vedtak?.klagefrist || isInTime(today, vedtak.klagefrist)) fail("konflikt");
      await trx
        .updateTable("frist")
        .set({ status: "utlopt", lukket: today })
        .where("sak_id", "=", sak.id)
        .where("type", "=", "klagefrist")
        .where("status", "=", "aktiv")
        .execute();
      return {
        logg: { vedtakId: vedtak.id, klagefrist: vedtak.klagefrist },
        resultat: { vedtakId: vedtak.id },
      };
    },
  );
}
