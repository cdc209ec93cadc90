import { z } from "zod";
import type { NaboklageKategori, NaboklageStegType, NaboklageUtfall } from "../../db/schema";

export const NABOKLAGE_KATEGORIER = [
  "stoy",
  "royk",
  "trusler",
  "dyr",
  "avfall",
  "besokende",
] as const satisfies readonly NaboklageKategori[];

/** Which side takes which step: the district talks and mediates, Boligbygg warns and runs the lease process. */
export const STEG_FOR_SIDE = {
  bydel: ["samtale", "mekling"],
  boligbygg: ["advarsel", "mislighold"],
} as const satisfies Record<"bydel" | "boligbygg", readonly NaboklageStegType[]>;

export const NABOKLAGE_UTFALL = [
  "lost",
  "ikke_grunnlag",
  "flyttet",
  "leieforhold_avsluttet",
  "uten_losning",
] as const satisfies readonly NaboklageUtfall[];

const tekst = (tom: string) =>
  z.string().trim().min(1, { message: tom }).max(5000, { message: "bekymring.feil.forLang" });
const uuid = (melding: string) => z.string().uuid({ message: melding });

export const nyNaboklageSchema = z
  .object({
    nokkel: z.string().uuid(),
    eiendomId: uuid("naboklage.feil.eiendom"),
    klagerBoligId: z.union([z.literal(""), uuid("naboklage.feil.klager")]),
    innklagetBoligId: uuid("naboklage.feil.innklaget"),
    kategori: z.enum(NABOKLAGE_KATEGORIER, { message: "naboklage.feil.kategori" }),
    beskrivelse: tekst("naboklage.feil.beskrivelse"),
    klagerSkjult: z.boolean(),
    bekymringId: z.union([z.literal(""), z.string().uuid()]),
  })
  .refine((v) => v.klagerBoligId === "" || v.klagerBoligId !== v.innklagetBoligId, {
    message: "naboklage.feil.sammeBolig",
    path: ["innklagetBoligId"],
  });

export const stegSchema = z.object({
  type: z.enum(["samtale", "mekling", "advarsel", "mislighold"], { message: "naboklage.feil.stegtype" }),
  notat: tekst("naboklage.feil.notat"),
});

export const avsluttNaboklageSchema = z.object({
  utfall: z.enum(NABOKLAGE_UTFALL, { message: "naboklage.feil.utfall" }),
});
