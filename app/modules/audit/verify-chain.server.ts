import type { Db } from "../../db/connection.server";
import { auditHash, GENESIS_HASH, type AuditRow } from "./record-access.server";

/**
 * Why the chain is broken at a row:
 * - `endret`: the row's content no longer matches its own hash (a value was changed);
 * - `mangler_rad`: the row does not point to the row before it, and seq jumps — rows between were deleted;
 * - `rekkefolge`: the row points to another row of the log than the one before it — rows were moved;
 * - `brutt_lenke`: the row does not point to the row before it, and nothing is missing in seq — one of the
 *   two was changed and its hash recomputed, or a row was written outside the chain;
 * - `feil_start`: the first row does not build on the starting value — rows at the start were deleted, or the
 *   log was started with a wrong starting value.
 */
export type ChainBreak = "endret" | "mangler_rad" | "rekkefolge" | "brutt_lenke" | "feil_start";

export type ChainResult =
  | {
      ok: true;
      /** Rows checked. */
      rows: number;
      /** The newest row's seq and hash: write them down to detect later removal of rows at the end. */
      sisteSeq: number | null;
      sisteHash: string;
    }
  | {
      ok: false;
      /** The first row where the chain is broken. */
      seq: number;
      reason: ChainBreak;
      /** A plain Norwegian explanation for the operator. */
      melding: string;
      /** Rows before `seq` that were intact. */
      rows: number;
    };

const BESKRIVELSE: Record<ChainBreak, string> = {
  endret: "innholdet i raden stemmer ikke med hashen – raden er endret",
  mangler_rad: "raden peker ikke på raden før, og det er hull i seq – rader er slettet",
  rekkefolge: "raden peker på en annen rad enn den før – rader er flyttet eller byttet om",
  brutt_lenke:
    "raden peker ikke på raden før, og ingen rad mangler – en av dem er endret og hashen regnet om på nytt",
  feil_start:
    "første rad bygger ikke på startverdien – rader i starten er slettet, eller startverdien er feil",
};

export function describeChainBreak(reason: ChainBreak): string {
  return BESKRIVELSE[reason];
}

/**
 * Recomputes the whole audit chain in seq order, reading `batchSize` rows at a
 * time (keyset on seq), and stops at the first broken row. Rows appended while
 * it runs are left for the next run: the check covers the log up to the newest
 * seq when it started. Gaps in seq alone are not a break: a rolled-back
 * transaction uses up identity values; a deleted row also breaks the hash link.
 * Read-only; writes no audit rows (the check touches no personal data).
 */
export async function verifyAuditChain(db: Db, options: { batchSize?: number } = {}): Promise<ChainResult> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 1000, 50_000));
  const top = await db
    .selectFrom("audit_logg")
    .select((eb) => eb.fn.max("seq").as("max"))
    .executeTakeFirst();
  const maxSeq = top?.max == null ? null : Number(top.max);
  if (maxSeq === null) return { ok: true, rows: 0, sisteSeq: null, sisteHash: GENESIS_HASH };

  let rows = 0;
  let forrigeSeq: number | null = null;
  let forrigeHash = GENESIS_HASH;
  for (;;) {
    const fra: number = forrigeSeq ?? 0;
    const batch = await db
      .selectFrom("audit_logg")
      .selectAll()
      .where("seq", ">", fra)
      .where("seq", "<=", maxSeq)
      .orderBy("seq", "asc")
      .limit(batchSize)
      .execute();
    if (batch.length === 0) break;
    for (const stored of batch) {
      const seq: number = Number(stored.seq);
      const row: AuditRow = {
        tidspunkt: stored.tidspunkt,
        aktor_id: stored.aktor_id,
        aktor_rolle: stored.aktor_rolle,
        aktor_enhet: stored.aktor_enhet,
        person_id: stored.person_id,
        kategori: stored.kategori,
        handling: stored.handling,
        ressurs: stored.ressurs,
        request_id: stored.request_id,
      };
      if (auditHash(stored.forrige_hash, row) !== stored.hash) return broken(seq, "endret", rows);
      if (stored.forrige_hash !== forrigeHash) {
        const reason = await classifyBrokenLink(db, stored.forrige_hash, seq, forrigeSeq);
        return broken(seq, reason, rows);
      }
      forrigeHash = stored.hash;
      forrigeSeq = seq;
      rows++;
    }
  }
  return { ok: true, rows, sisteSeq: forrigeSeq, sisteHash: forrigeHash };
}

async function classifyBrokenLink(
  db: Db,
  pekerPa: string,
  seq: number,
  forrigeSeq: number | null,
): Promise<ChainBreak> {
  const target = await db
    .selectFrom("audit_logg")
    .select("seq")
    .where("hash", "=", pekerPa)
    .executeTakeFirst();
  if (target && Number(target.seq) !== forrigeSeq) return "rekkefolge";
  if (forrigeSeq === null) return "feil_start";
  return seq > forrigeSeq + 1 ? "mangler_rad" : "brutt_lenke";
}

function broken(seq: number, reason: ChainBreak, rows: number): ChainResult {
  return { ok: false, seq, reason, melding: `seq ${seq}: ${BESKRIVELSE[reason]}`, rows };
}
