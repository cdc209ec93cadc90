import { z } from "zod";
import type { Feil, Tolket, Verdier } from "./schemas";
import {
  avkrysset,
  dato,
  EIERORGANISASJONER,
  enumValg,
  nokkel,
  tekst,
  tolk,
  valgfriTekst,
  valgfriUuid,
  verdierFra,
} from "./schemas";
import type { Eier, NyttTiltak } from "./tiltak.server";

const schema = z.object({
  beskrivelse: tekst(2000),
  eier: z.string().min(1),
  eierNavn: valgfriTekst(200),
  eierOrganisasjon: enumValg(EIERORGANISASJONER).optional(),
  frist: dato(),
  eiendomId: valgfriUuid(),
  bolignummer: valgfriTekst(40),
  saksnummer: valgfriTekst(20),
  sosialt: avkrysset(),
  nokkel: nokkel(),
});

/** Reads the action-item form into the use case's input, or field errors with what was typed. */
export function tolkTiltak(form: FormData): Tolket<Omit<NyttTiltak, "moteId" | "bydelId">> {
  const t = tolk(schema, form);
  if (!t.ok) return t;
  const d = t.data;
  let eier: Eier;
  if (d.eier === "meg") eier = { type: "meg" };
  else if (d.eier.startsWith("aktor:")) eier = { type: "aktor", aktorId: d.eier.slice(6) };
  else if (d.eier === "navngitt") {
    if (!d.eierNavn) return feil(form, { eierNavn: "samarbeid.feil.pakrevd" });
    eier = { type: "navngitt", navn: d.eierNavn, organisasjon: d.eierOrganisasjon ?? "annen" };
  } else return feil(form, { eier: "samarbeid.feil.velg" });
  return {
    ok: true,
    data: {
      beskrivelse: d.beskrivelse,
      eier,
      frist: d.frist,
      eiendomId: d.eiendomId,
      bolignummer: d.bolignummer,
      saksnummer: d.saksnummer,
      sosialt: d.sosialt,
      nokkel: d.nokkel,
    },
  };
}

function feil(form: FormData, f: Feil): { ok: false; feil: Feil; verdier: Verdier } {
  return { ok: false, feil: f, verdier: verdierFra(form) };
}

/** The field a refused link belongs to, for the message at the field. */
export const TILTAKSFEIL_FELT = {
  eier: ["eier", "samarbeid.feil.eier"],
  eiendom: ["eiendomId", "samarbeid.feil.eiendom"],
  bolig: ["bolignummer", "samarbeid.feil.bolig"],
  sak: ["saksnummer", "samarbeid.feil.sak"],
} as const;
