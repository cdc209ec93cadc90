import { z } from "zod";
import type { Arbeidskofilter } from "../../list-work-queue.server";

/** The work queue's views (/saker?vis=…): GET parameters, so the queue works without JavaScript. */
export const VISNINGER = [
  "alle",
  "nye",
  "under_behandling",
  "venter",
  "frist_naer",
  "frist_passert",
  "klager",
  "mine",
] as const;
export type Visning = (typeof VISNINGER)[number];

export const FILTER: Readonly<Record<Visning, Arbeidskofilter>> = {
  alle: {},
  nye: { statuser: ["mottatt"] },
  under_behandling: { statuser: ["under_behandling"] },
  venter: { statuser: ["venter_dokumentasjon"] },
  frist_naer: { frist: "naer" },
  frist_passert: { frist: "passert" },
  klager: { klager: true },
  mine: { mine: true },
};

const sokSchema = z.object({
  vis: z.enum(VISNINGER).catch("alle"),
  q: z
    .string()
    .trim()
    .max(100)
    .catch("")
    .transform((s) => s.slice(0, 100)),
  side: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Reads the queue's URL parameters; anything malformed falls back to the default view. */
export function tolkSok(url: URL): { vis: Visning; q: string; side: number } {
  return sokSchema.parse({
    vis: url.searchParams.get("vis") ?? undefined,
    q: url.searchParams.get("q") ?? "",
    side: url.searchParams.get("side") ?? undefined,
  });
}

/** The queue's URL for a view, search and page (defaults left out). */
export function koUrl(p: { vis: Visning; q?: string; side?: number }): string {
  const s = new URLSearchParams();
  if (p.vis !== "alle") s.set("vis", p.vis);
  if (p.q) s.set("q", p.q);
  if (p.side && p.side > 1) s.set("side", String(p.side));
  const qs = s.toString();
  return qs ? `/saker?${qs}` : "/saker";
}
