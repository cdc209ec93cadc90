import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { erForsinket } from "./config";
import { auditFor, behandlerScope, krevTilgang, type MangelContext, type MangelRad } from "./queries.server";
import type { Steg } from "./tidslinje";

export type ForvalterMangel = {
  id: string;
  versjon: number;
  kategori: MangelRad["kategori"];
  sted: MangelRad["sted"];
  stedDetalj: string | null;
  beskrivelse: string;
  hastegrad: MangelRad["melders_hastegrad"];
  status: MangelRad["status"];
  alvorlighet: MangelRad["alvorlighet"];
  ansvarlig: string | null;
  planlagtDato: string | null;
  fristDato: string;
  fristTidspunkt: string | null;
  resultat: string | null;
  mottatt: string;
  lukket: string | null;
  forsinket: boolean;
  kilde: MangelRad["kilde"];
  /** The resident had added information nobody at Boligbygg had opened (this visit clears the flag). */
  nyInformasjon: boolean;
  adresse: { gateadresse: string; postnummer: string; poststed: string; bydelNavn: string };
  /** Who to contact about access to the unit: name, unit number and phone — nothing else about them. */
  melder: { navn: string; bolignummer: string | null; telefon: string | null } | null;
};

/**
 * A report as Boligbygg sees it: the fault, the address, the timeline, and whom to contact for access (name,
 * unit and phone from the lease). Never anything from the district's side (follow-up needs, cases, health).
 * Reading it is audited as access to the reporter's contact details.
 */
export async function getDefectForForvalter(
  ctx: MangelContext & { id: string },
): Promise<{ mangel: ForvalterMangel; steg: Steg[]; bilder: { id: string; nummer: number }[] }> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.behandle");
  const now = (ctx.now ?? (() => new Date()))();
  const rad = await ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "m.eiendom_id")
    .innerJoin("bydel as b", "b.id", "m.bydel_id")
    .leftJoin("person as p", "p.id", "m.melder_person_id")
    .leftJoin("bolig as bo", "bo.id", "m.bolig_id")
    .selectAll("m")
    .select(["o.gateadresse", "e.postnummer", "e.poststed", "b.navn as bydelNavn"])
    .select(["p.fornavn", "p.etternavn", "p.telefon", "bo.bolignummer"])
    .where("m.id", "=", ctx.id)
    .where(behandlerScope(actor))
    .executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  const [hendelser, bilder] = await Promise.all([
    ctx.db
      .selectFrom("mangelmelding_hendelse")
      .select(["seq", "hendelse", "tidspunkt", "alvorlighet", "planlagt_dato", "tekst", "aktor_enhet"])
      .where("mangelmelding_id", "=", rad.id)
      .orderBy("seq")
      .execute(),
    ctx.db
      .selectFrom("mangelmelding_bilde")
      .select(["id", "nummer"])
      .where("mangelmelding_id", "=", rad.id)
      .orderBy("nummer")
      .execute(),
  ]);
  if (rad.ny_informasjon) {
    // Opening the report is how Boligbygg takes note of the addition; the row version is left alone, so
    // nobody's open form goes stale because a colleague looked.
    await ctx.db
      .updateTable("mangelmelding")
      .set({ ny_informasjon: false })
      .where("id", "=", rad.id)
      .execute();
  }
  await recordAccess(ctx.db, actor, ctx.requestId, [auditFor(rad, "les")]);
  return {
    mangel: {
      id: rad.id,
      versjon: rad.versjon,
      kategori: rad.kategori,
      sted: rad.sted,
      stedDetalj: rad.sted_detalj,
      beskrivelse: rad.beskrivelse,
      hastegrad: rad.melders_hastegrad,
      status: rad.status,
      alvorlighet: rad.alvorlighet,
      ansvarlig: rad.ansvarlig,
      planlagtDato: rad.planlagt_dato,
      fristDato: rad.frist_dato,
      fristTidspunkt: rad.frist_tidspunkt?.toISOString() ?? null,
      resultat: rad.resultat,
      mottatt: rad.mottatt.toISOString(),
      lukket: rad.lukket?.toISOString() ?? null,
      forsinket:
        rad.lukket === null &&
        erForsinket({ fristDato: rad.frist_dato, fristTidspunkt: rad.frist_tidspunkt }, now),
      kilde: rad.kilde,
      nyInformasjon: rad.ny_informasjon,
      adresse: {
        gateadresse: rad.gateadresse,
        postnummer: rad.postnummer,
        poststed: rad.poststed,
        bydelNavn: rad.bydelNavn,
      },
      melder:
        rad.fornavn && rad.etternavn
          ? { navn: `${rad.fornavn} ${rad.etternavn}`, bolignummer: rad.bolignummer, telefon: rad.telefon }
          : null,
    },
    steg: hendelser.map((h) => ({
      seq: h.seq,
      hendelse: h.hendelse,
      tidspunkt: h.tidspunkt.toISOString(),
      alvorlighet: h.alvorlighet,
      planlagtDato: h.planlagt_dato,
      tekst: h.tekst,
      enhet: h.aktor_enhet,
    })),
    bilder,
  };
}
