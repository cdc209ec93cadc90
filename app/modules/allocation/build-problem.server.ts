import { sql } from "kysely";
import type { Db } from "../../db/connection.server";
import { toDayNumber, type Dato } from "../../lib/frister";
import { parseProblem, type Problem } from "./engine";
import { DEFAULT_VEKTER } from "./engine/problem";
import { STANDARD_BYDELSREGLER, type Bydelsregler } from "./regler";

/** A unit in the round, with its stairwell (no personal data). */
export type RundeBolig = {
  id: string;
  bolignummer: string;
  rom: number;
  arealM2: number;
  etasje: number;
  rullestol: boolean;
  status: string;
  oppgangId: string;
  adresse: string;
  heis: boolean;
  utrygg: boolean;
  /** The stairwell's own limits, overriding the defaults (null: the default). */
  maksPerRunde: number | null;
  maksAndel: number | null;
  /** Who lives in the stairwell now, as counts (sammensetning.les only). */
  eksisterende: { husstander: number; hoyOppfolging: number; barnefamilier: number };
};

/** A waiting-list candidate as the round needs them: flags and counts, never the answers' text. */
export type Kandidat = {
  sakId: string;
  saksnummer: string;
  personId: string;
  navn: string;
  venteprioritet: number;
  ventedager: number;
  voksne: number;
  barn: number;
  behov: { rullestol: boolean; heis: boolean; forsteEtasje: boolean };
  hoyOppfolging: boolean;
  onsketRom: number | null;
  /** The household refused an offer and the district's routine gives them a new one. */
  nyttTilbud: boolean;
  /** True when the application holds health and function answers (read for the flags; audited as `helse`). */
  harHelse: boolean;
};

type Helse = { behov?: string[] } | null;
type Husstand = { voksne?: number; barn?: { alder: number }[] } | null;
type Onsker = { bydeler?: string[]; rom?: number } | null;

export type Sammensetning = RundeBolig["eksisterende"];

/**
 * Who lives in the stairwells now, as counts, computed in the database: households with an active lease, those
 * flagged for follow-up, and households with a member under 18. No person row reaches the application.
 * Unscoped: the caller has checked `sammensetning.les` and the district.
 */
export async function unsafeSammensetning(
  db: Db,
  oppganger: string[],
  idag: Dato,
): Promise<Map<string, Sammensetning>> {
  const tall = new Map<string, Sammensetning>();
  if (oppganger.length === 0) return tall;
  const res = await sql<{ oppgang_id: string; husstander: number; hoy: number; barnefamilier: number }>`
    with aktive as (
      select distinct b.oppgang_id, lk.husstand_id from leiekontrakt lk join bolig b on b.id = lk.bolig_id
      where lk.status = 'aktiv' and b.oppgang_id in (${sql.join(oppganger)})
    )
    select a.oppgang_id, count(*)::int as husstander,
      count(*) filter (where exists (select 1 from husstand_oppfolging ho
        where ho.husstand_id = a.husstand_id and ho.oppfolgingsbehov))::int as hoy,
      count(*) filter (where exists (select 1 from husstand_medlem m join person p on p.id = m.person_id
        where m.husstand_id = a.husstand_id and p.fodselsdato > (${idag}::date - interval '18 years')))::int
        as barnefamilier
    from aktive a group by a.oppgang_id`.execute(db);
  for (const r of res.rows) {
    tall.set(r.oppgang_id, {
      husstander: Number(r.husstander),
      hoyOppfolging: Number(r.hoy),
      barnefamilier: Number(r.barnefamilier),
    });
  }
  return tall;
}

/** The units of a round with their stairwells and the stairwells' counts. Unscoped: the caller checked the round. */
export async function unsafeRundeBoliger(db: Db, rundeId: string, idag: Dato): Promise<RundeBolig[]> {
  const rows = await db
    .selectFrom("tildelingsrunde_bolig as rb")
    .innerJoin("bolig as b", "b.id", "rb.bolig_id")
    .innerJoin("oppgang as o", "o.id", "b.oppgang_id")
    .innerJoin("bygning as g", "g.id", "o.bygning_id")
    .leftJoin("oppgang_regel as r", "r.oppgang_id", "o.id")
    .select([
      "b.id",
      "b.bolignummer",
      "b.rom",
      "b.areal_m2",
      "b.etasje",
      "b.rullestoltilpasset",
      "b.status",
      "o.id as oppgang_id",
      "o.gateadresse",
      "g.heis",
      "r.utrygg",
      "r.maks_hoy_oppfolging_per_runde",
      "r.maks_andel_hoy_oppfolging",
    ])
    .where("rb.runde_id", "=", rundeId)
    .orderBy("o.gateadresse")
    .orderBy("b.bolignummer")
    .execute();
  const tall = await unsafeSammensetning(db, [...new Set(rows.map((r) => r.oppgang_id))], idag);
  return rows.map((r) => ({
    id: r.id,
    bolignummer: r.bolignummer,
    rom: r.rom,
    arealM2: Number(r.areal_m2),
    etasje: r.etasje,
    rullestol: r.rullestoltilpasset,
    status: r.status,
    oppgangId: r.oppgang_id,
    adresse: r.gateadresse,
    heis: r.heis,
    utrygg: r.utrygg ?? false,
    maksPerRunde: r.maks_hoy_oppfolging_per_runde ?? null,
    maksAndel: r.maks_andel_hoy_oppfolging == null ? null : Number(r.maks_andel_hoy_oppfolging),
    eksisterende: tall.get(r.oppgang_id) ?? { husstander: 0, hoyOppfolging: 0, barnefamilier: 0 },
  }));
}

/**
 * The district's active waiting list, minus applicants with an open offer or an allocation decided in another
 * open round. Unscoped beyond `bydelId`: the caller has checked the permission; it audits what it shows.
 */
export async function unsafeKandidater(db: Db, bydelId: string, idag: Dato): Promise<Kandidat[]> {
  const rows = await db
    .selectFrom("venteliste as v")
    .innerJoin("sak as s", "s.id", "v.sak_id")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .leftJoin("soknadsinnhold as si", "si.sak_id", "s.id")
    .select([
      "v.sak_id",
      "v.prioritet",
      "v.dato",
      "s.saksnummer",
      "s.husstand",
      "s.soker_person_id",
      "p.fornavn",
      "p.etternavn",
      "si.helse_funksjon",
      "si.onsker",
    ])
    .select((eb) => [
      eb
        .selectFrom("tilbud as t")
        .select(sql<string>`max(t.rutine)`.as("r"))
        .whereRef("t.sak_id", "=", "s.id")
        .where("t.status", "=", "avslatt")
        .as("avslag_rutine"),
    ])
    .where("v.bydel_id", "=", bydelId)
    .where("s.bydel_id", "=", bydelId)
    .where("v.status", "=", "aktiv")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("tilbud as t")
            .select("t.id")
            .whereRef("t.sak_id", "=", "s.id")
            .where("t.status", "=", "sendt"),
        ),
      ),
    )
    .orderBy("v.prioritet")
    .orderBy("v.dato")
    .orderBy("s.saksnummer")
    .execute();
  return rows.map((r) => {
    const helse = r.helse_funksjon as Helse;
    const hus = r.husstand as Husstand;
    const onsker = r.onsker as Onsker;
    const behov = new Set(helse?.behov ?? []);
    return {
      sakId: r.sak_id,
      saksnummer: r.saksnummer,
      personId: r.soker_person_id,
      navn: `${r.fornavn} ${r.etternavn}`,
      venteprioritet: r.prioritet,
      ventedager: Math.max(0, toDayNumber(idag) - toDayNumber(r.dato as Dato)),
      voksne: Math.max(1, hus?.voksne ?? 1),
      barn: (hus?.barn ?? []).filter((b) => b.alder < 18).length,
      behov: {
        rullestol: behov.has("rullestol"),
        heis: behov.has("heis"),
        forsteEtasje: behov.has("bakkeplan"),
      },
      hoyOppfolging: behov.has("oppfolging"),
      onsketRom: onsker?.rom ?? null,
      nyttTilbud: r.avslag_rutine === "nytt_tilbud",
      harHelse: helse !== null,
    };
  });
}

/**
 * The engine's problem for a round: every candidate against every unit of the round, with the stairwells'
 * counts, flags and limits. Ids are the database ids (sak id for a household, bolig id for a unit).
 */
export function byggProblem(
  navn: string,
  bydelId: string,
  boliger: RundeBolig[],
  kandidater: Kandidat[],
  maaTildeles: ReadonlySet<string> = new Set(),
  bydelsregler: Bydelsregler = STANDARD_BYDELSREGLER,
): Problem {
  const oppganger = new Map<string, RundeBolig>();
  for (const b of boliger) if (!oppganger.has(b.oppgangId)) oppganger.set(b.oppgangId, b);
  const parsed = parseProblem({
    versjon: 1,
    runde: navn,
    husstander: kandidater.map((k) => ({
      id: k.sakId,
      voksne: k.voksne,
      barn: k.barn,
      // The waiting list's priority 1 is the most urgent; the engine counts higher as more urgent.
      prioritet: 4 - k.venteprioritet,
      ventedager: Math.min(k.ventedager, 36500),
      behov: k.behov,
      hoyOppfolging: k.hoyOppfolging,
      onsker: { bydeler: [], omrader: [], ...(k.onsketRom ? { rom: k.onsketRom } : {}) },
      maaTildeles: maaTildeles.has(k.sakId),
    })),
    boliger: boliger.map((b) => ({
      id: b.id,
      oppgang: b.oppgangId,
      rom: b.rom,
      kvm: b.arealM2,
      etasje: b.etasje,
      rullestol: b.rullestol,
    })),
    oppganger: [...oppganger.values()].map((b) => ({
      id: b.oppgangId,
      adresse: b.adresse,
      bydel: bydelId,
      heis: b.heis,
      utrygg: b.utrygg,
      eksisterende: b.eksisterende,
      regler: {
        ...(b.maksPerRunde !== null ? { maksHoyOppfolgingPerRunde: b.maksPerRunde } : {}),
        ...(b.maksAndel !== null ? { maksAndelHoyOppfolging: b.maksAndel } : {}),
      },
    })),
    // The district's saved defaults and weights (page /tildeling/regler), else the engine's defaults.
    regler: {
      maksHoyOppfolgingPerRunde: bydelsregler.maksPerRunde,
      maksAndelHoyOppfolging: bydelsregler.maksAndel,
      malAndelHoyOppfolging: bydelsregler.malAndel,
    },
    vekter: { ...DEFAULT_VEKTER, ...bydelsregler.vekter },
  });
  if (!parsed.ok) throw new Error(`tildelingsproblemet er ugyldig: ${parsed.feil.join("; ")}`);
  return parsed.problem;
}
