import type { RouteConfigEntry } from "@react-router/dev/routes";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { appRoutes, fillPattern, type AppRoute } from "./helpers/app-routes";
import { CookieJar } from "./helpers/cookie-jar";
import { csrfTokenIn, loginWithFetch, request } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";
import {
  byDistrict,
  ROUTE_SPECS,
  WHO,
  type Outcome,
  type ParamSet,
  type RouteSpec,
  type Who,
} from "./access-matrix.routes";

/**
 * Every route × every persona (and anonymous) × each way of filling its
 * params, by GET, and by POST where the route has an action. The routes come
 * from app/routes.ts, so a new route without an entry in
 * access-matrix.routes.ts fails here.
 */
const ROUTES = appRoutes();
const ids = inject("bomiljoE2e").ids;
const covered = ROUTES.filter((route) => ROUTE_SPECS[route.pattern]);

function paramSets(route: AppRoute, spec: RouteSpec): (ParamSet | null)[] {
  if (route.params.length === 0) return [null];
  return (spec.params ?? byDistrict(route.params))(ids);
}

function outcomeOf(response: Response): Outcome | `status ${number}` {
  const { status } = response;
  if (status === 200) return "ok";
  if (status === 401) return "login";
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers.get("location") ?? "/", "http://x").pathname;
    return location === "/logg-inn" || location.startsWith("/auth/logg-inn") ? "login" : "redirect";
  }
  const named: Record<number, Outcome> = {
    400: "badrequest",
    403: "forbidden",
    404: "notfound",
    405: "notallowed",
  };
  return named[status] ?? `status ${status}`;
}

function matches(
  expected: Outcome | readonly Outcome[],
  actual: Outcome | `status ${number}`,
  status: number,
): boolean {
  if (typeof expected !== "string") return expected.some((one) => matches(one, actual, status));
  if (expected === "handled")
    return status === 200 || status === 400 || status === 409 || status === 422 || actual === "redirect";
  return expected === actual;
}

test("the route list joins nested paths: layouts only nest, index routes take their parent's path", () => {
  const config: RouteConfigEntry[] = [
    { file: "routes/a.tsx", index: true },
    {
      file: "routes/layout.tsx",
      children: [
        {
          file: "routes/saker.tsx",
          path: "saker",
          children: [{ file: "routes/saker._index.tsx", index: true }],
        },
        {
          file: "routes/sak.tsx",
          path: "saker/:sakId",
          children: [{ file: "routes/sak.logg.tsx", path: "logg" }],
        },
      ],
    },
    { file: "routes/abs.tsx", path: "/abs/:id?" },
    { file: "routes/x.tsx", path: "*" },
  ];
  expect(appRoutes(config).map((route) => [route.pattern, route.params])).toEqual([
    ["/", []],
    ["/saker", []],
    ["/saker/:sakId", ["sakId"]],
    ["/saker/:sakId/logg", ["sakId"]],
    ["/abs/:id?", ["id"]],
    ["/*", []],
  ]);
  expect(fillPattern("/saker/:sakId/logg", { sakId: "a b" })).toBe("/saker/a%20b/logg");
  expect(fillPattern("/abs/:id?", {})).toBe("/abs");
  expect(() => fillPattern("/saker/:sakId", {})).toThrow(/sakId/);
});

test("every route in app/routes.ts has an access expectation", () => {
  const missing = ROUTES.filter((route) => !ROUTE_SPECS[route.pattern]).map(
    (route) =>
      `route ${route.pattern} (app/${route.file}) has no access expectation in tests/e2e/access-matrix.routes.ts`,
  );
  expect(missing).toEqual([]);
});

test("every expectation belongs to a route that exists", () => {
  const patterns = new Set(ROUTES.map((route) => route.pattern));
  expect(Object.keys(ROUTE_SPECS).filter((pattern) => !patterns.has(pattern))).toEqual([]);
});

test("every route with an action says who may POST", () => {
  const missing = ROUTES.filter((route) => route.hasAction && !ROUTE_SPECS[route.pattern]?.post).map(
    (route) => `route ${route.pattern} has an action but no post expectation`,
  );
  expect(missing).toEqual([]);
});

test("every id param can be filled from the demo data", () => {
  const problems: string[] = [];
  for (const route of covered) {
    for (const set of paramSets(route, ROUTE_SPECS[route.pattern]!)) {
      for (const param of route.params) {
        if (set && set.values[param] === undefined)
          problems.push(`${route.pattern}: no ${param} for ${set.label}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe.each(WHO)("%s", (who: Who) => {
  let jar = new CookieJar();
  let csrf = "";

  beforeAll(async () => {
    if (who === "anonym") return;
    jar = await loginWithFetch(server.url, who);
    const home = await request(jar, `${server.url}/`);
    csrf = csrfTokenIn(await home.text()) ?? "";
  });

  async function check(route: AppRoute, method: "GET" | "POST", spec: RouteSpec): Promise<string[]> {
    const expect = method === "GET" ? spec.get : spec.post!;
    const problems: string[] = [];
    for (const set of paramSets(route, spec)) {
      const path = fillPattern(route.pattern, set?.values ?? {});
      const response = await request(
        jar,
        `${server.url}${path}`,
        method === "POST" ? { form: csrf ? { _csrf: csrf } : {} } : {},
      );
      await response.body?.cancel();
      const expected = expect(who, set);
      const actual = outcomeOf(response);
      if (!matches(expected, actual, response.status)) {
        problems.push(
          `${method} ${path}${set ? ` (${set.label})` : ""}: expected ${expected}, got ${actual} (${response.status})`,
        );
      }
    }
    return problems;
  }

  for (const route of covered) {
    test(`GET ${route.pattern}`, async () => {
      expect(await check(route, "GET", ROUTE_SPECS[route.pattern]!)).toEqual([]);
    });
  }

  const posts = covered
    .filter((route) => route.hasAction && ROUTE_SPECS[route.pattern]?.post)
    .sort(
      (a, b) => Number(!!ROUTE_SPECS[a.pattern]!.endsSession) - Number(!!ROUTE_SPECS[b.pattern]!.endsSession),
    );
  if (who !== "anonym") {
    test("POST without the CSRF token is refused on every route with an action", async () => {
      const problems: string[] = [];
      for (const route of posts) {
        const spec = ROUTE_SPECS[route.pattern]!;
        for (const set of paramSets(route, spec)) {
          const path = fillPattern(route.pattern, set?.values ?? {});
          const response = await request(jar, `${server.url}${path}`, { form: { _csrf: "feil" } });
          await response.body?.cancel();
          if (response.status !== 403) problems.push(`POST ${path}: ${response.status}, not 403`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  for (const route of posts) {
    test(`POST ${route.pattern}`, async () => {
      expect(await check(route, "POST", ROUTE_SPECS[route.pattern]!)).toEqual([]);
    });
  }
});
