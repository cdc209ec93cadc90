import type { Page } from "playwright-core";
import { findPersona, type PERSONAS } from "../../../app/auth/test-idp/personas";
import { hydrert } from "./browser";
import { CookieJar } from "./cookie-jar";

export type PersonaId = (typeof PERSONAS)[number]["id"];

export type HttpResult = { response: Response; url: string; body: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One request with the jar's cookies and an Origin header on state-changing methods; no redirects followed. */
export async function request(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Response> {
  const method = init.method ?? (init.form ? "POST" : "GET");
  const headers: Record<string, string> = { ...init.headers };
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  if (method !== "GET" && method !== "HEAD") headers.origin ??= new URL(url).origin;
  let body: string | undefined;
  if (init.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(init.form).toString();
  }
  const response = await fetch(url, { method, headers, body, redirect: "manual" });
  jar.store(url, response);
  return response;
}

/** Follows redirects by hand (so every Set-Cookie lands in the jar) and returns the final response and body. */
export async function follow(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string> } = {},
): Promise<HttpResult> {
  let current = url;
  let next: typeof init = init;
  for (let hop = 0; hop < 20; hop++) {
    const response = await request(jar, current, next);
    if (!REDIRECTS.has(response.status)) return { response, url: current, body: await response.text() };
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw new Error(`${response.status} uten Location fra ${current}`);
    current = new URL(location, current).href;
    if (response.status !== 307 && response.status !== 308) next = {};
  }
  throw new Error(`For mange omdirigeringer fra ${url}`);
}

/** The `type` the sign-in route takes for a persona: residents use ID-porten, staff Entra ID. */
export function loginType(personaId: string): "beboer" | "ansatt" {
  const persona = findPersona(personaId);
  if (!persona) throw new Error(`Ukjent persona ${personaId}`);
  return persona.kind;
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return match ? decode(match[1] ?? match[2] ?? "") : undefined;
}

/** The form on an HTML page that holds a button with this persona, with its action and hidden fields. */
export function personaForm(
  html: string,
  personaId: string,
): { action: string; fields: Record<string, string> } {
  for (const [, open = "", inner = ""] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi)) {
    const buttons = [...inner.matchAll(/<button\b[^>]*>/gi)].map(([tag]) => tag);
    const button = buttons.find(
      (tag) => attribute(tag, "name") === "persona" && attribute(tag, "value") === personaId,
    );
    if (!button) continue;
    const fields: Record<string, string> = {};
    for (const [input] of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input, "name");
      if (name && attribute(input, "type")?.toLowerCase() === "hidden")
        fields[name] = attribute(input, "value") ?? "";
    }
    fields.persona = personaId;
    return { action: attribute(open, "action") ?? "", fields };
  }
  throw new Error(`Fant ingen knapp for persona ${personaId} på innloggingssiden`);
}

/** The hidden CSRF token in a signed-in user's page, if there is one. */
export function csrfTokenIn(html: string): string | undefined {
  for (const [input] of html.matchAll(/<input\b[^>]*>/gi)) {
    if (attribute(input, "name") === "_csrf") return attribute(input, "value");
  }
  return undefined;
}

/**
 * Signs a persona in through the real OIDC flow with plain fetch:
 * /auth/logg-inn → test IdP → interaction page → POST the persona → callback
 * → session cookie → returnTo. Returns the cookie jar holding the session.
 */
export async function loginWithFetch(url: string, personaId: string, returnTo = "/"): Promise<CookieJar> {
  const jar = new CookieJar();
  const start = `${url}/auth/logg-inn?type=${loginType(personaId)}&returnTo=${encodeURIComponent(returnTo)}`;
  const page = await follow(jar, start);
  if (page.response.status !== 200 || !new URL(page.url).pathname.startsWith("/idp/interaction/")) {
    throw new Error(`Innlogging: ventet IdP-siden, fikk ${page.response.status} på ${page.url}`);
  }
  const form = personaForm(page.body, personaId);
  const done = await follow(jar, new URL(form.action, page.url).href, { form: form.fields });
  const landed = new URL(done.url);
  if (done.response.status !== 200 || landed.origin !== new URL(url).origin || landed.pathname !== returnTo) {
    throw new Error(`Innlogging som ${personaId} endte på ${done.response.status} ${done.url}`);
  }
  if (!jar.all().some((cookie) => cookie.path === "/" && cookie.name.endsWith("bomiljo"))) {
    throw new Error(`Innlogging som ${personaId} ga ingen sesjonskapsel`);
  }
  return jar;
}

/** Signs a persona in by clicking through the real pages in Chromium; ends on `returnTo`. */
export async function loginInBrowser(
  page: Page,
  url: string,
  personaId: string,
  returnTo = "/",
): Promise<void> {
  await page.goto(
    `${url}/auth/logg-inn?type=${loginType(personaId)}&returnTo=${encodeURIComponent(returnTo)}`,
  );
  await page.waitForURL(/\/idp\/interaction\//);
  await Promise.all([
    page.waitForURL((current) => current.origin === url && current.pathname === returnTo),
    page.locator(`button[name="persona"][value="${personaId}"]`).click(),
  ]);
  await hydrert(page);
}
