import type { Selectable } from "kysely";
import type { Db } from "../../db/connection.server";
import type { KlageTable, Klagestatus } from "../../db/schema";
import { fail } from "../../lib/errors";

/** The case's open appeal in one of `statuser`, locked; "konflikt" when there is none (the case moved on). */
export async function hentAapenKlage(
  trx: Db,
  sakId: string,
  statuser: readonly Klagestatus[],
): Promise<Selectable<KlageTable>> {
  const klage = await trx
    .selectFrom("klage")
    .selectAll()
    .where("sak_id", "=", sakId)
    .where("status", "in", statuser)
    .orderBy("opprettet", "desc")
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  if (!klage) fail("konflikt");
  return klage;
}
