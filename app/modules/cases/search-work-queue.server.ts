import { sql } from "kysely";
import { addDays } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { listWorkQueue, type Arbeidskofilter, type Arbeidskorad } from "./list-work-queue.server";
import { STANDARD_SAKSPOLICY, type SaksPolicy } from "./policy";
import { idag, krevTilgang, sakScope, type CaseContext } from "./queries.server";
import { KLAGESTATUSER } from "./state-machine";

/** A saksnummer or its start: "2026/00012", "2026/0", "2026". */
export const SAKSNUMMER_SOK = /^\d{4}(\/\d{0,8})?$/;

type Resultat = { rader: Arbeidskorad[]; totalt: number; side: number; antallSider: number };

/**
 * The work queue with a free-text search (the caseworker's /saker page): a saksnummer (or its start) searches by
 * number through `listWorkQueue`; anything else searches the applicant's name (every word must match the start
 * of the first or last name, case-insensitive). Same scope, order, paging and audit as `listWorkQueue`.
 */
export async function searchWorkQueue(
  ctx: CaseContext & {
    filter?: Arbeidskofilter;
    sok?: string;
    side?: number;
    sideStorrelse?: number;
    policy?: SaksPolicy;
  },
): Promise<Resultat> {
  const sok = (ctx.sok ?? "").trim().slice(0, 100);
  if (!sok || SAKSNUMMER_SOK.test(sok)) {
    return listWorkQueue({ ...ctx, filter: { ...ctx.filter, ...(sok ? { saksnummer: sok } : {}) } });
  }
  const { db, actor } = ctx;
  krevTilgang(actor, "sak.les");
  const filter = ctx.filter ?? {};
  const policy = ctx.policy ?? STANDARD_SAKSPOLICY;
  const today = idag(ctx.now);
  const naer = addDays(today, policy.naerFristDager);
  const storrelse = Math.min(Math.max(Math.trunc(ctx.sideStorrelse ?? 25), 1), 100);
  const side = Math.max(Math.trunc(ctx.side ?? 1), 1);
  const ord = sok
    .split(/\s+/)
    .map((o) => o.replace(/[\\%_]/g, "").toLocaleLowerCase("nb"))
    .filter(Boolean)
    .slice(0, 4);

  const nesteFrist = sql<string | null>`(select min(f.forfall) from frist f where f.sak_id = s.id
    and f.status = 'aktiv' and f.type in ('forelopig_svar', 'forventet_vedtak'))`;

  let query = db
    .selectFrom("sak as s")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .where(sakScope(actor));
  for (const o of ord) {
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["p.fornavn"]), "like", `${o}%`),
        eb(eb.fn("lower", ["p.etternavn"]), "like", `${o}%`),
      ]),
    );
  }
  if (filter.statuser && filter.statuser.length > 0) query = query.where("s.status", "in", filter.statuser);
  if (filter.klager) query = query.where("s.status", "in", KLAGESTATUSER);
  if (filter.mine) query = query.where("s.saksbehandler_id", "=", actor.id);
  if (filter.frist === "passert") query = query.where(nesteFrist, "<", today);
  if (filter.frist === "naer") query = query.where(nesteFrist, ">=", today).where(nesteFrist, "<=", naer);
  if (filter.frist === "naer_eller_passert") query = query.where(nesteFrist, "<=", naer);

  const { totalt } = await query
    .select((eb) => eb.fn.countAll<number>().as("totalt"))
    .executeTakeFirstOrThrow();
  const rows = await query
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
