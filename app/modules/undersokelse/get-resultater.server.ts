import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { todayInOslo } from "../../lib/frister";
import { INDIKATORER, type Gruppering, type Indikator } from "./instrument";
import { iScope, summerPer, type Summerad } from "./queries.server";
import { TERSKEL_GRUPPE, terskelFor } from "./scope.server";
import { leggTil, SKJULT_CELLE, tommeSummer, undertrykk, type Celle, type Summer } from "./statistikk";

export type Celler = Record<Indikator, Celle>;

export type Runde = {
  id: string;
  navn: string;
  startdato: string;
  sluttdato: string;
  bydelId: string | null;
  /**
   * Closed: the end date has passed (Europe/Oslo), so no answer can be added any more (`sjekkKode` refuses them)
   * and its figures never change. Only a closed round shows figures; an open one shows its response rate.
   */
  avsluttet: boolean;
};

/** A round is closed the day after its end date: from then on it takes no answers (there is no status column). */
export const erAvsluttet = (runde: { sluttdato: string }, idag: string = todayInOslo()) =>
  runde.sluttdato < idag;

export type Enhetsrad = { id: string; navn: string; svar: number; husstander: number; celler: Celler };

export type Resultater = {
  /** "by": the city with its districts (Velferdsetaten); "bydel": a district with its addresses (coordinator). */
  niva: "by" | "bydel";
  toppNavn: string;
  terskel: number;
  gruppeterskel: number;
  runder: Runde[];
  valgtRunde: Runde | null;
  topp: Enhetsrad | null;
  enheter: Enhetsrad[];
  trend: Array<{ runde: Runde; rad: Enhetsrad }>;
  grupper: { gruppering: Gruppering; rader: Array<{ gruppe: string; celler: Celler }> } | null;
};

type Husstander = Map<string, Map<string, number>>; // runde → enhet → husstander

/** The rounds the actor may see results of (those with addresses in scope), oldest first. */
export async function runderIScope(db: Db, actor: Actor, idag: string = todayInOslo()): Promise<Runde[]> {
  const rows = await db
    .selectFrom("undersokelse_runde as r")
    .select(["r.id", "r.navn", "r.startdato", "r.sluttdato", "r.bydel_id"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("undersokelse_runde_adresse as ra")
          .select("ra.runde_id")
          .whereRef("ra.runde_id", "=", "r.id")
          .where(iScope(actor, "ra.bydel_id")),
      ),
    )
    .orderBy("r.startdato")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    navn: r.navn,
    startdato: String(r.startdato),
    sluttdato: String(r.sluttdato),
    bydelId: r.bydel_id,
    avsluttet: erAvsluttet({ sluttdato: String(r.sluttdato) }, idag),
  }));
}

/**
 * One parent with its children for every indicator, suppressed: the table a page may show. `barn` holds every
 * child that took part (also those without answers). Exported for the address page and the tests.
 */
export function suppresserTabell(
  forelder: { id: string; navn: string; svar: number; husstander: number; summer: Summer },
  barn: Array<{ id: string; navn: string; svar: number; husstander: number; summer: Summer }>,
  terskel: number,
  terskelForelder = terskel,
  brukPopulasjon = true,
): { topp: Enhetsrad; enheter: Enhetsrad[] } {
  const toppCeller = {} as Celler;
  const barnCeller = new Map<string, Celler>(barn.map((b) => [b.id, {} as Celler]));
  for (const i of INDIKATORER) {
    const r = undertrykk(
      {
        forelder: {
          n: forelder.summer[i].n,
          sum: forelder.summer[i],
          populasjon: brukPopulasjon ? forelder.husstander : null,
        },
        barn: barn.map((b) => ({
          nokkel: b.id,
          sum: b.summer[i],
          populasjon: brukPopulasjon ? b.husstander : null,
        })),
      },
      terskel,
      terskelForelder,
    );
    toppCeller[i] = r.forelder;
    for (const b of barn) barnCeller.get(b.id)![i] = r.barn.get(b.id)!;
  }
  return {
    topp: {
      id: forelder.id,
      navn: forelder.navn,
      svar: forelder.svar,
      husstander: forelder.husstander,
      celler: toppCeller,
    },
    enheter: barn.map((b) => ({
      id: b.id,
      navn: b.navn,
      svar: b.svar,
      husstander: b.husstander,
      celler: barnCeller.get(b.id)!,
    })),
  };
}

async function husstanderPer(
  db: Db,
  actor: Actor,
  enhet: "eiendom_id" | "bydel_id",
  bydelId?: string,
): Promise<Husstander> {
  let q = db
    .selectFrom("undersokelse_runde_adresse")
    .select(["runde_id", `${enhet} as enhet`, (eb) => eb.fn.sum<number>("husstander").as("husstander")])
    .where(iScope(actor, "bydel_id"))
    .groupBy(["runde_id", enhet]);
  if (bydelId) q = q.where("bydel_id", "=", bydelId);
  const rows = await q.execute();
  const ut: Husstander = new Map();
  for (const r of rows) {
    const m = ut.get(r.runde_id) ?? new Map<string, number>();
    m.set(String(r.enhet), Number(r.husstander));
    ut.set(r.runde_id, m);
  }
  return ut;
}

/** The units of the view: districts (city view) or the district's addresses (district view). */
async function enhetsnavn(
  db: Db,
  niva: "by" | "bydel",
  bydelId: string | null,
): Promise<Map<string, string>> {
  if (niva === "by") {
    const rows = await db.selectFrom("bydel").select(["id", "navn"]).orderBy("nummer").execute();
    return new Map(rows.map((r) => [r.id, r.navn]));
  }
  const rows = await db
    .selectFrom("eiendom")
    .select(["id", "navn"])
    .where("bydel_id", "=", bydelId!)
    .orderBy("navn")
    .execute();
  return new Map(rows.map((r) => [r.id, r.navn]));
}

/** Builds the suppressed table of one round from the raw rows. */
function tabellForRunde(
  runde: Runde,
  rader: Summerad[],
  husstander: Husstander,
  navn: Map<string, string>,
  toppNavn: string,
  terskel: number,
) {
  const hus = husstander.get(runde.id) ?? new Map<string, number>();
  const perEnhet = new Map(rader.filter((r) => r.runde_id === runde.id).map((r) => [r.enhet, r]));
  const barn = [...hus.keys()]
    .map((id) => ({
      id,
      navn: navn.get(id) ?? id,
      svar: perEnhet.get(id)?.svar ?? 0,
      husstander: hus.get(id) ?? 0,
      summer: perEnhet.get(id)?.summer ?? tommeSummer(),
    }))
    .sort((a, b) => a.navn.localeCompare(b.navn, "nb"));
  const forelder = {
    id: "topp",
    navn: toppNavn,
    svar: barn.reduce((a, b) => a + b.svar, 0),
    husstander: barn.reduce((a, b) => a + b.husstander, 0),
    summer: barn.reduce((a, b) => leggTil(a, b.summer), tommeSummer()),
  };
  const tabell = suppresserTabell(forelder, barn, terskel);
  return runde.avsluttet ? tabell : skjulApenRunde(tabell);
}

/**
 * An open round: every figure hidden (not even n per indicator), only answers and households (the response
 * rate) kept. Its figures change with each answer, so comparing two looks would give one answer away.
 */
function skjulApenRunde<T extends { topp: Enhetsrad; enheter: Enhetsrad[] }>(t: T): T {
  const skjul = (e: Enhetsrad): Enhetsrad => ({
    ...e,
    celler: Object.fromEntries(INDIKATORER.map((i) => [i, SKJULT_CELLE("apen_runde")])) as Celler,
  });
  return { ...t, topp: skjul(t.topp), enheter: t.enheter.map(skjul) };
}

/**
 * The results page: for Velferdsetaten the city and its districts (cells of at least 10), for the coordinator
 * the own district and its addresses (at least 5); a trend of the top unit over all rounds in scope; and, if
 * asked, the top unit of the chosen round broken down by one respondent group (at least 10, whoever asks).
 * Every figure is suppressed here — the page and the CSV file only show what this returns.
 */
export async function getResultater({
  db,
  actor,
  rundeId,
  gruppering,
  idag = todayInOslo(),
}: {
  db: Db;
  actor: Actor;
  rundeId?: string | null;
  gruppering?: Gruppering | null;
  /** Today (Europe/Oslo); tests pass a date to close a round. */
  idag?: string;
}): Promise<Resultater> {
  if (!can(actor, "undersokelse.resultater")) fail("ikke_tilgang");
  const niva: "by" | "bydel" = actor.rolle === "analytiker" ? "by" : "bydel";
  if (niva === "bydel" && !actor.bydelId) fail("ikke_tilgang");
  const bydelId = niva === "bydel" ? actor.bydelId! : undefined;
  const terskel = terskelFor(actor);
  const toppNavn =
    niva === "by"
      ? "Oslo"
      : ((await db.selectFrom("bydel").select("navn").where("id", "=", bydelId!).executeTakeFirst())?.navn ??
        bydelId!);

  const runder = await runderIScope(db, actor, idag);
  const valgtRunde = rundeId ? (runder.find((r) => r.id === rundeId) ?? null) : (runder.at(-1) ?? null);
  if (rundeId && !valgtRunde) fail("ikke_funnet");

  const enhet = niva === "by" ? "bydel_id" : "eiendom_id";
  const [rader, husstander, navn] = await Promise.all([
    summerPer(db, actor, enhet, { bydelId }),
    husstanderPer(db, actor, enhet, bydelId),
    enhetsnavn(db, niva, bydelId ?? null),
  ]);

  // The trend holds closed rounds only: an open round's figures are hidden anyway.
  const trend = runder
    .filter((runde) => runde.avsluttet)
    .map((runde) => ({
      runde,
      rad: tabellForRunde(runde, rader, husstander, navn, toppNavn, terskel).topp,
    }));
  const valgt = valgtRunde ? tabellForRunde(valgtRunde, rader, husstander, navn, toppNavn, terskel) : null;

  let grupper: Resultater["grupper"] = null;
  if (gruppering && valgt && valgtRunde?.avsluttet) {
    const gr = await summerPer(db, actor, gruppering, { runder: [valgtRunde.id], bydelId });
    const navnene = gruppering === "botid" ? ["under_2", "2_5", "over_5", "ukjent"] : ["ja", "nei", "ukjent"];
    const barn = navnene.map((g) => {
      const r = gr.find((x) => x.enhet === g);
      return { id: g, navn: g, svar: r?.svar ?? 0, husstander: 0, summer: r?.summer ?? tommeSummer() };
    });
    const forelder = {
      id: "topp",
      navn: toppNavn,
      svar: valgt.topp.svar,
      husstander: valgt.topp.husstander,
      summer: barn.reduce((a, b) => leggTil(a, b.summer), tommeSummer()),
    };
    // Group cells need 10 answers; the total beside them keeps the role's own threshold.
    const t = suppresserTabell(forelder, barn, TERSKEL_GRUPPE, terskel, false);
    grupper = { gruppering, rader: t.enheter.map((e) => ({ gruppe: e.id, celler: e.celler })) };
  }

  return {
    niva,
    toppNavn,
    terskel,
    gruppeterskel: TERSKEL_GRUPPE,
    runder,
    valgtRunde,
    topp: valgt?.topp ?? null,
    enheter: valgt?.enheter ?? [],
    trend,
    grupper,
  };
}

/** For the address page: the district tables of the rounds the address took part in (same suppression). */
export async function bydelstabeller(db: Db, actor: Actor, bydelId: string, idag: string = todayInOslo()) {
  const runder = await runderIScope(db, actor, idag);
  const [rader, husstander, navn] = await Promise.all([
    summerPer(db, actor, "eiendom_id", { bydelId }),
    husstanderPer(db, actor, "eiendom_id", bydelId),
    enhetsnavn(db, "bydel", bydelId),
  ]);
  return runder.map((runde) => ({
    runde,
    tabell: tabellForRunde(runde, rader, husstander, navn, bydelId, terskelFor(actor)),
  }));
}
