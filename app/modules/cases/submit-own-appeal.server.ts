import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { vurderTidsfrist } from "./register-appeal.server";
import { idag, iTransaksjon, krevTilgang, loggHendelse, type CaseContext } from "./queries.server";
import { transition } from "./state-machine";

export const klagetekstSchema = z
  .string()
  .trim()
  .min(1, "soknad.klage.feil.tom")
  .max(10_000, "soknad.klage.feil.lang");

/**
 * The resident appeals the latest decision in their own case online. The appeal is received today, and its
 * timeliness follows the same rules as registerAppeal (`vurderTidsfrist`, forvaltningsloven §§ 29–31): in time
 * → preparation (§ 33); late → waits for the § 31 assessment. One appeal per decision; the appeal body's own
 * decision cannot be appealed. The text is special category: it goes into `klage.klagetekst` and never into
 * the case log. The resident does not hold the case's version (a caseworker may have touched it since the
 * page was loaded); the case row is locked and its state checked instead. Another's case is "not found".
 */
export async function submitOwnAppeal(ctx: CaseContext & { sakId: string; tekst: string }) {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.les");
  if (!actor.personId) fail("ikke_funnet");
  const personId = actor.personId;
  const tekst = klagetekstSchema.safeParse(ctx.tekst);
  if (!tekst.success) fail("ugyldig");
  const today = idag(ctx.now);
  return iTransaksjon(ctx.db, async (trx) => {
    const sak = await trx
      .selectFrom("sak")
      .selectAll()
      .where("id", "=", ctx.sakId)
      .where("soker_person_id", "=", personId)
      .forUpdate()
      .executeTakeFirst();
    if (!sak) fail("ikke_funnet");
    const vedtak = await trx
      .selectFrom("vedtak")
      .select(["id", "vedtaksdato", "klagefrist", "klageinstans"])
      .where("sak_id", "=", sak.id)
      .orderBy("opprettet", "desc")
      .orderBy("id")
      .limit(1)
      .executeTakeFirst();
    if (!vedtak) fail("konflikt");
    // One appeal per decision, as in registerAppeal; the appeal body's decision cannot be appealed (§ 28).
    const tidligere = await trx
      .selectFrom("klage")
      .select("id")
      .where("vedtak_id", "=", vedtak.id)
      .where("status", "!=", "avvist")
      .executeTakeFirst();
    if (tidligere) fail("konflikt");
    const vurdering = vurderTidsfrist(today, vedtak.klagefrist, vedtak.vedtaksdato);
    const hendelse = vurdering.iTide ? "klage_i_tide" : "klage_for_sent";
    // The role check is the permission above and the ownership of the case; the state must allow an appeal.
    const steg = transition(sak.status, hendelse);
    if (!steg.ok) fail("konflikt");
    const oppdatert = await trx
      .updateTable("sak")
      .set({ status: steg.til, versjon: sak.versjon + 1, endret: ctx.now?.() ?? new Date() })
      .where("id", "=", sak.id)
      .where("versjon", "=", sak.versjon)
      .returning(["versjon", "status"])
      .executeTakeFirst();
    if (!oppdatert) fail("konflikt");
    const klageId = randomUUID();
    await trx
      .insertInto("klage")
      .values({
        id: klageId,
        sak_id: sak.id,
        vedtak_id: vedtak.id,
        mottatt: today,
        i_tide: vurdering.iTide,
        tidsvurdering: vurdering.tekst,
        ettarsgrense_passert: vurdering.ettarsgrensePassert,
        sen_klage_beslutning: null,
        sen_klage_begrunnelse: null,
        status: vurdering.iTide ? "under_forberedelse" : "registrert",
        klageinstans: vedtak.klageinstans,
        oversendt: null,
        oversendelse_merknad: null,
        klager_underrettet: null,
        utfall: null,
        utfall_begrunnelse: null,
        avgjort: null,
        avgjort_av_id: null,
        registrert_av_id: actor.id,
        klagetekst: tekst.data,
      })
      .execute();
    await trx
      .updateTable("frist")
      .set({
        status: vurdering.iTide ? "oppfylt" : "utlopt",
        oppfylt_ved: vurdering.iTide ? "klage" : null,
        lukket: today,
      })
      .where("sak_id", "=", sak.id)
      .where("type", "=", "klagefrist")
      .where("status", "=", "aktiv")
      .execute();
    await loggHendelse(trx, actor, sak.id, "klage_registrert", {
      fra: sak.status,
      til: steg.til,
      klageId,
      vedtakId: vedtak.id,
      mottatt: today,
      iTide: vurdering.iTide,
      ettarsgrensePassert: vurdering.ettarsgrensePassert,
      kanal: "digital",
    });
    await recordAccess(trx, actor, ctx.requestId, [
      { personId, kategori: "sak", handling: "endre", ressurs: `sak:${sak.id}` },
      { personId, kategori: "helse", handling: "opprett", ressurs: `klage:${klageId}` },
    ]);
    return { klageId, iTide: vurdering.iTide, tidsvurdering: vurdering.tekst, versjon: oppdatert.versjon };
  });
}
