import { fail } from "../../lib/errors";
import { computeDeadline } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { bekymringScope, idag, krevBehandler, type StaffContext } from "./queries.server";

/**
 * One concern of the own district, with the thread and the deadline explained; another district's id is
 * "not found". The read is audited (category `bekymring`, no person: the reporter is unknown).
 */
export async function getConcern(ctx: StaffContext & { bekymringId: string }) {
  krevBehandler(ctx.actor);
  const rad = await ctx.db
    .selectFrom("bekymring")
    .leftJoin("eiendom as e", "e.id", "bekymring.eiendom_id")
    .innerJoin("bydel as by", "by.id", "bekymring.bydel_id")
    .selectAll("bekymring")
    .select(["e.gateadresse as adresse", "e.postnummer", "by.navn as bydel"])
    .where("bekymring.id", "=", ctx.bekymringId)
    .where(bekymringScope(ctx.actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  const meldinger = await ctx.db
    .selectFrom("bekymring_melding")
    .select(["lopenummer", "fra", "tekst", "dato"])
    .where("bekymring_id", "=", rad.id)
    .orderBy("lopenummer")
    .execute();
  // What the concern became, for a link: the complaint or the HMS campaign made from it.
  const naboklage = await ctx.db
    .selectFrom("naboklage")
    .select("id")
    .where("bekymring_id", "=", rad.id)
    .executeTakeFirst();
  const hmsKampanje = await ctx.db
    .selectFrom("hms_kampanje")
    .select("id")
    .where("bekymring_id", "=", rad.id)
    .executeTakeFirst();
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "bekymring", handling: "les", ressurs: `bekymring:${rad.id}` },
  ]);
  const { kvittering_hash: _hash, ...synlig } = rad;
  const dag = idag(ctx.now);
  return {
    bekymring: synlig,
    meldinger,
    naboklageId: naboklage?.id ?? null,
    hmsKampanjeId: hmsKampanje?.id ?? null,
    frist: {
      forfall: rad.kvitteringsfrist,
      forklaring: computeDeadline("bekymringsmelding_kvittering", rad.mottatt).forklaring,
      forfalt: rad.status === "mottatt" && rad.kvitteringsfrist < dag,
    },
  };
}
