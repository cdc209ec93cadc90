import { z } from "zod";
import { BOTID, JANEI, MAKS_FRITEKST, MAKS_LOKALE, SKALASPORSMAL, lokalId } from "./instrument";

const DATO = /^\d{4}-\d{2}-\d{2}$/;

/** The round form. Messages are bokmål keys of the catalogue ("undersokelse.feil.*"). */
export const rundeSkjema = z
  .object({
    navn: z.string().trim().min(1, "navn").max(120, "navnLang"),
    startdato: z.string().regex(DATO, "dato"),
    sluttdato: z.string().regex(DATO, "dato"),
    omfang: z.string().min(1, "omfang"),
    eiendommer: z.array(z.string().uuid()).default([]),
    lokale: z.array(z.string().trim().max(200, "lokalLang")).max(MAKS_LOKALE),
    idempotensnokkel: z.string().min(8).max(100),
  })
  .superRefine((v, ctx) => {
    if (DATO.test(v.startdato) && DATO.test(v.sluttdato) && v.sluttdato < v.startdato)
      ctx.addIssue({ code: "custom", path: ["sluttdato"], message: "sluttForStart" });
    if (v.omfang === "adresser" && v.eiendommer.length === 0)
      ctx.addIssue({ code: "custom", path: ["eiendommer"], message: "ingenAdresser" });
  });
export type RundeInput = z.infer<typeof rundeSkjema>;

/** What an answer form sent: item → value. Unknown fields and values are ignored, never stored. */
export function lesSvarskjema(form: FormData, lokale: number) {
  const verdier: Record<string, number> = {};
  for (const s of SKALASPORSMAL) {
    const v = Number(form.get(s.id));
    if (Number.isInteger(v) && v >= 1 && v <= 5) verdier[s.id] = v;
  }
  for (const j of JANEI) {
    const v = Number(form.get(j));
    if (v === 1 || v === 2) verdier[j] = v;
  }
  for (let i = 0; i < Math.min(lokale, MAKS_LOKALE); i++) {
    const v = Number(form.get(lokalId(i)));
    if (Number.isInteger(v) && v >= 1 && v <= 5) verdier[lokalId(i)] = v;
  }
  const botidRaw = String(form.get("botid") ?? "");
  const botid = (BOTID as readonly string[]).includes(botidRaw) ? (botidRaw as (typeof BOTID)[number]) : null;
  const barnRaw = String(form.get("barn") ?? "");
  const barn = barnRaw === "1" ? true : barnRaw === "2" ? false : null;
  const fritekstRaw = String(form.get("fritekst") ?? "").trim();
  const fritekst = fritekstRaw.length > 0 ? fritekstRaw.slice(0, MAKS_FRITEKST) : null;
  return { verdier, botid, barn, fritekst };
}
export type Svarinput = ReturnType<typeof lesSvarskjema>;
