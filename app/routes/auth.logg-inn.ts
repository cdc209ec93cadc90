import { redirect } from "react-router";
import type { Route } from "./+types/auth.logg-inn";
import { deps } from "../context";
import { buildAuthorizationRequest } from "../auth/oidc.server";
import {
  LOGIN_STATE_TTL_SECONDS,
  isLoginType,
  safeReturnTo,
  sealLoginState,
  serializeLoginStateCookie,
} from "../auth/login-state.server";

/**
 * GET /auth/logg-inn?type=beboer|ansatt&returnTo=/sti — starts an OpenID
 * Connect login: remembers state, nonce, the PKCE verifier and where to go
 * afterwards in a sealed short-lived cookie, and sends the browser to the
 * identity provider's authorization endpoint.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { config, logger } = deps(context);
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
  const type = url.searchParams.get("type");
  if (!isLoginType(type)) {
    return redirect(`/logg-inn${returnTo === "/" ? "" : `?returnTo=${encodeURIComponent(returnTo)}`}`);
  }

  let authorization;
  try {
    authorization = await buildAuthorizationRequest(config, type);
  } catch (error) {
    logger.error({ err: error, type }, "innlogging: fant ikke innloggingstjenesten");
    return redirect("/logg-inn?feil=utilgjengelig", { headers: { "Cache-Control": "no-store" } });
  }
  const sealed = sealLoginState(config.sessionSecret, {
    type,
    state: authorization.state,
    nonce: authorization.nonce,
    codeVerifier: authorization.codeVerifier,
    returnTo,
    expiresAt: Date.now() + LOGIN_STATE_TTL_SECONDS * 1000,
  });
  return redirect(authorization.url.href, {
    headers: { "Set-Cookie": serializeLoginStateCookie(config, sealed), "Cache-Control": "no-store" },
  });
}
