import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Config } from "../app/lib/env.server";

/** Security headers on every response. Authenticated pages add Cache-Control: no-store in the router. */
export function securityHeaders(config: Config) {
  const https = config.publicUrl.startsWith("https://");
  const csp = (nonce: string) =>
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join("; ");
  return (_req: Request, res: Response, next: NextFunction) => {
    // A fresh nonce per response for React Router's inline hydration scripts.
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", csp(nonce));
    res.setHeader("X-Content-Type-Options", "nosniff");
    // Same-origin only: browsers then still send a real Origin on our own form posts.
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (https && config.nodeEnv === "production") {
      res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    }
    next();
  };
}
