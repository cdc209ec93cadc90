import { sql } from "kysely";
import type { NaboklageKategori } from "../../db/schema";
import { addDays, todayInOslo } from "../../lib/frister";
import { naboklageScope, sideFor, type NaboklageContext } from "./queries.server";

export type NaboklageListeRad = {
  id: string;
  opprettet: string;
  adresse: string;
  bydel: string;
  kategori: NaboklageKategori;
  status: "apen" | "avsluttet";
  antallSteg: number;
};

export type Rate = { navn: string; antall: number; boliger: number; per1000: number };

/** How many closed complaints the list shows (open ones are all shown). */
export const AVSLUTTEDE_I_LISTEN = 50;
/** Addresses in the rate table. */
export const ADRESSER_I_TABELLEN = 25;

const per1000 = (antall: number, boliger: number) => (boliger > 0 ? (antall / boliger) * 1000 : 0);

/**
 * Complaints in scope (district: own; Boligbygg: all), open ones first, without parties or text — and the counts
 * per 1,000 homes over the last 12 months, per district and per address (the addresses with the highest rate).
 */
export async function listComplaints(ctx: NaboklageContext) {
  const side = sideFor(ctx.actor);
  const idag = todayInOslo(ctx.now);
  const fra = addDays(idag, -365);
  const base = ctx.db
    .selectFrom("naboklage")
    .innerJoin("eiendom", "eiendom.id", "naboklage.eiendom_id")
    .innerJoin("bydel", "bydel.id", "naboklage.bydel_id")
    .select((eb) => [
      "naboklage.id",
      "naboklage.opprettet",
      "eiendom.gateadresse as adresse",
      "bydel.navn as bydel",
      "naboklage.kategori",
      "naboklage.status",
      eb
        .selectFrom("naboklage_steg")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("naboklage_steg.naboklage_id", "=", "naboklage.id")
        .as("antallSteg"),
    ])
    .where(naboklageScope(ctx.actor));
  const [apne, avsluttede] = await Promise.all([
    base
      .where("naboklage.status", "=", "apen")
      .orderBy("naboklage.opprettet")
      .orderBy("naboklage.id")
      .execute(),
    base
      .where("naboklage.status", "=", "avsluttet")
      .orderBy("naboklage.avsluttet", "desc")
      .orderBy("naboklage.id")
      .limit(AVSLUTTEDE_I_LISTEN)
      .execute(),
  ]);
  const rader: NaboklageListeRad[] = [...apne, ...avsluttede].map((r) => ({
    ...r,
    antallSteg: Number(r.antallSteg ?? 0),
  }));

  const bydelFilter = side === "bydel" && ctx.actor.bydelId ? ctx.actor.bydelId : null;
  const perBydel = await sql<{ navn: string; antall: number; boliger: number }>`
    select b.navn,
      (select count(*)::int from naboklage k where k.bydel_id = b.id and k.opprettet >= ${fra}) as antall,
      (select count(*)::int from bolig x where x.bydel_id = b.id) as boliger
    from bydel b
    where ${bydelFilter}::text is null or b.id = ${bydelFilter}
    order by b.nummer`.execute(ctx.db);
  const perAdresse = await sql<{ navn: string; antall: number; boliger: number }>`
    select e.gateadresse || ' (' || b.navn || ')' as navn, count(*)::int as antall,
      (select count(*)::int from bolig x where x.eiendom_id = e.id) as boliger
    from naboklage k
    join eiendom e on e.id = k.eiendom_id
    join bydel b on b.id = e.bydel_id
    where k.opprettet >= ${fra} and (${bydelFilter}::text is null or k.bydel_id = ${bydelFilter})
    group by e.id, e.gateadresse, b.navn`.execute(ctx.db);
  const rate = (r: { navn: string; antall: number; boliger: number }): Rate => ({
    navn: r.navn,
    antall: Number(r.antall),
    boliger: Number(r.boliger),
    per1000: per1000(Number(r.antall), Number(r.boliger)),
  });
  return {
    side,
    fra,
    idag,
    rader,
    perBydel: perBydel.rows.map(rate).filter((r) => r.boliger > 0),
    perAdresse: perAdresse.rows
      .map(rate)
      .sort((a, b) => b.per1000 - a.per1000 || b.antall - a.antall || a.navn.localeCompare(b.navn))
      .slice(0, ADRESSER_I_TABELLEN),
  };
}

/** For the form: the own district's addresses, and the units at one of them (number, stairwell, floor). */
export async function listAddressesAndUnits(ctx: NaboklageContext & { eiendomId: string | null }) {
  const bydelId = ctx.actor.bydelId ?? "";
  const adresser = await ctx.db
    .selectFrom("eiendom")
    .select(["id", "gateadresse"])
    .where("bydel_id", "=", bydelId)
    .orderBy("gateadresse")
    .execute();
  const valgt = adresser.find((a) => a.id === ctx.eiendomId) ?? null;
  const boliger = valgt
    ? await ctx.db
        .selectFrom("bolig")
        .innerJoin("oppgang", "oppgang.id", "bolig.oppgang_id")
        .select(["bolig.id", "bolig.bolignummer", "oppgang.gateadresse as oppgang", "bolig.etasje"])
        .where("bolig.eiendom_id", "=", valgt.id)
        .orderBy("oppgang.gateadresse")
        .orderBy("bolig.bolignummer")
        .execute()
    : [];
  return { adresser, valgt, boliger };
}
