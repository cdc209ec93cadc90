import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { finnMote } from "./moter.server";
import { serSosialt, type SamarbeidContext } from "./scope.server";

/** Adds a point to a meeting's agenda (after the template's points). Only district roles may mark it social. */
export async function addDagsordenpunkt(
  ctx: SamarbeidContext & { moteId: string; tittel: string; sosialt: boolean },
): Promise<{ id: string }> {
  const mote = await finnMote(ctx.db, ctx, ctx.moteId);
  const id = randomUUID();
  await ctx.db
    .insertInto("dagsordenpunkt")
    .values((eb) => ({
      id,
      bydel_id: mote.bydel_id,
      mote_id: mote.id,
      nr: eb
        .selectFrom("dagsordenpunkt")
        .where("mote_id", "=", mote.id)
        .select(sql<number>`coalesce(max(nr), 0) + 1`.as("nr")),
      tittel: ctx.tittel,
      sosialt: ctx.sosialt && serSosialt(ctx.actor),
    }))
    .execute();
  return { id };
}

export type Skrivresultat = { ok: true } | { ok: false; konflikt: true };

/**
 * Writes the minutes and the decision of one agenda point. A stale version is refused (nothing overwritten).
 * A point marked social is invisible (404) to the property manager, and only district roles may change the mark.
 */
export async function writeReferat(
  ctx: SamarbeidContext & {
    dagsordenpunktId: string;
    versjon: number;
    referat: string | null;
    vedtak: string | null;
    sosialt: boolean;
  },
): Promise<Skrivresultat> {
  const sosialtTillatt = serSosialt(ctx.actor);
  const punkt = await ctx.db
    .selectFrom("dagsordenpunkt")
    .select(["id", "mote_id", "sosialt"])
    .where("id", "=", ctx.dagsordenpunktId)
    .$if(!sosialtTillatt, (qb) => qb.where("sosialt", "=", false))
    .executeTakeFirst();
  if (!punkt) fail("ikke_funnet");
  await finnMote(ctx.db, ctx, punkt.mote_id);
  const oppdatert = await ctx.db
    .updateTable("dagsordenpunkt")
    .set((eb) => ({
      referat: ctx.referat,
      vedtak: ctx.vedtak,
      sosialt: sosialtTillatt ? ctx.sosialt : punkt.sosialt,
      versjon: eb("versjon", "+", 1),
    }))
    .where("id", "=", punkt.id)
    .where("versjon", "=", ctx.versjon)
    .executeTakeFirst();
  if (Number(oppdatert.numUpdatedRows) === 0) return { ok: false, konflikt: true };
  if (sosialtTillatt && ctx.sosialt) {
    await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
      {
        personId: null,
        kategori: "oppfolgingsbehov",
        handling: "endre",
        ressurs: `dagsordenpunkt:${punkt.id}`,
      },
    ]);
  }
  return { ok: true };
}

/** Marks a meeting as held or cancelled (stale version refused). */
export async function setMotestatus(
  ctx: SamarbeidContext & { moteId: string; versjon: number; status: "holdt" | "avlyst" },
): Promise<Skrivresultat> {
  const mote = await finnMote(ctx.db, ctx, ctx.moteId);
  const r = await ctx.db
    .updateTable("mote")
    .set((eb) => ({ status: ctx.status, versjon: eb("versjon", "+", 1) }))
    .where("id", "=", mote.id)
    .where("versjon", "=", ctx.versjon)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 0 ? { ok: false, konflikt: true } : { ok: true };
}
