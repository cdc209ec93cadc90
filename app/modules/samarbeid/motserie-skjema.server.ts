import { z } from "zod";
import { dagsordenFraTekst, DAGSORDENMALER, type Serieinnhold } from "./motserie.server";
import {
  enumValg,
  HYPPIGHETER,
  MOTSERIETYPER,
  ORGANISASJONER,
  tekst,
  tolk,
  valgfriTekst,
  verdierFra,
  type Tolket,
} from "./schemas";

const serieSchema = z.object({
  navn: tekst(200),
  type: enumValg(MOTSERIETYPER),
  hyppighet: enumValg(HYPPIGHETER),
  dagsorden: valgfriTekst(4000),
});

/**
 * Reads the series form. An empty agenda gives the type's standard points (so a series never starts without an
 * agenda), at most 30 points.
 */
export function tolkSerie(form: FormData): Tolket<Serieinnhold> {
  const t = tolk(serieSchema, form);
  if (!t.ok) return t;
  const dagsorden = t.data.dagsorden ? dagsordenFraTekst(t.data.dagsorden) : DAGSORDENMALER[t.data.type];
  if (dagsorden.length === 0 || dagsorden.length > 30) {
    return { ok: false, feil: { dagsorden: "samarbeid.feil.dagsorden" }, verdier: verdierFra(form) };
  }
  return {
    ok: true,
    data: { navn: t.data.navn, type: t.data.type, hyppighet: t.data.hyppighet, dagsorden },
  };
}

export const deltakerSchema = z.object({
  navn: tekst(200),
  organisasjon: enumValg(ORGANISASJONER),
});
