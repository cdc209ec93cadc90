import { z } from "zod";
import type { MessageKey } from "../../i18n";
import { isDato, type Dato } from "../../lib/frister";

/**
 * Zod schemas for the samarbeid forms (meetings, action items, resident bodies, activities). Error messages are
 * message keys, shown at the field in the reader's language.
 */

export const MOTSERIETYPER = ["bydel_boligbygg", "nav_bydel", "ressursteam", "annet"] as const;
export const HYPPIGHETER = ["ukentlig", "annenhver_uke", "maanedlig"] as const;
export const ORGANISASJONER = ["bydel", "boligbygg", "nav", "annen"] as const;
export const TILTAKSSTATUSER = ["apen", "pagar", "utfort", "avbrutt"] as const;
export const EIERORGANISASJONER = ["bydel", "boligbygg", "nav", "beboere", "annen"] as const;
export const BEBOERORGANTYPER = ["beboerrad", "gardsstyre", "gardskomite", "ungdommens_beboerrad"] as const;
export const BEBOERORGANSTATUSER = ["invitasjon", "informasjonsmote", "valg", "aktiv", "nedlagt"] as const;
export const VERV = ["leder", "nestleder", "medlem", "vara", "frivillig"] as const;
export const AKTIVITETSTYPER = [
  "dugnad",
  "grillfest",
  "tur",
  "leksehjelp",
  "fredagskaffe",
  "syttende_mai",
  "sprakkafe",
  "beboermote",
  "annen",
] as const;
export const ARRANGORER = ["bydel", "boligbygg", "beboere", "partner"] as const;
export const AKTIVITETSSTATUSER = ["planlagt", "bekreftet", "utsatt", "avlyst", "gjennomfort"] as const;
export const GJENTAKELSER = ["ingen", "ukentlig", "annenhver_uke", "maanedlig"] as const;
export const PARTNERTYPER = [
  "frivilligsentral",
  "idrettslag",
  "skole",
  "bibliotek",
  "menighet",
  "annen",
] as const;

const PAKREVD: MessageKey = "samarbeid.feil.pakrevd";

export const tekst = (max = 4000) =>
  z
    .string({ error: PAKREVD })
    .trim()
    .min(1, { error: PAKREVD })
    .max(max, { error: "samarbeid.feil.forLang" satisfies MessageKey });

export const valgfriTekst = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { error: "samarbeid.feil.forLang" satisfies MessageKey })
    .optional()
    .transform((s) => (s ? s : null));

export const dato = () =>
  z
    .string({ error: PAKREVD })
    .min(1, { error: PAKREVD })
    .refine(isDato, { error: "samarbeid.feil.dato" satisfies MessageKey })
    .transform((s) => s as Dato);

export const klokkeslett = () =>
  z
    .string({ error: PAKREVD })
    .min(1, { error: PAKREVD })
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: "samarbeid.feil.klokkeslett" satisfies MessageKey });

export const heltall = (min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const t = (s ?? "").trim().replace(/\s/g, "");
      if (!t) return null;
      const n = Number(t);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "samarbeid.feil.tall" satisfies MessageKey });
        return z.NEVER;
      }
      return n;
    });

export const enumValg = <T extends readonly [string, ...string[]]>(verdier: T) =>
  z.enum(verdier, { error: "samarbeid.feil.velg" satisfies MessageKey });

export const avkrysset = () =>
  z
    .string()
    .optional()
    .transform((s) => s === "ja");

export const uuid = () =>
  z.string({ error: PAKREVD }).uuid({ error: "samarbeid.feil.velg" satisfies MessageKey });
export const valgfriUuid = () =>
  z
    .string()
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(
      z
        .string()
        .uuid({ error: "samarbeid.feil.velg" satisfies MessageKey })
        .nullable(),
    );

export type Feil = Partial<Record<string, MessageKey>>;
export type Verdier = Record<string, string>;
export type Tolket<T> = { ok: true; data: T } | { ok: false; feil: Feil; verdier: Verdier };

/** What the user typed, as strings (without the CSRF token), to give back with the errors. */
export function verdierFra(form: FormData): Verdier {
  const verdier: Verdier = {};
  for (const [navn, verdi] of form) if (typeof verdi === "string" && navn !== "_csrf") verdier[navn] = verdi;
  return verdier;
}

/** Parses a form with a schema; field errors come back as message keys with what was typed. */
export function tolk<S extends z.ZodType>(schema: S, form: FormData): Tolket<z.output<S>> {
  const verdier = verdierFra(form);
  const resultat = schema.safeParse(verdier);
  if (resultat.success) return { ok: true, data: resultat.data };
  const feil: Feil = {};
  for (const issue of resultat.error.issues) {
    const felt = String(issue.path[0] ?? "skjema");
    if (feil[felt]) continue;
    feil[felt] = (issue.message.startsWith("samarbeid.") ? issue.message : PAKREVD) as MessageKey;
  }
  return { ok: false, feil, verdier };
}

export const versjon = () => z.coerce.number({ error: PAKREVD }).int().positive();
export const nokkel = () => z.string().min(8).max(80).optional();
