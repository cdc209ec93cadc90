import { createHmac, randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { t } from "../../i18n";
import { todayInOslo } from "../../lib/frister";

/**
 * The anonymous concern pages: the form, the receipt-code page and their `.data` requests.
 * Staff pages (/bekymringer…) are not covered: they are signed in and logged like every other page.
 */
export function erAnonymBekymringSti(path: string): boolean {
  return /^\/bekymring(\/kvittering)?(\.data)?\/?$/.test(path);
}

/**
 * How many POSTs one network address may make to the anonymous pages in one day. Generous on purpose: many
 * residents share one address (carrier-grade NAT on mobile networks, a block's shared Wi-Fi, a library), and
 * the limit is there to stop floods and code guessing, not a neighbour's second message.
 */
export const GRENSE_PER_DAG = 200;

/**
 * Rate limiting without storing addresses. Each POST is counted under HMAC-SHA256(key, address), where the
 * key is 32 random bytes made in memory when the day (Europe/Oslo) starts and thrown away, with all counters,
 * when it ends. The key is never written anywhere, so a counter cannot be tied back to an address even from a
 * memory dump taken the next day, and the counters never leave the process. Several app servers each count on
 * their own (the limit is then per server), which is acceptable for a limit meant to stop floods.
 */
export function lagBegrenser(options: { grense?: number; idag?: () => string } = {}) {
  const grense = options.grense ?? GRENSE_PER_DAG;
  const idag = options.idag ?? (() => todayInOslo());
  let dag = "";
  let nokkel = randomBytes(32);
  let tellere = new Map<string, number>();
  return {
    /** Counts one request from `adresse`; false once the day's limit is passed. */
    tillat(adresse: string): boolean {
      const naa = idag();
      if (naa !== dag) {
        dag = naa;
        nokkel = randomBytes(32);
        tellere = new Map();
      }
      const id = createHmac("sha256", nokkel).update(adresse).digest("base64url");
      const antall = (tellere.get(id) ?? 0) + 1;
      tellere.set(id, antall);
      return antall <= grense;
    },
    /** For tests: how many addresses are counted today (never which). */
    get antallAdresser() {
      return tellere.size;
    },
  };
}

/**
 * Express middleware for the anonymous concern pages: `no-store` and `no-referrer` on every response, and
 * the daily limit on POSTs (429 in plain bokmål from the catalogue: no language cookie is read here). The address is the TCP peer (`trust proxy` is off);
 * behind a load balancer, configure it to pass the client address and read it here instead.
 */
export function anonymBekymring(begrenser = lagBegrenser()) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!erAnonymBekymringSti(req.path)) return next();
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Referrer-Policy", "no-referrer");
    if (req.method === "POST" && !begrenser.tillat(req.socket.remoteAddress ?? "ukjent")) {
      res.status(429).type("text/plain; charset=utf-8").send(t("nb", "bekymring.forMange"));
      return;
    }
    next();
  };
}
