import { createHash, randomInt } from "node:crypto";
import argon2 from "argon2";

/** The receipt code: 20 decimal digits from the operating system's CSPRNG (about 66 bits). */
export const KODE_SIFRE = 20;

/**
 * Argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): about 50 ms per guess on one core.
 * The salt is fixed for the installation so the hash can be looked up (a unique column) without storing any
 * part of the code in clear text. With 10^20 possible codes a shared salt costs nothing: there is no
 * dictionary to precompute, and guessing online is rate-limited (rate-limit.server.ts).
 */
const ARGON2 = { type: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1, hashLength: 32 } as const;
const SALT = createHash("sha256").update("bomiljo:bekymring:kvittering:v1").digest().subarray(0, 16);

export function lagKode(): string {
  let kode = "";
  for (let i = 0; i < KODE_SIFRE; i++) kode += String(randomInt(0, 10));
  return kode;
}

/** "1234 5678 …" as typed, with spaces, dashes or dots, to the bare digits; null if it cannot be a code. */
export function normaliserKode(input: string): string | null {
  const sifre = input.replace(/[\s.\-–]/g, "");
  return new RegExp(`^[0-9]{${KODE_SIFRE}}$`).test(sifre) ? sifre : null;
}

/** Groups of four for reading aloud and writing down. */
export function formatKode(kode: string): string {
  return kode.replace(/(\d{4})(?=\d)/g, "$1 ");
}

export async function hashKode(kode: string): Promise<string> {
  const raw = await argon2.hash(kode, { ...ARGON2, salt: SALT, raw: true });
  return raw.toString("hex");
}
