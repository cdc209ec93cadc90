import type { Db } from "../../db/connection.server";

/**
 * What the public form offers: the districts, and the addresses of the municipality's own blocks in one
 * district. Scattered units in private housing cooperatives are left out on purpose: listing them publicly
 * would tell anyone where municipal tenants live. Those reporters choose "another address in the district".
 */
export async function listBydeler(db: Db) {
  return db.selectFrom("bydel").select(["id", "navn"]).orderBy("nummer").execute();
}

export async function listAdresser(db: Db, bydelId: string) {
  return db
    .selectFrom("eiendom")
    .select(["id", "gateadresse", "postnummer"])
    .where("bydel_id", "=", bydelId)
    .where("type", "=", "gard")
    .orderBy("gateadresse")
    .execute();
}
