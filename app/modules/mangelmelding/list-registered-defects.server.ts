import type { Alvorlighet, Mangelkategori, Mangelstatus } from "../../db/schema";
import { recordAccess } from "../audit/record-access.server";
import { erForsinket, KO_GRENSE } from "./config";
import { auditFor, krevTilgang, registrertScope, type MangelContext } from "./queries.server";

export type RegistrertMangel = {
  id: string;
  kategori: Mangelkategori;
  gateadresse: string;
  bydelNavn: string;
  bolignummer: string | null;
  status: Mangelstatus;
  alvorlighet: Alvorlighet;
  mottatt: string;
  fristDato: string;
  fristTidspunkt: string | null;
  planlagtDato: string | null;
  resultat: string | null;
  forsinket: boolean;
};

/**
 * The reports this staff member registered (`kilde = 'ansatt'`), newest first, with their live status — how
 * a bomiljøkoordinator follows what she reported for her district's addresses. Only addresses still in the
 * actor's scope are listed (a coordinator who changed district no longer sees the old district's reports).
 */
export async function listRegisteredDefects(
  ctx: MangelContext,
): Promise<{ rader: RegistrertMangel[]; antall: number }> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.registrere");
  const now = (ctx.now ?? (() => new Date()))();
  const q = ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .innerJoin("bydel as b", "b.id", "m.bydel_id")
    .leftJoin("bolig as bo", "bo.id", "m.bolig_id")
    .where(registrertScope(actor));
  const [{ antall }, rader] = await Promise.all([
    q.select((eb) => eb.fn.countAll<string>().as("antall")).executeTakeFirstOrThrow(),
    q
      .select([
        "m.id",
        "m.kategori",
        "o.gateadresse",
        "b.navn as bydelNavn",
        "bo.bolignummer",
        "m.status",
        "m.alvorlighet",
        "m.mottatt",
        "m.frist_dato",
        "m.frist_tidspunkt",
        "m.planlagt_dato",
        "m.resultat",
        "m.lukket",
        "m.melder_person_id",
      ])
      .orderBy("m.mottatt", "desc")
      .orderBy("m.id")
      .limit(KO_GRENSE)
      .execute(),
  ]);
  await recordAccess(
    ctx.db,
    actor,
    ctx.requestId,
    rader.map((r) => auditFor(r, "les")),
  );
  return {
    antall: Number(antall),
    rader: rader.map((r) => ({
      id: r.id,
      kategori: r.kategori,
      gateadresse: r.gateadresse,
      bydelNavn: r.bydelNavn,
      bolignummer: r.bolignummer,
      status: r.status,
      alvorlighet: r.alvorlighet,
      mottatt: r.mottatt.toISOString(),
      fristDato: r.frist_dato,
      fristTidspunkt: r.frist_tidspunkt?.toISOString() ?? null,
      planlagtDato: r.planlagt_dato,
      resultat: r.resultat,
      forsinket:
        r.lukket === null && erForsinket({ fristDato: r.frist_dato, fristTidspunkt: r.frist_tidspunkt }, now),
    })),
  };
}
