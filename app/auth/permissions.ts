import type { Rolle } from "./actor";

/**
 * The permission registry: every `resource.action` the app checks, and the
 * roles that hold it. Anything not listed is denied. Row-level scope (own
 * district, own household) is applied in each module's queries.
 */
export const PERMISSIONS = {
  /** Bydel → eiendom → bygning → oppgang → bolig, with status and facts about units. */
  "boligregister.les": ["saksbehandler", "booppfolger", "bomiljokoordinator", "forvalter"],
  /** A stairwell's composition as counts (households, children, 67+, follow-up need). Never reasons. */
  "sammensetning.les": ["saksbehandler", "booppfolger", "bomiljokoordinator"],
  /** Lease parties, dates and rent of a unit. */
  "leiekontrakt.les": ["saksbehandler", "forvalter"],
  /** City-wide aggregates per district (cells of at least 10). */
  "statistikk.les": ["analytiker", "leder"],
  /** A resident's own unit, lease and contact card. */
  "minbolig.les": ["beboer"],
  /** A resident's own access log ("Hvem har sett opplysningene mine"). */
  "innsyn.les": ["beboer"],
  /** Configuration, users and roles; verifying the audit chain. No case data. */
  "admin.les": ["systemadministrator"],
  /** Cases of the own district (klagenemnd: only cases forwarded to it), with the facts a case needs. */
  "sak.les": ["saksbehandler", "klagenemnd"],
  /** Assign, note, request documentation, preliminary reply, record receipt, register and prepare appeals. */
  "sak.behandle": ["saksbehandler"],
  /** Make a decision (vedtak) in a case of the own district. */
  "sak.vedtak": ["saksbehandler"],
  /** Register an application on someone's behalf: paper (saksbehandler) or a municipal service (booppfolger). */
  "sak.registrer": ["saksbehandler", "booppfolger"],
  /** Record the appeal body's outcome in a case forwarded to the board. */
  "klage.avgjore": ["klagenemnd"],
  /** The own district's waiting list, with the applicants' names (the resident sees only their own place). */
  "venteliste.les": ["saksbehandler"],
  /** A resident's own cases, decisions and waiting-list place. */
  "egen_sak.les": ["beboer"],
  /** Apply digitally (for oneself, or for a relative with consent). */
  "egen_sak.soke": ["beboer"],
  // mangelmelding
  /** Report a fault at the own address, and follow the own reports' timelines. */
  "egen_mangelmelding.melde": ["beboer"],
  /** The defect queue: triage, assign, plan, close (all addresses; never social or health data). */
  "mangelmelding.behandle": ["forvalter"],
  /** Register a fault found by staff (HMS visit, meeting, phone) as a defect report: own district, Boligbygg all. */
  "mangelmelding.registrere": ["forvalter", "bomiljokoordinator"],
  /** Response times per address and district (koordinator: own district; analytiker: cells of at least 10). */
  "mangelmelding.svartider": ["forvalter", "bomiljokoordinator", "analytiker"],
  // leiekontrakt
  /** The own district's renewal worklist: leases ending soon, their notices and renewal cases; renew a lease. */
  "fornyelse.behandle": ["saksbehandler"],
  /** Read and edit the housing plans (boplan) of households in the own district. Never the property manager. */
  "boplan.behandle": ["saksbehandler", "booppfolger"],
  /** Register a move-out: end the lease and set the unit to ledig or under oppussing. */
  "leiekontrakt.avslutte": ["saksbehandler", "forvalter"],
  // samarbeid (docs/domain/samarbeid.md)
  /** Standing cooperation meetings, their minutes and action items (forvalter: never content marked social). */
  "samarbeid.les": ["bomiljokoordinator", "forvalter"],
  /** Plan meetings, write minutes and decisions, create and follow up action items. */
  "samarbeid.skriv": ["bomiljokoordinator", "forvalter"],
  /** Resident bodies per address (members, meetings, minutes). */
  "beboerrad.les": ["bomiljokoordinator", "forvalter"],
  /** Establish a resident body and move it through its states; members; meetings. The district's job. */
  "beboerrad.skriv": ["bomiljokoordinator"],
  /** Activities per address, the address's calendar feed and its external partners. */
  "aktivitet.les": ["bomiljokoordinator", "forvalter"],
  /** Plan and follow up activities; register external partners. */
  "aktivitet.skriv": ["bomiljokoordinator", "forvalter"],
  // undersokelse (bomiljøundersøkelsen)
  /** Set up survey rounds, follow the response rate, print letters with one-time codes (own district / city). */
  "undersokelse.administrer": ["bomiljokoordinator", "analytiker"],
  /** Enter paper answers with their codes. */
  "undersokelse.registrer": ["bomiljokoordinator"],
  /** Survey results as suppressed aggregates: own district (5+) or the city (10+). */
  "undersokelse.resultater": ["bomiljokoordinator", "analytiker"],
  /** One address's results over time, before/after, and free text above the threshold: the district's own staff. */
  "undersokelse.adresse": ["bomiljokoordinator"],
  // allocation
  /** Allocation rounds of the own district: vacant units, candidates, the engine's suggestion. */
  "tildeling.les": ["saksbehandler"],
  /** Create rounds, record the allocation meeting, send offers, book viewings, register answers. */
  "tildeling.behandle": ["saksbehandler"],
  /** A resident's own offers of a home: see, accept or refuse. */
  "eget_tilbud.svare": ["beboer"],
  // bekymring og naboklage
  /** Anonymous concerns routed to the own district: read, acknowledge, reply, close with an outcome. */
  "bekymring.behandle": ["bomiljokoordinator"],
  /** The neighbour-complaint pages: the district's side or Boligbygg's (which one decides what is shown). */
  "naboklage.les": ["bomiljokoordinator", "forvalter"],
  /** Neighbour complaints of the own district, the social side: parties, description, talks and mediation. */
  "naboklage.behandle": ["bomiljokoordinator"],
  /** Neighbour complaints, the lease side (Boligbygg): the units, category, warnings and lease-breach process. */
  "naboklage.leieforhold": ["forvalter"],
  // bomiljoplan
  /** The own district's plan for the Oslostandard's 15 measures and its addresses' bomiljøplaner. */
  "bomiljoplan.les": ["bomiljokoordinator"],
  /** Edit the own district's plan, the addresses' measures and the district's named coordinators. */
  "bomiljoplan.endre": ["bomiljokoordinator"],
  /** The city matrix: status of the 15 measures in the 15 districts (no names, no texts). */
  "bomiljoplan.matrise": ["analytiker", "leder"],
  /** Velferdsetaten's bomiljø network (measure 6): gatherings, participants, shared material. */
  "nettverk.les": ["bomiljokoordinator", "forvalter", "analytiker"],
  /** Run the network: add gatherings, participants and material (Velferdsetaten). */
  "nettverk.endre": ["analytiker"],
  // hms (docs/domain/hms.md)
  /** HMS campaigns per address, their door lists and building findings (Boligbygg: never needs or referrals). */
  "hms.les": ["bomiljokoordinator", "forvalter"],
  /** Plan an HMS campaign at an address of the own district and record attempts at each door. */
  "hms.planlegge": ["bomiljokoordinator"],
  /** Record a building finding on a visit, send it to Boligbygg as a defect report, close it. */
  "hms.funn": ["bomiljokoordinator", "forvalter"],
  /** Record unmet needs found on a visit and refer them to a district service. The district's job only. */
  "hms.henvise": ["bomiljokoordinator"],
  // tildeling regler
  /** Change the district's allocation rules: stairwells' `utrygg` flag and limits, defaults, weights. */
  "tildeling.regler": ["saksbehandler"],
  // samarbeid: møteserier
  /** Make and change the own district's standing meeting series: type, frequency, agenda template, participants. */
  "motserie.endre": ["bomiljokoordinator"],
  // naermiljokontor (docs/domain/naermiljokontor.md)
  /** Nærmiljøkontor per address: opening hours, room and services (own district; the city for Boligbygg and Velferdsetaten). */
  "naermiljokontor.les": ["bomiljokoordinator", "forvalter", "analytiker"],
  /** Change the own district's offices and register contacts by topic per week. */
  "naermiljokontor.endre": ["bomiljokoordinator"],
  /** The contact counts by topic (social topics: never Boligbygg). */
  "naermiljokontor.kontakter": ["bomiljokoordinator", "analytiker"],
} as const satisfies Record<string, readonly Rolle[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(rolle: Rolle, permission: Permission): boolean {
  const roles = PERMISSIONS[permission] as readonly Rolle[] | undefined;
  return Array.isArray(roles) && roles.includes(rolle);
}
