import { createHash } from "node:crypto";
import type { Actor, Rolle } from "./actor";
import { BYDELSROLLER, isRolle } from "./actor";
import type { Db } from "../db/connection.server";

/**
 * Why a login is refused. The page says why in plain language: the message
 * catalogue has "innlogging.avvist.<grunn>" and "innlogging.avvist.<grunn>.tittel".
 */
export const AVVISNINGER = [
  "ukjent_rolle",
  "flere_roller",
  "mangler_bydel",
  "mangler_identitet",
  "for_lavt_sikkerhetsniva",
  "testidentitet",
] as const;

export type Avvisning = (typeof AVVISNINGER)[number];

export type ClaimsResult = { ok: true; actor: Actor } | { ok: false; grunn: Avvisning };

/** ID-porten security levels Bomiljø accepts. */
export const GODTATTE_ACR: readonly string[] = ["idporten-loa-substantial", "idporten-loa-high"];

/**
 * A resident's actor id: "pid:" + SHA-256 of the national identity number, so
 * neither the session row nor the audit log ever holds the number itself.
 */
export function residentActorId(pid: string): string {
  return `pid:${createHash("sha256").update(pid).digest("hex")}`;
}

/** Synthetic test numbers (Tenor) add 80 to the month: the third digit is 8 or 9. */
export function isSyntheticIdentityNumber(pid: string): boolean {
  return pid[2] === "8" || pid[2] === "9";
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim().length > 0 ? value.trim() : null;
}

/**
 * ID-porten claims → a resident actor. `pid` must be an 11-digit number and
 * `acr` an accepted security level. The person row is looked up by the number
 * (personId null when the resident is not registered yet).
 */
export async function residentActorFromClaims(
  db: Db,
  claims: Record<string, unknown>,
  options: { allowTestIdentities: boolean },
): Promise<ClaimsResult> {
  const pid = text(claims.pid);
  if (!pid || !/^[0-9]{11}$/.test(pid)) return { ok: false, grunn: "mangler_identitet" };
  const acr = text(claims.acr);
  if (!acr || !GODTATTE_ACR.includes(acr)) return { ok: false, grunn: "for_lavt_sikkerhetsniva" };
  if (!options.allowTestIdentities && isSyntheticIdentityNumber(pid))
    return { ok: false, grunn: "testidentitet" };

  const person = await db
    .selectFrom("person")
    .select(["id", "fornavn", "etternavn"])
    .where("fodselsnummer", "=", pid)
    .executeTakeFirst();
  return {
    ok: true,
    actor: {
      id: residentActorId(pid),
      navn: person ? `${person.fornavn} ${person.etternavn}` : "Innbygger",
      rolle: "beboer",
      enhet: "Privatperson",
      bydelId: null,
      personId: person?.id ?? null,
      acr,
    },
  };
}

/**
 * Entra ID claims → a staff actor. `roles` must hold exactly one known staff
 * role; district roles also need `bydel` naming a district in the database.
 * Deny on any doubt.
 */
export async function staffActorFromClaims(db: Db, claims: Record<string, unknown>): Promise<ClaimsResult> {
  const oid = text(claims.oid);
  if (!oid) return { ok: false, grunn: "mangler_identitet" };
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  if (roles.length === 0) return { ok: false, grunn: "ukjent_rolle" };
  if (roles.length > 1) return { ok: false, grunn: "flere_roller" };
  const rolle: unknown = roles[0];
  if (!isRolle(rolle) || rolle === "beboer") return { ok: false, grunn: "ukjent_rolle" };

  let bydelId: string | null = null;
  if (BYDELSROLLER.includes(rolle as Rolle)) {
    const bydel = text(claims.bydel);
    if (!bydel) return { ok: false, grunn: "mangler_bydel" };
    const row = await db.selectFrom("bydel").select("id").where("id", "=", bydel).executeTakeFirst();
    if (!row) return { ok: false, grunn: "mangler_bydel" };
    bydelId = row.id;
  }
  return {
    ok: true,
    actor: {
      id: `oid:${oid}`,
      navn: text(claims.name) ?? "Ukjent navn",
      rolle,
      enhet: text(claims.enhet) ?? "Oslo kommune",
      bydelId,
      personId: null,
      acr: null,
    },
  };
}
