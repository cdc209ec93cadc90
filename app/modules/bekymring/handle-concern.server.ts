import { randomUUID } from "node:crypto";
import type { Db } from "../../db/connection.server";
import type { BekymringTable } from "../../db/schema";
import type { Selectable } from "kysely";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import {
  bekymringScope,
  idag,
  iTransaksjon,
  krevBehandler,
  nesteLopenummer,
  type StaffContext,
} from "./queries.server";
import { avsluttSchema, meldingSchema } from "./schemas";

type Endring = StaffContext & { bekymringId: string; versjon: number };

/** The concern in scope, locked; "not found" outside it, "konflikt" when the row version is stale. */
async function hentForEndring(trx: Db, ctx: Endring): Promise<Selectable<BekymringTable>> {
  const rad = await trx
    .selectFrom("bekymring")
    .selectAll()
    .where("id", "=", ctx.bekymringId)
    .where(bekymringScope(ctx.actor))
    .forUpdate()
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  if (rad.versjon !== ctx.versjon) fail("konflikt");
  return rad;
}

async function skrevet(trx: Db, ctx: Endring) {
  await recordAccess(trx, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "bekymring", handling: "endre", ressurs: `bekymring:${ctx.bekymringId}` },
  ]);
}

/** Acknowledge receipt (the 7-day deadline is met). A concern already acknowledged is left as it is. */
export async function acknowledgeConcern(ctx: Endring) {
  krevBehandler(ctx.actor);
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, ctx);
    if (rad.status !== "mottatt") fail("konflikt");
    await trx
      .updateTable("bekymring")
      .set({ status: "kvittert", kvittert: idag(ctx.now), versjon: rad.versjon + 1 })
      .where("id", "=", rad.id)
      .execute();
    await skrevet(trx, ctx);
  });
}

/** A reply the reporter reads with the code. Replying also acknowledges receipt. */
export async function replyToReporter(ctx: Endring & { tekst: string }) {
  krevBehandler(ctx.actor);
  const tekst = meldingSchema.safeParse(ctx.tekst);
  if (!tekst.success) fail("ugyldig");
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, ctx);
    if (rad.status === "avsluttet") fail("konflikt");
    const dag = idag(ctx.now);
    await trx
      .insertInto("bekymring_melding")
      .values({
        id: randomUUID(),
        bekymring_id: rad.id,
        lopenummer: await nesteLopenummer(trx, rad.id),
        fra: "bydel",
        tekst: tekst.data,
        dato: dag,
      })
      .execute();
    await trx
      .updateTable("bekymring")
      .set({ status: "kvittert", kvittert: rad.kvittert ?? dag, versjon: rad.versjon + 1 })
      .where("id", "=", rad.id)
      .execute();
    await skrevet(trx, ctx);
  });
}

/**
 * Close with what the concern became: an HMS follow-up for the building, a referral to another service, or
 * no measure. The summary is written anew by the coordinator — it is what travels on, never the reporter's
 * own words or anything about them. Closing also acknowledges receipt.
 */
export async function closeConcern(
  ctx: Endring & { utfall: string; oppsummering: string; henvistTil: string },
) {
  krevBehandler(ctx.actor);
  const skjema = avsluttSchema.safeParse(ctx);
  if (!skjema.success) fail("ugyldig");
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await hentForEndring(trx, ctx);
    if (rad.status === "avsluttet") fail("konflikt");
    const dag = idag(ctx.now);
    await trx
      .updateTable("bekymring")
      .set({
        status: "avsluttet",
        kvittert: rad.kvittert ?? dag,
        utfall: skjema.data.utfall,
        utfall_oppsummering: skjema.data.oppsummering,
        henvist_til: skjema.data.utfall === "henvisning" ? skjema.data.henvistTil : null,
        avsluttet: dag,
        versjon: rad.versjon + 1,
      })
      .where("id", "=", rad.id)
      .execute();
    await skrevet(trx, ctx);
  });
}

/**
 * Closes an open concern of `bydelId` because something was made from it in the caller's transaction — a
 * neighbour complaint or an HMS campaign — with that as the outcome and `oppsummering` (the coordinator's words,
 * never the reporter's) as the summary. A concern that is closed or not the district's is «konflikt»: the
 * page was stale, and the caller's transaction is rolled back. The caller records the audit entry.
 */
export async function avsluttBekymringTil(
  trx: Db,
  ny: {
    bekymringId: string;
    bydelId: string;
    utfall: "naboklage" | "hms_oppfolging";
    oppsummering: string;
    dag: string;
  },
): Promise<void> {
  const bekymring = await trx
    .selectFrom("bekymring")
    .select(["id", "kvittert", "versjon"])
    .where("id", "=", ny.bekymringId)
    .where("bydel_id", "=", ny.bydelId)
    .where("status", "!=", "avsluttet")
    .forUpdate()
    .executeTakeFirst();
  if (!bekymring) fail("konflikt");
  await trx
    .updateTable("bekymring")
    .set({
      status: "avsluttet",
      kvittert: bekymring.kvittert ?? ny.dag,
      utfall: ny.utfall,
      utfall_oppsummering: ny.oppsummering,
      avsluttet: ny.dag,
      versjon: bekymring.versjon + 1,
    })
    .where("id", "=", bekymring.id)
    .execute();
}
