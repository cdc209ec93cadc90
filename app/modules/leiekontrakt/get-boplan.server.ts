import { addMonths, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { hentBoplan, husstandIEgenBydel, planPersoner, type Boplan } from "./boplan-queries.server";
import { hovedpersonLateral, idag, krev, policyFra, type LeaseContext } from "./queries.server";
import { sql } from "kysely";

export type Boplanside = {
  husstandId: string;
  leietaker: string;
  /** The household's active lease: its end date is when the plan is reviewed (at renewal). */
  leiekontrakt: { id: string; sluttdato: string | null } | null;
  /** The review date suggested for a new plan: the first renewal notice point, or a year from today. */
  forslagGjennomgang: Dato;
  plan: Boplan | null;
};

/** A household's boplan for the caseworker or follow-up worker of its district (audited per adult). */
export async function getBoplan(ctx: LeaseContext & { husstandId: string }): Promise<Boplanside> {
  const { db, actor } = ctx;
  krev(actor, "boplan.behandle");
  await husstandIEgenBydel(db, actor, ctx.husstandId);
  const { rows } = await sql<{ fornavn: string | null; etternavn: string | null }>`
    select hp.fornavn, hp.etternavn from (select ${ctx.husstandId}::uuid as husstand_id) h
    left join ${hovedpersonLateral("h.husstand_id")} hp on true`.execute(db);
  const lk = await db
    .selectFrom("leiekontrakt")
    .select(["id", "sluttdato"])
    .where("husstand_id", "=", ctx.husstandId)
    .where("status", "=", "aktiv")
    .orderBy("startdato", "desc")
    .executeTakeFirst();
  const today = idag(ctx.now);
  const policy = policyFra(ctx);
  const foerstePunkt = lk?.sluttdato
    ? addMonths(lk.sluttdato as Dato, -Math.max(...policy.varselMaaneder))
    : null;
  const plan = await hentBoplan(db, ctx.husstandId);
  const personer = await planPersoner(db, ctx.husstandId);
  await recordAccess(
    db,
    actor,
    ctx.requestId,
    personer.map((personId) => ({
      personId,
      kategori: "leieforhold" as const,
      handling: "les" as const,
      ressurs: `boplan:${ctx.husstandId}`,
    })),
  );
  return {
    husstandId: ctx.husstandId,
    leietaker: rows[0]?.fornavn ? `${rows[0].fornavn} ${rows[0].etternavn}` : "",
    leiekontrakt: lk ? { id: lk.id, sluttdato: lk.sluttdato } : null,
    forslagGjennomgang: foerstePunkt && foerstePunkt > today ? foerstePunkt : addMonths(today, 12),
    plan,
  };
}
