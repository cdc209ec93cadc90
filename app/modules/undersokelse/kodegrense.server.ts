import { createHmac, randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { t } from "../../i18n";
import { todayInOslo } from "../../lib/frister";

/** The public answer pages (online and the office tablet) and their `.data` requests. */
export function erSvarsideSti(path: string): boolean {
  return /^\/bomiljoundersokelse(\/kiosk)?(\.data)?\/?$/.test(path);
}

/**
 * How many unknown codes one network address may try on the answer pages in one day (Europe/Oslo). Only
 * unknown codes count (the page answers 404 for them), so a busy office tablet, or many residents behind one
 * address (mobile carrier-grade NAT, a block's shared Wi-Fi, the municipality's network), can take any number
 * of answers; a typing mistake now and then is far from the limit. With 31¹⁰ codes it caps one address at
 * ≈ 4,200 guesses in a six-week round, which finds one of ≈ 11,000 unused codes with probability ≈ 5·10⁻⁸.
 */
export const GRENSE_FEIL_PER_DAG = 100;

/**
 * The same approach as the anonymous concern pages (app/modules/bekymring/rate-limit.server.ts), without
 * storing addresses: each unknown code is counted under HMAC-SHA256(key, address), where the key is 32 random
 * bytes made in memory when the day starts and thrown away, with all counters, when it ends. The key is never
 * written anywhere, so a counter cannot be tied to an address even from a later memory dump, and nothing leaves
 * the process. Several app servers each count on their own (the limit is then per server).
 */
export function lagKodegrense(options: { grense?: number; idag?: () => string } = {}) {
  const grense = options.grense ?? GRENSE_FEIL_PER_DAG;
  const idag = options.idag ?? (() => todayInOslo());
  let dag = "";
  let nokkel = randomBytes(32);
  let feil = new Map<string, number>();
  const id = (adresse: string) => {
    const naa = idag();
    if (naa !== dag) {
      dag = naa;
      nokkel = randomBytes(32);
      feil = new Map();
    }
    return createHmac("sha256", nokkel).update(adresse).digest("base64url");
  };
  return {
    /** True once `adresse` has tried the day's limit of unknown codes. */
    sperret(adresse: string): boolean {
      return (feil.get(id(adresse)) ?? 0) >= grense;
    },
    /** Counts one unknown code from `adresse`. */
    feilet(adresse: string): void {
      const k = id(adresse);
      feil.set(k, (feil.get(k) ?? 0) + 1);
    },
    /** For tests: how many addresses are counted today (never which). */
    get antallAdresser() {
      return feil.size;
    },
  };
}

/**
 * Express middleware for the answer pages: `no-store` and `no-referrer` (the code is in the query string), and
 * the daily limit on unknown codes: a request that carries a code (`?kode=` or a POST) from an address over
 * the limit gets 429 in plain bokmål; a response of 404 (the page's answer to an unknown code) is counted. The
 * address is the TCP peer (`trust proxy` is off), as for the concern pages.
 */
export function svarsideKodegrense(grense = lagKodegrense()) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!erSvarsideSti(req.path)) return next();
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Referrer-Policy", "no-referrer");
    const medKode = req.method === "POST" || req.query.kode !== undefined;
    if (!medKode) return next();
    const adresse = req.socket.remoteAddress ?? "ukjent";
    if (grense.sperret(adresse)) {
      res.status(429).type("text/plain; charset=utf-8").send(t("nb", "undersokelse.forMangeKoder"));
      return;
    }
    res.on("finish", () => {
      if (res.statusCode === 404) grense.feilet(adresse);
    });
    next();
  };
}
