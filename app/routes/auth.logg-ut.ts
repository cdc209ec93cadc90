import { redirect } from "react-router";
import type { Route } from "./+types/auth.logg-ut";
import { deps, requestState } from "../context";
import { destroySession, serializeSessionCookie } from "../auth/session.server";

/**
 * POST /auth/logg-ut — the root middleware has already checked `_csrf`.
 * Deletes the session row, so a copy of the cookie is dead at once, and
 * clears the cookie.
 */
export async function action({ context }: Route.ActionArgs) {
  const { db, config, logger } = deps(context);
  const state = requestState(context);
  if (state.sessionId) {
    await destroySession(db, state.sessionId);
    logger.info({ requestId: state.requestId, rolle: state.actor?.rolle }, "utlogget");
  }
  return redirect("/?utlogget=1", {
    headers: { "Set-Cookie": serializeSessionCookie(config, "", null), "Cache-Control": "no-store" },
  });
}

/** Logging out is a POST (with `_csrf`); a GET here only goes to the front page. */
export function loader() {
  return redirect("/");
}
