import { randomUUID } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import express, { type NextFunction, type Request, type Response } from "express";
import { RouterContextProvider } from "react-router";
import * as build from "virtual:react-router/server-build";
import { appContext, requestContext, type AppDeps } from "../app/context";
import { readCookie, readSession, sessionCookieName } from "../app/auth/session.server";
import { mountTestIdentityProvider } from "../app/auth/test-idp/provider.server";
import { anonymBekymring, erAnonymBekymringSti } from "../app/modules/bekymring/rate-limit.server";
import { erSvarsideSti, svarsideKodegrense } from "../app/modules/undersokelse/kodegrense.server";
import { createMetrics } from "./metrics";
import { securityHeaders } from "./security-headers";

const MAX_BODY_BYTES = 1_000_000;
/** The application form uploads attachments of up to 10 MB each (one per request), plus the form's fields. */
const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024 + 200_000;
const UPLOAD_PATH = /^\/soknad\/[0-9a-f-]{36}(\.data)?\/?$/i;
/**
 * A defect report carries up to 3 photos of at most 8 MB each (app/modules/mangelmelding/config.ts): the
 * resident's form, staff's form, and the resident adding information to a sent report.
 */
const DEFECT_UPLOAD_PATH = /^\/(mangler\/ny|mangelmeldinger\/ny|mangler\/[0-9a-f-]{36})(\.data)?\/?$/i;
const MAX_DEFECT_BODY_BYTES = 3 * 8 * 1024 * 1024 + 200_000;

/** Only the forms that upload files may send more; every other request keeps the 1 MB limit. */
function maxBodyBytes(req: Request): number {
  if (req.method !== "POST") return MAX_BODY_BYTES;
  if (UPLOAD_PATH.test(req.path)) return MAX_UPLOAD_BODY_BYTES;
  if (DEFECT_UPLOAD_PATH.test(req.path)) return MAX_DEFECT_BODY_BYTES;
  return MAX_BODY_BYTES;
}

/**
 * The HTTP application: security headers, health and metrics, the test
 * identity provider (demo, dev and test only), static files and React Router.
 * Everything the routes need arrives through the router context.
 */
export async function createApp(appDeps: AppDeps) {
  const { config, logger } = appDeps;
  const app = express();
  const metrics = createMetrics();
  app.disable("x-powered-by");
  app.set("trust proxy", false);

  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      // The anonymous concern pages and the survey's answer pages leave no trace: no log line (it would carry
      // the instant of a concern or an answer) and no metric.
      if (erAnonymBekymringSti(req.path) || erSvarsideSti(req.path)) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = metrics.routeLabel(req.path);
      metrics.observe(req.method, route, res.statusCode, ms);
      // Path only, never the query string: it may hold what someone searched for.
      logger.info(
        { requestId, method: req.method, route, status: res.statusCode, ms: Math.round(ms) },
        "request",
      );
    });
    next();
  });

  app.use(securityHeaders(config));
  // Anonymous concerns: no-store, no-referrer and a daily limit that stores no address.
  app.use(anonymBekymring());
  // The survey's answer pages: no-store, no-referrer and a daily limit on unknown codes that stores no address.
  app.use(svarsideKodegrense());

  app.get("/healthz", (_req, res) => {
    res.type("text/plain").send("ok");
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await appDeps.db.selectFrom("bydel").select("id").limit(1).execute();
      res.type("text/plain").send("ready");
    } catch {
      res.status(503).type("text/plain").send("database unavailable");
    }
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.render());
  });

  // Oversized requests never reach a handler, and nothing partial is written.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > maxBodyBytes(req)) {
      res.status(413).type("text/plain; charset=utf-8").send("Forespørselen er for stor.");
      return;
    }
    // A chunked body has no length to check up front and could be any size; browsers always send the
    // length with a form, so a body without one is refused (411 Length Required).
    if (req.headers["transfer-encoding"] !== undefined && req.headers["content-length"] === undefined) {
      res.status(411).type("text/plain; charset=utf-8").send("Forespørselen mangler lengde.");
      return;
    }
    next();
  });

  // Cross-site requests that change state are refused (fetch metadata / Origin).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const site = req.headers["sec-fetch-site"];
    const origin = req.headers.origin;
    const expected = new URL(config.publicUrl).origin;
    // Fetch metadata decides when the browser sends it: under Referrer-Policy: no-referrer, Chromium sends
    // "Origin: null" even on same-origin form posts. Without fetch metadata, the Origin header must match.
    const crossSite = site
      ? site !== "same-origin" && site !== "none"
      : Boolean(origin && origin !== expected);
    if (crossSite) {
      res.status(403).type("text/plain; charset=utf-8").send("Forespørselen kom fra et annet nettsted.");
      return;
    }
    next();
  });

  if (config.idpMode === "test") {
    await mountTestIdentityProvider(app, appDeps);
  }

  const clientDir = path.join(process.env.BOMILJO_BUILD_DIR ?? "build", "client");
  app.use(
    "/assets",
    express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }),
  );
  app.use(express.static(clientDir, { maxAge: "1h", index: false }));
  // Browsers ask for /favicon.ico on pages without our <link rel="icon"> (PDFs, the identity provider's page).
  app.get("/favicon.ico", (_req, res) => res.redirect(301, "/favicon.svg"));

  app.all(
    "/{*splat}",
    createRequestHandler({
      build,
      mode: config.nodeEnv === "production" ? "production" : "development",
      getLoadContext: async (req: Request, res: Response) => {
        const token = readCookie(req.headers.cookie, sessionCookieName(config));
        const session = await readSession(appDeps.db, token);
        // Authenticated responses are never stored by browsers or proxies.
        if (session) res.setHeader("Cache-Control", "no-store");
        const context = new RouterContextProvider();
        context.set(appContext, appDeps);
        context.set(requestContext, {
          requestId: String(res.locals.requestId),
          actor: session?.actor ?? null,
          sessionId: session?.id ?? null,
          csrfToken: session?.csrfToken ?? null,
          cspNonce: String(res.locals.cspNonce),
          locale: readCookie(req.headers.cookie, "sprak") === "en" ? "en" : "nb",
        });
        return context;
      },
    }),
  );

  return app;
}
