import { describe, expect, test, vi } from "vitest";
import { RouterContextProvider } from "react-router";
import { requestContext, type RequestState } from "../../app/context";
import { csrfMiddleware } from "../../app/auth/csrf.server";
import {
  openLoginState,
  sealLoginState,
  serializeLoginStateCookie,
  type LoginState,
} from "../../app/auth/login-state.server";

function contextWith(session: { id: string; csrfToken: string } | null) {
  const context = new RouterContextProvider();
  const state: RequestState = {
    requestId: "test",
    actor: null,
    sessionId: session?.id ?? null,
    csrfToken: session?.csrfToken ?? null,
    locale: "nb",
    cspNonce: "nonce",
  };
  context.set(requestContext, state);
  return context;
}

function post(body: string, contentType = "application/x-www-form-urlencoded", method = "POST") {
  return new Request("http://localhost/noe", { method, headers: { "content-type": contentType }, body });
}

async function run(request: Request, context: RouterContextProvider) {
  const next = vi.fn(async () => new Response("ok"));
  const args = { request, context, params: {}, url: new URL(request.url), pattern: "/noe" };
  try {
    await csrfMiddleware(args as unknown as Parameters<typeof csrfMiddleware>[0], next);
    return { next: next.mock.calls.length, status: 200 };
  } catch (error) {
    // fail() throws React Router's data(body, { status }); the router turns it into the error response.
    const thrown = error as { type?: string; data?: unknown; init?: { status?: number } };
    if (thrown.type === "DataWithResponseInit") {
      return { next: next.mock.calls.length, status: thrown.init?.status, data: thrown.data };
    }
    throw error;
  }
}

describe("CSRF middleware", () => {
  const session = { id: "s1", csrfToken: "riktig-token-1234567890" };

  test("a signed-in POST with the session's token goes through, and the action can still read the body", async () => {
    const request = post("_csrf=riktig-token-1234567890&navn=Kari");
    expect(await run(request, contextWith(session))).toEqual({ next: 1, status: 200 });
    expect((await request.formData()).get("navn")).toBe("Kari");
  });

  test.each([
    ["without _csrf", post("navn=Kari")],
    ["with a wrong _csrf", post("_csrf=feil-token-12345678901&navn=Kari")],
    ["with an empty _csrf", post("_csrf=")],
    ["with a JSON body", post(JSON.stringify({ _csrf: session.csrfToken }), "application/json")],
    ["as DELETE without _csrf", post("", "application/x-www-form-urlencoded", "DELETE")],
    ["as PUT with a wrong _csrf", post("_csrf=x", "application/x-www-form-urlencoded", "PUT")],
  ])("a signed-in request %s is refused with 403 ugyldig_skjema", async (_name, request) => {
    const result = await run(request, contextWith(session));
    expect(result.next).toBe(0);
    expect(result.status).toBe(403);
    expect(result).toMatchObject({ data: { code: "ugyldig_skjema" } });
  });

  test("multipart forms are checked too", async () => {
    const good = new FormData();
    good.set("_csrf", session.csrfToken);
    const ok = new Request("http://localhost/noe", { method: "POST", body: good });
    expect((await run(ok, contextWith(session))).next).toBe(1);
    const bad = new FormData();
    bad.set("_csrf", "annet");
    const refused = new Request("http://localhost/noe", { method: "POST", body: bad });
    expect((await run(refused, contextWith(session))).status).toBe(403);
  });

  test("GET is never checked, and a request without a session has nothing to forge", async () => {
    expect(await run(new Request("http://localhost/noe"), contextWith(session))).toEqual({
      next: 1,
      status: 200,
    });
    expect(await run(post("navn=Kari"), contextWith(null))).toEqual({ next: 1, status: 200 });
  });
});

describe("login state cookie", () => {
  const secret = "a-test-secret-that-is-long-enough-000";
  const state: LoginState = {
    type: "beboer",
    state: "s".repeat(43),
    nonce: "n".repeat(43),
    codeVerifier: "v".repeat(43),
    returnTo: "/boliger",
    expiresAt: Date.now() + 60_000,
  };

  test("round-trips, and the sealed value does not reveal the verifier", () => {
    const sealed = sealLoginState(secret, state);
    expect(openLoginState(secret, sealed)).toEqual(state);
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("vvvv");
  });

  test("is refused when altered, sealed with another secret, expired or missing", () => {
    const sealed = sealLoginState(secret, state);
    const raw = Buffer.from(sealed, "base64url");
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(openLoginState(secret, raw.toString("base64url"))).toBeNull();
    expect(openLoginState("another-secret-that-is-long-enough-0", sealed)).toBeNull();
    expect(openLoginState(secret, sealed, state.expiresAt + 1)).toBeNull();
    expect(openLoginState(secret, undefined)).toBeNull();
    expect(openLoginState(secret, "bm9uc2Vuc2U")).toBeNull();
  });

  test("the cookie is HttpOnly, SameSite=Lax, short-lived, and __Host- with Secure on HTTPS or localhost", () => {
    expect(serializeLoginStateCookie({ secureCookies: true }, "abc")).toBe(
      "__Host-bomiljo-innlogging=abc; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=600",
    );
    expect(serializeLoginStateCookie({ secureCookies: false }, null)).toBe(
      "bomiljo-innlogging=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
    );
  });
});
