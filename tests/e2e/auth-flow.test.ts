import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CookieJar, type StoredCookie } from "./helpers/cookie-jar";
import { csrfTokenIn, follow, personaForm, request } from "./helpers/login";
import { startServer, type RunningServer } from "./helpers/server";

/**
 * The whole OpenID Connect code flow against the built app and its test
 * identity provider, with plain fetch and a cookie jar (no browser):
 * start → IdP → persona → callback → session; rotation at login; logout;
 * CSRF on state-changing requests.
 */
let server: RunningServer;
const SESSION = "__Host-bomiljo";
const LOGIN_STATE = "__Host-bomiljo-innlogging";

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Signs in through the IdP and returns the landing page; the jar then holds the session. */
async function signIn(jar: CookieJar, type: "beboer" | "ansatt", persona: string, returnTo = "/") {
  const idp = await follow(
    jar,
    `${server.url}/auth/logg-inn?type=${type}&returnTo=${encodeURIComponent(returnTo)}`,
  );
  expect(idp.response.status).toBe(200);
  expect(new URL(idp.url).pathname).toMatch(/^\/idp\/interaction\/[\w-]+$/);
  const form = personaForm(idp.body, persona);
  return follow(jar, new URL(form.action, idp.url).href, { form: form.fields });
}

/** GET / with exactly this session cookie (or none): is anyone signed in, and as whom? */
async function homeWith(token: string | null) {
  const response = await fetch(`${server.url}/`, { headers: token ? { cookie: `${SESSION}=${token}` } : {} });
  const body = await response.text();
  return { status: response.status, body, csrf: csrfTokenIn(body) };
}

function flags(cookie: StoredCookie | undefined) {
  expect(cookie, "cookie").toBeDefined();
  return {
    httpOnly: cookie?.attributes.httponly === true,
    secure: cookie?.attributes.secure === true,
    sameSite: String(cookie?.attributes.samesite ?? "").toLowerCase(),
    path: cookie?.path,
  };
}

describe("starting a login", () => {
  test("redirects to the IdP's authorization endpoint with code + PKCE S256, state, nonce and prompt=login", async () => {
    const jar = new CookieJar();
    const response = await request(jar, `${server.url}/auth/logg-inn?type=beboer&returnTo=/innsyn`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(`${server.url}/idp/auth`);
    const params = location.searchParams;
    expect(params.get("response_type")).toBe("code");
    expect(params.get("client_id")).toBe("bomiljo-idporten");
    expect(params.get("redirect_uri")).toBe(`${server.url}/auth/callback/beboer`);
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(params.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(params.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(params.get("prompt")).toBe("login");
    expect(params.get("scope")?.split(" ")).toContain("openid");
    // state, nonce and the verifier stay in a sealed, short-lived cookie: never in plain text.
    const loginState = jar.get(LOGIN_STATE);
    expect(flags(loginState)).toEqual({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    expect(loginState?.attributes["max-age"]).toBe("600");
    expect(loginState?.value).not.toContain(params.get("state"));
  });

  test("staff go to the Entra client; a missing type goes to the login page", async () => {
    const jar = new CookieJar();
    const staff = await request(jar, `${server.url}/auth/logg-inn?type=ansatt`);
    expect(new URL(staff.headers.get("location") ?? "").searchParams.get("client_id")).toBe("bomiljo-entra");
    const untyped = await request(new CookieJar(), `${server.url}/auth/logg-inn?returnTo=/innsyn`);
    expect(untyped.status).toBe(302);
    expect(untyped.headers.get("location")).toBe("/logg-inn?returnTo=%2Finnsyn");
  });

  test("the login page offers both ways in as plain links", async () => {
    const page = await follow(new CookieJar(), `${server.url}/logg-inn?returnTo=/innsyn`);
    expect(page.response.status).toBe(200);
    expect(page.body).toContain("Logg inn med ID-porten");
    expect(page.body).toContain("Logg inn som ansatt");
    expect(page.body).toContain('href="/auth/logg-inn?type=beboer&amp;returnTo=%2Finnsyn"');
    expect(page.body).toContain('href="/auth/logg-inn?type=ansatt&amp;returnTo=%2Finnsyn"');
  });
});

describe("the test identity provider", () => {
  test("lists only residents for ID-porten and only staff for Entra, on a script-free Norwegian page", async () => {
    const resident = await follow(new CookieJar(), `${server.url}/auth/logg-inn?type=beboer`);
    expect(resident.body).toMatch(/<html lang="nb">/);
    expect(resident.body).toMatch(/<main>[\s\S]*<h1>/);
    expect(resident.body).not.toMatch(/<script/i);
    expect(resident.body).toContain('name="persona" value="beboer-sagene"');
    expect(resident.body).not.toContain('value="saksbehandler-sagene"');
    expect(resident.response.headers.get("cache-control")).toBe("no-store");

    const staff = await follow(new CookieJar(), `${server.url}/auth/logg-inn?type=ansatt`);
    expect(staff.body).toContain('name="persona" value="saksbehandler-sagene"');
    expect(staff.body).not.toContain('value="beboer-sagene"');
  });

  test("accepts the persona form as Chromium posts it (Origin: null under no-referrer), refuses it cross-site", async () => {
    const jar = new CookieJar();
    const idp = await follow(jar, `${server.url}/auth/logg-inn?type=ansatt`);
    const form = personaForm(idp.body, "analytiker-velferdsetaten");
    const action = new URL(form.action, idp.url).href;
    const crossSite = await request(jar, action, {
      form: form.fields,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await request(jar, action, {
      form: form.fields,
      headers: { origin: "null", "sec-fetch-site": "same-origin" },
    });
    expect(sameOrigin.status).toBe(303);
    const landed = await follow(jar, new URL(sameOrigin.headers.get("location") ?? "", action).href);
    expect(landed.url).toBe(`${server.url}/`);
    expect(landed.body).toContain("Anders Analytiker");
  });

  test("refuses a persona from the other list", async () => {
    const jar = new CookieJar();
    const idp = await follow(jar, `${server.url}/auth/logg-inn?type=beboer`);
    const form = personaForm(idp.body, "beboer-sagene");
    const response = await request(jar, new URL(form.action, idp.url).href, {
      form: { persona: "systemadministrator" },
    });
    expect(response.status).toBe(400);
    expect(jar.get(SESSION)).toBeUndefined();
  });

  test("cancelling at the IdP comes back as a clear page, without a session", async () => {
    const jar = new CookieJar();
    const idp = await follow(jar, `${server.url}/auth/logg-inn?type=beboer`);
    const cancel = /<form method="post" action="([^"]+\/avbryt)">/.exec(idp.body)?.[1];
    expect(cancel).toBeDefined();
    const result = await follow(jar, new URL(cancel ?? "", idp.url).href, { form: {} });
    expect(new URL(result.url).pathname).toBe("/auth/callback/beboer");
    expect(result.response.status).toBe(400);
    expect(result.body).toContain("Innloggingen ble avbrutt");
    expect(jar.get(SESSION)).toBeUndefined();
  });
});

describe("the callback", () => {
  test("signs in, sets a __Host- session cookie and goes to returnTo", async () => {
    const jar = new CookieJar();
    const landed = await signIn(jar, "ansatt", "saksbehandler-sagene", "/personvern");
    expect(landed.response.status).toBe(200);
    expect(new URL(landed.url).pathname).toBe("/personvern");
    expect(flags(jar.get(SESSION))).toEqual({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    expect(jar.get(LOGIN_STATE)).toBeUndefined();
    const home = await homeWith(jar.get(SESSION)?.value ?? null);
    expect(home.body).toContain("Sara Saksbehandler");
  });

  test("a resident is signed in by pid and named from the person register", async () => {
    const jar = new CookieJar();
    const landed = await signIn(jar, "beboer", "beboer-sagene");
    expect(new URL(landed.url).pathname).toBe("/");
    expect(landed.body).toContain("Amina Hassan");
    // The national identity number never reaches the page or the session cookie.
    expect(landed.body).not.toContain("12899040463");
  });

  test("an unsafe returnTo ends on the front page", async () => {
    for (const returnTo of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const landed = await signIn(new CookieJar(), "ansatt", "forvalter-boligbygg", returnTo);
      expect(landed.url, returnTo).toBe(`${server.url}/`);
    }
  });

  test("without the login state, or with a state that does not match, nobody is signed in", async () => {
    const bare = await follow(new CookieJar(), `${server.url}/auth/callback/beboer?code=abc&state=def`);
    expect(bare.response.status).toBe(400);
    expect(bare.body).toContain("Innloggingen kunne ikke fullføres");

    const jar = new CookieJar();
    const start = await request(jar, `${server.url}/auth/logg-inn?type=beboer`);
    expect(start.status).toBe(302);
    const forged = await request(jar, `${server.url}/auth/callback/beboer?code=abc&state=forfalsket`);
    expect(forged.status).toBe(400);
    expect(jar.get(SESSION)).toBeUndefined();

    const unknownType = await request(new CookieJar(), `${server.url}/auth/callback/admin?code=abc`);
    expect(unknownType.status).toBe(404);
  });
});

describe("sessions and CSRF", () => {
  test("a second login rotates the session and kills the first; logout needs _csrf and kills the session", async () => {
    const jar = new CookieJar();
    await signIn(jar, "ansatt", "saksbehandler-sagene");
    const first = jar.get(SESSION)?.value ?? "";
    expect(first).not.toBe("");
    expect((await homeWith(first)).body).toContain("Sara Saksbehandler");

    // Same browser, another person: a new session id, and the first cookie is dead.
    await signIn(jar, "ansatt", "saksbehandler-stovner");
    const second = jar.get(SESSION)?.value ?? "";
    expect(second).not.toBe(first);
    const withFirst = await homeWith(first);
    expect(withFirst.body).not.toContain("Sara Saksbehandler");
    expect(withFirst.csrf).toBeUndefined();
    const home = await homeWith(second);
    expect(home.body).toContain("Stian Saksbehandler");
    expect(home.csrf).toBeDefined();

    // State-changing requests without the right _csrf are refused and change nothing.
    const wrongForms: Record<string, string>[] = [{}, { _csrf: "feil" }, { _csrf: `${home.csrf ?? ""}x` }];
    for (const form of wrongForms) {
      const refused = await request(jar, `${server.url}/auth/logg-ut`, { form });
      expect(refused.status, JSON.stringify(form)).toBe(403);
    }
    const refusedPage = await request(jar, `${server.url}/logg-inn`, { form: { noe: "1" } });
    expect(refusedPage.status).toBe(403);
    expect((await homeWith(second)).body).toContain("Stian Saksbehandler");

    const out = await request(jar, `${server.url}/auth/logg-ut`, { form: { _csrf: home.csrf ?? "" } });
    expect(out.status).toBe(302);
    expect(out.headers.get("location")).toBe("/?utlogget=1");
    expect(jar.get(SESSION)).toBeUndefined();
    // The server deleted the row: a copy of the cookie no longer signs anyone in.
    const after = await homeWith(second);
    expect(after.body).not.toContain("Stian Saksbehandler");
    expect(after.csrf).toBeUndefined();
  });
});
