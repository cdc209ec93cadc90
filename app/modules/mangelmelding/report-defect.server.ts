import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { RensetBilde } from "./bilder.server";
import { beregnFrist, FORELOPIG_ALVORLIGHET } from "./config";
import { finnEgenAdresse } from "./egen-adresse.server";
import {
  auditFor,
  iTransaksjon,
  krevTilgang,
  lagreBilder,
  loggSteg,
  type MangelContext,
} from "./queries.server";
import type { NyMangel } from "./schemas";

/**
 * A resident reports a fault at the address of their active lease. The photos arrive already checked and
 * re-encoded (bilder.server.ts). The deadline is set at once from the resident's own urgency; Boligbygg's
 * assessment may change it. The same idempotency key from the same person returns the first report
 * (`duplikat: true`) and writes nothing — a double click makes one report.
 */
export async function reportDefect(
  ctx: MangelContext & { input: NyMangel; bilder: readonly RensetBilde[] },
): Promise<{ id: string; duplikat: boolean }> {
  const { actor, input } = ctx;
  krevTilgang(actor, "egen_mangelmelding.melde");
  return iTransaksjon(ctx.db, async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`${actor.id}\n${input.idempotensnokkel}`}, 7301006))`.execute(
      trx,
    );
    const tidligere = await trx
      .selectFrom("mangelmelding")
      .select("id")
      .where("melder_aktor_id", "=", actor.id)
      .where("idempotensnokkel", "=", input.idempotensnokkel)
      .executeTakeFirst();
    if (tidligere) return { id: tidligere.id, duplikat: true };

    const adresse = await finnEgenAdresse(trx, actor);
    if (!adresse) fail("ikke_tilgang");
    const mottatt = (ctx.now ?? (() => new Date()))();
    const alvorlighet = FORELOPIG_ALVORLIGHET[input.hastegrad];
    const frist = beregnFrist(mottatt, alvorlighet);
    const id = randomUUID();
    await trx
      .insertInto("mangelmelding")
      .values({
        id,
        bydel_id: adresse.bydelId,
        eiendom_id: adresse.eiendomId,
        oppgang_id: adresse.oppgangId,
        bolig_id: input.sted === "egen_bolig" ? adresse.boligId : null,
        kilde: "beboer",
        melder_aktor_id: actor.id,
        melder_person_id: actor.personId,
        kategori: input.kategori,
        sted: input.sted,
        sted_detalj: input.stedDetalj || null,
        beskrivelse: input.beskrivelse,
        melders_hastegrad: input.hastegrad,
        status: "mottatt",
        alvorlighet,
        ansvarlig: null,
        planlagt_dato: null,
        frist_dato: frist.fristDato,
        frist_tidspunkt: frist.fristTidspunkt,
        resultat: null,
        mottatt,
        vurdert: null,
        lukket: null,
        lukket_dato: null,
        idempotensnokkel: input.idempotensnokkel,
      })
      .execute();
    await lagreBilder(trx, id, ctx.bilder);
    await loggSteg(trx, actor, id, "mottatt", { tidspunkt: mottatt });
    // The reporter has seen their own "mottatt" step.
    await trx
      .updateTable("mangelmelding")
      .set({
        melder_sett_seq: sql<string>`(select max(seq) from mangelmelding_hendelse where mangelmelding_id = ${id})`,
      })
      .where("id", "=", id)
      .execute();
    await recordAccess(trx, actor, ctx.requestId, [
      auditFor({ id, melder_person_id: actor.personId }, "opprett"),
    ]);
    return { id, duplikat: false };
  });
}
