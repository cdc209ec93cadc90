import { z } from "zod";
import { isDato, type Dato } from "../../lib/frister";

/** Zod schemas for the case use cases, with Norwegian messages for the fields. */

const tekst = (felt: string, max = 4000) =>
  z
    .string({ error: `${felt} må fylles ut` })
    .trim()
    .min(1, `${felt} må fylles ut`)
    .max(max, `${felt} kan være høyst ${max} tegn`);

export const datoSchema = (felt: string) =>
  z
    .string({ error: `${felt} må fylles ut` })
    .refine(isDato, `${felt} må være en gyldig dato (ÅÅÅÅ-MM-DD)`)
    .transform((s) => s as Dato);

export const versjonSchema = z.number({ error: "Versjon mangler" }).int().positive();

export const husstandSchema = z.strictObject({
  voksne: z.number().int().min(1, "Husstanden må ha minst én voksen").max(10),
  barn: z.array(z.strictObject({ alder: z.number().int().min(0).max(25) })).max(15),
});

/** The application's answers, schema version 1. */
export const SKJEMAVERSJON = 1;
export const soknadsinnholdSchema = z.strictObject({
  boligsituasjon: z.strictObject({
    naavaerende: z.enum(
      ["uten_bolig", "midlertidig", "leier_privat", "institusjon", "hos_familie", "annet"],
      {
        error: "Velg nåværende boligsituasjon",
      },
    ),
    beskrivelse: tekst("Beskrivelsen av boligsituasjonen", 2000),
  }),
  okonomi: z.strictObject({
    inntektKrPerAar: z.number().int().min(0).max(100_000_000),
    gjeldKr: z.number().int().min(0).max(100_000_000).optional(),
    /** Fixed monthly expenses (rent, loans, childcare), from the application form (optional). */
    utgifterKrPerMaaned: z.number().int().min(0).max(10_000_000).optional(),
    beskrivelse: z.string().trim().max(2000).optional(),
  }),
  /** Special category (GDPR art. 9). */
  helseFunksjon: z
    .strictObject({
      behov: z.array(z.enum(["rullestol", "heis", "bakkeplan", "oppfolging", "annet"])).max(5),
      beskrivelse: z.string().trim().max(2000).optional(),
    })
    .optional(),
  onsker: z.strictObject({
    bydeler: z.array(z.string().max(40)).max(15).default([]),
    /** The number of rooms the household needs, from the application form (optional). */
    rom: z.number().int().min(1).max(8).optional(),
    merknad: z.string().trim().max(2000).optional(),
  }),
});
export type Soknadsinnhold = z.infer<typeof soknadsinnholdSchema>;

const felles = {
  type: z.enum(["bolig", "fornyelse", "bistand_6"], { error: "Velg hva det søkes om" }),
  husstand: husstandSchema,
  innhold: soknadsinnholdSchema,
  idempotensnokkel: z.string().min(8).max(200),
};

/**
 * Who submits, and for whom:
 * - `soker`: the resident for themselves (ID-porten; the søker is actor.personId);
 * - `parorende`: a resident for a relative, with the relative's consent;
 * - `kommunal_tjeneste` / `institusjon`: a municipal service or an institution, with consent;
 * - `saksbehandler_papir`: a paper application registered by staff, with the date stamp it got on arrival.
 */
export const innsendingSchema = z.discriminatedUnion("innsenderrolle", [
  z.strictObject({ ...felles, innsenderrolle: z.literal("soker"), bydelId: z.string().min(1).max(40) }),
  z.strictObject({
    ...felles,
    innsenderrolle: z.enum(["parorende", "kommunal_tjeneste", "institusjon"]),
    bydelId: z.string().min(1).max(40),
    soker: z.strictObject({
      fodselsnummer: z.string().min(1, "Fødselsnummer må fylles ut").max(20),
      fornavn: tekst("Fornavn", 100),
      etternavn: tekst("Etternavn", 100),
    }),
    /** The name of the relative, service or institution (shown in the case). */
    innsenderNavn: tekst("Navnet på innsenderen", 200),
    /** Staff registering a service's or institution's letter give its date stamp; a resident's is today. */
    mottatt: datoSchema("Mottatt dato").optional(),
    samtykke: z.literal(true, { error: "Søkeren må ha samtykket til at du søker for dem" }),
    samtykkeGrunnlag: tekst("Hvordan samtykket er gitt", 500),
  }),
  z.strictObject({
    ...felles,
    innsenderrolle: z.literal("saksbehandler_papir"),
    soker: z.strictObject({
      fodselsnummer: z.string().min(1, "Fødselsnummer må fylles ut").max(20),
      fornavn: tekst("Fornavn", 100),
      etternavn: tekst("Etternavn", 100),
    }),
    /** The date stamp: when the paper application arrived. */
    mottatt: datoSchema("Mottatt dato"),
    /** When someone else signed the paper form on the søker's behalf. */
    innsenderNavn: z.string().trim().max(200).optional(),
    samtykke: z.literal(true, { error: "Søknaden må være underskrevet av søkeren eller med fullmakt" }),
    samtykkeGrunnlag: tekst("Hvordan samtykket er gitt", 500),
  }),
]);
export type Innsending = z.input<typeof innsendingSchema>;

/** §§ 24–25: the rules, the facts and the main considerations, all three required. */
export const begrunnelseSchema = z.strictObject({
  regler: tekst("Reglene vedtaket bygger på"),
  faktum: tekst("De faktiske forholdene vedtaket bygger på"),
  hovedhensyn: tekst("Hovedhensynene i vurderingen"),
});

export const boligvedtakSchema = z.strictObject({
  boligtype: tekst("Boligtypen", 100),
  rom: z.number({ error: "Antall rom må være et tall" }).int().min(1).max(8),
  leietidAar: z.number({ error: "Leietiden må være et antall år" }).int(),
});

export const vedtaksinnholdSchema = z.discriminatedUnion(
  "utfall",
  [
    z.strictObject({
      utfall: z.literal("innvilget"),
      bolig: boligvedtakSchema.optional(),
      begrunnelse: begrunnelseSchema,
    }),
    z.strictObject({
      utfall: z.literal("venteliste"),
      bolig: boligvedtakSchema,
      prioritet: z.number().int().min(1).max(3),
      begrunnelse: begrunnelseSchema,
    }),
    z.strictObject({ utfall: z.literal("avslag"), begrunnelse: begrunnelseSchema }),
  ],
  { error: "Utfallet må være innvilget, venteliste eller avslag" },
);
export type Vedtaksinnhold = z.input<typeof vedtaksinnholdSchema>;

export const sendemaateSchema = z.enum(["digital", "papir"]);

export { tekst as tekstSchema };

/** Parses or stops with 400 ("ugyldig"); routes parse first to show errors at the field. */
export function parseOrFail<T extends z.ZodType>(
  schema: T,
  value: unknown,
  onError: () => never,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) onError();
  return result.data as z.output<T>;
}
