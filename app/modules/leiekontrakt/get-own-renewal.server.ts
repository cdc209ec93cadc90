import { fail } from "../../lib/errors";
import type { Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { fornyelsesstatus, soknadTidligst, type Fornyelsesstatus, type RenewalSak } from "./fornyelsesstatus";
import { fornyelser, fornyelsessaker, idag, krev, policyFra, type LeaseContext } from "./queries.server";

export type EgenFornyelse = {
  leiekontraktId: string;
  bydelId: string;
  sluttdato: Dato;
  status: Fornyelsesstatus;
  sak: Pick<RenewalSak, "sakId" | "saksnummer" | "mottatt"> | null;
  /** The tenant may apply (no renewal application yet, and within the application period). */
  kanSoke: boolean;
};

/**
 * The renewal part of "Min bolig": for the resident's own active lease with an end date, the notices they have
 * had (6 and 3 months before the end, by default), their renewal application if any, and whether they can
 * apply now. Null when the resident has no active lease with an end date.
 */
export async function getOwnRenewal(ctx: LeaseContext): Promise<EgenFornyelse | null> {
  const { db, actor } = ctx;
  krev(actor, "minbolig.les");
  const personId = actor.personId;
  if (!personId) return null;
  const lk = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .select(["lk.id", "lk.sluttdato", "bo.bydel_id"])
    .where("m.person_id", "=", personId)
    .where("lk.status", "=", "aktiv")
    .orderBy("lk.startdato", "desc")
    .orderBy("lk.id")
    .limit(1)
    .executeTakeFirst();
  if (!lk?.sluttdato) return null;
  const policy = policyFra(ctx);
  const today = idag(ctx.now);
  const sak = (await fornyelsessaker(db, [lk.id], policy)).get(lk.id) ?? null;
  const fornyet = (await fornyelser(db, [lk.id])).has(lk.id);
  const status = fornyelsesstatus({ sluttdato: lk.sluttdato as Dato, idag: today, sak, fornyet, policy });
  await recordAccess(db, actor, ctx.requestId, [
    { personId, kategori: "leieforhold", handling: "les", ressurs: `leiekontrakt:${lk.id}` },
  ]);
  return {
    leiekontraktId: lk.id,
    bydelId: lk.bydel_id,
    sluttdato: lk.sluttdato as Dato,
    status,
    sak: sak ? { sakId: sak.sakId, saksnummer: sak.saksnummer, mottatt: sak.mottatt } : null,
    kanSoke: !sak && !fornyet && today >= soknadTidligst(lk.sluttdato as Dato, policy),
  };
}

export function krevEgenFornyelse(f: EgenFornyelse | null): EgenFornyelse {
  return f ?? fail("ikke_funnet");
}
