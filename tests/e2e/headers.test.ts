import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { pagesFor } from "./access-matrix.routes";
import { appRoutes } from "./helpers/app-routes";
import { CookieJar } from "./helpers/cookie-jar";
import { csrfTokenIn, follow, loginType, request } from "./helpers/login";
import { loginWithFetch } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/** Security headers on every kind of response, no-store on signed-in pages, session cookie flags, health. */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

function securityHeaderProblems(label: string, response: Response): string[] {
  const problems: string[] = [];
  const csp = response.headers.get("content-security-policy") ?? "";
  if (!/frame-ancestors\s+('none'|'self')/.test(csp))
    problems.push(`${label}: CSP without frame-ancestors (${csp})`);
  if (!/default-src\s/.test(csp)) problems.push(`${label}: CSP without default-src`);
  if (response.headers.get("x-content-type-options") !== "nosniff") problems.push(`${label}: no nosniff`);
  if (!response.headers.get("referrer-policy")) problems.push(`${label}: no Referrer-Policy`);
  return problems;
}

test("every kind of response carries CSP with frame-ancestors, nosniff and Referrer-Policy", async () => {
  const jar = new CookieJar();
  const home = await request(jar, `${server.url}/`);
  const html = await home.text();
  const asset = /(?:href|src)="(\/assets\/[^"]+)"/.exec(html)?.[1];
  expect(asset, "the front page links a built asset").toBeTruthy();
  const cases: [string, Promise<Response>][] = [
    ["page", Promise.resolve(home)],
    ["asset", request(jar, `${server.url}${asset}`)],
    ["404", request(jar, `${server.url}/finnes-ikke`)],
    ["healthz", request(jar, `${server.url}/healthz`)],
    ["readyz", request(jar, `${server.url}/readyz`)],
    ["metrics", request(jar, `${server.url}/metrics`)],
    ["sign-in redirect", request(jar, `${server.url}/auth/logg-inn?type=ansatt&returnTo=/`)],
    ["identity provider", request(jar, `${server.url}/idp/.well-known/openid-configuration`)],
    ["413", request(jar, `${server.url}/`, { method: "POST", headers: { "content-length": "5000000" } })],
    [
      "cross-site 403",
      request(jar, `${server.url}/`, { method: "POST", headers: { origin: "https://evil.example" } }),
    ],
  ];
  const problems: string[] = [];
  for (const [label, pending] of cases) {
    const response = await pending;
    await response.body?.cancel().catch(() => {});
    problems.push(...securityHeaderProblems(`${label} (${response.status})`, response));
  }
  expect(problems).toEqual([]);
});

test("health, readiness and metrics answer", async () => {
  const healthz = await fetch(`${server.url}/healthz`);
  expect(healthz.status).toBe(200);
  const readyz = await fetch(`${server.url}/readyz`);
  expect(readyz.status).toBe(200);
  await fetch(`${server.url}/`);
  const metrics = await fetch(`${server.url}/metrics`);
  expect(metrics.status).toBe(200);
  expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
  const body = await metrics.text();
  expect(body).toMatch(/^# HELP /m);
  expect(body).toMatch(/^# TYPE \S+ histogram$/m);
});

describe.each([
  "saksbehandler-sagene",
  "forvalter-boligbygg",
  "analytiker-velferdsetaten",
  "beboer-sagene",
  "systemadministrator",
])("%s", (persona) => {
  test("signing in sets a __Host- session cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain; a new one each time", async () => {
    const first = await loginWithFetch(server.url, persona);
    const second = await loginWithFetch(server.url, persona);
    const cookie = first.get("__Host-bomiljo");
    expect(cookie, `session cookie after ${loginType(persona)} sign-in`).toBeDefined();
    const attributes = cookie!.attributes;
    expect(attributes.secure).toBe(true);
    expect(attributes.httponly).toBe(true);
    expect(String(attributes.samesite).toLowerCase()).toBe("lax");
    expect(attributes.path).toBe("/");
    expect(attributes.domain).toBeUndefined();
    expect(second.get("__Host-bomiljo")!.value).not.toBe(cookie!.value);
  });

  test("every page this persona may see is Cache-Control: no-store, with the security headers", async () => {
    const jar = await loginWithFetch(server.url, persona);
    const pages = pagesFor(persona as never, appRoutes(), inject("bomiljoE2e").ids);
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const response = await request(jar, `${server.url}${page.path}`);
      await response.body?.cancel();
      if (response.status !== 200) problems.push(`${page.path}: status ${response.status}`);
      if (!/\bno-store\b/.test(response.headers.get("cache-control") ?? "")) {
        problems.push(`${page.path}: Cache-Control ${response.headers.get("cache-control")}`);
      }
      problems.push(...securityHeaderProblems(page.path, response));
    }
    expect(problems).toEqual([]);
  });

  test("signing out kills the session: the old cookie no longer signs anyone in", async () => {
    const jar = await loginWithFetch(server.url, persona);
    const home = await follow(jar, `${server.url}/`);
    const csrf = csrfTokenIn(home.body);
    expect(csrf, "a signed-in page carries the _csrf field").toBeTruthy();
    const stolen = new CookieJar();
    for (const cookie of jar.all()) stolen.storeLine(`${server.url}${cookie.path}`, cookie.raw);
    const before = await follow(stolen, `${server.url}/`);
    expect(csrfTokenIn(before.body)).toBe(csrf);
    const logout = await request(jar, `${server.url}/auth/logg-ut`, { form: { _csrf: csrf! } });
    await logout.body?.cancel();
    expect(logout.status).toBeGreaterThanOrEqual(300);
    expect(logout.status).toBeLessThan(400);
    const after = await follow(stolen, `${server.url}/`);
    expect(csrfTokenIn(after.body)).toBeUndefined();
  });
});
