import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase } from "../../app/db/connection.server";
import { migrateToLatest } from "../../app/db/migrate.server";

/**
 * Integration tests on a PostgreSQL server (DATABASE_URL set): every test file
 * gets its own database, created from a template that the global setup
 * migrates once, so files running in parallel never see each other's rows.
 * The owner role (DATABASE_MIGRATION_URL, or DATABASE_URL when only that is
 * set) needs CREATEDB. The base database named in the URLs is migrated too,
 * for tests that connect to DATABASE_URL on their own.
 */
export type ServerUrls = { app: string; owner: string };

/** The URLs as the environment gave them, before createTestDb pointed them at a test file's database. */
export function serverUrls(): ServerUrls | null {
  const app = process.env.BOMILJO_TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!app) return null;
  const owner = process.env.BOMILJO_TEST_BASE_MIGRATION_URL ?? process.env.DATABASE_MIGRATION_URL ?? app;
  process.env.BOMILJO_TEST_BASE_DATABASE_URL = app;
  process.env.BOMILJO_TEST_BASE_MIGRATION_URL = owner;
  return { app, owner };
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.href;
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export const templateName = (urls: ServerUrls) => `${databaseName(urls.owner)}_mal`;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function asOwner<T>(urls: ServerUrls, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urls.owner });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const handle = await openDatabase({ databaseUrl: url });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

async function grantConnect(client: pg.Client, urls: ServerUrls, database: string): Promise<void> {
  const appUser = decodeURIComponent(new URL(urls.app).username);
  const ownerUser = decodeURIComponent(new URL(urls.owner).username);
  if (appUser && appUser !== ownerUser)
    await client.query(`grant connect on database ${ident(database)} to ${ident(appUser)}`);
}

/** Global setup: migrate the base database and (re)create the migrated template. */
export async function prepareServerDatabases(urls: ServerUrls): Promise<void> {
  await migrate(urls.owner);
  const template = templateName(urls);
  await asOwner(urls, async (client) => {
    await client.query(`drop database if exists ${ident(template)} with (force)`);
    await client.query(`create database ${ident(template)}`);
    await grantConnect(client, urls, template);
  });
  await migrate(withDatabase(urls.owner, template));
}

/** Global teardown: drop the template and any test database a crashed file left behind. */
export async function dropServerDatabases(urls: ServerUrls): Promise<void> {
  await asOwner(urls, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname = $1 or datname like $2",
      [templateName(urls), `${databaseName(urls.owner)}\\_t\\_%`],
    );
    for (const { datname } of rows)
      await client.query(`drop database if exists ${ident(datname)} with (force)`);
  });
}

/** A new database for one test file, copied from the template; returns its URLs and a function that drops it. */
export async function createFileDatabase(
  urls: ServerUrls,
): Promise<{ urls: ServerUrls; drop: () => Promise<void> }> {
  const name = `${databaseName(urls.owner)}_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  await asOwner(urls, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${ident(name)} template ${ident(templateName(urls))}`);
        break;
      } catch (error) {
        // Another file creating its copy at the same moment holds the template briefly.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
    await grantConnect(client, urls, name);
  });
  return {
    urls: { app: withDatabase(urls.app, name), owner: withDatabase(urls.owner, name) },
    drop: () => dropDatabase(urls, name),
  };
}

/**
 * Drops a test file's database. FORCE ends connections the file left open, but only those the owner may
 * signal (CI grants it pg_signal_backend); otherwise it retries for a while and leaves the rest to teardown.
 */
async function dropDatabase(urls: ServerUrls, name: string): Promise<void> {
  await asOwner(urls, async (client) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await client.query(`drop database if exists ${ident(name)}${attempt === 0 ? " with (force)" : ""}`);
        return;
      } catch (error) {
        if (
          !/being accessed by other users|must be a member of the role|pg_signal_backend/.test(String(error))
        )
          throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}
