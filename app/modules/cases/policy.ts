import type { Klageinstans, MottattRegel, Sakstype } from "../../db/schema";
import { addDays, datoInOslo, parseDato, type Dato } from "../../lib/frister";

/**
 * The case journey's rules as configuration (docs/domain/saksgang.md). Lengths and bodies change with local
 * regulations; change them here, never in a use case.
 */
export type SaksPolicy = {
  /** Lease lengths (years) a decision may give; the first is the default. Oslo's 2024 allocation regulation. */
  leietidAar: { familieMedBarn: readonly number[]; andre: readonly number[] };
  /** Digital delivery: the notice counts as received at the latest this many days after it was sent. */
  digitaltMottattSenestDager: number;
  /** § 11 a work queue: a deadline this many days ahead or closer counts as "near". */
  naerFristDager: number;
  /** Who decides an appeal, by case type. */
  klageinstans: Readonly<Record<Sakstype, Klageinstans>>;
};

export const STANDARD_SAKSPOLICY: SaksPolicy = Object.freeze({
  leietidAar: Object.freeze({ familieMedBarn: [7, 5] as const, andre: [5, 3] as const }),
  digitaltMottattSenestDager: 7,
  naerFristDager: 7,
  klageinstans: Object.freeze({
    bolig: "klagenemnd",
    fornyelse: "klagenemnd",
    bistand_6: "statsforvalteren",
  }),
});

export type Husstand = { voksne: number; barn: { alder: number }[] };

/** Families with children under 18 get the longer lease lengths. */
export function tillatteLeietider(
  husstand: Husstand,
  policy: SaksPolicy = STANDARD_SAKSPOLICY,
): readonly number[] {
  return husstand.barn.some((b) => b.alder < 18) ? policy.leietidAar.familieMedBarn : policy.leietidAar.andre;
}

export type Mottak =
  /** The resident opened the decision in the app at this instant. */
  | { maate: "apnet_digitalt"; apnet: Date }
  /** Sent digitally, not (yet) opened: counts as received `digitaltMottattSenestDager` after sending. */
  | { maate: "digital_sju_dager" }
  /** Sent on paper: staff record the day it reached the party (e.g. signed receipt, or the party says so). */
  | { maate: "papir_registrert"; dato: Dato | string };

/**
 * The mottatt rule: the day the notice of a decision reached the party, from which the klagefrist runs
 * (forvaltningsloven § 29).
 *
 * - Digital: the day (Oslo time) the party opened it in the app — but never later than `digitaltMottattSenestDager`
 *   after it was sent, so a party who never opens it still gets a deadline. Opening after that day does not
 *   move the date.
 * - Paper: the date recorded by staff; it cannot be before the day the letter was sent.
 *
 * Returns null when the date cannot be fixed yet (digital, not opened, and the latest day has not come), or
 * when the input contradicts the sending (opened or received before it was sent).
 */
export function mottattDato(
  vedtak: { sendt: Date; sendemaate: "digital" | "papir" },
  mottak: Mottak,
  idag: Dato,
  policy: SaksPolicy = STANDARD_SAKSPOLICY,
): { dato: Dato; regel: MottattRegel } | null {
  const sendtDag = datoInOslo(vedtak.sendt);
  const senest = addDays(sendtDag, policy.digitaltMottattSenestDager);
  switch (mottak.maate) {
    case "apnet_digitalt": {
      if (vedtak.sendemaate !== "digital") return null;
      const apnetDag = datoInOslo(mottak.apnet);
      if (apnetDag < sendtDag) return null;
      return apnetDag <= senest
        ? { dato: apnetDag, regel: "apnet_digitalt" }
        : { dato: senest, regel: "digital_sju_dager" };
    }
    case "digital_sju_dager":
      if (vedtak.sendemaate !== "digital" || idag < senest) return null;
      return { dato: senest, regel: "digital_sju_dager" };
    case "papir_registrert": {
      const dato = parseDato(mottak.dato);
      if (dato < sendtDag || dato > idag) return null;
      return { dato, regel: "papir_registrert" };
    }
  }
}
