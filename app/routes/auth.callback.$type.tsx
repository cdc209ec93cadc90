import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect } from "react-router";
import type { Route } from "./+types/auth.callback.$type";
import { deps, requestState } from "../context";
import { residentActorFromClaims, staffActorFromClaims, type Avvisning } from "../auth/claims.server";
import {
  isLoginType,
  loginStateCookieName,
  openLoginState,
  serializeLoginStateCookie,
} from "../auth/login-state.server";
import { LoginAbortedError, completeAuthorization } from "../auth/oidc.server";
import { createSession, destroySession, readCookie, serializeSessionCookie } from "../auth/session.server";
import { titleMeta } from "../components/page-title";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { notFound } from "../lib/errors";

type Problem = { tittel: MessageKey; tekst: MessageKey };

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  titleMeta(matches, loaderData?.tittel ?? "innlogging.feil.tittel");

/**
 * GET /auth/callback/beboer|ansatt — the identity provider sends the browser
 * back here. Checks state, nonce and PKCE (openid-client), maps the ID token's
 * claims to an actor (or refuses with 403 and a reason), replaces any earlier
 * session with a new one, and goes on to the page the user started from.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db, config, logger } = deps(context);
  const state = requestState(context);
  const type = params.type;
  if (!isLoginType(type)) notFound();

  const headers = new Headers({ "Cache-Control": "no-store" });
  // The login state is single-use: cleared whatever happens next.
  headers.append("Set-Cookie", serializeLoginStateCookie(config, null));
  const problem = (status: number, body: Problem) => data(body, { status, headers });

  const login = openLoginState(
    config.sessionSecret,
    readCookie(request.headers.get("cookie"), loginStateCookieName(config)),
  );
  if (!login || login.type !== type) {
    return problem(400, { tittel: "innlogging.feil.tittel", tekst: "innlogging.feil.utlopt" });
  }

  let claims: Record<string, unknown>;
  try {
    claims = await completeAuthorization(config, type, new URL(request.url).search, login);
  } catch (error) {
    if (error instanceof LoginAbortedError) {
      return problem(400, { tittel: "innlogging.feil.avbrutt.tittel", tekst: "innlogging.feil.avbrutt" });
    }
    logger.warn({ requestId: state.requestId, err: error, type }, "innlogging: tilbakekallet ble avvist");
    return problem(400, { tittel: "innlogging.feil.tittel", tekst: "innlogging.feil.ugyldig" });
  }

  const result =
    type === "ansatt"
      ? await staffActorFromClaims(db, claims)
      : await residentActorFromClaims(db, claims, { allowTestIdentities: config.allowTestIdentities });
  if (!result.ok) {
    logger.warn({ requestId: state.requestId, type, grunn: result.grunn }, "innlogging: avvist");
    const grunn: Avvisning = result.grunn;
    return problem(403, {
      tittel: `innlogging.avvist.${grunn}.tittel` as MessageKey,
      tekst: `innlogging.avvist.${grunn}` as MessageKey,
    });
  }

  // Rotation: whatever session this browser had is gone; the new one has a fresh token and CSRF token.
  if (state.sessionId) await destroySession(db, state.sessionId);
  const session = await createSession(db, result.actor, config);
  headers.append("Set-Cookie", serializeSessionCookie(config, session.token, session.expires));
  logger.info({ requestId: state.requestId, rolle: result.actor.rolle }, "innlogget");
  return redirect(login.returnTo, { headers });
}

export default function Innloggingsfeil({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  return (
    <>
      <Heading level={1} data-size="lg">
        {tr(loaderData.tittel)}
      </Heading>
      <Paragraph>{tr(loaderData.tekst)}</Paragraph>
      <Button asChild variant="primary">
        <a href="/logg-inn">{tr("innlogging.provIgjen")}</a>
      </Button>
    </>
  );
}
