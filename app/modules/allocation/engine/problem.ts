/**
 * The JSON problem format of the allocation engine (tildelingsmotoren).
 *
 * Keys are Norwegian domain words written in ASCII (ø → o, å → a, æ → ae) so the format is easy to type
 * and to use from any language. The full description with an example is in docs/domain/tildeling-motor.md.
 *
 * Composition facts are counts and flags only (e.g. `hoyOppfolging: true`, `eksisterende.hoyOppfolging: 2`),
 * never diagnoses.
 */
import { z } from "zod";

const id = z.string().trim().min(1, "id kan ikke være tom").max(100, "id kan være høyst 100 tegn");

const andel = z.number().min(0, "andelen må være mellom 0 og 1").max(1, "andelen må være mellom 0 og 1");

const posisjon = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** A named address a household must not live at or near (e.g. a protection or conflict consideration). */
const ikkeNaer = z.strictObject({
  adresse: z.string().trim().min(1, "adressen kan ikke være tom"),
  /** Optional position of the named address; with `radiusMeter` it blocks every stairwell within the radius. */
  posisjon: posisjon.optional(),
  radiusMeter: z.number().positive("radiusMeter må være større enn 0").optional(),
});

export const husstandSchema = z.strictObject({
  id,
  /** Adults in the household (at least one). */
  voksne: z.int("voksne må være et heltall").min(1, "en husstand har minst én voksen").max(20),
  /** Children under 18 in the household. */
  barn: z.int("barn må være et heltall").min(0).max(20).default(0),
  /** Priority from the decision (vedtak): 0 = ordinary, higher = more urgent. */
  prioritet: z.int("prioritet må være et heltall").min(0).max(10).default(0),
  /** Days on the waiting list at the allocation date. */
  ventedager: z.int("ventedager må være et heltall").min(0, "ventedager kan ikke være negativt").max(36500),
  /** Accessibility needs (hard rules). */
  behov: z
    .strictObject({
      /** Needs a wheelchair-accessible unit. */
      rullestol: z.boolean().default(false),
      /** Cannot take stairs: needs a lift in the stairwell or a unit on the ground floor. */
      heis: z.boolean().default(false),
      /** Needs a unit on the ground floor (1. etasje). */
      forsteEtasje: z.boolean().default(false),
    })
    .default({ rullestol: false, heis: false, forsteEtasje: false }),
  /** Flag: the household has a high need for follow-up (booppfølging). A flag, never a diagnosis. */
  hoyOppfolging: z.boolean().default(false),
  /** The household's wishes (soft, weighted in the objective). */
  onsker: z
    .strictObject({
      bydeler: z.array(z.string().trim().min(1)).default([]),
      omrader: z.array(z.string().trim().min(1)).default([]),
      /** Wished number of rooms. */
      rom: z.int().min(1).max(10).optional(),
    })
    .default({ bydeler: [], omrader: [] }),
  /** Exclusions (hard rules). */
  utelukkelser: z
    .strictObject({
      ikkeNaer: z.array(ikkeNaer).default([]),
      oppganger: z.array(id).default([]),
      bydeler: z.array(z.string().trim().min(1)).default([]),
    })
    .default({ ikkeNaer: [], oppganger: [], bydeler: [] }),
  /** The household must get a unit in this round (e.g. acute need); makes the problem infeasible if impossible. */
  maaTildeles: z.boolean().default(false),
});

export const boligSchema = z.strictObject({
  id,
  /** The stairwell (oppgang) the unit belongs to. */
  oppgang: id,
  rom: z.int("rom må være et heltall").min(1, "en bolig har minst ett rom").max(20),
  kvm: z.number().positive().optional(),
  /** Floor, Norwegian count: 1 = ground floor (1. etasje), 0 = basement/souterrain. */
  etasje: z.int("etasje må være et heltall").min(-2).max(60),
  /** Wheelchair-accessible unit. */
  rullestol: z.boolean().default(false),
});

export const oppgangSchema = z.strictObject({
  id,
  adresse: z.string().trim().min(1, "adressen kan ikke være tom"),
  bydel: z.string().trim().min(1, "bydel kan ikke være tom"),
  omrade: z.string().trim().min(1).optional(),
  posisjon: posisjon.optional(),
  /** Addresses counted as "near" this stairwell (same block, next door), for `ikkeNaer` exclusions. */
  naboadresser: z.array(z.string().trim().min(1)).default([]),
  heis: z.boolean().default(false),
  /** Flag set by the district: the stairwell is currently unsafe for children. */
  utrygg: z.boolean().default(false),
  /** Who already lives there, as counts. */
  eksisterende: z
    .strictObject({
      husstander: z.int().min(0).default(0),
      hoyOppfolging: z.int().min(0).default(0),
      barnefamilier: z.int().min(0).default(0),
    })
    .default({ husstander: 0, hoyOppfolging: 0, barnefamilier: 0 })
    .refine((e) => e.hoyOppfolging <= e.husstander && e.barnefamilier <= e.husstander, {
      message: "eksisterende.hoyOppfolging og eksisterende.barnefamilier kan ikke være flere enn husstander",
    }),
  /** Per-stairwell overrides of the composition limits in `regler`. */
  regler: z
    .strictObject({
      maksHoyOppfolgingPerRunde: z.int().min(0).optional(),
      maksAndelHoyOppfolging: andel.optional(),
    })
    .default({}),
});

export const DEFAULT_ROMNORM = [1, 1, 2, 3, 3, 4, 4, 5] as const;

export const reglerSchema = z
  .strictObject({
    /**
     * Room norm: `minRom[n-1]` is the smallest number of rooms for a household of n persons (the last entry
     * is used for larger households). A unit may have at most `maksRomOverNorm` rooms above the norm.
     */
    romnorm: z
      .strictObject({
        minRom: z
          .array(z.int().min(1))
          .min(1)
          .default([...DEFAULT_ROMNORM]),
        maksRomOverNorm: z.int().min(0).default(1),
      })
      .default({ minRom: [...DEFAULT_ROMNORM], maksRomOverNorm: 1 }),
    /** No household with children into a stairwell flagged `utrygg`. */
    ingenBarnIUtryggOppgang: z.boolean().default(true),
    /** At most N households with high follow-up need placed into one stairwell per round (null = no limit). */
    maksHoyOppfolgingPerRunde: z.int().min(0).nullable().default(1),
    /**
     * Limit on the share of households with high follow-up need in a stairwell after the round, counting those
     * already living there (null = no limit). Only binds when a household with high need is placed there.
     */
    maksAndelHoyOppfolging: andel.nullable().default(0.3),
    /** Target share used by the balance term of the objective. */
    malAndelHoyOppfolging: andel.default(0.15),
    /**
     * "prioriter" (default): fill as many units as the hard rules allow, then maximise the score
     * (lexicographic, two HiGHS solves). "vekt": only the weighted objective (vekter.fyllBolig per assignment);
     * a unit may stay empty when no assignment scores above zero.
     */
    fyllBoliger: z.enum(["prioriter", "vekt"]).default("prioriter"),
  })
  .default({
    romnorm: { minRom: [...DEFAULT_ROMNORM], maksRomOverNorm: 1 },
    ingenBarnIUtryggOppgang: true,
    maksHoyOppfolgingPerRunde: 1,
    maksAndelHoyOppfolging: 0.3,
    malAndelHoyOppfolging: 0.15,
    fyllBoliger: "prioriter",
  });

const vekt = z.number().min(0, "vekter kan ikke være negative").max(1e6);

export const DEFAULT_VEKTER = {
  prioritet: 100,
  ventetid: 50,
  romPassform: 20,
  tilretteleggingSvinn: 30,
  onsketBydel: 25,
  onsketOmrade: 15,
  onsketStorrelse: 10,
  balanse: 40,
  fyllBolig: 0,
} as const;

export const vekterSchema = z
  .strictObject({
    /** Points per priority step. */
    prioritet: vekt.default(DEFAULT_VEKTER.prioritet),
    /** Points per year (365 days) on the waiting list. */
    ventetid: vekt.default(DEFAULT_VEKTER.ventetid),
    /** Points for a unit at exactly the room norm; reduced per extra room. */
    romPassform: vekt.default(DEFAULT_VEKTER.romPassform),
    /** Penalty for giving a wheelchair-accessible unit to a household that does not need it. */
    tilretteleggingSvinn: vekt.default(DEFAULT_VEKTER.tilretteleggingSvinn),
    onsketBydel: vekt.default(DEFAULT_VEKTER.onsketBydel),
    onsketOmrade: vekt.default(DEFAULT_VEKTER.onsketOmrade),
    onsketStorrelse: vekt.default(DEFAULT_VEKTER.onsketStorrelse),
    /** Balance of the stairwell's composition (see docs). */
    balanse: vekt.default(DEFAULT_VEKTER.balanse),
    /** Points per filled unit (used by fyllBoliger = "vekt"). */
    fyllBolig: vekt.default(DEFAULT_VEKTER.fyllBolig),
  })
  .default({ ...DEFAULT_VEKTER });

export const problemSchema = z
  .strictObject({
    versjon: z.literal(1, "versjon må være 1"),
    /** Free text naming the round, e.g. "Alna 2026-11 runde 1". */
    runde: z.string().trim().max(200).optional(),
    husstander: z.array(husstandSchema).max(20000),
    boliger: z.array(boligSchema).max(5000),
    oppganger: z.array(oppgangSchema).max(5000),
    regler: reglerSchema,
    vekter: vekterSchema,
  })
  .superRefine((p, ctx) => {
    const dup = (list: { id: string }[], path: string) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.id)) {
          ctx.addIssue({ code: "custom", path: [path, i, "id"], message: `id "${x.id}" finnes to ganger` });
        }
        seen.add(x.id);
      });
    };
    dup(p.husstander, "husstander");
    dup(p.boliger, "boliger");
    dup(p.oppganger, "oppganger");
    const oppganger = new Set(p.oppganger.map((o) => o.id));
    p.boliger.forEach((b, i) => {
      if (!oppganger.has(b.oppgang)) {
        ctx.addIssue({
          code: "custom",
          path: ["boliger", i, "oppgang"],
          message: `oppgangen "${b.oppgang}" finnes ikke i oppganger`,
        });
      }
    });
  });

export type ProblemInput = z.input<typeof problemSchema>;
export type Problem = z.output<typeof problemSchema>;
export type Husstand = z.output<typeof husstandSchema>;
export type Bolig = z.output<typeof boligSchema>;
export type Oppgang = z.output<typeof oppgangSchema>;
export type Regler = z.output<typeof reglerSchema>;
export type Vekter = z.output<typeof vekterSchema>;

export type ParseResult = { ok: true; problem: Problem } | { ok: false; feil: string[] };

/** Validates unknown JSON; errors are Norwegian lines with the path, e.g. `husstander[3].ventedager: …`. */
export function parseProblem(json: unknown): ParseResult {
  const result = problemSchema.safeParse(json);
  if (result.success) return { ok: true, problem: result.data };
  return {
    ok: false,
    feil: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  };
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(roten)";
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

/** Household size (persons). */
export function personer(h: Husstand): number {
  return h.voksne + h.barn;
}
