import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { avslutningSchema } from "./schemas";
import { boligScope, idag, krev, type LeaseContext } from "./queries.server";
import type { z } from "zod";

/**
 * Move-out and end of lease: the caseworker of the district or the property manager records the move-out date
 * and reason; the lease is closed (status `avsluttet`, avsluttet_dato = the move-out date) and the unit becomes
 * `ledig` or `under_oppussing`. Only an active lease, and only a move-out that has happened (not after today,
 * not before the lease started). Recorded once (a second submit, e.g. a double click, is refused as a conflict
 * and the page shows the recorded end). Audited per party of the lease.
 */
export async function endLease(
  ctx: LeaseContext & { leiekontraktId: string; input: z.output<typeof avslutningSchema> },
): Promise<void> {
  const { db, actor, input } = ctx;
  krev(actor, "leiekontrakt.avslutte");
  await db.transaction().execute(async (trx) => {
    const lk = await trx
      .selectFrom("leiekontrakt as lk")
      .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
      .select(["lk.id", "lk.status", "lk.startdato", "lk.bolig_id", "lk.husstand_id"])
      .where("lk.id", "=", ctx.leiekontraktId)
      .where(boligScope(actor))
      .forUpdate()
      .executeTakeFirst();
    if (!lk) fail("ikke_funnet");
    if (lk.status !== "aktiv") fail("konflikt");
    if (input.utflyttet > idag(ctx.now) || input.utflyttet < lk.startdato) fail("ugyldig");
    await trx
      .insertInto("leiekontrakt_avslutning")
      .values({
        leiekontrakt_id: lk.id,
        utflyttet: input.utflyttet,
        grunn: input.grunn,
        bolig_status_etter: input.boligStatus,
        merknad: input.merknad,
        registrert_av_id: actor.id,
        registrert_av_navn: actor.navn,
      })
      .execute();
    await trx
      .updateTable("leiekontrakt")
      .set({ status: "avsluttet", avsluttet_dato: input.utflyttet })
      .where("id", "=", lk.id)
      .execute();
    await trx.updateTable("bolig").set({ status: input.boligStatus }).where("id", "=", lk.bolig_id).execute();
    const parter = await trx
      .selectFrom("husstand_medlem")
      .select("person_id")
      .where("husstand_id", "=", lk.husstand_id)
      .where("rolle", "in", ["hovedperson", "medsoker"])
      .execute();
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      parter.map((p) => ({
        personId: p.person_id,
        kategori: "leieforhold" as const,
        handling: "endre" as const,
        ressurs: `leiekontrakt:${lk.id}`,
      })),
    );
  });
}
