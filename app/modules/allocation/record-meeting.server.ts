import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { loggHendelse } from "../cases/queries.server";
import { hentRunde, idag, iTransaksjon, krevBydel, type TildelingContext } from "./queries.server";
import { moteSchema, type Mote } from "./schemas";
import { unsafeForeslaa } from "./suggest.server";

/**
 * Records the allocation meeting (tildelingsmøte) of an open round: date, participants, and per unit what the
 * people decided — an applicant, or nobody — with the reason. The engine's suggestion for the unit and the
 * candidates who fit it are stored beside the decision, so anyone can see later where the meeting followed the
 * suggestion and where it did not; the suggestion is support, never the decision.
 *
 * Every allocated applicant must be on the district's active waiting list without an open offer, and can get
 * only one unit. An allocated unit becomes `reservert`; the round is closed, so units nobody got go back to
 * the pool for a later round. The allocation is written to the applicant's case log and the audit log.
 * A second meeting for the same round (a double click, or a colleague) is refused as a conflict.
 */
export async function recordMeeting(ctx: TildelingContext & { rundeId: string; input: Mote }) {
  const bydelId = krevBydel(ctx.actor, "tildeling.behandle");
  const parsed = moteSchema.safeParse(ctx.input);
  if (!parsed.success) fail("ugyldig");
  const mote = parsed.data;
  return iTransaksjon(ctx.db, async (trx) => {
    const runde = await hentRunde(trx, bydelId, ctx.rundeId);
    await trx.selectFrom("tildelingsrunde").select("id").where("id", "=", runde.id).forUpdate().execute();
    if (runde.status !== "apen") fail("konflikt");
    const holdt = await trx
      .selectFrom("tildelingsmote")
      .select("id")
      .where("runde_id", "=", runde.id)
      .executeTakeFirst();
    if (holdt) fail("konflikt");

    const g = await unsafeForeslaa(trx, bydelId, runde, idag(ctx.now));
    const boligIds = new Set(g.boliger.map((b) => b.id));
    const kandidater = new Map(g.kandidater.map((k) => [k.sakId, k]));
    const forslag = new Map((g.losning?.tildelinger ?? []).map((t) => [t.bolig, t.husstand]));
    const valgte = new Set<string>();
    const sett = new Set<string>();
    for (const b of mote.beslutninger) {
      if (!boligIds.has(b.boligId) || sett.has(b.boligId)) fail("ugyldig");
      sett.add(b.boligId);
      if (b.sakId) {
        if (!kandidater.has(b.sakId) || valgte.has(b.sakId)) fail("konflikt");
        valgte.add(b.sakId);
      }
    }
    if (sett.size !== boligIds.size) fail("ugyldig");

    const moteId = randomUUID();
    await trx
      .insertInto("tildelingsmote")
      .values({
        id: moteId,
        runde_id: runde.id,
        bydel_id: bydelId,
        dato: mote.dato,
        deltakere: mote.deltakere,
        registrert_av_id: ctx.actor.id,
        registrert_av_navn: ctx.actor.navn,
      })
      .execute();
    const audit: AuditEntry[] = [];
    for (const b of mote.beslutninger) {
      const tildelingId = randomUUID();
      const vurderte = (g.passer.get(b.boligId) ?? []).slice(0, 10).map((p) => p.sakId);
      if (b.sakId && !vurderte.includes(b.sakId)) vurderte.push(b.sakId);
      await trx
        .insertInto("tildeling")
        .values({
          id: tildelingId,
          mote_id: moteId,
          runde_id: runde.id,
          bydel_id: bydelId,
          bolig_id: b.boligId,
          sak_id: b.sakId || null,
          foreslatt_sak_id: forslag.get(b.boligId) ?? null,
          vurderte_sak_ids: JSON.stringify(vurderte),
          begrunnelse: b.begrunnelse,
        })
        .execute();
      if (b.sakId) {
        const k = kandidater.get(b.sakId)!;
        await trx.updateTable("bolig").set({ status: "reservert" }).where("id", "=", b.boligId).execute();
        await loggHendelse(trx, ctx.actor, b.sakId, "tildelt_bolig", {
          tildelingId,
          boligId: b.boligId,
          moteId,
          fulgteForslaget: forslag.get(b.boligId) === b.sakId,
        });
        audit.push(
          { personId: k.personId, kategori: "sak", handling: "endre", ressurs: `tildeling:${tildelingId}` },
          {
            personId: k.personId,
            kategori: "leieforhold",
            handling: "opprett",
            ressurs: `tildeling:${tildelingId}`,
          },
        );
      }
    }
    await trx
      .updateTable("tildelingsrunde")
      .set({ status: "avsluttet", versjon: runde.versjon + 1 })
      .where("id", "=", runde.id)
      .execute();
    await recordAccess(trx, ctx.actor, ctx.requestId, audit);
    return { moteId };
  });
}
