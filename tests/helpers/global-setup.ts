import { dropServerDatabases, prepareServerDatabases, serverUrls } from "./pg-server";

/**
 * Runs once before the unit and integration tests. On a PostgreSQL server
 * (DATABASE_URL) it migrates the base database and a template that every
 * test file copies (tests/helpers/pg-server.ts), and drops them afterwards.
 */
export default async function setup() {
  process.env.TZ = "UTC";
  const urls = serverUrls();
  if (!urls) return;
  await prepareServerDatabases(urls);
  return () => dropServerDatabases(urls);
}
