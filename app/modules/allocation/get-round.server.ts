import { can } from "../../auth/policy.server";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { BESLUTNINGSSTOTTE, type Faktor, type Losning } from "./engine";
import { unsafeRundeBoliger, type Kandidat, type RundeBolig } from "./build-problem.server";
import { unsafeForeslaa } from "./suggest.server";
import { hentRunde, idag, krevBydel, type TildelingContext } from "./queries.server";

export type Forslag = {
  sakId: string;
  poeng: number;
  faktorer: Faktor[];
  oppfylteKrav: string[];
};

export type KandidatForBolig = { sakId: string; poeng: number };

export type Beslutning = {
  tildelingId: string;
  boligId: string;
  sakId: string | null;
  foreslattSakId: string | null;
  vurderte: string[];
  begrunnelse: string;
  tilbud: { id: string; status: "sendt" | "akseptert" | "avslatt" | "trukket"; visning: boolean } | null;
};

export type RundeVisning = {
  runde: {
    id: string;
    navn: string;
    status: "apen" | "avsluttet" | "avlyst";
    opprettetAv: string;
    opprettet: Date;
    versjon: number;
    avlyst: { grunn: string; av: string; tid: Date } | null;
  };
  /** Composition counts and flags are shown only to roles holding `sammensetning.les`. */
  visSammensetning: boolean;
  boliger: (Omit<RundeBolig, "eksisterende" | "utrygg" | "maksPerRunde" | "maksAndel"> & {
    eksisterende: RundeBolig["eksisterende"] | null;
    utrygg: boolean | null;
    forslag: Forslag | null;
    /** Candidates who fit the unit (every hard rule holds), best score first (the page lists the first 10). */
    kandidater: KandidatForBolig[];
    /** Candidates who do not fit, and why, as counts per rule. */
    passerIkke: { grunn: string; antall: number }[];
    ikkeTildeltGrunn: string | null;
  })[];
  /** Everyone on the list the round considered (names, flags and counts — never the answers' text). */
  kandidater: Record<string, Omit<Kandidat, "personId" | "harHelse">>;
  forslag: {
    status: string;
    beslutningsstotte: string;
    objektivverdi: number | null;
    forklaring: string[];
    tidMs: number;
  } | null;
  mote: {
    id: string;
    dato: string;
    deltakere: string;
    registrertAv: string;
    beslutninger: Beslutning[];
  } | null;
};

/**
 * A round of the own district: its units, the candidates from the waiting list who fit each unit, and — while no
 * meeting has been recorded — the engine's suggestion for the whole round with the factors that counted. Every
 * candidate shown is audited (`personalia`), and `helse` for those whose need flags were read from the
 * application's health answers.
 */
export async function getRound(
  ctx: TildelingContext & { rundeId: string; maaTildeles?: readonly string[] },
): Promise<RundeVisning> {
  const bydelId = krevBydel(ctx.actor, "tildeling.les");
  const runde = await hentRunde(ctx.db, bydelId, ctx.rundeId);
  const today = idag(ctx.now);
  const visSammensetning = can(ctx.actor, "sammensetning.les");
  const boliger = await unsafeRundeBoliger(ctx.db, runde.id, today);

  const moteRad = await ctx.db
    .selectFrom("tildelingsmote")
    .selectAll()
    .where("runde_id", "=", runde.id)
    .executeTakeFirst();

  let mote: RundeVisning["mote"] = null;
  const audit: AuditEntry[] = [];
  const ressurs = `tildelingsrunde:${runde.id}`;
  let kandidater: Kandidat[] = [];

  if (moteRad) {
    const rader = await ctx.db
      .selectFrom("tildeling as td")
      .leftJoin("tilbud as t", "t.tildeling_id", "td.id")
      .select([
        "td.id",
        "td.bolig_id",
        "td.sak_id",
        "td.foreslatt_sak_id",
        "td.vurderte_sak_ids",
        "td.begrunnelse",
        "t.id as tilbud_id",
        "t.status as tilbud_status",
        "t.visning_tid",
      ])
      .where("td.mote_id", "=", moteRad.id)
      .execute();
    const sakIds = new Set<string>();
    for (const r of rader) {
      if (r.sak_id) sakIds.add(r.sak_id);
      if (r.foreslatt_sak_id) sakIds.add(r.foreslatt_sak_id);
      for (const v of r.vurderte_sak_ids) sakIds.add(v);
    }
    if (sakIds.size > 0) {
      const personer = await ctx.db
        .selectFrom("sak as s")
        .innerJoin("person as p", "p.id", "s.soker_person_id")
        .leftJoin("venteliste as v", "v.sak_id", "s.id")
        .select(["s.id", "s.saksnummer", "s.soker_person_id", "p.fornavn", "p.etternavn", "v.prioritet"])
        .where("s.id", "in", [...sakIds])
        .where("s.bydel_id", "=", bydelId)
        .execute();
      kandidater = personer.map((p) => ({
        sakId: p.id,
        saksnummer: p.saksnummer,
        personId: p.soker_person_id,
        navn: `${p.fornavn} ${p.etternavn}`,
        venteprioritet: p.prioritet ?? 0,
        ventedager: 0,
        voksne: 0,
        barn: 0,
        behov: { rullestol: false, heis: false, forsteEtasje: false },
        hoyOppfolging: false,
        onsketRom: null,
        nyttTilbud: false,
        harHelse: false,
      }));
      for (const p of personer) {
        audit.push({ personId: p.soker_person_id, kategori: "personalia", handling: "les", ressurs });
      }
    }
    mote = {
      id: moteRad.id,
      dato: moteRad.dato,
      deltakere: moteRad.deltakere,
      registrertAv: moteRad.registrert_av_navn,
      beslutninger: rader.map((r) => ({
        tildelingId: r.id,
        boligId: r.bolig_id,
        sakId: r.sak_id,
        foreslattSakId: r.foreslatt_sak_id,
        vurderte: r.vurderte_sak_ids,
        begrunnelse: r.begrunnelse,
        tilbud: r.tilbud_id
          ? { id: r.tilbud_id, status: r.tilbud_status!, visning: r.visning_tid !== null }
          : null,
      })),
    };
  }

  let losning: Losning | null = null;
  const perBolig = new Map<
    string,
    {
      kandidater: KandidatForBolig[];
      passerIkke: Map<string, number>;
      forslag: Forslag | null;
      grunn: string | null;
    }
  >();
  if (!moteRad && runde.status === "apen") {
    const g = await unsafeForeslaa(ctx.db, bydelId, runde, today, new Set(ctx.maaTildeles ?? []));
    kandidater = g.kandidater;
    for (const k of kandidater) {
      audit.push({ personId: k.personId, kategori: "personalia", handling: "les", ressurs });
      if (k.harHelse) audit.push({ personId: k.personId, kategori: "helse", handling: "les", ressurs });
    }
    losning = g.losning;
    for (const b of g.boliger) {
      perBolig.set(b.id, {
        kandidater: g.passer.get(b.id) ?? [],
        passerIkke: g.passerIkke.get(b.id) ?? new Map(),
        forslag: null,
        grunn: null,
      });
    }
    for (const t of losning?.tildelinger ?? []) {
      perBolig.get(t.bolig)!.forslag = {
        sakId: t.husstand,
        poeng: t.poeng,
        faktorer: t.faktorer,
        oppfylteKrav: t.oppfylteKrav,
      };
    }
    for (const u of losning?.ikkeTildelteBoliger ?? []) perBolig.get(u.bolig)!.grunn = u.grunn;
  }

  await recordAccess(ctx.db, ctx.actor, ctx.requestId, audit);

  // The engine's texts name households and units by id; show case numbers and unit numbers instead.
  const navn = new Map<string, string>();
  for (const k of kandidater) navn.set(k.sakId, `sak ${k.saksnummer}`);
  for (const b of boliger) navn.set(b.id, `${b.adresse} ${b.bolignummer}`);
  const lesbar = (s: string) =>
    s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => navn.get(id) ?? id);

  return {
    runde: {
      id: runde.id,
      navn: runde.navn,
      status: runde.status,
      opprettetAv: runde.opprettet_av_navn,
      opprettet: runde.opprettet,
      versjon: runde.versjon,
      avlyst:
        runde.status === "avlyst" && runde.avlyst_grunn && runde.avlyst
          ? { grunn: runde.avlyst_grunn, av: runde.avlyst_av_navn ?? "", tid: runde.avlyst }
          : null,
    },
    visSammensetning,
    boliger: boliger.map((b) => {
      const p = perBolig.get(b.id);
      return {
        id: b.id,
        bolignummer: b.bolignummer,
        rom: b.rom,
        arealM2: b.arealM2,
        etasje: b.etasje,
        rullestol: b.rullestol,
        status: b.status,
        oppgangId: b.oppgangId,
        adresse: b.adresse,
        heis: b.heis,
        eksisterende: visSammensetning ? b.eksisterende : null,
        utrygg: visSammensetning ? b.utrygg : null,
        forslag: p?.forslag ?? null,
        kandidater: p?.kandidater ?? [],
        passerIkke: p ? [...p.passerIkke].map(([grunn, antall]) => ({ grunn, antall })) : [],
        ikkeTildeltGrunn: p?.grunn ? lesbar(p.grunn) : null,
      };
    }),
    kandidater: Object.fromEntries(
      kandidater.map(({ personId: _p, harHelse: _h, ...k }) => [
        k.sakId,
        visSammensetning ? k : { ...k, hoyOppfolging: false },
      ]),
    ),
    forslag: losning
      ? {
          status: losning.status,
          beslutningsstotte: losning.beslutningsstotte ?? BESLUTNINGSSTOTTE,
          objektivverdi: losning.objektivverdi,
          forklaring: losning.forklaring.map((f) => lesbar(f.tekst)),
          tidMs: losning.solver.tidMs,
        }
      : null,
    mote,
  };
}
