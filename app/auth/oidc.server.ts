import * as client from "openid-client";
import type { Config } from "../lib/env.server";
import type { LoginType } from "./login-state.server";

/**
 * The app's side of OpenID Connect (openid-client): discovery, the
 * authorization request (code + PKCE S256, state, nonce) and the code
 * exchange with ID token validation. One issuer per login type: ID-porten
 * for residents, Entra ID for staff; in test mode both are the built-in
 * test identity provider at /idp.
 */

/** Scopes per login type. ID-porten sends `pid` with `openid`; Entra sends name, oid and roles with `profile`. */
const SCOPES: Record<LoginType, string> = { beboer: "openid", ansatt: "openid profile" };

type ClientSettings = { issuer: string; clientId: string; clientSecret: string };

function settingsFor(config: Config, type: LoginType): ClientSettings {
  return type === "beboer" ? config.oidc.resident : config.oidc.staff;
}

/** Plain HTTP is allowed only to the test identity provider on this machine. */
export function allowsInsecureIssuer(config: Pick<Config, "idpMode">, issuer: string): boolean {
  const url = new URL(issuer);
  return (
    config.idpMode === "test" &&
    url.protocol === "http:" &&
    (url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]")
  );
}

const configurations = new Map<string, Promise<client.Configuration>>();

/** Discovery once per issuer and client; a failed discovery is retried on the next login. */
export function oidcConfiguration(config: Config, type: LoginType): Promise<client.Configuration> {
  const settings = settingsFor(config, type);
  const key = `${settings.issuer}\n${settings.clientId}`;
  let pending = configurations.get(key);
  if (!pending) {
    pending = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      undefined,
      client.ClientSecretBasic(settings.clientSecret),
      {
        execute: allowsInsecureIssuer(config, settings.issuer) ? [client.allowInsecureRequests] : [],
        timeout: 10,
      },
    );
    configurations.set(key, pending);
    pending.catch(() => configurations.delete(key));
  }
  return pending;
}

export function redirectUri(config: Config, type: LoginType): string {
  return `${config.publicUrl}/auth/callback/${type}`;
}

export type AuthorizationRequest = { url: URL; state: string; nonce: string; codeVerifier: string };

/** A fresh authorization request; state, nonce and the PKCE verifier are kept by the caller. */
export async function buildAuthorizationRequest(
  config: Config,
  type: LoginType,
): Promise<AuthorizationRequest> {
  const oidc = await oidcConfiguration(config, type);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri(config, type),
    scope: SCOPES[type],
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
    // Always ask who is signing in: a shared PC must never continue as the previous user.
    prompt: "login",
  };
  if (type === "beboer") parameters.acr_values = "idporten-loa-substantial";
  return { url: client.buildAuthorizationUrl(oidc, parameters), state, nonce, codeVerifier };
}

export class LoginAbortedError extends Error {}

/**
 * Exchanges the code from the callback URL and validates the ID token
 * (signature, issuer, audience, expiry, nonce, state, PKCE). Returns its claims.
 */
export async function completeAuthorization(
  config: Config,
  type: LoginType,
  callbackSearch: string,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const oidc = await oidcConfiguration(config, type);
  // The URL the provider redirected to, built from PUBLIC_URL rather than the Host header.
  const currentUrl = new URL(`${redirectUri(config, type)}${callbackSearch}`);
  let tokens;
  try {
    tokens = await client.authorizationCodeGrant(oidc, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    // The provider's answer carried the right state but says the user cancelled.
    if (error instanceof client.AuthorizationResponseError && error.error === "access_denied") {
      throw new LoginAbortedError("access_denied");
    }
    throw error;
  }
  const claims = tokens.claims();
  if (!claims) throw new Error("ID-token mangler");
  return { ...claims };
}
