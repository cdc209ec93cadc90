import { z } from "zod";
import type { BekymringKategori, BekymringUtfall } from "../../db/schema";
import { isMessageKey, type MessageKey } from "../../i18n";

export const KATEGORIER = [
  "trusler_vold",
  "rus",
  "uro_stoy",
  "utrygt_bygg",
  "noen_trenger_hjelp",
  "annet",
] as const satisfies readonly BekymringKategori[];

export const UTFALL = [
  "hms_oppfolging",
  "henvisning",
  "ingen_tiltak",
] as const satisfies readonly BekymringUtfall[];

const tekst = (tom: string, lang: string, maks = 5000) =>
  z.string().trim().min(1, { message: tom }).max(maks, { message: lang });

/** Field errors are message keys (app/i18n), shown at the field. */
export const nyBekymringSchema = z.object({
  bydelId: z.string().min(1, { message: "bekymring.feil.bydel" }).max(40),
  eiendomId: z.union([z.literal(""), z.string().uuid({ message: "bekymring.feil.adresse" })]),
  kategori: z.enum(KATEGORIER, { message: "bekymring.feil.kategori" }),
  beskrivelse: tekst("bekymring.feil.beskrivelse", "bekymring.feil.forLang"),
});

export const meldingSchema = tekst("bekymring.feil.tekst", "bekymring.feil.forLang");

export const avsluttSchema = z
  .object({
    utfall: z.enum(UTFALL, { message: "bekymringer.feil.utfall" }),
    oppsummering: tekst("bekymringer.feil.oppsummering", "bekymring.feil.forLang"),
    henvistTil: z.string().trim().max(200, { message: "bekymring.feil.forLang" }),
  })
  .refine((v) => v.utfall !== "henvisning" || v.henvistTil.length > 0, {
    message: "bekymringer.feil.henvistTil",
    path: ["henvistTil"],
  });

export type Feltfeil = Partial<Record<string, MessageKey>>;

/** The first message per field, as `{ felt: key }` (a message that is not a catalogue key reads «ugyldig»). */
export function feltfeil(error: z.ZodError, standardfelt = "skjema"): Feltfeil {
  const feil: Feltfeil = {};
  for (const issue of error.issues) {
    const felt = String(issue.path[0] ?? standardfelt);
    feil[felt] ??= isMessageKey(issue.message) ? issue.message : "bekymring.feil.ugyldig";
  }
  return feil;
}
