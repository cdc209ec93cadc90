import { sql } from "kysely";
import { egenScope, krevTilgang, type MangelContext } from "./queries.server";
import { MELDER_VARSLES } from "./tidslinje";

/**
 * How many of the resident's own reports have a step from Boligbygg they have not seen yet — the notice on
 * the front page after sign-in. Only a number about the reader's own reports: no other person's data is
 * read, so nothing is written to the audit log (opening the list or a report is audited as usual).
 */
export async function countOwnDefectNews(ctx: Pick<MangelContext, "db" | "actor">): Promise<number> {
  krevTilgang(ctx.actor, "egen_mangelmelding.melde");
  const rad = await ctx.db
    .selectFrom("mangelmelding as m")
    .select(sql<string>`count(*)`.as("antall"))
    .where(egenScope(ctx.actor))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("mangelmelding_hendelse as h")
          .select("h.seq")
          .whereRef("h.mangelmelding_id", "=", "m.id")
          .whereRef("h.seq", ">", "m.melder_sett_seq")
          .where("h.hendelse", "in", [...MELDER_VARSLES]),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(rad.antall);
}
