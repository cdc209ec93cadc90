import { sql } from "kysely";
import type { Alvorlighet, Mangelkategori, Mangelstatus } from "../../db/schema";
import { recordAccess } from "../audit/record-access.server";
import { erForsinket } from "./config";
import { egenScope, krevTilgang, type MangelContext } from "./queries.server";
import { MELDER_VARSLES } from "./tidslinje";

export type EgenMangel = {
  id: string;
  kategori: Mangelkategori;
  status: Mangelstatus;
  alvorlighet: Alvorlighet;
  mottatt: string;
  planlagtDato: string | null;
  fristDato: string;
  fristTidspunkt: string | null;
  forsinket: boolean;
  /** Steps the resident has not seen yet (the in-app notice). */
  nye: number;
};

/** The resident's own reports, newest first, with how many new steps each has since they last looked. */
export async function listOwnDefects(ctx: MangelContext): Promise<EgenMangel[]> {
  const { actor } = ctx;
  krevTilgang(actor, "egen_mangelmelding.melde");
  const now = (ctx.now ?? (() => new Date()))();
  const rader = await ctx.db
    .selectFrom("mangelmelding as m")
    .select([
      "m.id",
      "m.kategori",
      "m.status",
      "m.alvorlighet",
      "m.mottatt",
      "m.planlagt_dato",
      "m.frist_dato",
      "m.frist_tidspunkt",
      "m.lukket",
      "m.melder_person_id",
    ])
    .select(
      sql<string>`(select count(*) from mangelmelding_hendelse h where h.mangelmelding_id = m.id
        and h.seq > m.melder_sett_seq and h.hendelse in (${sql.join([...MELDER_VARSLES])}))`.as("nye"),
    )
    .where(egenScope(actor))
    .orderBy("m.mottatt", "desc")
    .limit(200)
    .execute();
  await recordAccess(
    ctx.db,
    actor,
    ctx.requestId,
    rader.map((r) => ({
      personId: r.melder_person_id,
      kategori: "personalia" as const,
      handling: "les" as const,
      ressurs: `mangelmelding:${r.id}`,
    })),
  );
  return rader.map((r) => ({
    id: r.id,
    kategori: r.kategori,
    status: r.status,
    alvorlighet: r.alvorlighet,
    mottatt: r.mottatt.toISOString(),
    planlagtDato: r.planlagt_dato,
    fristDato: r.frist_dato,
    fristTidspunkt: r.frist_tidspunkt?.toISOString() ?? null,
    forsinket:
      r.lukket === null && erForsinket({ fristDato: r.frist_dato, fristTidspunkt: r.frist_tidspunkt }, now),
    nye: Number(r.nye),
  }));
}
