import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { husstandIEgenBydel, planPersoner } from "./boplan-queries.server";
import type {
  endreMaalSchema,
  fullforSchema,
  gjennomgattSchema,
  opprettSchema,
  stegSchema,
} from "./boplan-schemas";
import { idag, krev, type LeaseContext } from "./queries.server";

export type Boplanendring =
  | ({ type: "opprett" } & z.output<typeof opprettSchema>)
  | ({ type: "maal" } & z.output<typeof endreMaalSchema>)
  | ({ type: "steg" } & z.output<typeof stegSchema>)
  | ({ type: "fullfor" } & z.output<typeof fullforSchema>)
  | ({ type: "gjennomgatt" } & z.output<typeof gjennomgattSchema>);

/**
 * The caseworker or follow-up worker edits a household's boplan: makes it (one per household: a second
 * "make" returns the first), changes the goal and the review date, adds a step with owner and date, marks a step
 * done, or records a review (at renewal) with the next review date. Every edit but the first carries the plan's
 * row version: a stale save is refused (`konflikt`), never overwriting a colleague's. Audited per adult.
 */
export async function editBoplan(
  ctx: LeaseContext & { husstandId: string; endring: Boplanendring },
): Promise<{ versjon: number }> {
  const { db, actor } = ctx;
  krev(actor, "boplan.behandle");
  const e = ctx.endring;
  return db.transaction().execute(async (trx) => {
    await husstandIEgenBydel(trx, actor, ctx.husstandId);
    const plan = await trx
      .selectFrom("boplan")
      .select(["id", "versjon"])
      .where("husstand_id", "=", ctx.husstandId)
      .forUpdate()
      .executeTakeFirst();
    let handling: "opprett" | "endre" = "endre";
    let versjon: number;
    if (e.type === "opprett") {
      if (plan) return { versjon: plan.versjon };
      await trx
        .insertInto("boplan")
        .values({
          id: randomUUID(),
          husstand_id: ctx.husstandId,
          bydel_id: actor.bydelId ?? fail("ikke_funnet"),
          maal: e.maal,
          maal_beskrivelse: e.maalBeskrivelse,
          neste_gjennomgang: e.nesteGjennomgang,
          sist_gjennomgatt: null,
          endret_av_navn: actor.navn,
        })
        .onConflict((oc) => oc.column("husstand_id").doNothing())
        .execute();
      handling = "opprett";
      versjon = 1;
    } else {
      if (!plan) fail("ikke_funnet");
      if (plan.versjon !== e.versjon) fail("konflikt");
      versjon = plan.versjon + 1;
      const felles = { versjon, endret: new Date(), endret_av_navn: actor.navn };
      if (e.type === "maal") {
        await trx
          .updateTable("boplan")
          .set({
            ...felles,
            maal: e.maal,
            maal_beskrivelse: e.maalBeskrivelse,
            neste_gjennomgang: e.nesteGjennomgang,
          })
          .where("id", "=", plan.id)
          .execute();
      } else if (e.type === "gjennomgatt") {
        await trx
          .updateTable("boplan")
          .set({ ...felles, sist_gjennomgatt: idag(ctx.now), neste_gjennomgang: e.nesteGjennomgang })
          .where("id", "=", plan.id)
          .execute();
      } else {
        await trx.updateTable("boplan").set(felles).where("id", "=", plan.id).execute();
        if (e.type === "steg") {
          await trx
            .insertInto("boplan_steg")
            .values({
              id: randomUUID(),
              boplan_id: plan.id,
              beskrivelse: e.beskrivelse,
              ansvarlig: e.ansvarlig,
              frist: e.frist,
              fullfort: null,
            })
            .execute();
        } else {
          const r = await trx
            .updateTable("boplan_steg")
            .set({ fullfort: idag(ctx.now) })
            .where("id", "=", e.stegId)
            .where("boplan_id", "=", plan.id)
            .where("fullfort", "is", null)
            .executeTakeFirst();
          if (Number(r.numUpdatedRows) === 0) fail("konflikt");
        }
      }
    }
    const personer = await planPersoner(trx, ctx.husstandId);
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      personer.map((personId) => ({
        personId,
        kategori: "leieforhold" as const,
        handling,
        ressurs: `boplan:${ctx.husstandId}`,
      })),
    );
    return { versjon };
  });
}
