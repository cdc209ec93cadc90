import { randomUUID } from "node:crypto";
import { requirePermission } from "../../auth/policy.server";
import type { BydelTiltakStatus, TiltakAnsvarlig } from "../../db/schema";
import { fail, notFound } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { BomiljoContext } from "./context";
import { oslostandardTiltak } from "./oslostandard";
import { bydelTiltakSchema, type BydelTiltakInput } from "./schemas";
import { planBydel } from "./scope.server";

export type SaveResult = { ok: true; versjon: number } | { ok: false; feil: Record<string, string> };

/**
 * Saves one row of the actor's district plan (the checklist's columns and a status). `versjon` is the version
 * the form was loaded with (0 for a row never saved): a stale save is refused with `konflikt` (409), never
 * overwriting a colleague. Every saved version is kept in bydel_tiltak_historikk.
 */
export async function saveBydelTiltak(
  ctx: BomiljoContext & { nummer: number; versjon: number; input: BydelTiltakInput },
): Promise<SaveResult> {
  requirePermission(ctx.actor, "bomiljoplan.endre");
  const bydelId = planBydel(ctx.actor);
  if (!oslostandardTiltak(ctx.nummer)) notFound();
  const parsed = bydelTiltakSchema.safeParse(ctx.input);
  if (!parsed.success) {
    const feil: Record<string, string> = {};
    for (const issue of parsed.error.issues) feil[String(issue.path[0] ?? "skjema")] ??= issue.message;
    return { ok: false, feil };
  }
  const v = parsed.data;
  const verdier = {
    ansvarlig: v.ansvarlig as TiltakAnsvarlig,
    ansvarlig_person: v.ansvarligPerson,
    hva_skal_utfores: v.hvaSkalUtfores,
    tidsfrist: v.fristType === "dato" ? v.frist : null,
    pagaende: v.fristType === "pagaende",
    status: v.status as BydelTiltakStatus,
  };
  const endret = new Date();
  const nyVersjon = ctx.versjon + 1;
  const id = await ctx.db.transaction().execute(async (trx) => {
    let radId: string | undefined;
    if (ctx.versjon === 0) {
      const rad = await trx
        .insertInto("bydel_tiltak")
        .values({
          id: randomUUID(),
          bydel_id: bydelId,
          tiltak_nummer: ctx.nummer,
          ...verdier,
          versjon: 1,
          endret,
          endret_av_id: ctx.actor.id,
          endret_av_navn: ctx.actor.navn,
        })
        .onConflict((oc) => oc.columns(["bydel_id", "tiltak_nummer"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      radId = rad?.id;
    } else {
      const rad = await trx
        .updateTable("bydel_tiltak")
        .set({
          ...verdier,
          versjon: nyVersjon,
          endret,
          endret_av_id: ctx.actor.id,
          endret_av_navn: ctx.actor.navn,
        })
        .where("bydel_id", "=", bydelId)
        .where("tiltak_nummer", "=", ctx.nummer)
        .where("versjon", "=", ctx.versjon)
        .returning("id")
        .executeTakeFirst();
      radId = rad?.id;
    }
    if (!radId) fail("konflikt");
    await trx
      .insertInto("bydel_tiltak_historikk")
      .values({
        id: randomUUID(),
        bydel_tiltak_id: radId,
        bydel_id: bydelId,
        versjon: nyVersjon,
        ...verdier,
        endret,
        endret_av_id: ctx.actor.id,
        endret_av_navn: ctx.actor.navn,
      })
      .execute();
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      {
        personId: null,
        kategori: "personalia",
        handling: ctx.versjon === 0 ? "opprett" : "endre",
        ressurs: `bydel_tiltak:${radId}`,
      },
    ]);
    return radId;
  });
  void id;
  return { ok: true, versjon: nyVersjon };
}
