import { z } from "zod";
import type { Db } from "../../db/connection.server";
import type { Actor } from "../../auth/actor";
import { createAktivitet } from "./aktiviteter.server";
import {
  AKTIVITETSTYPER,
  ARRANGORER,
  dato,
  enumValg,
  GJENTAKELSER,
  heltall,
  klokkeslett,
  nokkel,
  tekst,
  tolk,
  uuid,
  valgfriTekst,
  valgfriUuid,
  verdierFra,
  type Feil,
  type Verdier,
} from "./schemas";

const schema = z.object({
  eiendomId: uuid(),
  type: enumValg(AKTIVITETSTYPER),
  tittel: tekst(200),
  dato: dato(),
  start: klokkeslett(),
  slutt: klokkeslett(),
  sted: tekst(200),
  arrangor: enumValg(ARRANGORER),
  partnerId: valgfriUuid(),
  budsjett: heltall(0, 10_000_000),
  kunngjoringNb: tekst(4000),
  kunngjoringEn: valgfriTekst(4000),
  gjentakelse: enumValg(GJENTAKELSER),
  antall: heltall(1, 52),
  nokkel: nokkel(),
});

/** Parses the activity form and plans it; field errors (and refused links) come back with what was typed. */
export async function planleggAktivitet(
  ctx: { db: Db; actor: Actor; requestId: string | null },
  form: FormData,
): Promise<{ ok: true; id: string } | { ok: false; feil: Feil; verdier: Verdier }> {
  const t = tolk(schema, form);
  if (!t.ok) return t;
  const r = await createAktivitet({ ...ctx, ...t.data, antall: t.data.antall ?? 1 });
  if (r.ok) return { ok: true, id: r.id };
  return {
    ok: false,
    feil: { [r.felt]: r.felt === "slutt" ? "aktivitet.feil.slutt" : "aktivitet.feil.partner" },
    verdier: verdierFra(form),
  };
}
