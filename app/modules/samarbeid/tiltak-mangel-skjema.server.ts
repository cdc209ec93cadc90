import { z } from "zod";
import type { MessageKey } from "../../i18n";
import { HASTEGRADER, KATEGORIER, STEDER } from "../mangelmelding/config";
import { enumValg, tekst, tolk, uuid, valgfriTekst, versjon, type Tolket } from "./schemas";
import type { NyMangelFraTiltak } from "./tiltak-mangel.server";

const knyttSchema = z.object({ mangelmeldingId: uuid(), versjon: versjon() });

/** The form linking an action item to an open defect report. */
export function tolkKnytt(form: FormData): Tolket<{ mangelmeldingId: string; versjon: number }> {
  return tolk(knyttSchema, form);
}

const nySchema = z.object({
  versjon: versjon(),
  nokkel: z
    .string({ error: "samarbeid.feil.pakrevd" satisfies MessageKey })
    .min(8)
    .max(80),
  oppgangId: uuid(),
  bolignummer: valgfriTekst(40),
  kategori: enumValg(KATEGORIER as unknown as readonly [string, ...string[]]),
  sted: enumValg(STEDER as unknown as readonly [string, ...string[]]),
  stedDetalj: valgfriTekst(200),
  beskrivelse: tekst(2000),
  hastegrad: enumValg(HASTEGRADER as unknown as readonly [string, ...string[]]),
});

/** The form registering a new defect report from an action item (the defect module's fields). */
export function tolkNyMangel(form: FormData): Tolket<NyMangelFraTiltak & { versjon: number }> {
  const t = tolk(nySchema, form);
  if (!t.ok) return t;
  const d = t.data;
  return {
    ok: true,
    data: {
      versjon: d.versjon,
      nokkel: d.nokkel,
      oppgangId: d.oppgangId,
      bolignummer: d.bolignummer,
      kategori: d.kategori as NyMangelFraTiltak["kategori"],
      sted: d.sted as NyMangelFraTiltak["sted"],
      stedDetalj: d.stedDetalj ?? "",
      beskrivelse: d.beskrivelse,
      hastegrad: d.hastegrad as NyMangelFraTiltak["hastegrad"],
    },
  };
}

/** The message at the field for a refused stairwell or unit. */
export const MANGELFEIL_FELT: Record<"oppgangId" | "bolignummer", MessageKey> = {
  oppgangId: "samarbeid.feil.oppgang",
  bolignummer: "samarbeid.feil.mangelBolig",
};
