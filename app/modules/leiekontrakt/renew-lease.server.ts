import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { addDays, addYears, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { loggHendelse } from "../cases/queries.server";
import { fornyelsessaker, krev, policyFra, type LeaseContext } from "./queries.server";

/**
 * A granted renewal decision ends in a new lease: the caseworker of the lease's district makes it from the
 * decision. The new lease starts the day after the old one ends and runs for the decision's lease length
 * (leietid_aar); the old lease is closed on its end date (status `avsluttet`), since a unit has one active lease.
 * One renewal per lease (unique key): a second click, or a colleague at the same time, gets the first result.
 * Written to the case log of the renewal case and audited.
 */
export async function renewLease(
  ctx: LeaseContext & { leiekontraktId: string; vedtakId: string; husleieKr: number },
): Promise<{ nyLeiekontraktId: string; duplikat: boolean }> {
  const { db, actor } = ctx;
  krev(actor, "fornyelse.behandle");
  if (!actor.bydelId) fail("ikke_funnet");
  if (!Number.isInteger(ctx.husleieKr) || ctx.husleieKr < 0) fail("ugyldig");
  return db.transaction().execute(async (trx) => {
    const lk = await trx
      .selectFrom("leiekontrakt as lk")
      .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
      .selectAll("lk")
      .where("lk.id", "=", ctx.leiekontraktId)
      .where("bo.bydel_id", "=", actor.bydelId)
      .forUpdate()
      .executeTakeFirst();
    if (!lk) fail("ikke_funnet");
    const tidligere = await trx
      .selectFrom("leiekontrakt_fornyelse")
      .select("ny_leiekontrakt_id")
      .where("forrige_leiekontrakt_id", "=", lk.id)
      .executeTakeFirst();
    if (tidligere) return { nyLeiekontraktId: tidligere.ny_leiekontrakt_id, duplikat: true };
    if (lk.status !== "aktiv" || !lk.sluttdato) fail("konflikt");

    const sak = (await fornyelsessaker(trx, [lk.id], policyFra(ctx))).get(lk.id);
    if (!sak || sak.utfall !== "innvilget") fail("konflikt");
    const vedtak = await trx
      .selectFrom("vedtak")
      .select(["id", "utfall", "leietid_aar"])
      .where("sak_id", "=", sak.sakId)
      .orderBy("opprettet", "desc")
      .orderBy("id")
      .executeTakeFirst();
    // Only the case's latest decision, and only a grant, makes a new lease (a stale form is refused).
    if (!vedtak || vedtak.id !== ctx.vedtakId || vedtak.utfall !== "innvilget") fail("konflikt");

    const startdato = addDays(lk.sluttdato as Dato, 1);
    const sluttdato = vedtak.leietid_aar ? addDays(addYears(startdato, vedtak.leietid_aar), -1) : null;
    await trx
      .updateTable("leiekontrakt")
      .set({ status: "avsluttet", avsluttet_dato: lk.sluttdato })
      .where("id", "=", lk.id)
      .execute();
    const nyId = randomUUID();
    await trx
      .insertInto("leiekontrakt")
      .values({
        id: nyId,
        bolig_id: lk.bolig_id,
        husstand_id: lk.husstand_id,
        startdato,
        sluttdato,
        husleie_kr: ctx.husleieKr,
        status: "aktiv",
        avsluttet_dato: null,
      })
      .execute();
    await trx
      .insertInto("leiekontrakt_fornyelse")
      .values({
        ny_leiekontrakt_id: nyId,
        forrige_leiekontrakt_id: lk.id,
        sak_id: sak.sakId,
        vedtak_id: vedtak.id,
        registrert_av_id: actor.id,
        registrert_av_navn: actor.navn,
      })
      .execute();
    await loggHendelse(trx, actor, sak.sakId, "leiekontrakt_fornyet", { startdato, sluttdato });
    const parter = await trx
      .selectFrom("husstand_medlem")
      .select("person_id")
      .where("husstand_id", "=", lk.husstand_id)
      .where("rolle", "in", ["hovedperson", "medsoker"])
      .execute();
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      parter.map((p) => ({
        personId: p.person_id,
        kategori: "leieforhold" as const,
        handling: "opprett" as const,
        ressurs: `leiekontrakt:${nyId}`,
      })),
    );
    return { nyLeiekontraktId: nyId, duplikat: false };
  });
}
