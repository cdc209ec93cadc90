import { z } from "zod";
import type { HmsTema, HmsTjeneste, HmsUtforer } from "../../db/schema";
import type { MessageKey } from "../../i18n";
import { isDato } from "../../lib/frister";
import { HASTEGRADER, KATEGORIER, STEDER } from "../mangelmelding/config";
import type { Feil, Tolket, Verdier } from "../samarbeid/schemas";
import { TIDSROM, UTFALL } from "./regler";

/** Zod schemas for the HMS forms. Error messages are message keys, shown at the field. */

export const UTFORERE: readonly HmsUtforer[] = ["begge", "bydel", "boligbygg"];
export const TEMAER: readonly HmsTema[] = [
  "rettigheter_plikter",
  "husleie_okonomi",
  "tilpasning",
  "trygghet",
  "sosialt_nettverk",
  "barn_unge",
  "annet",
];
export const TJENESTER: readonly HmsTjeneste[] = [
  "nav",
  "boligkontor",
  "helsestasjon",
  "psykisk_helse_rus",
  "hjemmetjeneste",
  "barn_unge",
  "frivilligsentral",
  "annen",
];

const PAKREVD: MessageKey = "hms.feil.pakrevd";
const VELG: MessageKey = "hms.feil.velg";
const FOR_LANG: MessageKey = "hms.feil.forLang";

const tekst = (max: number) =>
  z.string({ error: PAKREVD }).trim().min(1, { error: PAKREVD }).max(max, { error: FOR_LANG });
const dato = () =>
  z
    .string({ error: PAKREVD })
    .min(1, { error: PAKREVD })
    .refine((s): boolean => isDato(s), { error: "hms.feil.dato" satisfies MessageKey });
const valg = <T extends string>(verdier: readonly T[]) =>
  z.enum(verdier as unknown as [T, ...T[]], { error: VELG });
const versjon = () => z.coerce.number({ error: PAKREVD }).int().positive();
const nokkel = () => z.string().min(8).max(80);

export const KampanjeSchema = z
  .object({
    eiendomId: z.string({ error: VELG }).uuid({ error: VELG }),
    tittel: tekst(200),
    fraDato: dato(),
    tilDato: dato(),
    gjennomforesAv: valg(UTFORERE),
    idempotensnokkel: nokkel(),
    /** Planned from an anonymous concern: it is closed as «HMS-oppfølging» in the same transaction. */
    bekymringId: z
      .union([z.literal(""), z.string().uuid()])
      .optional()
      .transform((s) => s || null),
  })
  .refine((k) => k.tilDato >= k.fraDato, {
    path: ["tilDato"],
    error: "hms.feil.tilForFra" satisfies MessageKey,
  });
/** A campaign to plan; `bekymringId` only when it is planned from an anonymous concern. */
export type NyKampanje = Omit<z.infer<typeof KampanjeSchema>, "bekymringId"> & {
  bekymringId?: string | null;
};

export const ForsokSchema = z.object({
  dato: dato(),
  tidsrom: valg(TIDSROM),
  utfall: valg(UTFALL),
  versjon: versjon(),
  idempotensnokkel: nokkel(),
});
export type NyttForsok = z.infer<typeof ForsokSchema>;

export const FunnSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("bygning"),
      besokId: z.string().uuid({ error: VELG }),
      beskrivelse: tekst(1000),
      idempotensnokkel: nokkel(),
    }),
    z.object({
      type: z.literal("behov"),
      besokId: z.string().uuid({ error: VELG }),
      tema: valg(TEMAER),
      idempotensnokkel: nokkel(),
    }),
  ],
  { error: VELG },
);
export type NyttFunn = z.infer<typeof FunnSchema>;

export const SendSchema = z.object({
  funnId: z.string().uuid(),
  versjon: versjon(),
  kategori: valg(KATEGORIER),
  sted: valg(STEDER),
  hastegrad: valg(HASTEGRADER),
});
export type SendSomMangel = z.infer<typeof SendSchema>;

export const HenvisSchema = z.object({
  funnId: z.string().uuid(),
  versjon: versjon(),
  tjeneste: valg(TJENESTER),
  oppsummering: tekst(1000),
});
export type Henvis = z.infer<typeof HenvisSchema>;

export const LukkSchema = z.object({ funnId: z.string().uuid(), versjon: versjon() });

/** What the user typed, as strings (without the CSRF token), to give back with the errors. */
function verdierFra(form: FormData): Verdier {
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
    feil[felt] = (issue.message.startsWith("hms.") ? issue.message : PAKREVD) as MessageKey;
  }
  return { ok: false, feil, verdier };
}
