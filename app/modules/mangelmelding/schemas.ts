import { z } from "zod";
import { ALVORLIGHETER, HASTEGRADER, KATEGORIER, STEDER } from "./config";

const tekst = (maks: number) => z.string().trim().max(maks, "for_lang");
const valg = <T extends string>(verdier: readonly T[]) =>
  z.enum(verdier as unknown as [T, ...T[]], { error: () => "velg" });

/** The resident's report (without the photos, which are checked one by one). Errors are message-key suffixes. */
export const NyMangelSchema = z.object({
  kategori: valg(KATEGORIER),
  sted: valg(STEDER),
  stedDetalj: tekst(200).optional().default(""),
  beskrivelse: tekst(2000).min(1, "mangler"),
  hastegrad: valg(HASTEGRADER),
  idempotensnokkel: z.string().min(8).max(200),
});
export type NyMangel = z.infer<typeof NyMangelSchema>;

/** A report registered by staff (HMS visit, meeting, phone): the same fields, plus where. */
export const AnsattMangelSchema = NyMangelSchema.extend({
  oppgangId: z.uuid({ error: () => "velg" }),
  boligId: z.uuid({ error: () => "velg" }).optional(),
});
export type AnsattMangel = z.infer<typeof AnsattMangelSchema>;

export const VurderSchema = z.object({ alvorlighet: valg(ALVORLIGHETER) });
export const TildelSchema = z.object({ ansvarlig: tekst(200).min(1, "mangler") });
export const PlanleggSchema = z.object({
  planlagtDato: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dato"),
});
export const AvsluttSchema = z.object({
  utfall: z.enum(["utfort", "avsluttet"], { error: () => "velg" }),
  resultat: tekst(2000).min(1, "mangler"),
});

/** Field → message-key suffix ("mangler", "velg", "for_lang", "dato") for the first problem of each field. */
export function feltfeil(error: z.ZodError): Record<string, string> {
  const feil: Record<string, string> = {};
  for (const issue of error.issues) {
    const felt = String(issue.path[0] ?? "");
    if (felt && !feil[felt]) feil[felt] = issue.message;
  }
  return feil;
}

/** The resident adds information to a sent report: text, photos, or both (photos are checked apart). */
export const TilleggSchema = z.object({
  tekst: tekst(2000).optional().default(""),
  idempotensnokkel: z.string().min(8).max(200),
});
export type Tillegg = z.infer<typeof TilleggSchema>;
