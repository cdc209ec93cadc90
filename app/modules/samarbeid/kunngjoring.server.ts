import type { AktivitetKunngjoringTable } from "../../db/schema";
import { getAktivitet } from "./aktiviteter.server";
import type { SamarbeidContext } from "./scope.server";
import type { Kunngjoringssprak } from "./kunngjoring";

/**
 * An activity's announcement in more of the residents' languages (docs/domain/samarbeid.md). Bokmål (required)
 * and English stay on the activity; these six are one row each, saved together with the activity's version.
 */
export async function getKunngjoringer(
  ctx: Pick<SamarbeidContext, "db">,
  aktivitetId: string,
): Promise<Pick<AktivitetKunngjoringTable, "sprak" | "tekst">[]> {
  return ctx.db
    .selectFrom("aktivitet_kunngjoring")
    .select(["sprak", "tekst"])
    .where("aktivitet_id", "=", aktivitetId)
    .execute();
}

/**
 * Saves the announcement texts (an empty text removes that language). Scoped like the activity (404 outside the
 * actor's districts); a stale activity version is refused, not overwritten.
 */
export async function saveKunngjoringer(
  ctx: SamarbeidContext & {
    aktivitetId: string;
    versjon: number;
    tekster: Partial<Record<Kunngjoringssprak, string | null>>;
  },
): Promise<{ ok: true } | { ok: false; konflikt: true }> {
  const { aktivitet } = await getAktivitet(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("aktivitet")
      .set((eb) => ({ versjon: eb("versjon", "+", 1), endret: new Date() }))
      .where("id", "=", aktivitet.id)
      .where("versjon", "=", ctx.versjon)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return { ok: false as const, konflikt: true as const };
    await trx.deleteFrom("aktivitet_kunngjoring").where("aktivitet_id", "=", aktivitet.id).execute();
    const rader = Object.entries(ctx.tekster)
      .filter((e): e is [Kunngjoringssprak, string] => !!e[1]?.trim())
      .map(([sprak, tekst]) => ({
        aktivitet_id: aktivitet.id,
        bydel_id: aktivitet.bydel_id,
        sprak,
        tekst: tekst.trim(),
      }));
    if (rader.length > 0) await trx.insertInto("aktivitet_kunngjoring").values(rader).execute();
    return { ok: true as const };
  });
}
