import type { Actor } from "../../app/auth/actor";
import { residentActorId } from "../../app/auth/claims.server";
import { PERSONAS } from "../../app/auth/test-idp/personas";

export { ansattActor } from "../../app/auth/test-idp/personas";
import type { Db } from "../../app/db/connection.server";

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
