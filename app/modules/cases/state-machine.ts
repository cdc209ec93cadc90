import type { Rolle } from "../../auth/actor";
import type { Saksstatus } from "../../db/schema";

/**
 * The case process as data: the declared states, the events that move a case, and which roles may cause each
 * move. Use cases call `transition()` before they write anything; a refusal is answered as a conflict (the case
 * is no longer where the user thought it was). The table is rendered in docs/domain/saksgang.md.
 */
export const SAKSSTATUSER = [
  "mottatt",
  "under_behandling",
  "venter_dokumentasjon",
  "vedtatt",
  "klage_sen_vurdering",
  "klage_under_forberedelse",
  "klage_oversendt",
  "avsluttet",
] as const satisfies readonly Saksstatus[];

export type Sakshendelse =
  | "tildel"
  | "notat"
  | "be_om_dokumentasjon"
  | "dokumentasjon_mottatt"
  | "forelopig_svar"
  | "fatt_vedtak"
  | "vedtak_mottatt"
  | "vedtak_apnet"
  | "klage_i_tide"
  | "klage_for_sent"
  | "sen_klage_behandles"
  | "sen_klage_avvises"
  | "omgjor_etter_klage"
  | "oversend_klage"
  | "klage_stadfestet"
  | "klage_omgjort"
  | "klage_opphevet"
  | "avslutt";

export type Overgang = {
  hendelse: Sakshendelse;
  fra: readonly Saksstatus[];
  /** "samme" keeps the state (the event is recorded in the case log only). */
  til: Saksstatus | "samme";
  roller: readonly Rolle[];
};

const UNDER_ARBEID = ["mottatt", "under_behandling", "venter_dokumentasjon"] as const;
const AAPEN = [
  ...UNDER_ARBEID,
  "vedtatt",
  "klage_sen_vurdering",
  "klage_under_forberedelse",
  "klage_oversendt",
] as const;
const SB = ["saksbehandler"] as const;

/** Every allowed move. Order matters only where one event has several rows (first match wins). */
export const OVERGANGER: readonly Overgang[] = [
  { hendelse: "tildel", fra: ["mottatt"], til: "under_behandling", roller: SB },
  {
    hendelse: "tildel",
    fra: [
      "under_behandling",
      "venter_dokumentasjon",
      "vedtatt",
      "klage_sen_vurdering",
      "klage_under_forberedelse",
    ],
    til: "samme",
    roller: SB,
  },
  { hendelse: "notat", fra: AAPEN, til: "samme", roller: SB },
  { hendelse: "be_om_dokumentasjon", fra: UNDER_ARBEID, til: "venter_dokumentasjon", roller: SB },
  { hendelse: "dokumentasjon_mottatt", fra: ["venter_dokumentasjon"], til: "under_behandling", roller: SB },
  { hendelse: "forelopig_svar", fra: UNDER_ARBEID, til: "samme", roller: SB },
  { hendelse: "fatt_vedtak", fra: ["under_behandling"], til: "vedtatt", roller: SB },
  { hendelse: "vedtak_mottatt", fra: ["vedtatt"], til: "samme", roller: SB },
  // The resident opens the decision in the app: recorded (and fixes mottatt), the state stays.
  {
    hendelse: "vedtak_apnet",
    fra: ["vedtatt", "klage_sen_vurdering", "klage_under_forberedelse", "klage_oversendt"],
    til: "samme",
    roller: ["beboer"],
  },
  // A closed case opens again for an appeal: one posted in time may arrive after closing (§ 30), a late one
  // may still be heard (§ 31). register-appeal refuses a second appeal against an already appealed decision.
  { hendelse: "klage_i_tide", fra: ["vedtatt", "avsluttet"], til: "klage_under_forberedelse", roller: SB },
  { hendelse: "klage_for_sent", fra: ["vedtatt", "avsluttet"], til: "klage_sen_vurdering", roller: SB },
  {
    hendelse: "sen_klage_behandles",
    fra: ["klage_sen_vurdering"],
    til: "klage_under_forberedelse",
    roller: SB,
  },
  { hendelse: "sen_klage_avvises", fra: ["klage_sen_vurdering"], til: "vedtatt", roller: SB },
  { hendelse: "omgjor_etter_klage", fra: ["klage_under_forberedelse"], til: "vedtatt", roller: SB },
  { hendelse: "oversend_klage", fra: ["klage_under_forberedelse"], til: "klage_oversendt", roller: SB },
  // The appeal body decides. Statsforvalteren has no user here: the district records its decision.
  {
    hendelse: "klage_stadfestet",
    fra: ["klage_oversendt"],
    til: "avsluttet",
    roller: ["klagenemnd", "saksbehandler"],
  },
  {
    hendelse: "klage_omgjort",
    fra: ["klage_oversendt"],
    til: "avsluttet",
    roller: ["klagenemnd", "saksbehandler"],
  },
  {
    hendelse: "klage_opphevet",
    fra: ["klage_oversendt"],
    til: "under_behandling",
    roller: ["klagenemnd", "saksbehandler"],
  },
  { hendelse: "avslutt", fra: ["vedtatt"], til: "avsluttet", roller: SB },
];

export type Overgangsfeil = "ukjent_hendelse" | "ikke_tillatt_fra_status" | "rolle_ikke_tillatt";

export type Overgangsresultat = { ok: true; til: Saksstatus } | { ok: false; feil: Overgangsfeil };

/**
 * The next state after `hendelse` in `status`, or why the move is refused. With `rolle`, the role must be one
 * that may cause the move; without it only the state is checked.
 */
export function transition(status: Saksstatus, hendelse: Sakshendelse, rolle?: Rolle): Overgangsresultat {
  const kandidater = OVERGANGER.filter((o) => o.hendelse === hendelse);
  if (kandidater.length === 0) return { ok: false, feil: "ukjent_hendelse" };
  const overgang = kandidater.find((o) => o.fra.includes(status));
  if (!overgang) return { ok: false, feil: "ikke_tillatt_fra_status" };
  if (rolle !== undefined && !overgang.roller.includes(rolle))
    return { ok: false, feil: "rolle_ikke_tillatt" };
  return { ok: true, til: overgang.til === "samme" ? status : overgang.til };
}

/** The events allowed in a state for a role: what the UI may offer. */
export function tillatteHendelser(status: Saksstatus, rolle: Rolle): Sakshendelse[] {
  return [
    ...new Set(
      OVERGANGER.filter((o) => o.fra.includes(status) && o.roller.includes(rolle)).map((o) => o.hendelse),
    ),
  ];
}

/** Plain-language status for the applicant (bokmål). */
export const STATUS_FOR_SOKER: Readonly<Record<Saksstatus, string>> = {
  mottatt: "Vi har mottatt søknaden din.",
  under_behandling: "Vi behandler søknaden din.",
  venter_dokumentasjon: "Vi venter på dokumentasjon fra deg.",
  vedtatt: "Vi har gjort et vedtak i saken din.",
  klage_sen_vurdering:
    "Vi har mottatt klagen din. Den kom etter fristen, og vi vurderer om den kan behandles.",
  klage_under_forberedelse: "Vi har mottatt klagen din og ser på saken på nytt.",
  klage_oversendt: "Klagen din er sendt til klageinstansen, som avgjør den.",
  avsluttet: "Saken din er avsluttet.",
};

/** States the work queue counts as appeals. */
export const KLAGESTATUSER: readonly Saksstatus[] = [
  "klage_sen_vurdering",
  "klage_under_forberedelse",
  "klage_oversendt",
];
