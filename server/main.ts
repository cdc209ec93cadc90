import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Server } from "node:http";
import { loadConfig } from "../app/lib/env.server";
import { createLogger } from "../app/lib/logger.server";
import { openDatabase } from "../app/db/connection.server";
import { DataFolderLockedError } from "../app/db/lock.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { ensureDemoData } from "../app/db/demo/ensure.server";
import type { AppDeps } from "../app/context";

/**
 * Starts Bomiljø: configuration → database (PGlite locked to this process, or
 * a PostgreSQL server) → migrations → demo data if the database is empty →
 * HTTP. `--dev` serves through Vite with hot reload; otherwise the built app.
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const config = loadConfig(dev ? { NODE_ENV: "development", ...process.env } : process.env);
  const logger = createLogger(config.logLevel);
  // The test identity provider lets anyone sign in as anyone: it is the default only on the embedded
  // database (demo, dev, tests). With a PostgreSQL server the mode must be chosen explicitly.
  if (config.databaseUrl && !process.env.IDP_MODE) {
    console.error("IDP_MODE må settes når DATABASE_URL er satt: external i produksjon, test bare for test.");
    process.exit(1);
  }

  let handle;
  try {
    handle = await openDatabase({
      databaseUrl: config.databaseMigrationUrl,
      pgliteDir: config.pgliteDir,
    });
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  await migrateToLatest(handle.db);
  if (config.databaseUrl && config.databaseUrl !== config.databaseMigrationUrl) {
    await handle.close();
    handle = await openDatabase({ databaseUrl: config.databaseUrl });
  }
  await ensureDemoData(handle.db, config, logger);

  const appDeps: AppDeps = { db: handle.db, dbKind: handle.kind, config, logger };
  let server: Server;
  if (dev) {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ server: { middlewareMode: true } });
    const express = (await import("express")).default;
    const app = express();
    app.use(viteServer.middlewares);
    let appPromise: Promise<import("express").Express> | null = null;
    app.use(async (req, res, next) => {
      try {
        appPromise ??= viteServer
          .ssrLoadModule("./server/app.ts")
          .then((mod) => (mod as typeof import("./app")).createApp(appDeps));
        (await appPromise)(req, res, next);
      } catch (error) {
        next(error);
      }
    });
    server = app.listen(config.port, config.host);
  } else {
    const buildPath = pathToFileURL(
      path.resolve(process.env.BOMILJO_BUILD_DIR ?? "build", "server/index.js"),
    ).href;
    const mod = (await import(buildPath)) as typeof import("./app");
    const app = await mod.createApp(appDeps);
    server = app.listen(config.port, config.host);
  }
  server.on("listening", () => {
    logger.info({ url: config.publicUrl, database: handle.kind }, "Bomiljø kjører");
    console.log(`Bomiljø kjører på ${config.publicUrl} (database: ${handle.kind})`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopper");
    server.closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("Bomiljø kunne ikke starte:", error instanceof Error ? error.message : error);
  process.exit(1);
});
