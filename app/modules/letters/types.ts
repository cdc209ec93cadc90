/**
 * Input to the letters, as Zod schemas with Norwegian messages. A decision letter (vedtaksbrev) must carry what
 * forvaltningsloven §§ 24, 25 and 27 require; the schema refuses a letter that would not (e.g. an avslag without
 * reasons), so a renderer never has to guess.
 */
import { z } from "zod";
import { isDato, type Dato } from "../../lib/frister";
import { LEIEPERIODER_AAR, LOVHENVISNINGER, SAKSTYPER, type LovhenvisningKey } from "./config";

const tekst = (felt: string, max = 1000) =>
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

/** A strict object whose own errors are Norwegian too: missing ("mangler") and unknown fields. */
function objekt<S extends z.ZodRawShape>(shape: S, mangler: string) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === "invalid_type"
        ? mangler
        : iss.code === "unrecognized_keys"
          ? `Ukjent felt: ${iss.keys.join(", ")}`
          : undefined,
  });
}

const adresselinjer = (felt: string) =>
  z
    .array(tekst(`Hver linje i ${felt}`, 200), { error: `${felt} må fylles ut` })
    .min(1, `${felt} må ha minst én linje`)
    .max(6, `${felt} kan ha høyst 6 linjer`);

export const avsenderSchema = objekt(
  {
    /** "Bydel Sagene". */
    bydel: tekst("Bydelens navn", 100),
    /** "Boligkontoret", "Tildelingsenheten". */
    enhet: tekst("Enheten", 100),
    adresselinjer: adresselinjer("avsenderens adresse"),
    telefon: tekst("Telefonnummeret", 30),
    /** Where the party can appeal online (with ID-porten). */
    klageUrl: z.url({
      error: "Lenken til digital klage må være en gyldig nettadresse",
      protocol: /^https?$/,
    }),
    epost: z.email({ error: "E-postadressen er ugyldig" }).optional(),
  },
  "Avsenderen må fylles ut",
);

export const mottakerSchema = objekt(
  {
    navn: tekst("Mottakerens navn", 200),
    adresselinjer: adresselinjer("mottakerens adresse"),
  },
  "Mottakeren må fylles ut",
);

const lovnokler = Object.keys(LOVHENVISNINGER) as [LovhenvisningKey, ...LovhenvisningKey[]];

/** A rule applied: either a configured reference (`{ lov: "boligsosial_6" }`) or one written out. */
export const regelSchema = z.union([
  z.strictObject({ lov: z.enum(lovnokler, { error: "Ukjent lovhenvisning" }) }),
  z.strictObject({
    henvisning: tekst("Lovhenvisningen", 200),
    forklaring: tekst("Forklaringen av regelen", 1000),
  }),
]);
export type Regel = z.infer<typeof regelSchema>;

export const begrunnelseSchema = objekt(
  {
    /** § 25 first paragraph: the rules the decision builds on, with their content explained. */
    regler: z
      .array(regelSchema, { error: "Begrunnelsen må vise til reglene vedtaket bygger på" })
      .min(1, "Begrunnelsen må vise til reglene vedtaket bygger på"),
    /** § 25 second paragraph: the facts the decision builds on. */
    faktum: z
      .array(tekst("Hvert faktum", 1000), {
        error: "Begrunnelsen må nevne de faktiske forholdene vedtaket bygger på",
      })
      .min(1, "Begrunnelsen må nevne de faktiske forholdene vedtaket bygger på"),
    /** § 25 third paragraph: the main considerations of discretion. Required for avslag and venteliste. */
    hovedhensyn: z.array(tekst("Hvert hovedhensyn", 1000)).default([]),
  },
  "Vedtaket må ha en begrunnelse",
);

export const boligSchema = objekt(
  {
    /** "leilighet", "omsorgsbolig", … */
    boligtype: tekst("Boligtypen", 100),
    antallRom: z
      .number({ error: "Antall rom må være et tall" })
      .int("Antall rom må være et helt tall")
      .min(1, "Boligen må ha minst ett rom")
      .max(10, "Antall rom kan være høyst 10"),
    /** Approximate size in m², when it is part of the decision. */
    arealKvm: z
      .number({ error: "Arealet må være et tall" })
      .positive("Arealet må være større enn 0")
      .max(500, "Arealet kan være høyst 500 m²")
      .optional(),
    leieperiodeAar: z
      .number({ error: "Leieperioden må være et antall år" })
      .refine((n) => LEIEPERIODER_AAR.includes(n), {
        error: `Leieperioden må være ${LEIEPERIODER_AAR.join(", ")} år`,
      }),
  },
  "Vedtaket må si hvilken type bolig du får, størrelsen og hvor lenge leiekontrakten varer",
);
export type Bolig = z.infer<typeof boligSchema>;

export const utfallSchema = z.discriminatedUnion(
  "utfall",
  [
    z.strictObject({
      utfall: z.literal("innvilget"),
      /** For kommunal bolig and fornyelse: the dwelling granted. */
      bolig: boligSchema.optional(),
      /** For boligsosial bistand: what the assistance consists of (the main content must be in the decision). */
      bistand: z.array(tekst("Hvert bistandstiltak", 500)).optional(),
    }),
    z.strictObject({
      utfall: z.literal("venteliste"),
      bolig: boligSchema,
      /** Optional: the expected waiting time, in words ("normalt 6–12 måneder"). */
      forventetVentetid: tekst("Forventet ventetid", 200).optional(),
    }),
    z.strictObject({ utfall: z.literal("avslag") }),
  ],
  { error: "Utfallet må være innvilget, venteliste eller avslag" },
);
export type Utfall = z.infer<typeof utfallSchema>;

export const personSchema = objekt(
  {
    navn: tekst("Navnet", 200),
    tittel: tekst("Tittelen", 100),
  },
  "Saksbehandleren må fylles ut",
);

export const kontaktSchema = objekt(
  {
    navn: tekst("Kontaktpersonens navn", 200),
    telefon: tekst("Kontaktpersonens telefonnummer", 30),
    epost: z.email({ error: "E-postadressen er ugyldig" }).optional(),
  },
  "Kontaktpersonen må fylles ut",
);

export const vedtaksbrevSchema = objekt(
  {
    avsender: avsenderSchema,
    mottaker: mottakerSchema,
    saksnummer: tekst("Saksnummeret", 40),
    brevdato: dato("Brevdatoen"),
    sakstype: z.enum(SAKSTYPER, {
      error:
        "Sakstypen må være søknad om kommunal bolig, søknad om fornyelse eller bistand etter boligsosial lov § 6",
    }),
    /** The date the application was received, shown in the introduction. */
    soknadMottattDato: dato("Datoen søknaden kom inn").optional(),
    vedtak: utfallSchema,
    begrunnelse: begrunnelseSchema,
    /** The day the decision reached (or is expected to reach) the party: the klagefrist runs from here (§ 29). */
    mottattDato: dato("Datoen vedtaket kom fram til deg"),
    saksbehandler: personSchema,
    /** Who answers questions; defaults to the caseworker at the district's phone number. */
    kontakt: kontaktSchema.optional(),
    /** Tell the party about postponed implementation (§ 42)? Defaults from the case kind and outcome. */
    utsattIverksetting: z.boolean({ error: "Utsatt iverksetting må være ja eller nei" }).optional(),
  },
  "Brevet mangler innhold",
).superRefine((v, ctx) => {
  const { sakstype, vedtak, begrunnelse } = v;
  if (v.mottattDato < v.brevdato) {
    ctx.addIssue({
      code: "custom",
      path: ["mottattDato"],
      message: "Vedtaket kan ikke komme fram til deg før brevdatoen",
    });
  }
  if (v.soknadMottattDato && v.soknadMottattDato > v.brevdato) {
    ctx.addIssue({
      code: "custom",
      path: ["soknadMottattDato"],
      message: "Søknaden kan ikke ha kommet inn etter brevdatoen",
    });
  }
  if (vedtak.utfall !== "innvilget" && begrunnelse.hovedhensyn.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["begrunnelse", "hovedhensyn"],
      message: "Ved avslag og venteliste må begrunnelsen nevne de hensynene som har vært avgjørende",
    });
  }
  if (vedtak.utfall === "innvilget") {
    if (sakstype === "boligsosial_bistand" && !vedtak.bistand?.length) {
      ctx.addIssue({
        code: "custom",
        path: ["vedtak", "bistand"],
        message: "Vedtaket må si hva bistanden består av",
      });
    }
    if (sakstype !== "boligsosial_bistand" && !vedtak.bolig) {
      ctx.addIssue({
        code: "custom",
        path: ["vedtak", "bolig"],
        message: "Vedtaket må si hvilken type bolig du får, størrelsen og hvor lenge leiekontrakten varer",
      });
    }
  }
  if (vedtak.utfall === "venteliste" && sakstype !== "kommunal_bolig") {
    ctx.addIssue({
      code: "custom",
      path: ["vedtak", "utfall"],
      message: "Venteliste gjelder bare søknad om kommunal bolig",
    });
  }
});

export type VedtaksbrevInput = z.input<typeof vedtaksbrevSchema>;
export type Vedtaksbrev = z.output<typeof vedtaksbrevSchema>;

export const forelopigSvarSchema = objekt(
  {
    avsender: avsenderSchema.omit({ klageUrl: true }).extend({
      klageUrl: avsenderSchema.shape.klageUrl.optional(),
    }),
    mottaker: mottakerSchema,
    saksnummer: tekst("Saksnummeret", 40),
    brevdato: dato("Brevdatoen"),
    sakstype: z.enum(SAKSTYPER, {
      error:
        "Sakstypen må være søknad om kommunal bolig, søknad om fornyelse eller bistand etter boligsosial lov § 6",
    }),
    soknadMottattDato: dato("Datoen søknaden kom inn"),
    /** Why the case takes longer (§ 11 a: the reason must be given). */
    grunn: tekst("Grunnen til at saken tar lengre tid", 1000),
    /** When a decision can be expected. */
    forventetVedtakDato: dato("Datoen du kan vente svar"),
    saksbehandler: personSchema,
    kontakt: kontaktSchema.optional(),
  },
  "Brevet mangler innhold",
).superRefine((v, ctx) => {
  if (v.soknadMottattDato > v.brevdato) {
    ctx.addIssue({
      code: "custom",
      path: ["soknadMottattDato"],
      message: "Søknaden kan ikke ha kommet inn etter brevdatoen",
    });
  }
  if (v.forventetVedtakDato <= v.brevdato) {
    ctx.addIssue({
      code: "custom",
      path: ["forventetVedtakDato"],
      message: "Datoen du kan vente svar må være etter brevdatoen",
    });
  }
});

export type ForelopigSvarInput = z.input<typeof forelopigSvarSchema>;
export type ForelopigSvar = z.output<typeof forelopigSvarSchema>;

/** Options for rendering that are not part of the letter's content. */
export type RenderOptions = {
  /** The PDF's creation date (metadata only). Give a fixed date for byte-identical output. */
  opprettet?: Date;
};
