import { createHash, randomInt } from "node:crypto";

/**
 * 31 characters without look-alikes (no 0/O, 1/I/L). Ten of them: 31¹⁰ ≈ 8.2·10¹⁴ codes, about 49.5 bits.
 * With every household of the city holding an unused code at once (≈ 11,000), one guess hits one of them
 * with probability ≈ 1.3·10⁻¹¹; the answer page also refuses a network address after `GRENSE_FEIL_PER_DAG`
 * unknown codes a day (kodegrense.server.ts). The numbers are in docs/domain/undersokelse.md.
 */
export const ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const KODELENGDE = 10;

/** Shows a canonical code in two groups of five, "ABCDE-23456" (the letter and the form both use this). */
export const visKode = (k: string) => `${k.slice(0, 5)}-${k.slice(5)}`;

/** A new one-time code, shown as "ABCDE-23456". Random from the operating system, never Math.random. */
export function nyKode(): string {
  let k = "";
  for (let i = 0; i < KODELENGDE; i++) k += ALFABET[randomInt(ALFABET.length)];
  return visKode(k);
}

/** What a person typed → the canonical 8 characters, or null when it cannot be a code. */
export function normaliserKode(input: string): string | null {
  const k = input.toUpperCase().replace(/[\s\-–.]/g, "");
  if (k.length !== KODELENGDE) return null;
  for (const c of k) if (!ALFABET.includes(c)) return null;
  return k;
}

/** Only this hash is stored. The code has ~49.5 bits and is single-use, so a fast hash is enough. */
export function kodeHash(normalisert: string): string {
  return createHash("sha256").update(`bomiljoundersokelse:${normalisert}`).digest("hex");
}
