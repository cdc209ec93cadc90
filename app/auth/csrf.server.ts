import type { MiddlewareFunction } from "react-router";
import { requestState } from "../context";
import { fail } from "../lib/errors";
import { csrfMatches } from "./session.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The `_csrf` form field, or null when the body is not a form (or not readable as one). */
async function submittedToken(request: Request): Promise<FormDataEntryValue | null> {
  try {
    return (await request.clone().formData()).get("_csrf");
  } catch {
    return null;
  }
}

/**
 * Root middleware: every POST/PUT/PATCH/DELETE from a signed-in browser must
 * carry the session's CSRF token in the `_csrf` form field (see CsrfField),
 * else 403 ugyldig_skjema before any action runs. Requests without a session
 * have nothing to forge. The cross-site check in server/app.ts comes first.
 */
export const csrfMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  if (!SAFE_METHODS.has(request.method.toUpperCase())) {
    const state = requestState(context);
    if (state.sessionId && !csrfMatches(state.csrfToken, await submittedToken(request))) {
      fail("ugyldig_skjema");
    }
  }
  return next();
};
