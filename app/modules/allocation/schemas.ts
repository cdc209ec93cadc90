import { z } from "zod";
import { isDato, type Dato } from "../../lib/frister";

/** Zod schemas for the allocation forms, with Norwegian messages for the fields. */

const tekst = (felt: string, max = 4000) =>
  z
    .string({ error: `${felt} må fylles ut` })
    .trim()
    .min(1, `${felt} må fylles ut`)
    .max(max, `${felt} kan være høyst ${max} tegn`);

const dato = (felt: string) =>
  z
    .string({ error: `${felt} må fylles ut` })
    .refine(isDato, `${felt} må være en gyldig dato (ÅÅÅÅ-MM-DD)`)
    .transform((s) => s as Dato);

const uuid = z.string().uuid();

export const nyRundeSchema = z.object({
  navn: tekst("Navnet på runden", 200),
  boligIds: z
    .array(uuid, { error: "Velg minst én ledig bolig" })
    .min(1, "Velg minst én ledig bolig")
    .max(80, "En runde kan ha høyst 80 boliger"),
  idempotensnokkel: z.string().min(8).max(200),
});
export type NyRunde = z.input<typeof nyRundeSchema>;

/** One unit's decision in the meeting: an applicant (sak id) or nobody ("") with the reason. */
export const moteBeslutningSchema = z.object({
  boligId: uuid,
  sakId: z.union([uuid, z.literal("")]),
  begrunnelse: tekst("Begrunnelsen", 4000),
});

export const moteSchema = z.object({
  dato: dato("Møtedatoen"),
  deltakere: tekst("Deltakerne", 2000),
  beslutninger: z.array(moteBeslutningSchema).min(1).max(80),
});
export type Mote = z.input<typeof moteSchema>;

export const tilbudSchema = z.object({
  husleieKr: z.coerce
    .number({ error: "Husleien må være et tall" })
    .int("Husleien må være et helt antall kroner")
    .min(0, "Husleien kan ikke være negativ")
    .max(100_000, "Husleien kan være høyst 100 000 kr"),
});

export const visningSchema = z.object({
  dato: dato("Datoen for visningen"),
  klokkeslett: z
    .string({ error: "Klokkeslettet må fylles ut" })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Klokkeslettet må skrives som TT:MM, for eksempel 14:30"),
  sted: tekst("Oppmøtestedet", 300),
  deltakere: tekst("Hvem som er med", 500),
});

export const svarSchema = z.discriminatedUnion("svar", [
  z.object({ svar: z.literal("ja") }),
  z.object({ svar: z.literal("nei"), grunn: tekst("Grunnen til at du sier nei", 2000) }),
]);

export const versjonSchema = z.coerce.number({ error: "Versjon mangler" }).int().positive();

/** A whole number typed in a form; blank → null. */
const valgfrittHeltall = (felt: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || /^\d+$/.test(s), `${felt} må være et helt tall, eller tomt`)
    .transform((s) => (s === "" ? null : Number(s)))
    .refine((n) => n === null || (n >= min && n <= max), `${felt} må være mellom ${min} og ${max}`);

const heltall = (felt: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${felt} må fylles ut`)
    .refine((s) => /^\d+$/.test(s), `${felt} må være et helt tall`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${felt} må være mellom ${min} og ${max}`);

/** A stairwell's rules: the `utrygg` flag, the limits (blank: the district's default), a required reason. */
export const oppgangRegelSchema = z.object({
  utrygg: z.boolean(),
  maksPerRunde: valgfrittHeltall("Antallet", 0, 50),
  maksAndelProsent: valgfrittHeltall("Andelen", 0, 100),
  begrunnelse: tekst("Begrunnelsen", 2000),
});
export type OppgangRegelInput = z.output<typeof oppgangRegelSchema>;

/** The district's defaults and weights (blank limit: no limit), a required reason. */
export const bydelsregelSchema = z.object({
  maksPerRunde: valgfrittHeltall("Antallet", 0, 50),
  maksAndelProsent: valgfrittHeltall("Andelen", 0, 100),
  malAndelProsent: heltall("Målet", 0, 100),
  vekter: z.object({
    prioritet: heltall("Vekten", 0, 1000),
    ventetid: heltall("Vekten", 0, 1000),
    romPassform: heltall("Vekten", 0, 1000),
    tilretteleggingSvinn: heltall("Vekten", 0, 1000),
    onsketStorrelse: heltall("Vekten", 0, 1000),
    balanse: heltall("Vekten", 0, 1000),
  }),
  begrunnelse: tekst("Begrunnelsen", 2000),
});
export type BydelsregelInput = z.output<typeof bydelsregelSchema>;

/** Cancelling a round: the reason is required. */
export const avlysSchema = z.object({ grunn: tekst("Grunnen", 2000) });
