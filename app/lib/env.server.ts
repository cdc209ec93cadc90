import path from "node:path";
import { z } from "zod";

/**
 * Configuration from the environment, validated once at start.
 * `IDP_MODE=test` mounts the built-in test identity provider (demo, dev and
 * tests only); in production the issuers come from OIDC_* variables.
 */
const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  DATABASE_MIGRATION_URL: z.string().optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  DEMO_DATA: z.enum(["full", "small", "none"]).default("full"),
  DEMO_SEED: z.coerce.number().int().default(20240101),
  IDP_MODE: z.enum(["test", "external"]).optional(),
  OIDC_RESIDENT_ISSUER: z.string().url().optional(),
  OIDC_RESIDENT_CLIENT_ID: z.string().optional(),
  OIDC_RESIDENT_CLIENT_SECRET: z.string().optional(),
  OIDC_STAFF_ISSUER: z.string().url().optional(),
  OIDC_STAFF_CLIENT_ID: z.string().optional(),
  OIDC_STAFF_CLIENT_SECRET: z.string().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_TTL_MINUTES: z.coerce.number().int().positive().default(480),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ALLOW_TEST_IDENTITIES: z.enum(["true", "false"]).optional(),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | null;
  databaseMigrationUrl: string | null;
  pgliteDir: string;
  demoData: "full" | "small" | "none";
  demoSeed: number;
  idpMode: "test" | "external";
  oidc: {
    resident: { issuer: string; clientId: string; clientSecret: string };
    staff: { issuer: string; clientId: string; clientSecret: string };
  };
  sessionSecret: string;
  sessionTtlMinutes: number;
  logLevel: string;
  /** Synthetic national identity numbers (Tenor) are accepted only in demo and test mode. */
  allowTestIdentities: boolean;
  /** Cookies get Secure and the __Host- prefix when the public URL is HTTPS or localhost. */
  secureCookies: boolean;
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const env = Env.parse(source);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  const url = new URL(publicUrl);
  const idpMode = env.IDP_MODE ?? "test";
  const testIdp = idpMode === "test";
  if (!testIdp && (!env.OIDC_RESIDENT_ISSUER || !env.OIDC_STAFF_ISSUER)) {
    throw new Error("IDP_MODE=external krever OIDC_RESIDENT_ISSUER og OIDC_STAFF_ISSUER");
  }
  if (env.NODE_ENV === "production" && !testIdp && !env.SESSION_SECRET) {
    throw new Error("SESSION_SECRET må være satt i produksjon");
  }
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    databaseUrl: env.DATABASE_URL ?? null,
    databaseMigrationUrl: env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL ?? null,
    pgliteDir: path.resolve(env.PGLITE_DIR),
    demoData: env.DEMO_DATA,
    demoSeed: env.DEMO_SEED,
    idpMode,
    oidc: {
      resident: {
        issuer: env.OIDC_RESIDENT_ISSUER ?? `${publicUrl}/idp`,
        clientId: env.OIDC_RESIDENT_CLIENT_ID ?? "bomiljo-idporten",
        clientSecret: env.OIDC_RESIDENT_CLIENT_SECRET ?? "test-secret-idporten-bomiljo-0000",
      },
      staff: {
        issuer: env.OIDC_STAFF_ISSUER ?? `${publicUrl}/idp`,
        clientId: env.OIDC_STAFF_CLIENT_ID ?? "bomiljo-entra",
        clientSecret: env.OIDC_STAFF_CLIENT_SECRET ?? "test-secret-entra-bomiljo-000000",
      },
    },
    sessionSecret: env.SESSION_SECRET ?? "test-only-session-secret-not-for-production!",
    sessionTtlMinutes: env.SESSION_TTL_MINUTES,
    logLevel: env.LOG_LEVEL,
    allowTestIdentities: env.ALLOW_TEST_IDENTITIES ? env.ALLOW_TEST_IDENTITIES === "true" : testIdp,
    secureCookies: url.protocol === "https:" || url.hostname === "localhost",
  };
}
