import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { ROUTE_SPECS, WHO, byDistrict } from "./access-matrix.routes";
import { appRoutes, fillPattern } from "./helpers/app-routes";
import { CookieJar } from "./helpers/cookie-jar";
import { loginWithFetch, request } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/** Bad input of every kind gets a clean Norwegian error, never a stack trace. */
let server: RunningServer;
const bodies: { label: string; body: string }[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

async function send(jar: CookieJar, path: string, init: Parameters<typeof request>[2] = {}) {
  const response = await request(jar, `${server.url}${path}`, init);
  const body = await response.text();
  bodies.push({ label: `${init.method ?? (init.form ? "POST" : "GET")} ${path} (${response.status})`, body });
  return { status: response.status, body, headers: response.headers };
}

test("an unknown path is a 404 page in Norwegian", async () => {
  const { status, body, headers } = await send(new CookieJar(), "/denne/siden/finnes/ikke");
  expect(status).toBe(404);
  expect(headers.get("content-type")).toMatch(/^text\/html/);
  expect(body).toMatch(/<html[^>]*\slang="nb"/);
  expect(body).toMatch(/finnes ikke|fant ikke/i);
});

test("a malformed or unknown id is 404 for someone who could see a real one", async () => {
  const ids = inject("bomiljoE2e").ids;
  const problems: string[] = [];
  const jars = new Map<string, CookieJar>();
  const badValues = ["ikke-en-id", "1' or '1'='1", "00000000-0000-0000-0000-000000000000", "x".repeat(300)];
  let checked = 0;
  for (const route of appRoutes()) {
    const spec = ROUTE_SPECS[route.pattern];
    const idParams = route.params.filter((param) => param === "id" || param.endsWith("Id"));
    if (!spec || idParams.length === 0) continue;
    const sets = (spec.params ?? byDistrict(route.params))(ids);
    const found = WHO.flatMap((who) => sets.map((set) => ({ who, set }))).find(
      ({ who, set }) => spec.get(who, set) === "ok",
    );
    if (!found) continue;
    let jar = jars.get(found.who);
    if (!jar) {
      jar = found.who === "anonym" ? new CookieJar() : await loginWithFetch(server.url, found.who);
      jars.set(found.who, jar);
    }
    for (const param of idParams) {
      for (const bad of badValues) {
        const path = fillPattern(route.pattern, { ...found.set.values, [param]: bad });
        const { status } = await send(jar, path);
        checked++;
        if (status !== 404) problems.push(`${found.who}: GET ${path} gave ${status}, not 404`);
      }
    }
  }
  expect(problems).toEqual([]);
  // Once any route takes an id, this test must have tried it.
  if (appRoutes().some((route) => route.params.some((param) => param === "id" || param.endsWith("Id")))) {
    expect(checked).toBeGreaterThan(0);
  }
});

test("an oversized body is refused with 413 before any handler runs", async () => {
  const big = "x".repeat(2_000_000);
  const jar = await loginWithFetch(server.url, "saksbehandler-sagene");
  const declared = await send(jar, "/", { form: { _csrf: "x", tekst: big } });
  expect(declared.status).toBe(413);
  expect(declared.body).toMatch(/for stor/i);
});

test("a body without a length (chunked) is refused before any handler reads it", async () => {
  const jar = await loginWithFetch(server.url, "saksbehandler-sagene");
  const chunks = new TextEncoder().encode(`sprak=en&tilbake=/&x=${"y".repeat(3_000_000)}`);
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(chunks);
      controller.close();
    },
  });
  const response = await fetch(`${server.url}/sprak`, {
    method: "POST",
    body,
    duplex: "half",
    headers: {
      cookie: jar.header(`${server.url}/sprak`),
      origin: server.url,
      "content-type": "application/x-www-form-urlencoded",
    },
  } as RequestInit);
  const text = await response.text();
  bodies.push({ label: `POST /sprak chunked (${response.status})`, body: text });
  expect(response.status).toBe(411);
  expect(response.headers.getSetCookie().some((line) => line.startsWith("sprak="))).toBe(false);
});

test("a state-changing request from another site is refused with 403", async () => {
  const jar = await loginWithFetch(server.url, "saksbehandler-sagene");
  const fromOrigin = await send(jar, "/auth/logg-ut", {
    form: {},
    headers: { origin: "https://angriper.example" },
  });
  expect(fromOrigin.status).toBe(403);
  const fromFetchMetadata = await send(jar, "/auth/logg-ut", {
    form: {},
    headers: { "sec-fetch-site": "cross-site", origin: server.url },
  });
  expect(fromFetchMetadata.status).toBe(403);
  // Still signed in: the refused requests changed nothing.
  const home = await send(jar, "/");
  expect(home.body).toMatch(/name="_csrf"/);
});

test("broken sign-in attempts and odd URLs fail cleanly", async () => {
  const jar = new CookieJar();
  const attempts = [
    "/auth/logg-inn?type=hacker&returnTo=/",
    "/auth/logg-inn?type=ansatt&returnTo=https://angriper.example/",
    "/auth/callback/ansatt?code=ugyldig&state=ugyldig",
    "/auth/callback/beboer",
    "/%E0%A4%A",
    "/idp/interaction/finnes-ikke",
  ];
  const problems: string[] = [];
  for (const path of attempts) {
    const { status, headers } = await send(jar, path);
    if (status >= 500) problems.push(`${path}: ${status}`);
    const location = headers.get("location");
    if (location && new URL(location, server.url).origin === "https://angriper.example") {
      problems.push(`${path}: open redirect to ${location}`);
    }
  }
  expect(problems).toEqual([]);
});

test("no error body in this file contained a stack trace or internals", () => {
  expect(bodies.length).toBeGreaterThan(5);
  const leaks = bodies
    .filter(({ body }) => /\n\s+at \S+.*:\d+:\d+|node_modules|\.server\.ts|\.tsx?:\d+|Error: /.test(body))
    .map(({ label }) => label);
  expect(leaks).toEqual([]);
});
