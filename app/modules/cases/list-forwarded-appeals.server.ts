import { sql } from "kysely";
import type { Klagestatus, Klageutfall, Saksstatus, Sakstype } from "../../db/schema";
import { datoInOslo } from "../../lib/frister";
import { krevTilgang, sakScope, type CaseContext } from "./queries.server";

export type OversendtKlage = {
  sakId: string;
  klageId: string;
  saksnummer: string;
  bydel: string;
  type: Sakstype;
  sakStatus: Saksstatus;
  klageStatus: Klagestatus;
  /** The Oslo day the district forwarded the appeal. */
  oversendt: string;
  utfall: Klageutfall | null;
  avgjort: string | null;
};

/**
 * The appeal board's list (docs/domain/klagenemnd.md): the appeals forwarded to the klagenemnd, those
 * waiting for the board first (oldest forwarded first), then those decided (latest first). Scoped by
 * `sakScope` like every case query, and only the board's own appeals — never Statsforvalteren's. The list
 * shows no names or other facts about the applicant, so it is not audited; opening a case is.
 */
export async function listForwardedAppeals(
  ctx: CaseContext,
): Promise<{ venter: OversendtKlage[]; avgjort: OversendtKlage[] }> {
  const { db, actor } = ctx;
  krevTilgang(actor, "klage.avgjore");
  const rows = await db
    .selectFrom("klage as k")
    .innerJoin("sak as s", "s.id", "k.sak_id")
    .innerJoin("bydel as b", "b.id", "s.bydel_id")
    .select([
      "s.id as sak_id",
      "k.id as klage_id",
      "s.saksnummer",
      "b.navn as bydel",
      "s.type",
      "s.status as sak_status",
      "k.status as klage_status",
      "k.oversendt",
      "k.utfall",
      "k.avgjort",
    ])
    .where(sakScope(actor))
    .where("k.klageinstans", "=", "klagenemnd")
    .where("k.oversendt", "is not", null)
    .orderBy(sql`k.status = 'oversendt'`, "desc")
    .orderBy(sql`case when k.status = 'oversendt' then k.oversendt end`, "asc")
    .orderBy("k.avgjort", "desc")
    .orderBy("s.saksnummer")
    .execute();
  const liste = rows.map((r): OversendtKlage => ({
    sakId: r.sak_id,
    klageId: r.klage_id,
    saksnummer: r.saksnummer,
    bydel: r.bydel,
    type: r.type,
    sakStatus: r.sak_status,
    klageStatus: r.klage_status,
    oversendt: datoInOslo(r.oversendt!),
    utfall: r.utfall,
    avgjort: r.avgjort,
  }));
  return {
    venter: liste.filter((k) => k.klageStatus === "oversendt"),
    avgjort: liste.filter((k) => k.klageStatus !== "oversendt"),
  };
}
