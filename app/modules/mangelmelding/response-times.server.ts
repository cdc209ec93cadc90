import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import { fail } from "../../lib/errors";
import { datoInOslo } from "../../lib/frister";
import { MINSTE_CELLE_ANALYTIKER } from "./config";
import { krevTilgang, type MangelContext } from "./queries.server";

export type Svartidsrad = {
  id: string;
  navn: string;
  /** Reports received in the period. */
  mottatt: number;
  /** Of those, closed. */
  lukket: number;
  /** Median days from received to closed (closed reports), one decimal. */
  medianDager: number | null;
  /** Share of closed reports closed within their deadline, 0–100. */
  andelInnenFrist: number | null;
  /** Open reports now past their deadline. */
  forsinket: number;
  /** True when the cell is hidden (too few reports for this role). */
  skjult: boolean;
};

export type Svartider = {
  fra: string;
  til: string;
  bydeler: Svartidsrad[];
  /** The chosen district's addresses (oppganger), when a district is chosen. */
  adresser: Svartidsrad[] | null;
  valgtBydel: { id: string; navn: string } | null;
  /** The districts the actor may choose between (koordinator: only the own). */
  kanVelge: { id: string; navn: string }[];
};

/** The districts the actor may see response times for: Boligbygg and the analyst all, a coordinator the own. */
function bydelerFor(actor: Actor): { alle: true } | { alle: false; bydeler: string[] } {
  if (actor.rolle === "forvalter" || actor.rolle === "analytiker") return { alle: true };
  if (actor.rolle === "bomiljokoordinator" && actor.bydelId) return { alle: false, bydeler: [actor.bydelId] };
  return { alle: false, bydeler: [] };
}

/**
 * Response times over the last 12 months (reports received in the period): per district, and per address in
 * one chosen district. Aggregates only — no report, no person. For the analyst, cells with fewer than 10
 * reports are hidden (and the district totals are not shown next to hidden address rows per district, so a
 * hidden row cannot be recovered by subtraction: only the district level is shown to the analyst).
 */
export async function getResponseTimes(ctx: MangelContext & { bydelId?: string | null }): Promise<Svartider> {
  const { actor } = ctx;
  krevTilgang(actor, "mangelmelding.svartider");
  const scope = bydelerFor(actor);
  const now = (ctx.now ?? (() => new Date()))();
  const til = datoInOslo(now);
  const fraInstant = new Date(now.getTime() - 365 * 86_400_000);
  const fra = datoInOslo(fraInstant);
  const idag = til;

  const kanVelge = await ctx.db
    .selectFrom("bydel")
    .select(["id", "navn"])
    .$call((q) => (scope.alle ? q : q.where("id", "in", scope.bydeler.length ? scope.bydeler : ["-"])))
    .orderBy("nummer")
    .execute();
  if (kanVelge.length === 0) fail("ikke_tilgang");

  const aggregat = (gruppe: "m.bydel_id" | "m.oppgang_id") =>
    ctx.db
      .selectFrom("mangelmelding as m")
      .where("m.mottatt", ">=", fraInstant)
      .where(
        "m.bydel_id",
        "in",
        kanVelge.map((b) => b.id),
      )
      .select(sql.ref<string>(gruppe).as("gruppe"))
      .select((eb) => eb.fn.countAll<string>().as("mottatt"))
      .select(sql<string>`count(m.lukket)`.as("lukket"))
      .select(
        sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from (m.lukket - m.mottatt)) / 86400.0)`.as(
          "median",
        ),
      )
      .select(
        sql<string>`count(*) filter (where m.lukket is not null and (case when m.frist_tidspunkt is not null
          then m.lukket <= m.frist_tidspunkt else m.lukket_dato <= m.frist_dato end))`.as("innen"),
      )
      .select(
        sql<string>`count(*) filter (where m.lukket is null and (case when m.frist_tidspunkt is not null
          then m.frist_tidspunkt < ${now} else m.frist_dato < ${idag} end))`.as("forsinket"),
      )
      .groupBy(gruppe);

  const minste = actor.rolle === "analytiker" ? MINSTE_CELLE_ANALYTIKER : 1;
  const tilRad = (
    r: {
      gruppe: string;
      mottatt: string;
      lukket: string;
      median: number | null;
      innen: string;
      forsinket: string;
    },
    navn: string,
  ): Svartidsrad => {
    const mottatt = Number(r.mottatt);
    const lukket = Number(r.lukket);
    const skjult = mottatt < minste;
    return {
      id: r.gruppe,
      navn,
      mottatt: skjult ? 0 : mottatt,
      lukket: skjult ? 0 : lukket,
      medianDager: skjult || r.median === null ? null : Math.round(Number(r.median) * 10) / 10,
      andelInnenFrist: skjult || lukket === 0 ? null : Math.round((Number(r.innen) / lukket) * 100),
      forsinket: skjult ? 0 : Number(r.forsinket),
      skjult,
    };
  };

  const perBydel = new Map((await aggregat("m.bydel_id").execute()).map((r) => [r.gruppe, r]));
  const bydeler = kanVelge.map((b) =>
    tilRad(
      perBydel.get(b.id) ?? {
        gruppe: b.id,
        mottatt: "0",
        lukket: "0",
        median: null,
        innen: "0",
        forsinket: "0",
      },
      b.navn,
    ),
  );

  const valgt =
    kanVelge.find((b) => b.id === ctx.bydelId) ?? (kanVelge.length === 1 ? kanVelge[0] : undefined) ?? null;
  // The analyst sees districts only: per-address figures would be small cells next to a district total.
  let adresser: Svartidsrad[] | null = null;
  if (valgt && actor.rolle !== "analytiker") {
    const oppganger = await ctx.db
      .selectFrom("oppgang")
      .select(["id", "gateadresse"])
      .where("bydel_id", "=", valgt.id)
      .orderBy("gateadresse")
      .execute();
    const perOppgang = new Map(
      (await aggregat("m.oppgang_id").where("m.bydel_id", "=", valgt.id).execute()).map((r) => [r.gruppe, r]),
    );
    adresser = oppganger.map((o) =>
      tilRad(
        perOppgang.get(o.id) ?? {
          gruppe: o.id,
          mottatt: "0",
          lukket: "0",
          median: null,
          innen: "0",
          forsinket: "0",
        },
        o.gateadresse,
      ),
    );
  }
  return { fra, til, bydeler, adresser, valgtBydel: valgt, kanVelge };
}
