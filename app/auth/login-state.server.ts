import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Config } from "../lib/env.server";

/** Which identity provider a login goes through: ID-porten for residents, Entra ID for staff. */
export const LOGIN_TYPES = ["beboer", "ansatt"] as const;
export type LoginType = (typeof LOGIN_TYPES)[number];

export function isLoginType(value: unknown): value is LoginType {
  return typeof value === "string" && (LOGIN_TYPES as readonly string[]).includes(value);
}

/** A login must finish within ten minutes of starting. */
export const LOGIN_STATE_TTL_SECONDS = 600;

const LoginStateSchema = z.object({
  type: z.enum(LOGIN_TYPES),
  state: z.string().min(16).max(200),
  nonce: z.string().min(16).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(2000),
  expiresAt: z.number().int(),
});

/** What the app remembers between sending the browser to the identity provider and its return. */
export type LoginState = z.infer<typeof LoginStateSchema>;

/**
 * Where to go after login: only a path on this site. Anything else (absolute
 * URLs, protocol-relative "//evil", backslashes, control characters, the
 * login machinery itself) becomes "/".
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//")) return "/";
  // Browsers treat "\" like "/" and ignore tabs and newlines in URLs: "/\evil" is "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  const base = new URL("https://bomiljo.invalid");
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  if (url.pathname.startsWith("/auth/") || url.pathname === "/logg-inn" || url.pathname.startsWith("/idp")) {
    return "/";
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

export function loginStateCookieName(config: Pick<Config, "secureCookies">): string {
  return config.secureCookies ? "__Host-bomiljo-innlogging" : "bomiljo-innlogging";
}

function keyFor(secret: string): Buffer {
  return createHash("sha256").update("bomiljo-innlogging\n").update(secret).digest();
}

/**
 * Seals the login state with AES-256-GCM (encrypted and authenticated with a
 * key derived from SESSION_SECRET): the browser carries it but can neither
 * read the PKCE verifier nor change anything in it.
 */
export function sealLoginState(secret: string, state: LoginState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(state), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The login state, or null when the cookie is missing, altered, expired or not ours. */
export function openLoginState(
  secret: string,
  sealed: string | undefined,
  now = Date.now(),
): LoginState | null {
  if (!sealed || sealed.length > 4000) return null;
  try {
    const raw = Buffer.from(sealed, "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    const parsed = LoginStateSchema.safeParse(JSON.parse(json));
    if (!parsed.success || parsed.data.expiresAt <= now) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export function serializeLoginStateCookie(
  config: Pick<Config, "secureCookies">,
  sealed: string | null,
): string {
  const parts = [`${loginStateCookieName(config)}=${sealed ?? ""}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (config.secureCookies) parts.push("Secure");
  parts.push(`Max-Age=${sealed ? LOGIN_STATE_TTL_SECONDS : 0}`);
  return parts.join("; ");
}
