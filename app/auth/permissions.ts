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
} as const satisfies Record<string, readonly Rolle[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(rolle: Rolle, permission: Permission): boolean {
  const roles = PERMISSIONS[permission] as readonly Rolle[] | undefined;
  return Array.isArray(roles) && roles.includes(rolle);
}
