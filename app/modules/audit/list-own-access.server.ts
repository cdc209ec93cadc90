import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import type { AuditHandling } from "./categories";

export const SIDESTORRELSE = 50;

/** One access as the resident sees it: never the colleague's name or id. */
export type OwnAccessRow = {
  seq: number;
  tidspunkt: Date;
  /** The resident's own access ("Du selv"): role and unit are then left out. */
  duSelv: boolean;
  /** The role key of whoever did it (null when it was the resident). */
  rolle: string | null;
  /** Their unit, e.g. "Bydel Sagene, boligkontoret" (null when it was the resident). */
  enhet: string | null;
  kategori: string;
  handling: AuditHandling;
  /** Whose data: the resident or one of their children (first name only). */
  gjelder: { type: "deg" } | { type: "barn"; fornavn: string };
};

export type OwnAccessPage =
  | { registrert: false }
  | {
      registrert: true;
      rader: OwnAccessRow[];
      side: number;
      antallSider: number;
      totalt: number;
      /** How many children's logs are included. */
      antallBarn: number;
    };

/**
 * The resident's access log ("Hvem har sett opplysningene mine"): every audit
 * row about the resident, and about the children under 18 in a household where
 * the resident is hovedperson, newest first, `SIDESTORRELSE` rows a page.
 * Other adults in the household see their own log themselves.
 *
 * Writes no audit rows: the page shows the log's own metadata and the first
 * names of the resident's own children, and viewing it must not add rows to
 * anyone's log (it would otherwise grow every time it is read).
 */
export async function listOwnAccess(options: {
  db: Db;
  actor: Pick<Actor, "id" | "rolle" | "personId">;
  side: number;
}): Promise<OwnAccessPage> {
  const { db, actor } = options;
  if (actor.rolle !== "beboer" || !actor.personId) return { registrert: false };
  const personId = actor.personId;

  const barn = await db
    .selectFrom("husstand_medlem as hovedperson")
    .innerJoin("husstand_medlem as medlem", "medlem.husstand_id", "hovedperson.husstand_id")
    .innerJoin("person", "person.id", "medlem.person_id")
    .select(["person.id", "person.fornavn"])
    .where("hovedperson.person_id", "=", personId)
    .where("hovedperson.rolle", "=", "hovedperson")
    .where("medlem.rolle", "=", "barn")
    .where("medlem.person_id", "<>", personId)
    .where(sql<boolean>`person.fodselsdato > (now() at time zone 'Europe/Oslo')::date - interval '18 years'`)
    .execute();
  const barnNavn = new Map(barn.map((b) => [b.id, b.fornavn]));
  const personer = [personId, ...barnNavn.keys()];

  const { totalt } = await db
    .selectFrom("audit_logg")
    .select((eb) => eb.fn.countAll<number>().as("totalt"))
    .where("person_id", "in", personer)
    .executeTakeFirstOrThrow();
  const antall = Number(totalt);
  const antallSider = Math.max(1, Math.ceil(antall / SIDESTORRELSE));
  const side = Math.min(Math.max(1, Math.trunc(options.side) || 1), antallSider);

  const rows = await db
    .selectFrom("audit_logg")
    .select([
      "seq",
      "tidspunkt",
      "aktor_id",
      "aktor_rolle",
      "aktor_enhet",
      "person_id",
      "kategori",
      "handling",
    ])
    .where("person_id", "in", personer)
    .orderBy("seq", "desc")
    .limit(SIDESTORRELSE)
    .offset((side - 1) * SIDESTORRELSE)
    .execute();

  return {
    registrert: true,
    side,
    antallSider,
    totalt: antall,
    antallBarn: barnNavn.size,
    rader: rows.map((row) => {
      const duSelv = row.aktor_id === actor.id;
      const fornavn = row.person_id ? barnNavn.get(row.person_id) : undefined;
      return {
        seq: Number(row.seq),
        tidspunkt: row.tidspunkt,
        duSelv,
        rolle: duSelv ? null : row.aktor_rolle,
        enhet: duSelv ? null : row.aktor_enhet,
        kategori: row.kategori,
        handling: row.handling,
        gjelder: fornavn === undefined ? { type: "deg" } : { type: "barn", fornavn },
      };
    }),
  };
}
