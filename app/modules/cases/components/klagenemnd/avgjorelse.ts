import { z } from "zod";
import type { MessageKey } from "../../../../i18n";

/** The board's form: outcome and reasons, with the row version the page was loaded with. */
export const avgjorelseSchema = z.object({
  utfall: z.enum(["stadfestet", "omgjort", "opphevet"], { error: "klagenemnd.avgjor.feil.utfall" }),
  begrunnelse: z
    .string({ error: "klagenemnd.avgjor.feil.begrunnelse" })
    .trim()
    .min(1, "klagenemnd.avgjor.feil.begrunnelse")
    .max(10_000, "klagenemnd.avgjor.feil.begrunnelseLang"),
  versjon: z.coerce.number().int().positive(),
});

export type Avgjorelsesfeil = Partial<Record<"utfall" | "begrunnelse", MessageKey>>;
export type Avgjorelsesverdier = { utfall: string; begrunnelse: string };
export type Avgjorelsessvar = { feil?: Avgjorelsesfeil; konflikt?: boolean; verdier: Avgjorelsesverdier };

export type Tolket =
  | { ok: true; data: z.output<typeof avgjorelseSchema> }
  | { ok: false; feil: Avgjorelsesfeil; verdier: Avgjorelsesverdier; versjonMangler: boolean };

/** Parses the posted form; field errors are catalogue keys, and what was typed comes back for the form. */
export function tolkAvgjorelse(form: FormData): Tolket {
  const verdier: Avgjorelsesverdier = {
    utfall: typeof form.get("utfall") === "string" ? String(form.get("utfall")) : "",
    begrunnelse: typeof form.get("begrunnelse") === "string" ? String(form.get("begrunnelse")) : "",
  };
  const result = avgjorelseSchema.safeParse({
    utfall: form.get("utfall") ?? undefined,
    begrunnelse: form.get("begrunnelse") ?? undefined,
    versjon: form.get("versjon") ?? undefined,
  });
  if (result.success) return { ok: true, data: result.data };
  const feil: Avgjorelsesfeil = {};
  let versjonMangler = false;
  for (const issue of result.error.issues) {
    const felt = issue.path[0];
    if (felt === "versjon") versjonMangler = true;
    else if ((felt === "utfall" || felt === "begrunnelse") && !feil[felt])
      feil[felt] = issue.message as MessageKey;
  }
  return { ok: false, feil, verdier, versjonMangler };
}

/** True for the `fail("konflikt")` a use case throws on a stale version or a case that moved on. */
export function erKonflikt(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { data?: { code?: unknown } }).data?.code === "konflikt"
  );
}
