/** Roles, as DOMAIN.md §2 names them. A session's actor always has exactly one. */
export const ROLLER = [
  "beboer",
  "saksbehandler",
  "booppfolger",
  "bomiljokoordinator",
  "forvalter",
  "analytiker",
  "klagenemnd",
  "leder",
  "systemadministrator",
] as const;

export type Rolle = (typeof ROLLER)[number];

/** District roles: scoped to one bydel. */
export const BYDELSROLLER: readonly Rolle[] = ["saksbehandler", "booppfolger", "bomiljokoordinator"];

/** The signed-in user, as the identity provider's claims describe them. */
export type Actor = {
  /** Stable subject id from the identity provider (staff) or a hash of pid (residents). */
  id: string;
  navn: string;
  rolle: Rolle;
  /** Organisational unit, e.g. "Bydel Sagene, boligkontoret". Shown to residents in their access log. */
  enhet: string;
  /** The district a district role works in; null for city-wide roles. */
  bydelId: string | null;
  /** For residents: their person row. */
  personId: string | null;
  /** ID-porten security level for residents ("idporten-loa-substantial" / "-high"). */
  acr: string | null;
};

export function isRolle(value: unknown): value is Rolle {
  return typeof value === "string" && (ROLLER as readonly string[]).includes(value);
}
