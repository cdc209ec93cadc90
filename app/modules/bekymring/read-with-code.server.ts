import type { Db } from "../../db/connection.server";
import type { BekymringKategori, BekymringStatus, BekymringUtfall } from "../../db/schema";
import { hashKode, normaliserKode } from "./kvittering.server";
import type { AnonymContext } from "./queries.server";

export type MeldingVisning = { lopenummer: number; fra: "melder" | "bydel"; tekst: string; dato: string };

export type BekymringForMelder = {
  id: string;
  bydel: string;
  adresse: string | null;
  kategori: BekymringKategori;
  beskrivelse: string;
  mottatt: string;
  kvitteringsfrist: string;
  kvittert: string | null;
  status: BekymringStatus;
  /** Only the kind of outcome; the district's own summary stays with the district. */
  utfall: BekymringUtfall | null;
  avsluttet: string | null;
  meldinger: MeldingVisning[];
};

/** The concern whose receipt code hashes to `hash`, or null. */
export async function hentMedHash(db: Db, hash: string): Promise<BekymringForMelder | null> {
  const rad = await db
    .selectFrom("bekymring as b")
    .innerJoin("bydel as by", "by.id", "b.bydel_id")
    .leftJoin("eiendom as e", "e.id", "b.eiendom_id")
    .select([
      "b.id",
      "by.navn as bydel",
      "e.gateadresse as adresse",
      "b.kategori",
      "b.beskrivelse",
      "b.mottatt",
      "b.kvitteringsfrist",
      "b.kvittert",
      "b.status",
      "b.utfall",
      "b.avsluttet",
    ])
    .where("b.kvittering_hash", "=", hash)
    .executeTakeFirst();
  if (!rad) return null;
  const meldinger = await db
    .selectFrom("bekymring_melding")
    .select(["lopenummer", "fra", "tekst", "dato"])
    .where("bekymring_id", "=", rad.id)
    .orderBy("lopenummer")
    .execute();
  return { ...rad, meldinger };
}

/**
 * The reporter reads their concern with the receipt code. No actor and no audit row: the reporter is
 * anonymous, and an audit row would carry the instant. A code that matches nothing is null — the same
 * answer as a malformed one, after the same slow hash, so timing says nothing either.
 */
export async function readWithCode(
  ctx: AnonymContext & { kode: string },
): Promise<BekymringForMelder | null> {
  const kode = normaliserKode(ctx.kode);
  const hash = await hashKode(kode ?? "0".repeat(20) + "x");
  if (!kode) return null;
  return hentMedHash(ctx.db, hash);
}
