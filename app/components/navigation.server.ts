import type { Actor } from "../auth/actor";
import { can } from "../auth/policy.server";
import { NAV_ENTRIES, type NavItem } from "./navigation";

/** The pages this actor may open, in registry order. Signed out: none. Decided on the server. */
export function navigationFor(actor: Actor | null): NavItem[] {
  if (!actor) return [];
  return NAV_ENTRIES.filter((entry) => can(actor, entry.permission)).map(
    ({ href, label, description, omrade }) => ({
      href,
      label,
      description,
      omrade,
    }),
  );
}
