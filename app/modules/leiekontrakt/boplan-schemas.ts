import { z } from "zod";
import { isDato } from "../../lib/frister";

/** The boplan's goals (DOMAIN.md §4.6) and who can own a step. */
export const BOPLANMAAL = ["bli_boende", "leie_privat", "kjope_startlan", "leie_til_eie"] as const;
export const STEGANSVARLIGE = ["leietaker", "saksbehandler", "booppfolger", "nav", "annen"] as const;

const dato = (felt: string) =>
  z
    .string()
    .trim()
    .min(1, `${felt} må fylles ut`)
    .refine((s: string): boolean => isDato(s), `${felt} må være en gyldig dato (ÅÅÅÅ-MM-DD)`);

const versjon = z.coerce.number({ error: "Versjon mangler" }).int().positive();

export const maalSchema = z.strictObject({
  maal: z.enum(BOPLANMAAL, { error: "Velg et mål" }),
  maalBeskrivelse: z.string().trim().max(2000, "Teksten kan være høyst 2000 tegn").default(""),
  nesteGjennomgang: dato("Neste gjennomgang"),
});

export const opprettSchema = maalSchema;
export const endreMaalSchema = maalSchema.extend({ versjon });

export const stegSchema = z.strictObject({
  versjon,
  beskrivelse: z
    .string()
    .trim()
    .min(1, "Skriv hva som skal gjøres")
    .max(500, "Teksten kan være høyst 500 tegn"),
  ansvarlig: z.enum(STEGANSVARLIGE, { error: "Velg hvem som har ansvaret" }),
  frist: dato("Datoen"),
});

export const fullforSchema = z.strictObject({ versjon, stegId: z.uuid({ error: "Steget mangler" }) });
export const gjennomgattSchema = z.strictObject({ versjon, nesteGjennomgang: dato("Neste gjennomgang") });

export const kommentarSchema = z.strictObject({
  tekst: z.string().trim().min(1, "Skriv en kommentar").max(2000, "Kommentaren kan være høyst 2000 tegn"),
});
