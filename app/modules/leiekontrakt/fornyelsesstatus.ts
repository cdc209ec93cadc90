import { addMonths, daysBetween, type Dato } from "../../lib/frister";
import type { FornyelsesPolicy } from "./policy";

/**
 * Where a lease stands in the renewal monitor, as a pure function of its end date, today, the renewal case
 * (if any) and whether a new lease has been made. The district "has acted" only when a new lease exists or a
 * reasoned decision has been made; everything else is shown as not yet acted on.
 */
export type Tilstand =
  /** A new lease has been made from a granted decision. */
  | "fornyet"
  /** A refusal (reasoned decision with appeal rights) has been made. */
  | "avslag"
  /** Granted, but the new lease is not made yet: the caseworker must make it. */
  | "innvilget"
  /** An application has come in and is being handled. */
  | "til_behandling"
  /** No application has come in. */
  | "ingen_soknad";

export type RenewalSak = {
  sakId: string;
  saksnummer: string;
  mottatt: string;
  status: string;
  sokerPersonId: string;
  /** The latest decision's outcome, if any. */
  utfall: "innvilget" | "avslag" | "venteliste" | null;
};

export type Varsel = { maaneder: number; dato: Dato };

export type Fornyelsesstatus = {
  tilstand: Tilstand;
  /** Notices whose day has come (oldest first), from the policy's notice points. Only while no application. */
  varsler: Varsel[];
  /** Every configured notice point with its day, for the worklist ("next notice"). */
  varselpunkter: Varsel[];
  /** The caseworker must act: no application after the last notice point, or past the end date unacted. */
  varsleSaksbehandler: boolean;
  bydelenHarHandlet: boolean;
  /** Days from today to the end date (negative once it has passed). */
  dagerIgjen: number;
};

export function varselpunkter(sluttdato: Dato, policy: FornyelsesPolicy): Varsel[] {
  return [...policy.varselMaaneder]
    .sort((a, b) => b - a)
    .map((maaneder) => ({ maaneder, dato: addMonths(sluttdato, -maaneder) }));
}

/** The first day an application counts as a renewal application for a lease ending on `sluttdato`. */
export function soknadTidligst(sluttdato: Dato, policy: FornyelsesPolicy): Dato {
  return addMonths(sluttdato, -policy.soknadTidligstMaaneder);
}

export function fornyelsesstatus(input: {
  sluttdato: Dato;
  idag: Dato;
  sak: RenewalSak | null;
  fornyet: boolean;
  policy: FornyelsesPolicy;
}): Fornyelsesstatus {
  const { sluttdato, idag, sak, fornyet, policy } = input;
  const punkter = varselpunkter(sluttdato, policy);
  const dagerIgjen = daysBetween(idag, sluttdato);
  let tilstand: Tilstand;
  if (fornyet) tilstand = "fornyet";
  else if (!sak) tilstand = "ingen_soknad";
  else if (sak.utfall === "avslag") tilstand = "avslag";
  else if (sak.utfall === "innvilget") tilstand = "innvilget";
  else tilstand = "til_behandling";
  const varsler = tilstand === "ingen_soknad" ? punkter.filter((p) => p.dato <= idag) : [];
  const sistePunkt = punkter.at(-1)?.dato ?? sluttdato;
  const bydelenHarHandlet = tilstand === "fornyet" || tilstand === "avslag";
  const varsleSaksbehandler =
    (tilstand === "ingen_soknad" && idag >= sistePunkt) ||
    tilstand === "innvilget" ||
    (!bydelenHarHandlet && dagerIgjen < 0);
  return { tilstand, varsler, varselpunkter: punkter, varsleSaksbehandler, bydelenHarHandlet, dagerIgjen };
}
