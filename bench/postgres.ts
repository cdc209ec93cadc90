import pg from "pg";

export type ServerProbe = { ok: true; version: string } | { ok: false; reason: string };

/** Hides the password in a connection URL for printing. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(ugyldig URL)";
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether the PostgreSQL server answers on `adminUrl` with a role that may create databases. */
export async function probeServer(adminUrl: string): Promise<ServerProbe> {
  try {
    return await withClient(adminUrl, async (client) => {
      const { rows } = await client.query<{ version: string; createdb: boolean }>(
        `select current_setting('server_version') as version,
                (select rolcreatedb or rolsuper from pg_roles where rolname = current_user) as createdb`,
      );
      const row = rows[0]!;
      if (!row.createdb) return { ok: false, reason: "rollen kan ikke opprette databaser (CREATEDB)" };
      return { ok: true, version: row.version };
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Drops and recreates `name` (owned by the admin role); returns the URL of the new database. */
export async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ugyldig databasenavn: ${name}`);
  await withClient(adminUrl, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Refreshes the planner's statistics after the bulk load (autovacuum may not have run yet). */
export async function analyze(url: string): Promise<void> {
  await withClient(url, (client) => client.query("analyze"));
}
