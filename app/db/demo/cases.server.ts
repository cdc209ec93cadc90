import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database, Klageutfall, Sakstype, Saksstatus, Vedtaksutfall } from "../schema";
import { PERSONAS } from "../../auth/test-idp/personas";
import { generateSynthetic } from "../../lib/fodselsnummer";
import { computeDeadline, STANDARD_FRISTER } from "../../lib/frister";
import { vurderTidsfrist } from "../../modules/cases/register-appeal.server";
import { BYDELER } from "../reference/bydeler";
import {
  BISTAND_SITUASJON,
  BOLIGSITUASJON,
  BOLIGTYPER,
  DOKUMENTASJON,
  FORELOPIG_GRUNN,
  FORNYELSE_SITUASJON,
  HELSEBEHOV,
  KLAGENEMND_BEGRUNNELSE,
  NOTATER,
  OVERSENDELSE_MERKNAD,
  SAKSBEHANDLERNAVN,
  SEN_KLAGE_BEGRUNNELSE,
  vedtaksbegrunnelse,
} from "./case-texts";
import { addDays, ageOn, daysBetween, isDate } from "./dates";
import { composeHousehold } from "./households";
import { pickEtternavn, pickFornavn } from "./names";
import { demoPersonas } from "./personas";
import { Random } from "./random";

/**
 * The demo cases (docs/demo-data.md, "Cases"): applications over the last `years` years, each walked through
 * the case journey of docs/domain/saksgang.md by a seeded simulation and written straight into the tables of
 * migration 0002 — the case, its answers, every step in the case log, deadlines, documentation requests,
 * notes, preliminary replies, decisions, appeals and the waiting list. Not through the use cases, and with no
 * audit rows: demo history is not anyone's access. A step whose day has not come yet (after `today`) does not
 * happen, so recent cases stop in every state.
 */

export type DemoCaseSize = "full" | "small";

/** Applications a year over all of Oslo (DOMAIN.md §10: about 1,500). */
const PER_AAR: Record<DemoCaseSize, number> = { full: 1500, small: 60 };

export const CASE_TABLES = [
  "person",
  "husstand",
  "husstand_medlem",
  "saksnummer_teller",
  "sak",
  "soknadsinnhold",
  "sakslogg",
  "frist",
  "dokumentasjonskrav",
  "notat",
  "forelopig_svar",
  "vedtak",
  "klage",
  "venteliste",
] as const;
type CaseTable = (typeof CASE_TABLES)[number];
type Rows = { [T in CaseTable]: Record<string, unknown>[] };
export type DemoCaseCounts = Record<CaseTable, number>;

type Aktor = { id: string; navn: string; rolle: string; enhet: string };
type Husstand = { voksne: number; barn: { alder: number }[] };
type Soker = { personId: string; navn: string; fnr: string; husstand: Husstand; aktor: Aktor };

/** A household the applicant may come from, read from the demo Oslo already in the database. */
type Kandidat = {
  husstandId: string;
  bydelId: string;
  personId: string;
  fnr: string;
  navn: string;
  medlemmer: { rolle: string; fodselsdato: string }[];
  aktivLeie: boolean;
};

// ── The plan of one case: every choice and duration drawn up front; Infinity means "not (yet)" ──

type Klageplan = {
  iTide: boolean;
  /** In time: days after the decision reached the party; late: days after the klagefrist. */
  dager: number;
  registreres: number;
  sen: "behandles" | "avvises";
  senDager: number;
  beslutning: "omgjor" | "oversend";
  forberedelse: number;
  nemnd: number;
  utfall: Klageutfall;
  nyttUtfall: Vedtaksutfall;
};

type Plan = {
  type: Sakstype;
  mottatt: string;
  tildel: number;
  notat: number | null;
  dok: { om: number; fristDager: number; svar: number; utfall: "mottatt" | "frafalt" } | null;
  vedtak: number;
  forelopigSvar: boolean;
  utfall: Vedtaksutfall;
  prioritet: number;
  digital: boolean;
  apnes: number | null;
  registreres: number;
  klage: Klageplan | null;
  /** Days after the decision reached the party (or after the appeal ended) until the case is closed. */
  avslutt: number;
  /** Venteliste: days on the list until a dwelling is allocated (place removed, case closed). */
  tildeling: number;
  runde2: { vedtak: number; utfall: Vedtaksutfall };
};

const NEVER = Number.POSITIVE_INFINITY;

function drawPlan(r: Random, type: Sakstype, mottatt: string): Plan {
  const utfall: Vedtaksutfall =
    type === "bolig"
      ? r.weighted([
          ["innvilget", 28],
          ["venteliste", 44],
          ["avslag", 28],
        ] as const)
      : type === "fornyelse"
        ? r.weighted([
            ["innvilget", 85],
            ["avslag", 15],
          ] as const)
        : r.weighted([
            ["innvilget", 70],
            ["avslag", 30],
          ] as const);
  const klageSjanse =
    utfall === "avslag" ? (type === "fornyelse" ? 0.4 : 0.3) : utfall === "venteliste" ? 0.08 : 0.02;
  const klage: Klageplan | null = r.chance(klageSjanse)
    ? {
        iTide: r.chance(0.88),
        dager: r.int(2, 18),
        registreres: r.int(0, 3),
        sen: r.chance(0.5) ? "behandles" : "avvises",
        senDager: r.int(4, 20),
        beslutning: r.chance(0.2) ? "omgjor" : "oversend",
        forberedelse: r.int(10, 40),
        nemnd: r.int(20, 75),
        utfall: r.weighted([
          ["stadfestet", 68],
          ["omgjort", 17],
          ["opphevet", 15],
        ] as const),
        nyttUtfall: type === "bolig" && r.chance(0.6) ? "venteliste" : "innvilget",
      }
    : null;
  const lang = r.chance(0.15) ? r.int(30, 90) : 0;
  return {
    type,
    mottatt,
    tildel: Math.round(r.normal(4, 2.5, 1, 14)),
    notat: r.chance(0.5) ? r.int(1, 12) : null,
    dok: r.chance(0.35)
      ? {
          om: r.int(3, 14),
          fristDager: r.int(14, 21),
          svar: r.int(4, 26),
          utfall: r.chance(0.85) ? "mottatt" : "frafalt",
        }
      : null,
    vedtak: Math.round(r.normal(32, 14, 7, 110)) + lang,
    forelopigSvar: r.chance(0.85),
    utfall,
    prioritet: r.weighted([
      [1, 15],
      [2, 45],
      [3, 40],
    ] as const),
    digital: r.chance(0.85),
    apnes: r.chance(0.8)
      ? r.weighted([
          [0, 30],
          [1, 25],
          [2, 15],
          [4, 15],
          [6, 15],
        ] as const)
      : null,
    registreres: r.int(1, 5),
    klage,
    avslutt:
      utfall === "innvilget" ? r.int(20, 150) : utfall === "avslag" && r.chance(0.65) ? r.int(25, 60) : NEVER,
    tildeling: Math.round(-Math.log(1 - r.next()) * 330),
    runde2: { vedtak: r.int(20, 60), utfall: type === "bolig" && r.chance(0.5) ? "venteliste" : "innvilget" },
  };
}

// ── Scenarios: cases made to stop in a given state, so every state is present in Sagene and Stovner ──

type Scenario = { navn: string; type?: Sakstype; endre: (p: Plan, r: Random, today: string) => void };

const tilbake = (today: string, min: number, max: number, r: Random) => addDays(today, -r.int(min, max));

const SCENARIOER: readonly Scenario[] = [
  { navn: "mottatt", endre: (p, r, t) => ((p.mottatt = tilbake(t, 0, 1, r)), (p.tildel = NEVER)) },
  {
    navn: "under_behandling_frist_naer",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 24, 27, r);
      p.dok = null;
      p.vedtak = NEVER;
      p.forelopigSvar = false;
      p.tildel = 2;
    },
  },
  {
    navn: "under_behandling_frist_passert",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 40, 55, r);
      p.dok = null;
      p.vedtak = NEVER;
      p.forelopigSvar = false;
      p.tildel = 3;
    },
  },
  {
    navn: "venter_dokumentasjon",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 15, 25, r);
      p.tildel = 2;
      p.dok = { om: 4, fristDager: 21, svar: NEVER, utfall: "mottatt" };
      p.vedtak = NEVER;
    },
  },
  ...(["innvilget", "venteliste", "avslag"] as const).map((utfall): Scenario => ({
    navn: `vedtatt_${utfall}`,
    type: "bolig",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 50, 70, r);
      p.vedtak = daysBetween(p.mottatt, t) - p.tildel - r.int(3, 8);
      p.dok = null;
      p.utfall = utfall;
      p.klage = null;
      p.avslutt = NEVER;
      p.tildeling = NEVER;
    },
  })),
  ...(
    [
      ["klage_sen_vurdering", false, "oversend", NEVER, NEVER],
      ["klage_under_forberedelse", true, "oversend", NEVER, NEVER],
      ["klage_oversendt", true, "oversend", 12, NEVER],
      ["klage_oversendt_2", true, "oversend", 20, NEVER],
      ["klage_stadfestet", true, "oversend", 15, 30],
      ["klage_omgjort_nemnd", true, "oversend", 15, 30],
      ["klage_opphevet", true, "oversend", 15, 30],
      ["klage_omgjort_forsteinstans", true, "omgjor", 15, NEVER],
    ] as const
  ).map(([navn, iTide, beslutning, forberedelse, nemnd]): Scenario => ({
    navn,
    type: "bolig",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 150, 200, r);
      p.utfall = "avslag";
      p.dok = null;
      p.vedtak = r.int(20, 30);
      p.digital = false;
      p.registreres = 3;
      p.klage = {
        iTide,
        dager: iTide ? 10 : 5,
        registreres: 1,
        sen: "behandles",
        senDager: NEVER,
        beslutning,
        forberedelse: navn === "klage_under_forberedelse" ? NEVER : forberedelse,
        nemnd: navn === "klage_oversendt" || navn === "klage_oversendt_2" ? NEVER : nemnd,
        utfall:
          navn === "klage_omgjort_nemnd" ? "omgjort" : navn === "klage_opphevet" ? "opphevet" : "stadfestet",
        nyttUtfall: "venteliste",
      };
      p.runde2 = { vedtak: NEVER, utfall: "innvilget" };
      // Late: the appeal comes well after the klagefrist and waits for the § 31 assessment.
      if (navn === "klage_sen_vurdering") p.mottatt = tilbake(t, 80, 90, r);
    },
  })),
  {
    navn: "avsluttet",
    type: "bolig",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 200, 300, r);
      p.utfall = "innvilget";
      p.klage = null;
      p.avslutt = 40;
    },
  },
  {
    navn: "fornyelse_under_behandling",
    type: "fornyelse",
    endre: (p, r, t) => ((p.mottatt = tilbake(t, 5, 20, r)), (p.dok = null), (p.vedtak = NEVER)),
  },
  {
    navn: "bistand_6_til_statsforvalteren",
    type: "bistand_6",
    endre: (p, r, t) => {
      p.mottatt = tilbake(t, 150, 200, r);
      p.utfall = "avslag";
      p.dok = null;
      p.vedtak = 25;
      p.klage = {
        iTide: true,
        dager: 8,
        registreres: 1,
        sen: "behandles",
        senDager: NEVER,
        beslutning: "oversend",
        forberedelse: 14,
        nemnd: NEVER,
        utfall: "stadfestet",
        nyttUtfall: "innvilget",
      };
    },
  },
];

// ── Building the rows ──

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

class CaseBuilder {
  readonly rows: Rows = Object.fromEntries(CASE_TABLES.map((t) => [t, []])) as unknown as Rows;
  readonly #teller = new Map<number, number>();

  constructor(
    private readonly today: string,
    private readonly nemnd: Aktor,
  ) {}

  /** "2026/00042": numbered in the order the cases arrived, per year. */
  saksnummer(mottatt: string): string {
    const aar = Number(mottatt.slice(0, 4));
    const neste = (this.#teller.get(aar) ?? 0) + 1;
    this.#teller.set(aar, neste);
    return `${aar}/${String(neste).padStart(5, "0")}`;
  }

  finishCounters(): void {
    for (const [aar, siste] of [...this.#teller].sort((a, b) => a[0] - b[0]))
      this.rows.saksnummer_teller.push({ aar, siste });
  }

  /** Walks one case through the journey until `today`. */
  build(c: {
    r: Random;
    id: string;
    saksnummer: string;
    bydelId: string;
    plan: Plan;
    soker: Soker;
    sb: Aktor;
  }) {
    const { r, plan, soker, sb, id: sakId } = c;
    const today = this.today;
    const rows = this.rows;
    const due = (date: string) => date <= today;
    const klokke = new Map<string, number>();
    /** An instant on `date` in Oslo working hours, later than the case's previous one that day. */
    const at = (date: string) => {
      const n = (klokke.get(date) ?? 0) + 1;
      klokke.set(date, n);
      const h = Math.min(7 + n, 15);
      return `${date}T${String(h).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:00.000Z`;
    };
    let status: Saksstatus = "mottatt";
    let versjon = 1;
    let sist = "";
    const logg = (
      date: string,
      aktor: Aktor,
      hendelse: string,
      data: Record<string, unknown>,
      til?: Saksstatus,
      bump = true,
    ) => {
      const tidspunkt = at(date);
      const flytt = til && til !== status ? { fra: status, til } : {};
      rows.sakslogg.push({
        sak_id: sakId,
        tidspunkt,
        aktor_id: aktor.id,
        aktor_navn: aktor.navn,
        aktor_rolle: aktor.rolle,
        aktor_enhet: aktor.enhet,
        hendelse,
        data: { ...flytt, ...data },
      });
      if (til) status = til;
      if (bump) versjon += 1;
      sist = tidspunkt;
      return tidspunkt;
    };
    type Frist = Record<string, unknown> & { type: string; status: string };
    const frister: Frist[] = [];
    const nyFrist = (type: string, start: string, forfall: string, hjemmel: string, date: string) => {
      const f: Frist = {
        id: r.uuid(),
        sak_id: sakId,
        type,
        start,
        forfall,
        hjemmel,
        status: "aktiv",
        oppfylt_ved: null,
        lukket: null,
        opprettet: `${date}T06:00:00.000Z`,
      };
      frister.push(f);
      return f;
    };
    const lukk = (types: string[], statusTil: string, ved: string | null, date: string) => {
      for (const f of frister)
        if (types.includes(f.type) && f.status === "aktiv")
          Object.assign(f, { status: statusTil, oppfylt_ved: ved, lukket: date });
    };

    // Submission
    const innsender = this.#innsender(r, soker, sb, plan.type);
    rows.sak.push({
      id: sakId,
      saksnummer: c.saksnummer,
      bydel_id: c.bydelId,
      type: plan.type,
      status,
      soker_person_id: soker.personId,
      husstand: soker.husstand,
      innsender_rolle: innsender.rolle,
      innsender_aktor_id: innsender.aktor.id,
      innsender_navn: innsender.navn,
      samtykke: true,
      samtykke_grunnlag: innsender.grunnlag,
      saksbehandler_id: null,
      saksbehandler_navn: null,
      mottatt: plan.mottatt,
      versjon,
      opprettet: "",
      endret: "",
    });
    const sak = rows.sak[rows.sak.length - 1]!;
    const [naavaerende, beskrivelse] =
      plan.type === "bolig"
        ? r.pick(BOLIGSITUASJON)
        : ["leier_privat", plan.type === "fornyelse" ? FORNYELSE_SITUASJON : BISTAND_SITUASJON];
    rows.soknadsinnhold.push({
      sak_id: sakId,
      skjemaversjon: 1,
      boligsituasjon: { naavaerende: plan.type === "fornyelse" ? "annet" : naavaerende, beskrivelse },
      okonomi: { inntektKrPerAar: Math.round(r.normal(260_000, 90_000, 0, 700_000) / 1000) * 1000 },
      helse_funksjon: r.chance(0.3) ? r.pick(HELSEBEHOV) : null,
      onsker: { bydeler: [c.bydelId] },
    });
    sak.opprettet = logg(
      plan.mottatt,
      innsender.aktor,
      "soknad_mottatt",
      { type: plan.type, innsenderrolle: innsender.rolle, mottatt: plan.mottatt, saksnummer: c.saksnummer },
      undefined,
      false,
    );
    const fs = computeDeadline("forelopig_svar", plan.mottatt);
    nyFrist("forelopig_svar", fs.start, fs.due, fs.basis, plan.mottatt);
    logg(
      plan.mottatt,
      innsender.aktor,
      "frist_opprettet",
      { type: "forelopig_svar", forfall: fs.due },
      undefined,
      false,
    );

    const vedtakIder: string[] = [];
    const notatIder: string[] = [];
    const kravIder: string[] = [];
    const svarIder: string[] = [];
    let sisteVedtak: Record<string, unknown> | null = null;
    let venteliste: Record<string, unknown> | null = null;

    const ferdig = () => {
      for (const f of frister) rows.frist.push(f);
      sak.status = status;
      sak.versjon = versjon;
      sak.endret = sist;
    };

    // Assignment
    if (plan.tildel === NEVER) return ferdig();
    const tildelt = addDays(plan.mottatt, plan.tildel);
    if (!due(tildelt)) return ferdig();
    sak.saksbehandler_id = sb.id;
    sak.saksbehandler_navn = sb.navn;
    logg(
      tildelt,
      sb,
      "tildelt",
      { saksbehandlerId: sb.id, saksbehandlerNavn: sb.navn, forrigeId: null },
      "under_behandling",
    );

    /** One round of processing from `start` to a decision; false when today came first. */
    const behandle = (
      start: string,
      vedtakEtter: number,
      utfall: Vedtaksutfall,
      forsteRunde: boolean,
    ): boolean => {
      type Steg = { dato: string; gjor: () => void };
      const steg: Steg[] = [];
      if (plan.notat !== null && forsteRunde) {
        steg.push({
          dato: addDays(start, plan.notat),
          gjor: () => {
            const notatId = r.uuid();
            const dato = addDays(start, plan.notat!);
            const tidspunkt = logg(dato, sb, "notat_skrevet", { notatId });
            notatIder.push(notatId);
            rows.notat.push({
              id: notatId,
              sak_id: sakId,
              tekst: r.pick(NOTATER),
              skrevet_av_id: sb.id,
              skrevet_av_navn: sb.navn,
              opprettet: tidspunkt,
            });
          },
        });
      }
      let vedtaksdato = vedtakEtter === NEVER ? null : addDays(start, vedtakEtter);
      if (plan.dok && forsteRunde) {
        const dok = plan.dok;
        const om = addDays(start, dok.om);
        const frist = addDays(om, dok.fristDager);
        const svar =
          dok.svar === NEVER
            ? null
            : dok.utfall === "mottatt"
              ? addDays(om, dok.svar)
              : addDays(frist, r.int(3, 10));
        if (vedtaksdato && svar && vedtaksdato <= svar) vedtaksdato = addDays(svar, r.int(2, 15));
        if (vedtaksdato && !svar) vedtaksdato = null;
        const kravId = r.uuid();
        steg.push({
          dato: om,
          gjor: () => {
            const tidspunkt = logg(
              om,
              sb,
              "dokumentasjon_etterspurt",
              { kravId, frist },
              "venter_dokumentasjon",
            );
            kravIder.push(kravId);
            rows.dokumentasjonskrav.push({
              id: kravId,
              sak_id: sakId,
              beskrivelse: r.pick(DOKUMENTASJON),
              frist,
              status: "etterspurt",
              etterspurt_av: sb.id,
              etterspurt: tidspunkt,
              mottatt: null,
            });
            nyFrist("dokumentasjon", om, frist, "forvaltningsloven § 17 (utredningsplikt)", om);
          },
        });
        if (svar) {
          steg.push({
            dato: svar,
            gjor: () => {
              const krav = rows.dokumentasjonskrav.find((k) => k.id === kravId)!;
              Object.assign(krav, { status: dok.utfall, mottatt: dok.utfall === "mottatt" ? svar : null });
              lukk(
                ["dokumentasjon"],
                dok.utfall === "mottatt" ? "oppfylt" : "avbrutt",
                `dokumentasjon_${dok.utfall}`,
                svar,
              );
              logg(
                svar,
                sb,
                `dokumentasjon_${dok.utfall}`,
                { kravIder: [kravId], dato: svar },
                "under_behandling",
              );
            },
          });
        }
      }
      // § 11 a: a preliminary reply a few days before the month runs out, when the decision will be later.
      if (forsteRunde && plan.forelopigSvar && (vedtaksdato === null || vedtaksdato > fs.due)) {
        const sendt = addDays(fs.due, -r.int(1, 6));
        if (sendt > tildelt) {
          const forventet =
            vedtaksdato && vedtaksdato > addDays(sendt, 7)
              ? addDays(vedtaksdato, r.int(-3, 10))
              : addDays(sendt, r.int(21, 45));
          steg.push({
            dato: sendt,
            gjor: () => {
              const svarId = r.uuid();
              const tidspunkt = logg(sendt, sb, "forelopig_svar_sendt", {
                svarId,
                forventetVedtak: forventet,
              });
              svarIder.push(svarId);
              rows.forelopig_svar.push({
                id: svarId,
                sak_id: sakId,
                grunn: r.pick(FORELOPIG_GRUNN),
                forventet_vedtak: forventet,
                sendt: tidspunkt,
                sendt_av_id: sb.id,
                sendt_av_navn: sb.navn,
              });
              lukk(["forelopig_svar", "forventet_vedtak"], "oppfylt", "forelopig_svar", sendt);
              nyFrist("forventet_vedtak", sendt, forventet, STANDARD_FRISTER.forelopig_svar.hjemmel, sendt);
            },
          });
        }
      }
      steg.sort((a, b) => (a.dato < b.dato ? -1 : a.dato > b.dato ? 1 : 0));
      for (const s of steg) {
        if (!due(s.dato)) return false;
        s.gjor();
      }
      if (!vedtaksdato || !due(vedtaksdato)) return false;
      vedta(vedtaksdato, utfall, "soknad", null);
      return true;
    };

    const vedta = (
      dato: string,
      utfall: Vedtaksutfall,
      grunnlag: "soknad" | "omgjort_etter_klage",
      erstatter: string | null,
    ) => {
      const vedtakId = r.uuid();
      const boligvedtak = utfall !== "avslag" && plan.type !== "bistand_6";
      const personer = soker.husstand.voksne + soker.husstand.barn.length;
      const barn = soker.husstand.barn.some((b) => b.alder < 18);
      const sendemaate = plan.digital ? "digital" : "papir";
      const tidspunkt = at(dato);
      sisteVedtak = {
        id: vedtakId,
        sak_id: sakId,
        utfall,
        boligtype: boligvedtak ? r.pick(BOLIGTYPER) : null,
        rom: boligvedtak
          ? Math.min(5, Math.max(1, personer <= 1 ? r.int(1, 2) : personer <= 3 ? personer : r.int(3, 4)))
          : null,
        leietid_aar: boligvedtak ? (barn ? r.pick([7, 5]) : r.pick([5, 3])) : null,
        ...prefix("begrunnelse_", vedtaksbegrunnelse(r, plan.type, utfall)),
        vedtaksdato: dato,
        sendt: tidspunkt,
        sendemaate,
        apnet: null,
        mottatt: null,
        mottatt_regel: null,
        klagefrist: null,
        klageinstans: plan.type === "bistand_6" ? "statsforvalteren" : "klagenemnd",
        grunnlag,
        erstatter_vedtak_id: erstatter,
        fattet_av_id: sb.id,
        fattet_av_navn: sb.navn,
        opprettet: tidspunkt,
      };
      rows.vedtak.push(sisteVedtak);
      vedtakIder.push(vedtakId);
      const data: Record<string, unknown> = { vedtakId, utfall, vedtaksdato: dato };
      if (utfall === "venteliste") {
        if (venteliste) Object.assign(venteliste, { status: "aktiv", prioritet: plan.prioritet });
        else {
          venteliste = {
            id: r.uuid(),
            bydel_id: c.bydelId,
            sak_id: sakId,
            prioritet: plan.prioritet,
            dato: plan.mottatt,
            status: "aktiv",
            opprettet: tidspunkt,
          };
          rows.venteliste.push(venteliste);
        }
        data.venteliste = { prioritet: plan.prioritet };
      } else if (venteliste && venteliste.status === "aktiv") {
        venteliste.status = "fjernet";
        data.fjernetFraVenteliste = true;
      }
      lukk(["forelopig_svar", "forventet_vedtak", "dokumentasjon"], "oppfylt", "vedtak", dato);
      if (grunnlag === "soknad") logg(dato, sb, "vedtak_fattet", { ...data, sendemaate }, "vedtatt");
      return data;
    };

    /** When the decision reached the party; sets mottatt and klagefrist, or null when that day has not come. */
    const motta = (): string | null => {
      const v = sisteVedtak!;
      const sendtDag = v.vedtaksdato as string;
      if (plan.digital) {
        const apnet = plan.apnes === null ? null : addDays(sendtDag, plan.apnes);
        if (apnet && due(apnet)) {
          const frist = computeDeadline("klagefrist", apnet);
          Object.assign(v, {
            apnet: at(apnet),
            mottatt: apnet,
            mottatt_regel: "apnet_digitalt",
            klagefrist: frist.due,
          });
          nyFrist("klagefrist", frist.start, frist.due, frist.basis, apnet);
          logg(apnet, soker.aktor, "vedtak_apnet", {
            vedtakId: v.id,
            mottatt: apnet,
            regel: "apnet_digitalt",
            klagefrist: frist.due,
          });
          return apnet;
        }
        const senest = addDays(sendtDag, 7);
        const registrert = addDays(senest, plan.registreres);
        if (!due(registrert)) return null;
        const frist = computeDeadline("klagefrist", senest);
        Object.assign(v, { mottatt: senest, mottatt_regel: "digital_sju_dager", klagefrist: frist.due });
        nyFrist("klagefrist", frist.start, frist.due, frist.basis, registrert);
        logg(registrert, sb, "vedtak_mottatt", {
          vedtakId: v.id,
          mottatt: senest,
          regel: "digital_sju_dager",
          klagefrist: frist.due,
        });
        return senest;
      }
      const mottatt = addDays(sendtDag, plan.registreres);
      if (!due(mottatt)) return null;
      const frist = computeDeadline("klagefrist", mottatt);
      Object.assign(v, { mottatt, mottatt_regel: "papir_registrert", klagefrist: frist.due });
      nyFrist("klagefrist", frist.start, frist.due, frist.basis, mottatt);
      logg(mottatt, sb, "vedtak_mottatt", {
        vedtakId: v.id,
        mottatt,
        regel: "papir_registrert",
        klagefrist: frist.due,
      });
      return mottatt;
    };

    const avslutt = (dato: string) => {
      if (!due(dato) || status !== "vedtatt") return;
      lukk(["klagefrist"], "utlopt", null, dato);
      logg(
        dato,
        sb,
        "sak_avsluttet",
        { vedtakId: sisteVedtak!.id, klagefrist: sisteVedtak!.klagefrist },
        "avsluttet",
      );
    };

    /** After a decision: on the waiting list until allocated, or closed after a while. */
    const etterVedtak = (mottatt: string) => {
      const v = sisteVedtak!;
      if (v.utfall === "venteliste") {
        if (plan.tildeling === NEVER) return;
        const tildeling = addDays(v.vedtaksdato as string, plan.tildeling);
        if (!due(tildeling)) return;
        venteliste!.status = "fjernet";
        avslutt(tildeling);
        return;
      }
      if (plan.avslutt !== NEVER) avslutt(addDays(mottatt, plan.avslutt));
    };

    if (!behandle(tildelt, plan.vedtak, plan.utfall, true)) return ferdig();
    const mottatt = motta();
    if (!mottatt) return ferdig();

    // The appeal
    const k = plan.klage;
    if (!k) {
      etterVedtak(mottatt);
      return ferdig();
    }
    const v = sisteVedtak!;
    const klagefrist = v.klagefrist as string;
    const postet = k.iTide
      ? addDays(mottatt, Math.min(k.dager, daysBetween(mottatt, klagefrist)))
      : addDays(klagefrist, k.dager + 1);
    const registrert = addDays(postet, k.registreres);
    if (!due(registrert)) return ferdig();
    const vurdering = vurderTidsfrist(postet, klagefrist, v.vedtaksdato as string);
    const klageId = r.uuid();
    const klage: Record<string, unknown> = {
      id: klageId,
      sak_id: sakId,
      vedtak_id: v.id,
      mottatt: postet,
      i_tide: vurdering.iTide,
      tidsvurdering: vurdering.tekst,
      ettarsgrense_passert: vurdering.ettarsgrensePassert,
      sen_klage_beslutning: null,
      sen_klage_begrunnelse: null,
      status: vurdering.iTide ? "under_forberedelse" : "registrert",
      klageinstans: v.klageinstans,
      oversendt: null,
      oversendelse_merknad: null,
      klager_underrettet: null,
      utfall: null,
      utfall_begrunnelse: null,
      avgjort: null,
      avgjort_av_id: null,
      registrert_av_id: sb.id,
      opprettet: "",
    };
    rows.klage.push(klage);
    lukk(
      ["klagefrist"],
      vurdering.iTide ? "oppfylt" : "utlopt",
      vurdering.iTide ? "klage" : null,
      registrert,
    );
    klage.opprettet = logg(
      registrert,
      sb,
      "klage_registrert",
      {
        klageId,
        vedtakId: v.id,
        mottatt: postet,
        iTide: vurdering.iTide,
        ettarsgrensePassert: vurdering.ettarsgrensePassert,
      },
      vurdering.iTide ? "klage_under_forberedelse" : "klage_sen_vurdering",
    );
    let forberedes = registrert;
    if (!vurdering.iTide) {
      if (k.senDager === NEVER) return ferdig();
      const besluttet = addDays(registrert, k.senDager);
      if (!due(besluttet)) return ferdig();
      const sen = vurdering.ettarsgrensePassert ? "avvises" : k.sen;
      Object.assign(klage, {
        sen_klage_beslutning: sen,
        sen_klage_begrunnelse: SEN_KLAGE_BEGRUNNELSE[sen],
        status: sen === "behandles" ? "under_forberedelse" : "avvist",
      });
      logg(
        besluttet,
        sb,
        `sen_klage_${sen}`,
        { klageId, beslutning: sen },
        sen === "behandles" ? "klage_under_forberedelse" : "vedtatt",
      );
      if (sen === "avvises") {
        if (plan.avslutt !== NEVER) avslutt(addDays(besluttet, r.int(5, 30)));
        return ferdig();
      }
      forberedes = besluttet;
    }
    if (k.forberedelse === NEVER) return ferdig();
    const forberedt = addDays(forberedes, k.forberedelse);
    if (!due(forberedt)) return ferdig();
    if (k.beslutning === "omgjor") {
      const data = vedta(forberedt, k.nyttUtfall, "omgjort_etter_klage", v.id as string);
      Object.assign(klage, { status: "omgjort", avgjort: forberedt });
      logg(
        forberedt,
        sb,
        "klage_omgjort_av_forsteinstans",
        { klageId, ...data, erstatterVedtakId: v.id },
        "vedtatt",
      );
      const nyMottatt = motta();
      if (nyMottatt) etterVedtak(nyMottatt);
      return ferdig();
    }
    const oversendt = at(forberedt);
    Object.assign(klage, {
      status: "oversendt",
      oversendt,
      oversendelse_merknad: r.pick(OVERSENDELSE_MERKNAD),
      klager_underrettet: oversendt,
    });
    logg(forberedt, sb, "klager_underrettet", { klageId, klageinstans: v.klageinstans }, undefined, false);
    logg(
      forberedt,
      sb,
      "klage_oversendt",
      {
        klageId,
        klageinstans: v.klageinstans,
        dokumenter: {
          vedtak: [...vedtakIder],
          notater: [...notatIder],
          dokumentasjonskrav: [...kravIder],
          forelopigeSvar: [...svarIder],
        },
      },
      "klage_oversendt",
    );
    if (k.nemnd === NEVER) return ferdig();
    const avgjort = addDays(forberedt, k.nemnd);
    if (!due(avgjort)) return ferdig();
    // The board records its own outcome; Statsforvalteren's is recorded by the district's caseworker.
    const avgjorAv = v.klageinstans === "klagenemnd" ? this.nemnd : sb;
    Object.assign(klage, {
      status: "avgjort",
      utfall: k.utfall,
      utfall_begrunnelse: KLAGENEMND_BEGRUNNELSE[k.utfall],
      avgjort,
      avgjort_av_id: avgjorAv.id,
    });
    // Quashed: the place from the quashed decision lapses (the closure above may have set it).
    const plass = venteliste as Record<string, unknown> | null;
    if (k.utfall === "opphevet" && plass?.status === "aktiv") plass.status = "fjernet";
    logg(
      avgjort,
      avgjorAv,
      "klage_avgjort",
      { klageId, klageinstans: v.klageinstans, utfall: k.utfall, avgjort },
      k.utfall === "opphevet" ? "under_behandling" : "avsluttet",
    );
    if (k.utfall !== "opphevet") return ferdig();
    // Quashed: a new decision in a second round (not appealed again in the demo).
    if (!behandle(avgjort, plan.runde2.vedtak, plan.runde2.utfall, false)) return ferdig();
    const nyMottatt = motta();
    if (nyMottatt) etterVedtak(nyMottatt);
    return ferdig();
  }

  #innsender(r: Random, soker: Soker, sb: Aktor, type: Sakstype) {
    const rolle = r.weighted([
      ["soker", type === "bistand_6" ? 40 : 72],
      ["saksbehandler_papir", 12],
      ["kommunal_tjeneste", type === "bistand_6" ? 40 : 8],
      ["institusjon", 4],
      ["parorende", 4],
    ] as const);
    switch (rolle) {
      case "soker":
        return { rolle, aktor: soker.aktor, navn: null, grunnlag: null };
      case "saksbehandler_papir":
        return { rolle, aktor: sb, navn: null, grunnlag: "Søknaden er underskrevet av søkeren." };
      case "kommunal_tjeneste": {
        const enhet = sb.enhet.replace("boligkontoret", "booppfølgingstjenesten");
        return {
          rolle,
          aktor: {
            id: `demo:booppfolger:${sb.id}`,
            navn: "Booppfølger i bydelen",
            rolle: "booppfolger",
            enhet,
          },
          navn: enhet,
          grunnlag: "Skriftlig samtykke fra søkeren, lagt ved søknaden.",
        };
      }
      case "institusjon":
        return {
          rolle,
          aktor: sb,
          navn: "Sosionomtjenesten ved sykehuset",
          grunnlag: "Søkeren har gitt skriftlig samtykke til at sykehuset søker.",
        };
      case "parorende": {
        const navn = `${r.pick(["Ahmed", "Kari", "Marek", "Sara", "Nils"])} ${soker.navn.split(" ").at(-1)}`;
        return {
          rolle,
          aktor: { id: `pid:${sha(`parorende:${soker.fnr}`)}`, navn, rolle: "beboer", enhet: "Privatperson" },
          navn,
          grunnlag: "Søkeren har samtykket muntlig og bekreftet det på telefon.",
        };
      }
    }
  }
}

function prefix(p: string, o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [`${p}${k}`, v]));
}

// ── The applicants ──

class Applicants {
  readonly #brukt = new Set<string>();
  readonly #fnr: Set<string>;
  readonly #utenLeie = new Map<string, Kandidat[]>();
  readonly #medLeie = new Map<string, Kandidat[]>();

  constructor(
    kandidater: Kandidat[],
    fnr: Set<string>,
    reserverte: Set<string>,
    private readonly today: string,
    private readonly r: Random,
    private readonly rows: Rows,
  ) {
    this.#fnr = fnr;
    for (const k of kandidater) {
      if (reserverte.has(k.fnr)) continue;
      const map = k.aktivLeie ? this.#medLeie : this.#utenLeie;
      map.set(k.bydelId, [...(map.get(k.bydelId) ?? []), k]);
    }
    for (const list of [...this.#utenLeie.values(), ...this.#medLeie.values()]) r.shuffle(list);
  }

  soker(k: Kandidat, on: string): Soker {
    const barn = k.medlemmer
      .filter((m) => m.rolle === "barn")
      .map((m) => ({ alder: Math.max(0, ageOn(m.fodselsdato, on)) }));
    const voksne = Math.max(1, k.medlemmer.length - barn.length);
    return {
      personId: k.personId,
      navn: k.navn,
      fnr: k.fnr,
      husstand: { voksne, barn },
      aktor: beboerAktor(k.fnr, k.navn),
    };
  }

  /**
   * Bolig and § 6: someone without an active lease (an earlier tenant), else a tenant who wants another home,
   * else a new person (a household without a lease). Fornyelse: a tenant.
   */
  pick(bydelId: string, type: Sakstype, on: string): Soker {
    const pools = type === "fornyelse" ? [this.#medLeie] : [this.#utenLeie, this.#medLeie];
    for (const pool of pools) {
      const list = pool.get(bydelId) ?? [];
      while (list.length > 0) {
        const k = list.pop()!;
        if (this.#brukt.has(k.personId)) continue;
        this.#brukt.add(k.personId);
        return this.soker(k, on);
      }
    }
    return this.#ny(bydelId, on);
  }

  /** A new applicant: a household without a lease, with synthetic fødselsnummer. */
  #ny(bydelId: string, on: string): Soker {
    const r = this.r;
    const members = composeHousehold(
      r,
      r.weighted([
        [1, 45],
        [2, 30],
        [3, 20],
        [4, 5],
      ] as const),
    );
    const husstandId = r.uuid();
    this.rows.husstand.push({ id: husstandId, bydel_id: bydelId });
    let hoved: Soker | null = null;
    const familienavn = pickEtternavn(r, members[0]!.gruppe);
    for (const m of members) {
      const fodselsdato = addDays(on, -(m.alder * 365 + r.int(1, 360)));
      const fnr = generateSynthetic({
        fodselsdato: fodselsdato > this.today ? this.today : fodselsdato,
        kjonn: m.kjonn,
        variant: "tenor",
        pickIndividnummer: (min, max) => r.int(min, max),
        isTaken: (x) => this.#fnr.has(x),
      });
      this.#fnr.add(fnr);
      const id = r.uuid();
      const fornavn = pickFornavn(r, m.gruppe, m.kjonn);
      const etternavn = m.rolle === "medsoker" && r.chance(0.45) ? pickEtternavn(r, m.gruppe) : familienavn;
      this.rows.person.push({
        id,
        fodselsnummer: fnr,
        fornavn,
        etternavn,
        fodselsdato,
        telefon: null,
        epost: null,
      });
      this.rows.husstand_medlem.push({ husstand_id: husstandId, person_id: id, rolle: m.rolle });
      if (!hoved) {
        const navn = `${fornavn} ${etternavn}`;
        hoved = { personId: id, navn, fnr, husstand: { voksne: 0, barn: [] }, aktor: beboerAktor(fnr, navn) };
      }
    }
    const barn = members.filter((m) => m.rolle === "barn").map((m) => ({ alder: m.alder }));
    hoved!.husstand = { voksne: members.length - barn.length, barn };
    return hoved!;
  }
}

function beboerAktor(fnr: string, navn: string): Aktor {
  return { id: `pid:${sha(fnr)}`, navn, rolle: "beboer", enhet: "Privatperson" };
}

async function readCandidates(
  db: Kysely<Database>,
): Promise<{ kandidater: Kandidat[]; fnr: Set<string>; stock: Map<string, number> }> {
  const { rows } = await sql<{
    husstand_id: string;
    bydel_id: string;
    person_id: string;
    rolle: string;
    fodselsdato: string;
    fodselsnummer: string;
    navn: string;
    aktiv: boolean;
  }>`select h.id as husstand_id, h.bydel_id, m.person_id, m.rolle, p.fodselsdato::text as fodselsdato,
      p.fodselsnummer, p.fornavn || ' ' || p.etternavn as navn,
      exists (select 1 from leiekontrakt l where l.husstand_id = h.id and l.status = 'aktiv') as aktiv
    from husstand h join husstand_medlem m on m.husstand_id = h.id join person p on p.id = m.person_id
    order by h.id, m.person_id`.execute(db);
  const per = new Map<string, Kandidat>();
  for (const row of rows) {
    let k = per.get(row.husstand_id);
    if (!k) {
      k = {
        husstandId: row.husstand_id,
        bydelId: row.bydel_id,
        personId: "",
        fnr: "",
        navn: "",
        medlemmer: [],
        aktivLeie: row.aktiv,
      };
      per.set(row.husstand_id, k);
    }
    k.medlemmer.push({ rolle: row.rolle, fodselsdato: row.fodselsdato });
    if (row.rolle === "hovedperson")
      Object.assign(k, { personId: row.person_id, fnr: row.fodselsnummer, navn: row.navn });
  }
  const { rows: alle } = await sql<{ f: string }>`select fodselsnummer as f from person`.execute(db);
  const { rows: bestand } = await sql<{ bydel_id: string; n: number }>`
    select bydel_id, count(*)::int as n from bolig group by bydel_id`.execute(db);
  return {
    kandidater: [...per.values()].filter((k) => k.personId),
    fnr: new Set(alle.map((a) => a.f)),
    stock: new Map(bestand.map((b) => [b.bydel_id, Number(b.n)])),
  };
}

// ── The entry point ──

/**
 * Builds and inserts the demo cases on a database that already holds the demo Oslo (districts, homes,
 * persons, households, leases). `years` of applications (default 2) end at `today`; the bench builds five.
 * Deterministic for the same database, seed, size, today and years.
 */
export async function generateDemoCases(
  db: Kysely<Database>,
  options: { seed: number; size: DemoCaseSize; today: string; years?: number },
): Promise<{ counts: DemoCaseCounts; buildMs: number; insertMs: number }> {
  if (!isDate(options.today)) throw new Error(`Ugyldig dato for today: ${options.today}`);
  const started = performance.now();
  const today = options.today;
  const years = options.years ?? 2;
  const root = Random.fromSeed(options.seed).fork("saker");
  const { kandidater, fnr, stock } = await readCandidates(db);

  const staff = PERSONAS.flatMap((p) => (p.kind === "ansatt" ? [p] : []));
  const nemndPersona = staff.find((p) => p.rolle === "klagenemnd");
  const nemnd: Aktor = nemndPersona
    ? {
        id: `oid:${nemndPersona.oid}`,
        navn: nemndPersona.navn,
        rolle: "klagenemnd",
        enhet: nemndPersona.enhet,
      }
    : { id: "demo:klagenemnd", navn: "Klagenemnda", rolle: "klagenemnd", enhet: "Oslo kommunes klagenemnd" };
  const saksbehandlere = new Map<string, Aktor[]>();
  const navn = root.fork("saksbehandlere");
  for (const bydel of BYDELER) {
    const enhet = `Bydel ${bydel.navn}, boligkontoret`;
    const persona = staff.find((p) => p.rolle === "saksbehandler" && p.bydelId === bydel.id);
    const list: Aktor[] = persona
      ? [{ id: `oid:${persona.oid}`, navn: persona.navn, rolle: "saksbehandler", enhet: persona.enhet }]
      : [];
    const used = new Set<string>();
    while (list.length < 3) {
      const n = navn.pick(SAKSBEHANDLERNAVN);
      if (used.has(n)) continue;
      used.add(n);
      list.push({
        id: `demo:saksbehandler:${bydel.id}:${list.length}`,
        navn: n,
        rolle: "saksbehandler",
        enhet,
      });
    }
    saksbehandlere.set(bydel.id, list);
  }

  const builder = new CaseBuilder(today, nemnd);
  const personas = demoPersonas();
  const personaFnr = new Set(personas.map((p) => p.fodselsnummer));
  const applicants = new Applicants(kandidater, fnr, personaFnr, today, root.fork("sokere"), builder.rows);

  // Heads of the cases: district, type, day received, plan. Numbered afterwards in the order they arrived.
  type Hode = { bydelId: string; plan: Plan; r: Random; persona?: string };
  const hoder: Hode[] = [];
  const totalStock = [...stock.values()].reduce((a, b) => a + b, 0) || 1;
  const total = Math.round(PER_AAR[options.size] * years);
  const dager = Math.round(years * 365);
  for (const bydel of BYDELER) {
    const r = root.fork(`bydel:${bydel.id}`);
    const n = Math.round((total * (stock.get(bydel.id) ?? 0)) / totalStock);
    for (let i = 0; i < n; i++) {
      const type = r.weighted([
        ["bolig", 78],
        ["fornyelse", 16],
        ["bistand_6", 6],
      ] as const);
      const cr = r.fork(i);
      hoder.push({ bydelId: bydel.id, r: cr, plan: drawPlan(cr, type, addDays(today, -r.int(0, dager))) });
    }
    if (bydel.id === "sagene" || bydel.id === "stovner") {
      for (const s of SCENARIOER) {
        const cr = r.fork(`scenario:${s.navn}`);
        const plan = drawPlan(cr, s.type ?? "bolig", today);
        s.endre(plan, cr, today);
        hoder.push({ bydelId: bydel.id, r: cr, plan });
      }
    }
  }
  for (const persona of personas) {
    const cr = root.fork(`persona:${persona.personaId}`);
    const plan = drawPlan(cr, "bolig", today);
    if (persona.personaId === "beboer-sagene") {
      // Amina: under behandling with an open documentation request (and a preliminary reply sent).
      Object.assign(plan, {
        mottatt: addDays(today, -40),
        tildel: 3,
        notat: 2,
        vedtak: NEVER,
        forelopigSvar: true,
      });
      plan.dok = { om: 26, fristDager: 21, svar: NEVER, utfall: "mottatt" };
    } else if (persona.personaId === "beboer-stovner") {
      // Piotr: refused six days ago, opened two days later; the klagefrist is still open.
      Object.assign(plan, {
        mottatt: addDays(today, -75),
        tildel: 4,
        dok: null,
        vedtak: 65,
        utfall: "avslag",
        digital: true,
        apnes: 2,
        klage: null,
        avslutt: NEVER,
      });
    } else continue;
    hoder.push({ bydelId: persona.bydelId, r: cr, plan, persona: persona.personaId });
  }
  hoder.sort((a, b) => (a.plan.mottatt < b.plan.mottatt ? -1 : a.plan.mottatt > b.plan.mottatt ? 1 : 0));

  for (const h of hoder) {
    const persona = h.persona ? personas.find((p) => p.personaId === h.persona) : undefined;
    const personaKandidat = persona ? kandidater.find((k) => k.fnr === persona.fodselsnummer) : undefined;
    const soker = personaKandidat
      ? applicants.soker(personaKandidat, h.plan.mottatt)
      : applicants.pick(h.bydelId, h.plan.type, h.plan.mottatt);
    const ansatte = saksbehandlere.get(h.bydelId)!;
    const sb = ansatte.length && (persona || h.r.chance(0.5)) ? ansatte[0]! : h.r.pick(ansatte);
    builder.build({
      r: h.r,
      id: h.r.uuid(),
      saksnummer: builder.saksnummer(h.plan.mottatt),
      bydelId: h.bydelId,
      plan: h.plan,
      soker,
      sb,
    });
  }
  builder.finishCounters();
  const built = performance.now();

  const insert = async (trx: Kysely<Database>) => {
    for (const table of CASE_TABLES) {
      if (table === "saksnummer_teller") {
        for (const row of builder.rows.saksnummer_teller) {
          await sql`insert into saksnummer_teller (aar, siste) values (${row.aar}, ${row.siste})
            on conflict (aar) do update set siste = greatest(saksnummer_teller.siste, excluded.siste)`.execute(
            trx,
          );
        }
        continue;
      }
      await insertJson(trx, table, builder.rows[table]);
    }
  };
  if (db.isTransaction) await insert(db);
  else await db.transaction().execute(insert);
  const counts = Object.fromEntries(CASE_TABLES.map((t) => [t, builder.rows[t].length])) as DemoCaseCounts;
  return { counts, buildMs: Math.round(built - started), insertMs: Math.round(performance.now() - built) };
}

/** 5,000 rows a statement as one JSON parameter, like the housing data (generate.server.ts). */
async function insertJson(db: Kysely<Database>, table: CaseTable, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += 5000) {
    const json = JSON.stringify(rows.slice(i, i + 5000));
    await sql`insert into ${sql.table(table)} (${columns})
      select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${json}::text::json)`.execute(
      db,
    );
  }
}
