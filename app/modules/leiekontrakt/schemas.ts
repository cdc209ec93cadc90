import { z } from "zod";
import { isDato } from "../../lib/frister";

/** The tenant's renewal application on Min bolig: a few questions; the household and lease are known. */
export const fornyelsessoknadSchema = z.strictObject({
  idempotensnokkel: z.uuid({ error: "Skjemaet er utløpt. Last siden på nytt." }),
  inntekt: z
    .string()
    .trim()
    .min(1, "Skriv inn husstandens inntekt per år")
    .transform((s) => s.replace(/[\s\u00a0.]/g, ""))
    .refine((s) => /^\d{1,9}$/.test(s), "Inntekten må være et helt tall i kroner, for eksempel 350000")
    .transform(Number),
  endringer: z.string().trim().max(2000, "Teksten kan være høyst 2000 tegn").optional().default(""),
});
export type Fornyelsessoknad = z.input<typeof fornyelsessoknadSchema>;

/** The caseworker makes the new lease from a granted renewal decision. */
export const fornyLeiekontraktSchema = z.strictObject({
  vedtakId: z.uuid({ error: "Vedtaket mangler" }),
  husleie: z
    .string()
    .trim()
    .min(1, "Skriv inn husleien per måned")
    .transform((s) => s.replace(/[\s\u00a0.]/g, ""))
    .refine((s) => /^\d{1,7}$/.test(s), "Husleien må være et helt tall i kroner")
    .transform(Number),
});

/** Field errors as { field: first message }, for the form. */
export function feltfeil(error: z.ZodError): Record<string, string> {
  const ut: Record<string, string> = {};
  for (const issue of error.issues) {
    const felt = String(issue.path[0] ?? "skjema");
    ut[felt] ??= issue.message;
  }
  return ut;
}

export const AVSLUTNINGSGRUNNER = ["flyttet", "fornyelse_avslatt", "oppsagt", "dodsfall", "annet"] as const;

/** Move-out: when, why, and what the unit becomes. */
export const avslutningSchema = z.strictObject({
  utflyttet: z
    .string()
    .trim()
    .min(1, "Skriv inn datoen husstanden flyttet ut")
    .refine((s: string): boolean => isDato(s), "Datoen må være en gyldig dato (ÅÅÅÅ-MM-DD)"),
  grunn: z.enum(AVSLUTNINGSGRUNNER, { error: "Velg hvorfor leieforholdet slutter" }),
  boligStatus: z.enum(["ledig", "under_oppussing"], { error: "Velg hva boligen skal bli" }),
  merknad: z.string().trim().max(1000, "Teksten kan være høyst 1000 tegn").default(""),
});
