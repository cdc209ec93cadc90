import { sql } from "kysely";
import type { Alvorlighet, Mangelkategori, Mangelstatus } from "../../db/schema";
import { datoInOslo } from "../../lib/frister";
import { KO_GRENSE } from "./config";
import { behandlerScope, krevTilgang, type MangelContext } from "./queries.server";

export type KoFilter = {
  /** "apne" (mottatt, vurdert, planlagt) or "lukket". */
  visning: "apne" | "lukket";
  bydelId?: string | undefined;
  alvorlighet?: Alvorlighet | undefined;
  kunForsinket?: boolean | undefined;
  /** Only reports with information from the resident that nobody at Boligbygg has opened. */
  kunNyInformasjon?: boolean | undefined;
};

export type KoRad = {
  id: string;
  kategori: Mangelkategori;
  status: Mangelstatus;
  alvorlighet: Alvorlighet;
  gateadresse: string;
  bydelNavn: string;
  mottatt: string;
  fristDato: string;
  fristTidspunkt: string | null;
  planlagtDato: string | null;
  ansvarlig: string | null;
  forsinket: boolean;
  /** Who reported it: a resident, or staff (HMS visit, meeting, phone). */
  kilde: "beboer" | "ansatt";
  /** The resident added information nobody at Boligbygg has opened yet. */
  nyInformasjon: boolean;
};

/**
 * Boligbygg's queue: open reports by deadline (most urgent first), or closed ones newest first, optionally
 * for one district, one severity, or only those past their deadline. No reporter names here (the report's
 * own page shows who to contact), so the list itself is no read of personal data.
 */
export async function listDefectQueue(
  ctx: MangelContext & { filter: KoFilter },
): Promise<{ rader: KoRad[]; antall: number }> {
  const { actor, filter } = ctx;
  krevTilgang(actor, "mangelmelding.behandle");
  const now = (ctx.now ?? (() => new Date()))();
  const idag = datoInOslo(now);
  const forsinket = sql<boolean>`case when m.lukket is not null then false
    when m.frist_tidspunkt is not null then m.frist_tidspunkt < ${now}
    else m.frist_dato < ${idag} end`;
  let q = ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .innerJoin("bydel as b", "b.id", "m.bydel_id")
    .where(behandlerScope(actor))
    .where("m.status", filter.visning === "apne" ? "in" : "not in", ["mottatt", "vurdert", "planlagt"]);
  if (filter.bydelId) q = q.where("m.bydel_id", "=", filter.bydelId);
  if (filter.alvorlighet) q = q.where("m.alvorlighet", "=", filter.alvorlighet);
  if (filter.kunForsinket) q = q.where(forsinket, "=", true);
  if (filter.kunNyInformasjon) q = q.where("m.ny_informasjon", "=", true);
  const [{ antall }, rader] = await Promise.all([
    q.select((eb) => eb.fn.countAll<string>().as("antall")).executeTakeFirstOrThrow(),
    q
      .select([
        "m.id",
        "m.kategori",
        "m.status",
        "m.alvorlighet",
        "o.gateadresse",
        "b.navn as bydelNavn",
        "m.mottatt",
        "m.frist_dato",
        "m.frist_tidspunkt",
        "m.planlagt_dato",
        "m.ansvarlig",
        "m.kilde",
        "m.ny_informasjon",
      ])
      .select(forsinket.as("forsinket"))
      .$call((qb) =>
        filter.visning === "apne"
          ? qb.orderBy("m.frist_dato").orderBy("m.mottatt")
          : qb.orderBy("m.lukket", "desc"),
      )
      .orderBy("m.id")
      .limit(KO_GRENSE)
      .execute(),
  ]);
  return {
    antall: Number(antall),
    rader: rader.map((r) => ({
      id: r.id,
      kategori: r.kategori,
      status: r.status,
      alvorlighet: r.alvorlighet,
      gateadresse: r.gateadresse,
      bydelNavn: r.bydelNavn,
      mottatt: r.mottatt.toISOString(),
      fristDato: r.frist_dato,
      fristTidspunkt: r.frist_tidspunkt?.toISOString() ?? null,
      planlagtDato: r.planlagt_dato,
      ansvarlig: r.ansvarlig,
      forsinket: Boolean(r.forsinket),
      kilde: r.kilde,
      nyInformasjon: r.ny_informasjon,
    })),
  };
}
