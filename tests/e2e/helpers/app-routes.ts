import fs from "node:fs";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "../../../app/routes";
import { repoRoot } from "./server";

export type AppRoute = {
  /** The full URL pattern, e.g. `/boligregister/eiendom/:eiendomId`; `/` for the root index. */
  pattern: string;
  /** The route module, relative to app/. */
  file: string;
  params: string[];
  hasLoader: boolean;
  hasAction: boolean;
  /** A page (default export) rather than a resource route. */
  hasComponent: boolean;
};

const exported = (source: string, name: string) =>
  new RegExp(
    `export\\s+(?:async\\s+)?function\\s+${name}\\b|export\\s+(?:const|let)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`,
  ).test(source);

function join(parent: string, child: string | undefined): string {
  if (!child) return parent;
  if (child.startsWith("/")) return child;
  return `${parent.replace(/\/$/, "")}/${child}`;
}

/**
 * Every requestable URL pattern of app/routes.ts: leaf routes and index
 * routes, with their parents' paths joined, plus parents that have a path
 * but no index child. Layout routes without a path only contribute nesting.
 */
export function appRoutes(config: RouteConfigEntry[] = routes): AppRoute[] {
  const found = new Map<string, AppRoute>();
  const visit = (entries: RouteConfigEntry[], parent: string) => {
    for (const entry of entries) {
      const pattern = entry.index ? parent || "/" : join(parent, entry.path);
      const children = entry.children ?? [];
      const requestable = children.length === 0 || (entry.path && !children.some((child) => child.index));
      if (requestable && !found.has(pattern)) {
        const file = path.join(repoRoot, "app", entry.file);
        const source = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        found.set(pattern || "/", {
          pattern: pattern || "/",
          file: entry.file,
          params: [...pattern.matchAll(/:([A-Za-z0-9_-]+)\??/g)].map(([, name = ""]) => name),
          hasLoader: exported(source, "loader"),
          hasAction: exported(source, "action"),
          hasComponent: /export\s+default\b/.test(source),
        });
      }
      visit(children, pattern);
    }
  };
  visit(config, "");
  return [...found.values()];
}

/** Fills a pattern's params (`:name`, `:name?`, `*`). Throws when a value is missing. */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern
    .replace(/:([A-Za-z0-9_-]+)(\?)?/g, (_match, name: string, optional?: string) => {
      const value = values[name];
      if (value === undefined && !optional) throw new Error(`Ingen verdi for :${name} i ${pattern}`);
      return encodeURIComponent(value ?? "");
    })
    .replace(/\*$/, values["*"] ?? "denne-siden-finnes-ikke")
    .replace(/\/{2,}/g, "/")
    .replace(/(.)\/$/, "$1");
}
