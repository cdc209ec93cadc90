import pino, { type Logger } from "pino";

export type { Logger };

/**
 * JSON logs with a request id. Never log personal data: no names, national
 * identity numbers, query strings, form bodies, IP addresses or user agents.
 * The redact list is a second line of defence, not the first.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: "bomiljo" },
    redact: {
      paths: [
        "req.headers",
        "headers",
        "cookie",
        "fodselsnummer",
        "pid",
        "navn",
        "*.fodselsnummer",
        "*.pid",
        "*.navn",
        "ip",
        "userAgent",
      ],
      censor: "[fjernet]",
    },
  });
}
