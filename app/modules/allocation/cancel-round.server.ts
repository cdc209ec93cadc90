import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { loggHendelse } from "../cases/queries.server";
import { hentRunde, iTransaksjon, krevBydel, type TildelingContext } from "./queries.server";
import { avlysSchema } from "./schemas";

/** What a cancellation did: offers withdrawn, allocations without an offer undone (units free again). */
export type Avlysning = { trukketTilbud: number; opphevedeTildelinger: number };

/**
 * Cancels an allocation round with a reason (docs/domain/tildeling.md, «Avlyse en runde»).
 * - Open round (no meeting yet): its units are free for a new round at once.
 * - Round with a meeting: every offer not yet answered is withdrawn (`trukket`) and every allocation without an
 *   offer is undone; their units go back to `ledig`; the applicants stay on the waiting list and get a case-log
 *   entry (`tilbud_trukket` / `tildeling_trukket`). Answered offers (a lease made, or a refusal) stand.
 * Nothing is deleted: the round, meeting, allocations and offers stay with their history. Stale version →
 * "konflikt"; the same cancellation again (a double click) returns the first result.
 */
export async function cancelRound(
  ctx: TildelingContext & { rundeId: string; versjon: number; input: unknown },
): Promise<Avlysning> {
  const bydelId = krevBydel(ctx.actor, "tildeling.behandle");
  const parsed = avlysSchema.safeParse(ctx.input);
  if (!parsed.success) fail("ugyldig");
  const { grunn } = parsed.data;
  return iTransaksjon(ctx.db, async (trx: Db) => {
    await hentRunde(trx, bydelId, ctx.rundeId);
    const runde = await trx
      .selectFrom("tildelingsrunde")
      .selectAll()
      .where("id", "=", ctx.rundeId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (runde.status === "avlyst") {
      if (runde.avlyst_grunn === grunn) return { trukketTilbud: 0, opphevedeTildelinger: 0 };
      fail("konflikt");
    }
    if (runde.versjon !== ctx.versjon) fail("konflikt");

    const tildelinger = await trx
      .selectFrom("tildeling as td")
      .innerJoin("sak as s", "s.id", "td.sak_id")
      .leftJoin("tilbud as t", "t.tildeling_id", "td.id")
      .select(["td.id", "td.sak_id", "td.bolig_id", "s.soker_person_id", "t.id as tilbud_id", "t.status"])
      .select("t.versjon as tilbud_versjon")
      .where("td.runde_id", "=", runde.id)
      .forUpdate("td")
      .execute();
    const audit: AuditEntry[] = [];
    let trukketTilbud = 0;
    let opphevedeTildelinger = 0;
    for (const td of tildelinger) {
      if (!td.sak_id) continue;
      if (td.tilbud_id && td.status !== "sendt") continue; // answered: the lease or the refusal stands
      if (td.tilbud_id) {
        const trukket = await trx
          .updateTable("tilbud")
          .set({ status: "trukket", versjon: (td.tilbud_versjon ?? 1) + 1 })
          .where("id", "=", td.tilbud_id)
          .where("status", "=", "sendt")
          .where("versjon", "=", td.tilbud_versjon ?? 1)
          .executeTakeFirst();
        // Answered or changed by the applicant at the same moment: refuse, nothing written.
        if (Number(trukket.numUpdatedRows) !== 1) fail("konflikt");
        await loggHendelse(trx, ctx.actor, td.sak_id, "tilbud_trukket", {
          tilbudId: td.tilbud_id,
          boligId: td.bolig_id,
          merknad:
            "Tildelingsrunden er avlyst. Tilbudet er trukket tilbake, og søkeren står fortsatt på ventelisten.",
        });
        audit.push({
          personId: td.soker_person_id,
          kategori: "leieforhold",
          handling: "endre",
          ressurs: `tilbud:${td.tilbud_id}`,
        });
        trukketTilbud += 1;
      } else {
        await loggHendelse(trx, ctx.actor, td.sak_id, "tildeling_trukket", {
          tildelingId: td.id,
          boligId: td.bolig_id,
          merknad:
            "Tildelingsrunden er avlyst. Boligen er ikke lenger holdt av, og søkeren står fortsatt på ventelisten.",
        });
        opphevedeTildelinger += 1;
      }
      audit.push({
        personId: td.soker_person_id,
        kategori: "sak",
        handling: "endre",
        ressurs: `sak:${td.sak_id}`,
      });
      await trx
        .updateTable("bolig")
        .set({ status: "ledig" })
        .where("id", "=", td.bolig_id)
        .where("status", "=", "reservert")
        .execute();
    }
    await trx
      .updateTable("tildelingsrunde")
      .set({
        status: "avlyst",
        avlyst_grunn: grunn,
        avlyst_av_id: ctx.actor.id,
        avlyst_av_navn: ctx.actor.navn,
        avlyst: ctx.now?.() ?? new Date(),
        versjon: runde.versjon + 1,
      })
      .where("id", "=", runde.id)
      .execute();
    if (audit.length > 0) await recordAccess(trx, ctx.actor, ctx.requestId, audit);
    return { trukketTilbud, opphevedeTildelinger };
  });
}
