import { createHash, randomInt } from "node:crypto";

/** 31 characters without look-alikes (no 0/O, 1/I/L): 8 of them are about 40 bits. */
const ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const KODELENGDE = 8;

/** A new one-time code, shown as "ABCD-2345". Random from the operating system, never Math.random. */
export function nyKode(): string {
  let k = "";
  for (let i = 0; i < KODELENGDE; i++) k += ALFABET[randomInt(ALFABET.length)];
  return `${k.slice(0, 4)}-${k.slice(4)}`;
}

/** What a person typed → the canonical 8 characters, or null when it cannot be a code. */
export function normaliserKode(input: string): string | null {
  const k = input.toUpperCase().replace(/[\s\-–.]/g, "");
  if (k.length !== KODELENGDE) return null;
  for (const c of k) if (!ALFABET.includes(c)) return null;
  return k;
}

/** Only this hash is stored. The code has ~40 bits and is single-use, so a fast hash is enough. */
export function kodeHash(normalisert: string): string {
  return createHash("sha256").update(`bomiljoundersokelse:${normalisert}`).digest("hex");
}
