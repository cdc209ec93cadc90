import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import { openDatabase, type Db, type DatabaseHandle } from "../../app/db/connection.server";
import {
  auditHash,
  GENESIS_HASH,
  recordAccess,
  type AuditRow,
} from "../../app/modules/audit/record-access.server";
import { verifyAuditChain, type ChainResult } from "../../app/modules/audit/verify-chain.server";

/**
 * The audit chain and its verifier, tampered for real: as the table owner the
 * triggers are switched off, a row is changed, deleted or moved, and the
 * verifier must name the row. Every tampering runs in a transaction that is
 * rolled back, so the file's later tests start from an intact chain.
 */
let handle: DatabaseHandle;
let owner: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDb();
  owner = process.env.DATABASE_MIGRATION_URL
    ? await openDatabase({ databaseUrl: process.env.DATABASE_MIGRATION_URL })
    : handle;
});
afterAll(async () => {
  if (owner !== handle) await owner.close();
  await handle.close();
});

const saksbehandler = {
  id: "ansatt-1",
  rolle: "saksbehandler" as const,
  enhet: "Bydel Sagene, boligkontoret",
};

async function writeRows(db: Db, count: number): Promise<number[]> {
  const personId = randomUUID();
  for (let i = 0; i < count; i++) {
    await recordAccess(db, saksbehandler, `req-${i}`, [
      { personId, kategori: i % 2 ? "helse" : "personalia", handling: "les", ressurs: `person:${personId}` },
    ]);
  }
  const rows = await db
    .selectFrom("audit_logg")
    .select("seq")
    .where("person_id", "=", personId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => Number(r.seq));
}

class Rollback extends Error {}

/** Runs `work` as the table owner in a transaction that is always rolled back, and returns its result. */
async function tamper(work: (trx: Db) => Promise<ChainResult>): Promise<ChainResult> {
  let result: ChainResult | undefined;
  await expect(
    owner.db.transaction().execute(async (trx) => {
      result = await work(trx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
  return result!;
}

/** Writes rows first (taking the chain's lock before the table lock, as every writer does), then disables the triggers. */
async function withOwnRows(trx: Db, count: number): Promise<number[]> {
  const seqs = await writeRows(trx, count);
  await sql`alter table audit_logg disable trigger user`.execute(trx);
  return seqs;
}

describe("verifyAuditChain", () => {
  test("an empty log is intact", async () => {
    expect(await verifyAuditChain(handle.db)).toEqual({
      ok: true,
      rows: 0,
      sisteSeq: null,
      sisteHash: GENESIS_HASH,
    });
  });

  test("an untouched chain is intact, read in small batches", async () => {
    const seqs = await writeRows(handle.db, 11);
    const { count } = await handle.db
      .selectFrom("audit_logg")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    const last = await handle.db
      .selectFrom("audit_logg")
      .select(["seq", "hash"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    const result = await verifyAuditChain(handle.db, { batchSize: 4 });
    expect(result).toEqual({
      ok: true,
      rows: Number(count),
      sisteSeq: Number(last.seq),
      sisteHash: last.hash,
    });
    expect(Number(last.seq)).toBeGreaterThanOrEqual(seqs.at(-1)!);
  });

  test("a changed value is found at that row", async () => {
    const result = await tamper(async (trx) => {
      const seqs = await withOwnRows(trx, 6);
      await sql`update audit_logg set ressurs = 'person:noe-annet' where seq = ${seqs[3]}`.execute(trx);
      const verdict = await verifyAuditChain(trx, { batchSize: 2 });
      expect(verdict).toMatchObject({ ok: false, seq: seqs[3], reason: "endret" });
      return verdict;
    });
    expect(result.ok).toBe(false);
  });

  test("a changed timestamp or category is found too", async () => {
    await tamper(async (trx) => {
      const seqs = await withOwnRows(trx, 4);
      await sql`update audit_logg set kategori = 'personalia' where seq = ${seqs[1]}`.execute(trx);
      await sql`update audit_logg set tidspunkt = tidspunkt - interval '1 day' where seq = ${seqs[0]}`.execute(
        trx,
      );
      const verdict = await verifyAuditChain(trx, { batchSize: 3 });
      expect(verdict).toMatchObject({ ok: false, seq: seqs[0], reason: "endret" });
      return verdict;
    });
  });

  test("a deleted row in the middle is found at the row after it", async () => {
    await tamper(async (trx) => {
      const seqs = await withOwnRows(trx, 5);
      await sql`delete from audit_logg where seq = ${seqs[2]}`.execute(trx);
      const verdict = await verifyAuditChain(trx, { batchSize: 2 });
      expect(verdict).toMatchObject({ ok: false, seq: seqs[3], reason: "mangler_rad" });
      expect(verdict.ok === false && verdict.melding).toContain(`seq ${seqs[3]}`);
      return verdict;
    });
  });

  test("two rows that swap content are found as reordered", async () => {
    await tamper(async (trx) => {
      const seqs = await withOwnRows(trx, 5);
      const [a, b] = [seqs[1]!, seqs[2]!];
      const cols = sql.raw(
        "tidspunkt, aktor_id, aktor_rolle, aktor_enhet, person_id, kategori, handling, ressurs, request_id, forrige_hash, hash",
      );
      await sql`create temp table bytte on commit drop as select * from audit_logg where seq in (${a}, ${b})`.execute(
        trx,
      );
      await sql`update audit_logg set hash = 'midlertidig' where seq = ${a}`.execute(trx);
      await sql`update audit_logg set (${cols}) = (select ${cols} from bytte where seq = ${a}) where seq = ${b}`.execute(
        trx,
      );
      await sql`update audit_logg set (${cols}) = (select ${cols} from bytte where seq = ${b}) where seq = ${a}`.execute(
        trx,
      );
      const verdict = await verifyAuditChain(trx, { batchSize: 2 });
      expect(verdict).toMatchObject({ ok: false, seq: a, reason: "rekkefolge" });
      return verdict;
    });
  });

  test("a changed row whose hash was recomputed breaks the link to the next row", async () => {
    await tamper(async (trx) => {
      const seqs = await withOwnRows(trx, 4);
      const target = await trx
        .selectFrom("audit_logg")
        .selectAll()
        .where("seq", "=", seqs[1]!)
        .executeTakeFirstOrThrow();
      const forged: AuditRow = { ...target, handling: "slett" };
      const hash = auditHash(target.forrige_hash, forged);
      await sql`update audit_logg set handling = 'slett', hash = ${hash} where seq = ${seqs[1]}`.execute(trx);
      const verdict = await verifyAuditChain(trx);
      expect(verdict).toMatchObject({ ok: false, seq: seqs[2], reason: "brutt_lenke" });
      return verdict;
    });
  });

  test("deleting the first row, or a wrong starting value, is found at the start", async () => {
    await tamper(async (trx) => {
      await withOwnRows(trx, 3);
      const first = await trx
        .selectFrom("audit_logg")
        .select("seq")
        .orderBy("seq")
        .limit(1)
        .executeTakeFirstOrThrow();
      const second = await trx
        .selectFrom("audit_logg")
        .select("seq")
        .where("seq", ">", first.seq)
        .orderBy("seq")
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`delete from audit_logg where seq = ${first.seq}`.execute(trx);
      const verdict = await verifyAuditChain(trx);
      expect(verdict).toMatchObject({ ok: false, seq: Number(second.seq), reason: "feil_start" });
      return verdict;
    });
    await tamper(async (trx) => {
      await withOwnRows(trx, 2);
      const first = await trx
        .selectFrom("audit_logg")
        .selectAll()
        .orderBy("seq")
        .limit(1)
        .executeTakeFirstOrThrow();
      const wrongStart = "f".repeat(64);
      const hash = auditHash(wrongStart, first);
      await sql`update audit_logg set forrige_hash = ${wrongStart}, hash = ${hash} where seq = ${first.seq}`.execute(
        trx,
      );
      const verdict = await verifyAuditChain(trx);
      expect(verdict).toMatchObject({ ok: false, seq: Number(first.seq), reason: "feil_start" });
      return verdict;
    });
  });

  test("a gap left by a rolled-back transaction is not a break", async () => {
    const before = await writeRows(handle.db, 1);
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await recordAccess(trx, saksbehandler, "req-rullet", [
          { personId: randomUUID(), kategori: "sak", handling: "opprett", ressurs: "sak:1" },
        ]);
        throw new Error("rull tilbake");
      }),
    ).rejects.toThrow("rull tilbake");
    const after = await writeRows(handle.db, 1);
    expect(after[0]).toBe(before[0]! + 2);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  test("a person id in upper case is stored as the database returns it, so the row verifies", async () => {
    const personId = randomUUID().toUpperCase();
    await recordAccess(handle.db, saksbehandler, null, [
      { personId, kategori: "personalia", handling: "les", ressurs: "person:x" },
    ]);
    const row = await handle.db
      .selectFrom("audit_logg")
      .select("person_id")
      .where("person_id", "=", personId.toLowerCase())
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(personId.toLowerCase());
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});

describe("the append-only triggers", () => {
  test.each([
    ["update", sql`update audit_logg set ressurs = 'x'`],
    ["delete", sql`delete from audit_logg`],
    ["truncate", sql`truncate audit_logg`],
  ])("refuse %s even for the table owner", async (_name, statement) => {
    await writeRows(handle.db, 1);
    await expect(
      owner.db.transaction().execute(async (trx) => {
        await statement.execute(trx);
      }),
    ).rejects.toThrow(/audit_logg kan bare få nye rader/);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});
