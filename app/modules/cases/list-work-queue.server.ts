import { sql } from "kysely";
import type { Saksstatus, Sakstype } from "../../db/schema";
import { addDays } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { STANDARD_SAKSPOLICY, type SaksPolicy } from "./policy";
import { idag, krevTilgang, sakScope, type CaseContext } from "./queries.server";
import { KLAGESTATUSER } from "./state-machine";

export type Arbeidskofilter = {
  statuser?: readonly Saksstatus[];
  /** Only cases assigned to the actor. */
  mine?: boolean;
  /** § 11 a: an active foreløpig-svar or promised-decision deadline due within `naerFristDager`, or past. */
  frist?: "naer" | "passert" | "naer_eller_passert";
  /** Only cases with an appeal in progress. */
  klager?: boolean;
  /** Saksnummer, or its start ("2026/001"). */
  saksnummer?: string;
  /** Words that must each match the start of the applicant's first or last name (lower case, no wildcards). */
  navn?: readonly string[];
};

export type Arbeidskorad = {
  sakId: string;
  saksnummer: string;
  type: Sakstype;
  status: Saksstatus;
  versjon: number;
  mottatt: string;
  soker: string;
  saksbehandler: string | null;
  /** The next § 11 a deadline (foreløpig svar or the promised decision date), if one is running. */
  fristForfall: string | null;
  fristVarsel: "passert" | "naer" | null;
};

/**
 * The caseworker's work queue (own district; the appeal board: its forwarded cases): filter by status, own
 * cases, near or past § 11 a deadline, appeals, saksnummer; most urgent deadline first; paginated. Each listed
 * applicant's name is personal data: one audit row per case shown.
 */
export async function listWorkQueue(
  ctx: CaseContext & { filter?: Arbeidskofilter; side?: number; sideStorrelse?: number; policy?: SaksPolicy },
): Promise<{ rader: Arbeidskorad[]; totalt: number; side: number; antallSider: number }> {
  const { db, actor } = ctx;
  krevTilgang(actor, "sak.les");
  const filter = ctx.filter ?? {};
  const policy = ctx.policy ?? STANDARD_SAKSPOLICY;
  const today = idag(ctx.now);
  const naer = addDays(today, policy.naerFristDager);
  const storrelse = Math.min(Math.max(Math.trunc(ctx.sideStorrelse ?? 25), 1), 100);
  const side = Math.max(Math.trunc(ctx.side ?? 1), 1);

  const nesteFrist = sql<string | null>`(select min(f.forfall) from frist f where f.sak_id = s.id
    and f.status = 'aktiv' and f.type in ('forelopig_svar', 'forventet_vedtak'))`;

  let query = db.selectFrom("sak as s").where(sakScope(actor));
  if (filter.statuser && filter.statuser.length > 0) query = query.where("s.status", "in", filter.statuser);
  if (filter.klager) query = query.where("s.status", "in", KLAGESTATUSER);
  if (filter.mine) query = query.where("s.saksbehandler_id", "=", actor.id);
  if (filter.saksnummer?.trim()) {
    const sok = filter.saksnummer.trim().replace(/[\\%_]/g, "");
    query = query.where("s.saksnummer", "like", `${sok}%`);
  }
  for (const ord of filter.navn ?? []) {
    const start = `${ord.replace(/[\\%_]/g, "").toLocaleLowerCase("nb")}%`;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("person as np")
          .select("np.id")
          .whereRef("np.id", "=", "s.soker_person_id")
          .where((inner) =>
            inner.or([
              inner(inner.fn("lower", ["np.fornavn"]), "like", start),
              inner(inner.fn("lower", ["np.etternavn"]), "like", start),
            ]),
          ),
      ),
    );
  }
  if (filter.frist === "passert") query = query.where(nesteFrist, "<", today);
  if (filter.frist === "naer") query = query.where(nesteFrist, ">=", today).where(nesteFrist, "<=", naer);
  if (filter.frist === "naer_eller_passert") query = query.where(nesteFrist, "<=", naer);

  const { totalt } = await query
    .select((eb) => eb.fn.countAll<number>().as("totalt"))
    .executeTakeFirstOrThrow();
  const rows = await query
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .select([
      "s.id",
      "s.saksnummer",
      "s.type",
      "s.status",
      "s.versjon",
      "s.mottatt",
      "s.saksbehandler_navn",
      "s.soker_person_id",
      "p.fornavn",
      "p.etternavn",
    ])
    .select(nesteFrist.as("frist_forfall"))
    .orderBy(sql`frist_forfall asc nulls last`)
    .orderBy("s.mottatt")
    .orderBy("s.saksnummer")
    .limit(storrelse)
    .offset((side - 1) * storrelse)
    .execute();

  await recordAccess(
    db,
    actor,
    ctx.requestId,
    rows.map((r) => ({
      personId: r.soker_person_id,
      kategori: "personalia",
      handling: "les",
      ressurs: `sak:${r.id}`,
    })),
  );
  const antall = Number(totalt);
  return {
    rader: rows.map((r) => ({
      sakId: r.id,
      saksnummer: r.saksnummer,
      type: r.type,
      status: r.status,
      versjon: r.versjon,
      mottatt: r.mottatt,
      soker: `${r.fornavn} ${r.etternavn}`,
      saksbehandler: r.saksbehandler_navn,
      fristForfall: r.frist_forfall,
      fristVarsel:
        r.frist_forfall === null
          ? null
          : r.frist_forfall < today
            ? "passert"
            : r.frist_forfall <= naer
              ? "naer"
              : null,
    })),
    totalt: antall,
    side,
    antallSider: Math.max(1, Math.ceil(antall / storrelse)),
  };
}
