import type { Actor } from "../../app/auth/actor";
import { residentActorId } from "../../app/auth/claims.server";
import { PERSONAS } from "../../app/auth/test-idp/personas";
import type { Db } from "../../app/db/connection.server";

/**
 * The `Actor` a staff persona of the test identity provider becomes after signing in, without the sign-in
 * (for integration tests that call use cases directly).
 */
export function ansattActor(personaId: string): Actor {
  const p = PERSONAS.find((x) => x.id === personaId);
  if (!p || p.kind !== "ansatt") throw new Error(`Ingen ansatt-persona ${personaId}`);
  return {
    id: `oid:${p.oid}`,
    navn: p.navn,
    rolle: p.rolle,
    enhet: p.enhet,
    bydelId: p.bydelId,
    personId: null,
    acr: null,
  };
}

/** The `Actor` a resident persona becomes after ID-porten; their person row must exist in `db` (demo data). */
export async function beboerActor(db: Db, personaId: string): Promise<Actor> {
  const p = PERSONAS.find((x) => x.id === personaId);
  if (!p || p.kind !== "beboer") throw new Error(`Ingen beboer-persona ${personaId}`);
  const person = await db
    .selectFrom("person")
    .select("id")
    .where("fodselsnummer", "=", p.pid)
    .executeTakeFirstOrThrow();
  return {
    id: residentActorId(p.pid),
    navn: p.navn,
    rolle: "beboer",
    enhet: "Privatperson",
    bydelId: null,
    personId: person.id,
    acr: null,
  };
}
