import type { Selectable } from "kysely";
import type { MangelmeldingTable } from "../../db/schema";
import { recordAccess } from "../audit/record-access.server";
import { erForsinket } from "./config";
import { auditFor, type MangelContext, type MangelRad } from "./queries.server";
import { MELDER_SER, MELDER_VARSLES, type Steg } from "./tidslinje";

export type EgenMangelDetalj = {
  mangel: {
    id: string;
    kategori: MangelRad["kategori"];
    sted: MangelRad["sted"];
    stedDetalj: string | null;
    beskrivelse: string;
    hastegrad: MangelRad["melders_hastegrad"];
    status: MangelRad["status"];
    alvorlighet: MangelRad["alvorlighet"];
    planlagtDato: string | null;
    fristDato: string;
    fristTidspunkt: string | null;
    resultat: string | null;
    mottatt: string;
    lukket: string | null;
    forsinket: boolean;
  };
  gateadresse: string;
  bilder: { id: string; nummer: number; bredde: number; hoyde: number }[];
  steg: (Steg & { ny: boolean })[];
};

/**
 * A report as the one who made it sees it — a resident, or a staff member who registered it: the facts and the
 * timeline (received, assessed, planned for a date, done or closed with the reason). Steps newer than the last
 * visit are marked `ny`, and the visit marks them seen. The caller has found `rad` in the reader's own scope.
 */
export async function meldersVisning(
  ctx: MangelContext,
  rad: Selectable<MangelmeldingTable> & { gateadresse: string },
): Promise<EgenMangelDetalj> {
  const { actor } = ctx;
  const now = (ctx.now ?? (() => new Date()))();
  const [hendelser, bilder] = await Promise.all([
    ctx.db
      .selectFrom("mangelmelding_hendelse")
      .select(["seq", "hendelse", "tidspunkt", "alvorlighet", "planlagt_dato", "tekst", "aktor_enhet"])
      .where("mangelmelding_id", "=", rad.id)
      .where("hendelse", "in", [...MELDER_SER])
      .orderBy("seq")
      .execute(),
    ctx.db
      .selectFrom("mangelmelding_bilde")
      .select(["id", "nummer", "bredde", "hoyde"])
      .where("mangelmelding_id", "=", rad.id)
      .orderBy("nummer")
      .execute(),
  ]);
  const sett = BigInt(rad.melder_sett_seq);
  const siste = hendelser.at(-1)?.seq;
  if (siste !== undefined && BigInt(siste) > sett) {
    await ctx.db
      .updateTable("mangelmelding")
      .set({ melder_sett_seq: siste })
      .where("id", "=", rad.id)
      .execute();
  }
  await recordAccess(ctx.db, actor, ctx.requestId, [auditFor(rad, "les")]);
  return {
    mangel: {
      id: rad.id,
      kategori: rad.kategori,
      sted: rad.sted,
      stedDetalj: rad.sted_detalj,
      beskrivelse: rad.beskrivelse,
      hastegrad: rad.melders_hastegrad,
      status: rad.status,
      alvorlighet: rad.alvorlighet,
      planlagtDato: rad.planlagt_dato,
      fristDato: rad.frist_dato,
      resultat: rad.resultat,
      mottatt: rad.mottatt.toISOString(),
      lukket: rad.lukket?.toISOString() ?? null,
      fristTidspunkt: rad.frist_tidspunkt?.toISOString() ?? null,
      forsinket:
        rad.lukket === null &&
        erForsinket({ fristDato: rad.frist_dato, fristTidspunkt: rad.frist_tidspunkt }, now),
    },
    gateadresse: rad.gateadresse,
    bilder,
    steg: hendelser.map((h) => ({
      seq: h.seq,
      hendelse: h.hendelse,
      tidspunkt: h.tidspunkt.toISOString(),
      alvorlighet: h.alvorlighet,
      planlagtDato: h.planlagt_dato,
      tekst: h.tekst,
      enhet: h.aktor_enhet,
      ny: BigInt(h.seq) > sett && MELDER_VARSLES.includes(h.hendelse),
    })),
  };
}
