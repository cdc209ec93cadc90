import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { computeDeadline } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { mottattDato, type SaksPolicy } from "./policy";
import { idag, iTransaksjon, krevTilgang, loggHendelse, type CaseContext } from "./queries.server";
import { transition } from "./state-machine";

/**
 * The resident opens one of their own decisions in the app. The first opening of a digital decision is
 * recorded, and — by the mottatt rule (policy.ts) — fixes the day it reached them and so the klagefrist,
 * unless staff already recorded it. The resident does not hold the case's version: opening bumps it, so a
 * caseworker's form from before is refused as stale rather than overwriting the receipt date. Another
 * person's decision is "not found".
 */
export async function openOwnDecision(ctx: CaseContext & { vedtakId: string; policy?: SaksPolicy }) {
  const { actor } = ctx;
  krevTilgang(actor, "egen_sak.les");
  if (!actor.personId) fail("ikke_funnet");
  const personId = actor.personId;
  const naa = ctx.now?.() ?? new Date();
  const today = idag(ctx.now);
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await trx
      .selectFrom("vedtak as v")
      .innerJoin("sak as s", "s.id", "v.sak_id")
      .selectAll("v")
      .select(["s.status as sak_status", "s.saksnummer", "s.versjon"])
      .where("v.id", "=", ctx.vedtakId)
      .where("s.soker_person_id", "=", personId)
      .forUpdate()
      .executeTakeFirst();
    if (!rad) fail("ikke_funnet");

    let { mottatt, klagefrist, mottatt_regel: regel } = rad;
    const forsteGang = rad.apnet === null && rad.sendemaate === "digital";
    if (forsteGang && transition(rad.sak_status, "vedtak_apnet", actor.rolle).ok) {
      const fastsatt =
        mottatt === null
          ? mottattDato(rad, { maate: "apnet_digitalt", apnet: naa }, today, ctx.policy)
          : null;
      if (fastsatt) {
        const frist = computeDeadline("klagefrist", fastsatt.dato);
        ({ dato: mottatt, regel } = fastsatt);
        klagefrist = frist.due;
        await trx
          .insertInto("frist")
          .values({
            id: randomUUID(),
            sak_id: rad.sak_id,
            type: "klagefrist",
            start: frist.start,
            forfall: frist.due,
            hjemmel: frist.basis,
            status: "aktiv",
            oppfylt_ved: null,
            lukket: null,
          })
          .execute();
      }
      await trx
        .updateTable("vedtak")
        .set({ apnet: naa, mottatt, mottatt_regel: regel, klagefrist })
        .where("id", "=", rad.id)
        .execute();
      await trx
        .updateTable("sak")
        .set((eb) => ({ versjon: eb("versjon", "+", 1), endret: naa }))
        .where("id", "=", rad.sak_id)
        .execute();
      await loggHendelse(trx, actor, rad.sak_id, "vedtak_apnet", {
        vedtakId: rad.id,
        ...(fastsatt ? { mottatt, regel, klagefrist } : {}),
      });
    }
    await recordAccess(trx, actor, ctx.requestId, [
      { personId, kategori: "sak", handling: "les", ressurs: `vedtak:${rad.id}` },
      { personId, kategori: "helse", handling: "les", ressurs: `vedtak:${rad.id}` },
    ]);
    return {
      vedtakId: rad.id,
      saksnummer: rad.saksnummer,
      utfall: rad.utfall,
      bolig: rad.boligtype ? { boligtype: rad.boligtype, rom: rad.rom, leietidAar: rad.leietid_aar } : null,
      begrunnelse: {
        regler: rad.begrunnelse_regler,
        faktum: rad.begrunnelse_faktum,
        hovedhensyn: rad.begrunnelse_hovedhensyn,
      },
      vedtaksdato: rad.vedtaksdato,
      mottatt,
      klagefrist,
      klageinstans: rad.klageinstans,
    };
  });
}
