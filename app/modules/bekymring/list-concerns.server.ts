import type { BekymringKategori, BekymringStatus, BekymringUtfall } from "../../db/schema";
import { bekymringScope, idag, krevBehandler, type StaffContext } from "./queries.server";

export type BekymringListeRad = {
  id: string;
  adresse: string | null;
  kategori: BekymringKategori;
  mottatt: string;
  kvitteringsfrist: string;
  status: BekymringStatus;
  utfall: BekymringUtfall | null;
  /** Not acknowledged and the deadline has passed. */
  forfalt: boolean;
};

/** How many closed concerns the list shows (the open ones are always all shown). */
export const AVSLUTTEDE_I_LISTEN = 50;

/**
 * The coordinator's list for the own district: open concerns first, unacknowledged by deadline, then the latest
 * closed ones. No free text, so nothing here is audited (the concern page is).
 */
export async function listConcerns(ctx: StaffContext) {
  krevBehandler(ctx.actor);
  const dag = idag(ctx.now);
  const base = ctx.db
    .selectFrom("bekymring")
    .leftJoin("eiendom", "eiendom.id", "bekymring.eiendom_id")
    .select([
      "bekymring.id",
      "eiendom.gateadresse as adresse",
      "bekymring.kategori",
      "bekymring.mottatt",
      "bekymring.kvitteringsfrist",
      "bekymring.status",
      "bekymring.utfall",
    ])
    .where(bekymringScope(ctx.actor));
  const [apne, avsluttede] = await Promise.all([
    base
      .where("bekymring.status", "!=", "avsluttet")
      .orderBy("bekymring.status")
      .orderBy("bekymring.kvitteringsfrist")
      .orderBy("bekymring.id")
      .execute(),
    base
      .where("bekymring.status", "=", "avsluttet")
      .orderBy("bekymring.mottatt", "desc")
      .orderBy("bekymring.id")
      .limit(AVSLUTTEDE_I_LISTEN)
      .execute(),
  ]);
  const rader: BekymringListeRad[] = [...apne, ...avsluttede].map((r) => ({
    ...r,
    forfalt: r.status === "mottatt" && r.kvitteringsfrist < dag,
  }));
  return { idag: dag, rader, antallForfalt: rader.filter((r) => r.forfalt).length };
}
