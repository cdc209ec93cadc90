import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import type { AuditHandling, AuditKategori } from "./categories";

export const GENESIS_HASH = "0".repeat(64);

export type AuditEntry = {
  /** The person the data is about (null for data about no single person). */
  personId: string | null;
  kategori: AuditKategori;
  handling: AuditHandling;
  /** What was touched, as "type:id" — never a value. */
  ressurs: string;
};

export type AuditRow = {
  tidspunkt: Date;
  aktor_id: string;
  aktor_rolle: string;
  aktor_enhet: string;
  person_id: string | null;
  kategori: string;
  handling: string;
  ressurs: string;
  request_id: string | null;
};

/** The hash of one row: SHA-256 over the previous hash and the row's fields in a fixed order. */
export function auditHash(forrigeHash: string, row: AuditRow): string {
  const canonical = JSON.stringify([
    row.tidspunkt.toISOString(),
    row.aktor_id,
    row.aktor_rolle,
    row.aktor_enhet,
    row.person_id,
    row.kategori,
    row.handling,
    row.ressurs,
    row.request_id,
  ]);
  return createHash("sha256").update(forrigeHash).update("\n").update(canonical).digest("hex");
}

/**
 * Appends one audit row per entry to the hash-chained log (who, role, unit,
 * when, whose data, which category, what action — never the values).
 * Serialised with an advisory lock so the chain has one order.
 */
export async function recordAccess(
  db: Db,
  actor: Pick<Actor, "id" | "rolle" | "enhet">,
  requestId: string | null,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const write = async (trx: Db) => {
    await sql`select pg_advisory_xact_lock(7301001)`.execute(trx);
    const last = await trx
      .selectFrom("audit_logg")
      .select("hash")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    let forrige = last?.hash ?? GENESIS_HASH;
    // Millisecond precision, so the timestamp survives the round trip through the database exactly.
    const tidspunkt = new Date();
    const rows = entries.map((entry) => {
      const row: AuditRow = {
        tidspunkt,
        aktor_id: actor.id,
        aktor_rolle: actor.rolle,
        aktor_enhet: actor.enhet,
        // Stored as uuid, which PostgreSQL returns in lower case: hash what will be read back.
        person_id: entry.personId === null ? null : entry.personId.toLowerCase(),
        kategori: entry.kategori,
        handling: entry.handling,
        ressurs: entry.ressurs,
        request_id: requestId,
      };
      const hash = auditHash(forrige, row);
      const result = { ...row, handling: entry.handling, forrige_hash: forrige, hash };
      forrige = hash;
      return result;
    });
    await trx.insertInto("audit_logg").values(rows).execute();
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}
