import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { bydelListe, likeInneholder, likeStarterMed, normaliserSok, synligeBydeler } from "./scope.server";
import { MAKS_TREFF, MINSTE_SOKELENGDE } from "./sok";

export type AdresseTreff = {
  type: "eiendom" | "oppgang";
  id: string;
  /** The matched text: the property's name or the stairwell's street address. */
  tekst: string;
  /** The property the hit belongs to (the hit itself for a property). */
  eiendom: { id: string; navn: string };
  bydel: { id: string; navn: string };
};

export type AdresseSok =
  | { status: "tomt" }
  | { status: "for_kort"; sok: string }
  | { status: "ok"; sok: string; treff: AdresseTreff[]; flere: boolean };

/**
 * Finds properties by name and stairwells by street address, case-insensitive,
 * matches at the start first, across the districts the actor may see. At most
 * 50 hits; `flere` says there were more.
 */
export async function searchAdresser({
  db,
  actor,
  sok,
}: {
  db: Db;
  actor: Actor;
  sok: string | null | undefined;
}): Promise<AdresseSok> {
  const tekst = normaliserSok(sok);
  if (tekst.length === 0) return { status: "tomt" };
  if (tekst.length < MINSTE_SOKELENGDE) return { status: "for_kort", sok: tekst };
  const synlighet = synligeBydeler(actor);
  if (synlighet === null) return { status: "ok", sok: tekst, treff: [], flere: false };

  const inneholder = likeInneholder(tekst);
  const starter = likeStarterMed(tekst);
  const grense = MAKS_TREFF + 1;

  const [eiendommer, oppganger] = await Promise.all([
    db
      .selectFrom("eiendom as e")
      .innerJoin("bydel as b", "b.id", "e.bydel_id")
      .select(["e.id", "e.navn", "b.id as bydel_id", "b.navn as bydel_navn"])
      .select(sql<boolean>`e.navn ilike ${starter}`.as("prefiks"))
      .where("e.navn", "ilike", inneholder)
      .$if(synlighet !== "alle", (qb) => qb.where("e.bydel_id", "in", bydelListe(synlighet)))
      .orderBy(sql`e.navn ilike ${starter}`, "desc")
      .orderBy("e.navn")
      .orderBy("e.id")
      .limit(grense)
      .execute(),
    db
      .selectFrom("oppgang as o")
      .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
      .innerJoin("bydel as b", "b.id", "o.bydel_id")
      .select(["o.id", "o.gateadresse", "e.id as eiendom_id", "e.navn as eiendom_navn"])
      .select(["b.id as bydel_id", "b.navn as bydel_navn"])
      .select(sql<boolean>`o.gateadresse ilike ${starter}`.as("prefiks"))
      .where("o.gateadresse", "ilike", inneholder)
      .$if(synlighet !== "alle", (qb) => qb.where("o.bydel_id", "in", bydelListe(synlighet)))
      .orderBy(sql`o.gateadresse ilike ${starter}`, "desc")
      .orderBy("o.gateadresse")
      .orderBy("o.id")
      .limit(grense)
      .execute(),
  ]);

  const alle = [
    ...eiendommer.map((row) => ({
      prefiks: row.prefiks,
      treff: {
        type: "eiendom" as const,
        id: row.id,
        tekst: row.navn,
        eiendom: { id: row.id, navn: row.navn },
        bydel: { id: row.bydel_id, navn: row.bydel_navn },
      },
    })),
    ...oppganger.map((row) => ({
      prefiks: row.prefiks,
      treff: {
        type: "oppgang" as const,
        id: row.id,
        tekst: row.gateadresse,
        eiendom: { id: row.eiendom_id, navn: row.eiendom_navn },
        bydel: { id: row.bydel_id, navn: row.bydel_navn },
      },
    })),
  ].sort(
    (a, b) =>
      Number(b.prefiks) - Number(a.prefiks) ||
      a.treff.tekst.localeCompare(b.treff.tekst, "nb") ||
      a.treff.type.localeCompare(b.treff.type),
  );

  return {
    status: "ok",
    sok: tekst,
    treff: alle.slice(0, MAKS_TREFF).map((entry) => entry.treff),
    flere: alle.length > MAKS_TREFF,
  };
}
