import { z } from "zod";
import type { MessageKey } from "../../i18n";
import { isDato, ukedag, type Dato } from "../../lib/frister";
import type { Feil, Tolket, Verdier } from "../samarbeid/schemas";
import { verdierFra } from "../samarbeid/schemas";
import { TEMAER, TJENESTER } from "./regler";

/** Zod schemas for the nærmiljøkontor forms. Error messages are message keys, shown at the field. */

const PAKREVD: MessageKey = "naermiljo.feil.pakrevd";
const FOR_LANG: MessageKey = "naermiljo.feil.forLang";

export const KontorSchema = z.object({
  apningstider: z.string({ error: PAKREVD }).trim().min(1, { error: PAKREVD }).max(500, { error: FOR_LANG }),
  sted: z.string({ error: PAKREVD }).trim().min(1, { error: PAKREVD }).max(200, { error: FOR_LANG }),
  versjon: z.coerce.number({ error: PAKREVD }).int().min(0),
  ...Object.fromEntries(TJENESTER.map((t) => [`tjeneste_${t}`, z.string().optional()])),
});

export type KontorInput = {
  apningstider: string;
  sted: string;
  tjenester: (typeof TJENESTER)[number][];
  /** 0 when the office does not exist yet. */
  versjon: number;
};

export function tilKontorInput(d: z.output<typeof KontorSchema>): KontorInput {
  const rad = d as Record<string, unknown>;
  return {
    apningstider: d.apningstider,
    sted: d.sted,
    versjon: d.versjon,
    tjenester: TJENESTER.filter((t) => rad[`tjeneste_${t}`] === "ja"),
  };
}

export const KontaktSchema = z.object({
  uke: z
    .string({ error: PAKREVD })
    .min(1, { error: PAKREVD })
    .refine((s) => isDato(s) && ukedag(s as Dato) === 1, { error: "naermiljo.feil.uke" satisfies MessageKey })
    .transform((s) => s as Dato),
  tema: z.enum(TEMAER as unknown as [string, ...string[]], {
    error: "naermiljo.feil.velg" satisfies MessageKey,
  }),
  antall: z
    .string({ error: PAKREVD })
    .trim()
    .min(1, { error: PAKREVD })
    .regex(/^-?\d{1,3}$/, { error: "naermiljo.feil.antall" satisfies MessageKey })
    .transform(Number)
    .refine((n) => n !== 0, { error: "naermiljo.feil.antall" satisfies MessageKey }),
  idempotensnokkel: z.string().min(8).max(80),
});
export type KontaktInput = {
  uke: Dato;
  tema: (typeof TEMAER)[number];
  antall: number;
  idempotensnokkel: string;
};

/** Parses a form; field errors come back as message keys with what was typed. */
export function tolk<S extends z.ZodType>(schema: S, form: FormData): Tolket<z.output<S>> {
  const verdier: Verdier = verdierFra(form);
  const resultat = schema.safeParse(verdier);
  if (resultat.success) return { ok: true, data: resultat.data };
  const feil: Feil = {};
  for (const issue of resultat.error.issues) {
    const felt = String(issue.path[0] ?? "skjema");
    if (feil[felt]) continue;
    feil[felt] = (issue.message.startsWith("naermiljo.") ? issue.message : PAKREVD) as MessageKey;
  }
  return { ok: false, feil, verdier };
}
