import { z } from "zod";
import { isDato } from "../../lib/frister";
import {
  ADRESSE_TILTAK_ANSVARLIG,
  ADRESSE_TILTAK_STATUS,
  BYDEL_TILTAK_STATUS,
  INDIKATORER,
  TILTAK_ANSVARLIG,
} from "./oslostandard";

/**
 * Zod schemas for the bomiljø forms. Messages are keys in the message catalogue (app/i18n/nb.ts), shown at
 * the field in the user's language.
 */

const valgfriTekst = (max: number, melding: string) =>
  z
    .string()
    .trim()
    .max(max, melding)
    .transform((s) => (s === "" ? null : s));

/** "Tidsfrist/pågående" from the checklist: a date, ongoing, or not set yet. */
const fristFelt = {
  fristType: z.enum(["dato", "pagaende", "ingen"], { error: "bomiljo.feil.fristType" }),
  frist: z.string().trim(),
};

function sjekkFrist(
  verdi: { fristType: "dato" | "pagaende" | "ingen"; frist: string },
  ctx: z.RefinementCtx,
): void {
  if (verdi.fristType === "dato" && !isDato(verdi.frist)) {
    ctx.addIssue({ code: "custom", path: ["frist"], message: "bomiljo.feil.frist" });
  }
}

export const bydelTiltakSchema = z
  .object({
    ansvarlig: z.enum(TILTAK_ANSVARLIG as [string, ...string[]], { error: "bomiljo.feil.ansvarlig" }),
    ansvarligPerson: valgfriTekst(200, "bomiljo.feil.ansvarligPerson"),
    hvaSkalUtfores: z.string().trim().max(4000, "bomiljo.feil.hvaSkalUtfores"),
    status: z.enum(BYDEL_TILTAK_STATUS, { error: "bomiljo.feil.status" }),
    ...fristFelt,
  })
  .superRefine((v, ctx) => {
    sjekkFrist(v, ctx);
    if (v.status !== "ikke_startet" && v.hvaSkalUtfores === "") {
      ctx.addIssue({ code: "custom", path: ["hvaSkalUtfores"], message: "bomiljo.feil.hvaSkalUtforesTom" });
    }
  });
export type BydelTiltakInput = z.input<typeof bydelTiltakSchema>;

export const adresseTiltakSchema = z
  .object({
    tiltakNummer: z.coerce
      .number({ error: "bomiljo.feil.tiltakNummer" })
      .int("bomiljo.feil.tiltakNummer")
      .min(1, "bomiljo.feil.tiltakNummer")
      .max(15, "bomiljo.feil.tiltakNummer"),
    tittel: z.string().trim().min(1, "bomiljo.feil.tittel").max(200, "bomiljo.feil.tittel"),
    beskrivelse: z.string().trim().max(4000, "bomiljo.feil.beskrivelse"),
    ansvarlig: z.enum(ADRESSE_TILTAK_ANSVARLIG, { error: "bomiljo.feil.ansvarlig" }),
    ansvarligPerson: valgfriTekst(200, "bomiljo.feil.ansvarligPerson"),
    status: z.enum(ADRESSE_TILTAK_STATUS, { error: "bomiljo.feil.status" }),
    forventetEndring: z
      .string()
      .trim()
      .min(1, "bomiljo.feil.forventetEndring")
      .max(2000, "bomiljo.feil.forventetEndring"),
    indikator: z.enum(INDIKATORER, { error: "bomiljo.feil.indikator" }),
    ...fristFelt,
  })
  .superRefine(sjekkFrist);
export type AdresseTiltakInput = z.input<typeof adresseTiltakSchema>;

export const koordinatorSchema = z.object({
  navn: z.string().trim().min(1, "bomiljo.feil.navn").max(200, "bomiljo.feil.navn"),
  telefon: z
    .string()
    .trim()
    .regex(/^[0-9 +]{8,16}$/, "bomiljo.feil.telefon"),
  epost: z.string().trim().email("bomiljo.feil.epost").max(200, "bomiljo.feil.epost"),
  omrade: valgfriTekst(200, "bomiljo.feil.omrade"),
});

/** Field errors as { field: messageKey } from a failed parse (first message per field). */
export function feltfeil(error: z.ZodError): Record<string, string> {
  const feil: Record<string, string> = {};
  for (const issue of error.issues) {
    const felt = String(issue.path[0] ?? "skjema");
    if (!(felt in feil)) feil[felt] = issue.message;
  }
  return feil;
}

/** The form's fields as strings, for parsing and for showing back what the user typed. */
export function skjemaverdier(form: FormData, felt: readonly string[]): Record<string, string> {
  return Object.fromEntries(felt.map((f) => [f, String(form.get(f) ?? "").slice(0, 5000)]));
}

/** The row version a form was loaded with ("0" for a row never saved); anything else is a malformed form. */
export const versjonFelt = z
  .string()
  .regex(/^[0-9]{1,9}$/)
  .transform(Number);

export const samlingSchema = z.object({
  tittel: z.string().trim().min(1, "bomiljo.feil.tittel").max(200, "bomiljo.feil.tittel"),
  dato: z.string().trim().refine(isDato, "bomiljo.feil.dato"),
  sted: z.string().trim().min(1, "bomiljo.feil.sted").max(200, "bomiljo.feil.sted"),
  tema: z.string().trim().max(4000, "bomiljo.feil.beskrivelse"),
});

export const deltakerSchema = z.object({
  navn: z.string().trim().min(1, "bomiljo.feil.navn").max(200, "bomiljo.feil.navn"),
  virksomhet: z.string().trim().min(1, "bomiljo.feil.virksomhet").max(200, "bomiljo.feil.virksomhet"),
});

export const materialeSchema = z
  .object({
    tittel: z.string().trim().min(1, "bomiljo.feil.tittel").max(200, "bomiljo.feil.tittel"),
    lenke: z
      .string()
      .trim()
      .max(2000, "bomiljo.feil.lenke")
      .refine((s) => s === "" || /^https?:\/\/\S+$/.test(s), "bomiljo.feil.lenke")
      .transform((s) => (s === "" ? null : s)),
    tekst: valgfriTekst(8000, "bomiljo.feil.materialeTekst"),
  })
  .superRefine((v, ctx) => {
    if (v.lenke === null && v.tekst === null) {
      ctx.addIssue({ code: "custom", path: ["lenke"], message: "bomiljo.feil.lenkeEllerTekst" });
    }
  });
