import { z } from "zod";
import type { MessageKey } from "../../../../i18n";
import { isDato, type Dato } from "../../../../lib/frister";
import { LOVHENVISNINGER } from "../../../letters/config";

/**
 * The case page's forms (/saker/:sakId): one plain POST form per action, told apart by `intent`. This file turns
 * FormData into the input of exactly one use case, or into field errors (catalogue keys, shown at the field)
 * with the typed values kept. Pure: no database, no clock (the caller passes today's date).
 */
export const INTENTS = [
  "tildel",
  "notat",
  "dokumentasjon",
  "dokumentasjon_mottatt",
  "forelopig_svar",
  "vedtak",
  "vedtak_mottatt",
  "klage",
  "sen_klage",
  "omgjor",
  "oversend",
  "statsforvalter",
  "avslutt",
] as const;
export type Intent = (typeof INTENTS)[number];

export type Feil = Partial<Record<string, MessageKey>>;
export type Verdier = Record<string, string>;

const K = (key: MessageKey) => key;

const tekst = (max: number) =>
  z
    .string({ error: K("saker.feil.pakrevd") })
    .trim()
    .min(1, K("saker.feil.pakrevd"))
    .max(max, K("saker.feil.forLang"));

/** "2026-03-16", or "16.03.2026" typed into a date field without a date picker. */
export function normaliserDato(verdi: string): string {
  const v = verdi.trim();
  const norsk = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (norsk) return `${norsk[3]}-${norsk[2]!.padStart(2, "0")}-${norsk[1]!.padStart(2, "0")}`;
  return v;
}

const dato = z
  .string({ error: K("saker.feil.pakrevd") })
  .trim()
  .min(1, K("saker.feil.pakrevd"))
  .transform(normaliserDato)
  .refine(isDato, K("saker.feil.dato"))
  .transform((d) => d as Dato);

const heltall = (min: number, max: number) =>
  z
    .string({ error: K("saker.feil.pakrevd") })
    .trim()
    .min(1, K("saker.feil.pakrevd"))
    .regex(/^\d+$/, K("saker.feil.tall"))
    .transform(Number)
    .refine((n) => n >= min && n <= max, K("saker.feil.tall"));

const KJENTE_REGLER = Object.values(LOVHENVISNINGER).map((l) => l.henvisning.toLowerCase());

/** Each line of the rules field: "reference: what the rule says" (or a configured reference exactly). */
export function reglerGyldige(regler: string): boolean {
  return regler
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, "").trim())
    .filter(Boolean)
    .every((l) => KJENTE_REGLER.includes(l.toLowerCase()) || /^[^:]{2,200}:\s*\S/.test(l));
}

const begrunnelse = {
  regler: tekst(4000).refine(reglerGyldige, K("saker.feil.regelFormat")),
  faktum: tekst(4000),
  hovedhensyn: tekst(4000),
};

const vedtakFelter = z.object({
  utfall: z.enum(["innvilget", "venteliste", "avslag"], { error: K("saker.feil.velgUtfall") }),
  boligtype: z.string().trim().max(100, K("saker.feil.forLang")).optional(),
  rom: z.string().trim().optional(),
  leietidAar: z.string().trim().optional(),
  prioritet: z.string().trim().optional(),
  ...begrunnelse,
  sendemaate: z.enum(["digital", "papir"], { error: K("saker.feil.velgSendemaate") }),
});

export type Vedtaksvalg = { sakstype: "bolig" | "fornyelse" | "bistand_6"; leietider: readonly number[] };

export type Vedtaksdata = {
  vedtak:
    | {
        utfall: "innvilget";
        bolig?: { boligtype: string; rom: number; leietidAar: number };
        begrunnelse: { regler: string; faktum: string; hovedhensyn: string };
      }
    | {
        utfall: "venteliste";
        bolig: { boligtype: string; rom: number; leietidAar: number };
        prioritet: number;
        begrunnelse: { regler: string; faktum: string; hovedhensyn: string };
      }
    | { utfall: "avslag"; begrunnelse: { regler: string; faktum: string; hovedhensyn: string } };
  sendemaate: "digital" | "papir";
};

export type Tolket =
  | { intent: "tildel"; saksbehandlerId: string }
  | { intent: "notat"; tekst: string }
  | { intent: "dokumentasjon"; beskrivelse: string; frist: Dato }
  | { intent: "dokumentasjon_mottatt"; utfall: "mottatt" | "frafalt" }
  | { intent: "forelopig_svar"; grunn: string; forventetVedtak: Dato }
  | ({ intent: "vedtak" } & Vedtaksdata)
  | ({ intent: "omgjor" } & Vedtaksdata)
  | {
      intent: "vedtak_mottatt";
      vedtakId: string;
      mottak: { maate: "papir_registrert"; dato: Dato } | { maate: "digital_sju_dager" };
    }
  | { intent: "klage"; mottatt: Dato }
  | { intent: "sen_klage"; beslutning: "behandles" | "avvises"; begrunnelse: string }
  | { intent: "oversend"; merknad: string }
  | {
      intent: "statsforvalter";
      utfall: "stadfestet" | "omgjort" | "opphevet";
      begrunnelse: string;
      avgjort: Dato;
    }
  | { intent: "avslutt" };

export type Tolkning =
  | { ok: true; versjon: number; data: Tolket }
  | { ok: false; intent: Intent; feil: Feil; verdier: Verdier }
  /** Not a form this page sends (no intent, no version): answered 400. */
  | { ok: false; intent: null };

function feilFra(error: z.ZodError): Feil {
  const feil: Feil = {};
  for (const issue of error.issues) {
    const felt = String(issue.path[0] ?? "skjema");
    feil[felt] ??= issue.message as MessageKey;
  }
  return feil;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns the posted form into one use case's input, or field errors with what the user typed. */
export function tolkSkjema(form: FormData, valg: Vedtaksvalg & { idag: Dato }): Tolkning {
  const verdier: Verdier = {};
  for (const [navn, verdi] of form) {
    if (typeof verdi === "string" && navn !== "_csrf") verdier[navn] = verdi;
  }
  const intent = INTENTS.find((i) => i === verdier.intent) ?? null;
  const versjon = Number(verdier.versjon);
  if (!intent || !Number.isInteger(versjon) || versjon < 1) return { ok: false, intent: null };
  const ugyldig = (feil: Feil): Tolkning => ({ ok: false, intent, feil, verdier });
  const ok = (data: Tolket): Tolkning => ({ ok: true, versjon, data });

  let feilBuffer: Feil = {};
  const parse = <T extends z.ZodType>(schema: T): z.output<T> | null => {
    const r = schema.safeParse(verdier);
    if (!r.success) {
      feilBuffer = feilFra(r.error);
      return null;
    }
    return r.data;
  };

  switch (intent) {
    case "tildel": {
      const d = parse(
        z.object({ saksbehandlerId: z.string().trim().min(1, K("saker.feil.velgSaksbehandler")) }),
      );
      return d ? ok({ intent, saksbehandlerId: d.saksbehandlerId }) : ugyldig(feilBuffer);
    }
    case "notat": {
      const d = parse(z.object({ tekst: tekst(10_000) }));
      return d ? ok({ intent, tekst: d.tekst }) : ugyldig(feilBuffer);
    }
    case "dokumentasjon": {
      const d = parse(
        z.object({
          beskrivelse: tekst(2000),
          frist: dato.refine((f) => f > valg.idag, K("saker.feil.fremtid")),
        }),
      );
      return d ? ok({ intent, beskrivelse: d.beskrivelse, frist: d.frist }) : ugyldig(feilBuffer);
    }
    case "dokumentasjon_mottatt": {
      const d = parse(
        z.object({ utfall: z.enum(["mottatt", "frafalt"], { error: K("saker.feil.velgEtAlternativ") }) }),
      );
      return d ? ok({ intent, utfall: d.utfall }) : ugyldig(feilBuffer);
    }
    case "forelopig_svar": {
      const d = parse(
        z.object({
          grunn: tekst(1000),
          forventetVedtak: dato.refine((f) => f > valg.idag, K("saker.feil.fremtid")),
        }),
      );
      return d ? ok({ intent, grunn: d.grunn, forventetVedtak: d.forventetVedtak }) : ugyldig(feilBuffer);
    }
    case "vedtak":
    case "omgjor": {
      const d = parse(vedtakFelter);
      if (!d) return ugyldig(feilBuffer);
      const feil: Feil = {};
      const begr = { regler: d.regler, faktum: d.faktum, hovedhensyn: d.hovedhensyn };
      if (d.utfall === "venteliste" && valg.sakstype === "bistand_6")
        feil.utfall = "saker.feil.ventelisteBistand";
      const trengerBolig =
        d.utfall === "venteliste" || (d.utfall === "innvilget" && valg.sakstype !== "bistand_6");
      let bolig: { boligtype: string; rom: number; leietidAar: number } | undefined;
      if (trengerBolig) {
        const b = z
          .object({ boligtype: tekst(100), rom: heltall(1, 8), leietidAar: heltall(1, 10) })
          .safeParse(verdier);
        if (!b.success) Object.assign(feil, feilFra(b.error));
        else if (!valg.leietider.includes(b.data.leietidAar)) feil.leietidAar = "saker.feil.leietid";
        else bolig = b.data;
      }
      let prioritet = 0;
      if (d.utfall === "venteliste") {
        const p = heltall(1, 3).safeParse(verdier.prioritet ?? "");
        if (!p.success) feil.prioritet = "saker.feil.prioritet";
        else prioritet = p.data;
      }
      if (Object.keys(feil).length > 0) return ugyldig(feil);
      const vedtak: Vedtaksdata["vedtak"] =
        d.utfall === "avslag"
          ? { utfall: "avslag", begrunnelse: begr }
          : d.utfall === "venteliste"
            ? { utfall: "venteliste", bolig: bolig!, prioritet, begrunnelse: begr }
            : { utfall: "innvilget", ...(bolig ? { bolig } : {}), begrunnelse: begr };
      return ok({ intent, vedtak, sendemaate: d.sendemaate });
    }
    case "vedtak_mottatt": {
      const d = parse(
        z.object({
          vedtakId: z.string().regex(UUID, K("saker.feil.pakrevd")),
          maate: z.enum(["papir_registrert", "digital_sju_dager"], {
            error: K("saker.feil.velgEtAlternativ"),
          }),
          dato: z.string().optional(),
        }),
      );
      if (!d) return ugyldig(feilBuffer);
      if (d.maate === "digital_sju_dager")
        return ok({ intent, vedtakId: d.vedtakId, mottak: { maate: d.maate } });
      const m = dato.refine((x) => x <= valg.idag, K("saker.feil.ikkeFremtid")).safeParse(d.dato ?? "");
      if (!m.success) return ugyldig({ dato: m.error.issues[0]!.message as MessageKey });
      return ok({ intent, vedtakId: d.vedtakId, mottak: { maate: "papir_registrert", dato: m.data } });
    }
    case "klage": {
      const d = parse(z.object({ mottatt: dato.refine((x) => x <= valg.idag, K("saker.feil.ikkeFremtid")) }));
      return d ? ok({ intent, mottatt: d.mottatt }) : ugyldig(feilBuffer);
    }
    case "sen_klage": {
      const d = parse(
        z.object({
          beslutning: z.enum(["behandles", "avvises"], { error: K("saker.feil.velgEtAlternativ") }),
          begrunnelse: tekst(4000),
        }),
      );
      return d ? ok({ intent, beslutning: d.beslutning, begrunnelse: d.begrunnelse }) : ugyldig(feilBuffer);
    }
    case "oversend": {
      const d = parse(z.object({ merknad: tekst(10_000) }));
      return d ? ok({ intent, merknad: d.merknad }) : ugyldig(feilBuffer);
    }
    case "statsforvalter": {
      const d = parse(
        z.object({
          utfall: z.enum(["stadfestet", "omgjort", "opphevet"], { error: K("saker.feil.velgUtfall") }),
          begrunnelse: tekst(10_000),
          avgjort: dato.refine((x) => x <= valg.idag, K("saker.feil.ikkeFremtid")),
        }),
      );
      return d
        ? ok({ intent, utfall: d.utfall, begrunnelse: d.begrunnelse, avgjort: d.avgjort })
        : ugyldig(feilBuffer);
    }
    case "avslutt":
      return ok({ intent });
  }
}
