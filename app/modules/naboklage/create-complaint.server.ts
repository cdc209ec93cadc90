import { avsluttBekymringTil } from "../bekymring/handle-concern.server";
import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { todayInOslo } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { aktivHusstand, hovedpersoner, type NaboklageContext } from "./queries.server";
import { nyNaboklageSchema } from "./schemas";

export type NyNaboklage = {
  nokkel: string;
  eiendomId: string;
  klagerBoligId: string;
  innklagetBoligId: string;
  kategori: string;
  beskrivelse: string;
  klagerSkjult: boolean;
  bekymringId: string;
};

/**
 * The coordinator registers a complaint in the own district, with the acting coordinator as handler. From an
 * anonymous concern (`bekymringId`) there is no complainant at all, and the concern is closed in the same
 * transaction with the outcome "naboklage" and the complaint's new description as its summary — the reporter's
 * own words stay in the concern. The form's random `nokkel` makes a double click one complaint.
 */
export async function createComplaint(ctx: NaboklageContext & { skjema: NyNaboklage }): Promise<string> {
  const { actor } = ctx;
  if (actor.rolle !== "bomiljokoordinator" || !actor.bydelId) fail("ikke_tilgang");
  const parsed = nyNaboklageSchema.safeParse(ctx.skjema);
  if (!parsed.success) fail("ugyldig");
  const s = parsed.data;
  const bydelId = actor.bydelId;
  return ctx.db.transaction().execute(async (trx) => {
    const finnes = await trx
      .selectFrom("naboklage")
      .select(["id", "bydel_id"])
      .where("opprettet_nokkel", "=", s.nokkel)
      .executeTakeFirst();
    if (finnes) {
      if (finnes.bydel_id !== bydelId) fail("ikke_funnet");
      return finnes.id;
    }
    const eiendom = await trx
      .selectFrom("eiendom")
      .select("id")
      .where("id", "=", s.eiendomId)
      .where("bydel_id", "=", bydelId)
      .executeTakeFirst();
    if (!eiendom) fail("ikke_funnet");
    const boliger = [s.innklagetBoligId, ...(s.klagerBoligId ? [s.klagerBoligId] : [])];
    const funnet = await trx
      .selectFrom("bolig")
      .select("id")
      .where("id", "in", boliger)
      .where("eiendom_id", "=", s.eiendomId)
      .execute();
    if (funnet.length !== boliger.length) fail("ugyldig");
    const dag = todayInOslo(ctx.now);
    const id = randomUUID();
    if (s.bekymringId) {
      if (s.klagerBoligId) fail("ugyldig");
      await avsluttBekymringTil(trx, {
        bekymringId: s.bekymringId,
        bydelId,
        utfall: "naboklage",
        oppsummering: s.beskrivelse,
        dag,
      });
    }
    const klagerHusstand = s.klagerBoligId ? await aktivHusstand(trx, s.klagerBoligId) : null;
    const innklagetHusstand = await aktivHusstand(trx, s.innklagetBoligId);
    await trx
      .insertInto("naboklage")
      .values({
        id,
        bydel_id: bydelId,
        eiendom_id: s.eiendomId,
        kilde: s.bekymringId ? "bekymring" : "beboer",
        bekymring_id: s.bekymringId || null,
        klager_bolig_id: s.klagerBoligId || null,
        klager_husstand_id: klagerHusstand,
        klager_skjult: s.klagerSkjult,
        innklaget_bolig_id: s.innklagetBoligId,
        innklaget_husstand_id: innklagetHusstand,
        kategori: s.kategori,
        beskrivelse: s.beskrivelse,
        behandler_id: actor.id,
        behandler_navn: actor.navn,
        status: "apen",
        opprettet: dag,
        opprettet_nokkel: s.nokkel,
      })
      .execute();
    const personer = await hovedpersoner(trx, [klagerHusstand, innklagetHusstand]);
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      (personer.length ? personer : [null]).map((personId) => ({
        personId,
        kategori: "naboklage" as const,
        handling: "opprett" as const,
        ressurs: `naboklage:${id}`,
      })),
    );
    if (s.bekymringId) {
      await recordAccess(trx, actor, ctx.requestId, [
        { personId: null, kategori: "bekymring", handling: "endre", ressurs: `bekymring:${s.bekymringId}` },
      ]);
    }
    return id;
  });
}
