import { randomUUID } from "node:crypto";
import { requirePermission } from "../../auth/policy.server";
import { fail, notFound } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { BomiljoContext } from "./context";
import { koordinatorSchema } from "./schemas";
import { planBydel } from "./scope.server";

export type Koordinator = {
  id: string;
  navn: string;
  telefon: string;
  epost: string;
  omrade: string | null;
  versjon: number;
};

/** The district's named bomiljø coordinators (Oslostandard measure 5), in the district's own order. */
export async function listKoordinatorer(
  ctx: BomiljoContext,
): Promise<{ bydel: { id: string; navn: string }; koordinatorer: Koordinator[] }> {
  requirePermission(ctx.actor, "bomiljoplan.les");
  const bydelId = planBydel(ctx.actor);
  const bydel = await ctx.db
    .selectFrom("bydel")
    .select(["id", "navn"])
    .where("id", "=", bydelId)
    .executeTakeFirstOrThrow();
  const koordinatorer = await ctx.db
    .selectFrom("bomiljokoordinator")
    .select(["id", "navn", "telefon", "epost", "omrade", "versjon"])
    .where("bydel_id", "=", bydelId)
    .where("aktiv", "=", true)
    .orderBy("rekkefolge")
    .orderBy("navn")
    .execute();
  return { bydel, koordinatorer };
}

/**
 * Names a coordinator for the district. The same name and phone number twice (a double click) is one entry.
 * Their work name, phone and e-mail are published on the contact cards of the district's addresses.
 */
export async function addKoordinator(
  ctx: BomiljoContext & { input: { navn: string; telefon: string; epost: string; omrade: string } },
): Promise<{ ok: true; id: string } | { ok: false; feil: Record<string, string> }> {
  requirePermission(ctx.actor, "bomiljoplan.endre");
  const bydelId = planBydel(ctx.actor);
  const parsed = koordinatorSchema.safeParse(ctx.input);
  if (!parsed.success) {
    const feil: Record<string, string> = {};
    for (const issue of parsed.error.issues) feil[String(issue.path[0] ?? "skjema")] ??= issue.message;
    return { ok: false, feil };
  }
  const v = parsed.data;
  return ctx.db.transaction().execute(async (trx) => {
    const finnes = await trx
      .selectFrom("bomiljokoordinator")
      .select("id")
      .where("bydel_id", "=", bydelId)
      .where("aktiv", "=", true)
      .where("navn", "=", v.navn)
      .where("telefon", "=", v.telefon)
      .executeTakeFirst();
    if (finnes) return { ok: true as const, id: finnes.id };
    const { maks } = await trx
      .selectFrom("bomiljokoordinator")
      .select((eb) => eb.fn.max<number | null>("rekkefolge").as("maks"))
      .where("bydel_id", "=", bydelId)
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    await trx
      .insertInto("bomiljokoordinator")
      .values({
        id,
        bydel_id: bydelId,
        navn: v.navn,
        telefon: v.telefon,
        epost: v.epost,
        omrade: v.omrade,
        aktiv: true,
        rekkefolge: (maks ?? 0) + 1,
        versjon: 1,
      })
      .execute();
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      { personId: null, kategori: "personalia", handling: "opprett", ressurs: `bomiljokoordinator:${id}` },
    ]);
    return { ok: true as const, id };
  });
}

/** Takes a coordinator off the list (kept as inactive); a stale version is refused. */
export async function removeKoordinator(
  ctx: BomiljoContext & { id: string; versjon: number },
): Promise<void> {
  requirePermission(ctx.actor, "bomiljoplan.endre");
  const bydelId = planBydel(ctx.actor);
  await ctx.db.transaction().execute(async (trx) => {
    const rad = await trx
      .selectFrom("bomiljokoordinator")
      .select(["id", "versjon", "aktiv"])
      .where("id", "=", ctx.id)
      .where("bydel_id", "=", bydelId)
      .executeTakeFirst();
    if (!rad || !rad.aktiv) notFound();
    const endret = await trx
      .updateTable("bomiljokoordinator")
      .set({ aktiv: false, versjon: ctx.versjon + 1, endret: new Date() })
      .where("id", "=", ctx.id)
      .where("versjon", "=", ctx.versjon)
      .executeTakeFirst();
    if (Number(endret.numUpdatedRows) !== 1) fail("konflikt");
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      { personId: null, kategori: "personalia", handling: "endre", ressurs: `bomiljokoordinator:${ctx.id}` },
    ]);
  });
}
