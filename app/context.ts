import { createContext, type RouterContextProvider } from "react-router";
import type { Actor } from "./auth/actor";
import type { Db } from "./db/connection.server";
import type { Config } from "./lib/env.server";
import type { Logger } from "./lib/logger.server";

/** What the server hands every loader and action. */
export type AppDeps = {
  db: Db;
  dbKind: "pglite" | "postgres";
  config: Config;
  logger: Logger;
};

export type RequestState = {
  requestId: string;
  /** The signed-in user, or null. Loaders still check permissions themselves. */
  actor: Actor | null;
  sessionId: string | null;
  csrfToken: string | null;
  locale: "nb" | "en";
  /** CSP nonce for this response's inline scripts. */
  cspNonce: string;
};

export const appContext = createContext<AppDeps>();
export const requestContext = createContext<RequestState>();

export function deps(context: Readonly<RouterContextProvider>): AppDeps {
  return context.get(appContext);
}

export function requestState(context: Readonly<RouterContextProvider>): RequestState {
  return context.get(requestContext);
}
