import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { Db } from "../../db/connection.server";
import type { NaboklageTable } from "../../db/schema";
import { fail } from "../../lib/errors";
import { todayInOslo } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { hovedpersoner, naboklageScope, sideFor, type NaboklageContext } from "./queries.server";
import { avsluttNaboklageSchema, STEG_FOR_SIDE, stegSchema } from "./schemas";

type Endring = NaboklageContext & { naboklageId: string; versjon: number };

async function hentForEndring(trx: Db, ctx: Endring): Promise<Selectable<NaboklageTable>> {
  const rad = await trx
    .selectFrom("naboklage")
    .selectAll()
    .where("id", "=", ctx.naboklageId)
    .where(naboklageScope(ctx.actor))
    .forUpdate()
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  if (rad.versjon !== ctx.versjon || rad.status !== "apen") fail("konflikt");
  return rad;
}

async function audit(trx: Db, ctx: Endring, rad: Selectable<NaboklageTable>) {
  const personer = await hovedpersoner(trx, [rad.innklaget_husstand_id]);
  await recordAccess(
    trx,
    ctx.actor,
    ctx.requestId,
    (personer.length ? personer : [null]).map((personId) => ({
      personId,
      kategori: "naboklage" as const,
      handling: "endre" as const,
      ressurs: `naboklage:${rad.id}`,
    })),
  );
}

/** A step on the actor's own side: the district records talks and mediation, Boligbygg warnings and breach. */
export async function addStep(ctx: Endring & { type: string; notat: string }) {
  const side = sideFor(ctx.actor);
  const parsed = stegSchema.safeParse(ctx);
  if (!parsed.success) fail("ugyldig");
  if (!(STEG_FOR_SIDE[side] as readonly string[]).includes(parsed.data.type)) fail("ugyldig");
  return ctx.db.transaction().execute(async (trx) => {
    const rad = await hentForEndring(trx, ctx);
    const { maks } = await trx
      .selectFrom("naboklage_steg")
      .select((eb) => eb.fn.max("lopenummer").as("maks"))
      .where("naboklage_id", "=", rad.id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("naboklage_steg")
      .values({
        id: randomUUID(),
        naboklage_id: rad.id,
        lopenummer: Number(maks ?? 0) + 1,
        type: parsed.data.type,
        side,
        dato: todayInOslo(ctx.now),
        notat: parsed.data.notat,
        registrert_av_id: ctx.actor.id,
        registrert_av_navn: ctx.actor.navn,
      })
      .execute();
    await trx
      .updateTable("naboklage")
      .set({ versjon: rad.versjon + 1 })
      .where("id", "=", rad.id)
      .execute();
    await audit(trx, ctx, rad);
  });
}

/** The district closes the complaint with its outcome. */
export async function closeComplaint(ctx: Endring & { utfall: string }) {
  if (sideFor(ctx.actor) !== "bydel") fail("ikke_tilgang");
  const parsed = avsluttNaboklageSchema.safeParse(ctx);
  if (!parsed.success) fail("ugyldig");
  return ctx.db.transaction().execute(async (trx) => {
    const rad = await hentForEndring(trx, ctx);
    await trx
      .updateTable("naboklage")
      .set({
        status: "avsluttet",
        utfall: parsed.data.utfall,
        avsluttet: todayInOslo(ctx.now),
        versjon: rad.versjon + 1,
      })
      .where("id", "=", rad.id)
      .execute();
    await audit(trx, ctx, rad);
  });
}
