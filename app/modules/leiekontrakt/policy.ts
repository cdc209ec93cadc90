/**
 * The renewal monitor's policy (Oslostandard measure 4.5), configuration and not literals in the code: how far
 * ahead a lease appears on the district's worklist, when the tenant gets a notice, and how early an application
 * counts as a renewal application for this lease. docs/domain/leiekontrakt.md explains the choices.
 */
export type FornyelsesPolicy = {
  /** A lease ending within this many months is on the worklist (default 6). */
  vinduMaaneder: number;
  /** Notice points, months before the end date, largest first (default 6 and 3). */
  varselMaaneder: readonly number[];
  /** A renewal application received this many months before the end date or later belongs to this lease. */
  soknadTidligstMaaneder: number;
};

export const STANDARD_FORNYELSESPOLICY: FornyelsesPolicy = Object.freeze({
  vinduMaaneder: 6,
  varselMaaneder: Object.freeze([6, 3]),
  soknadTidligstMaaneder: 12,
});
