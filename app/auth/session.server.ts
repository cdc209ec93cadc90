import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Actor } from "./actor";
import { isRolle } from "./actor";
import type { Db } from "../db/connection.server";
import type { Config } from "../lib/env.server";

/**
 * Server-side sessions. The cookie holds a random token; the database holds
 * only its SHA-256, the actor and a CSRF token. Logging out deletes the row,
 * so a copied cookie is dead at once. A new token is made at every login.
 */
export function sessionCookieName(config: Pick<Config, "secureCookies">): string {
  return config.secureCookies ? "__Host-bomiljo" : "bomiljo";
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Db,
  actor: Actor,
  config: Pick<Config, "sessionTtlMinutes">,
): Promise<{ token: string; id: string; csrfToken: string; expires: Date }> {
  const token = randomBytes(32).toString("base64url");
  const id = hashToken(token);
  const csrfToken = randomBytes(24).toString("base64url");
  const expires = new Date(Date.now() + config.sessionTtlMinutes * 60_000);
  await db
    .insertInto("sesjon")
    .values({ id, aktor: JSON.stringify(actor), csrf_token: csrfToken, utloper: expires })
    .execute();
  return { token, id, csrfToken, expires };
}

export async function readSession(
  db: Db,
  token: string | undefined,
): Promise<{ id: string; actor: Actor; csrfToken: string } | null> {
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom("sesjon")
    .select(["id", "aktor", "csrf_token", "utloper"])
    .where("id", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.utloper.getTime() <= Date.now()) return null;
  const actor = (typeof row.aktor === "string" ? JSON.parse(row.aktor) : row.aktor) as Actor;
  if (!actor || !isRolle(actor.rolle)) return null;
  return { id: row.id, actor, csrfToken: row.csrf_token };
}

export async function destroySession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("sesjon").where("id", "=", id).execute();
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom("sesjon").where("utloper", "<=", new Date()).execute();
}

export function serializeSessionCookie(
  config: Pick<Config, "secureCookies">,
  token: string,
  expires: Date | null,
): string {
  const parts = [`${sessionCookieName(config)}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (config.secureCookies) parts.push("Secure");
  parts.push(expires ? `Expires=${expires.toUTCString()}` : "Max-Age=0");
  return parts.join("; ");
}

export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

export function csrfMatches(expected: string | null, given: unknown): boolean {
  if (!expected || typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
