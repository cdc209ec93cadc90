import type { NaboklageKategori, NaboklageStegType, NaboklageUtfall } from "../../db/schema";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { hovedpersoner, naboklageScope, sideFor, type NaboklageContext, type Side } from "./queries.server";

export type Part = { bolignummer: string; oppgang: string; etasje: number; leieforholdAktivt: boolean };

export type StegVisning = {
  lopenummer: number;
  type: NaboklageStegType;
  side: Side;
  dato: string;
  /** Null when the note belongs to the other side (the district's talk notes are not Boligbygg's to read). */
  notat: string | null;
  registrertAv: string;
};

export type NaboklageVisning = {
  id: string;
  side: Side;
  adresse: string;
  bydel: string;
  kategori: NaboklageKategori;
  kilde: "beboer" | "bekymring" | "ansatt";
  /** The social side only (null for Boligbygg). */
  beskrivelse: string | null;
  /** "skjult": the complainant asked to be hidden and the reader is not the handler; "ingen": from a concern. */
  klager: Part | "skjult" | "ingen";
  klagerSkjult: boolean;
  innklaget: Part;
  behandler: string;
  erBehandler: boolean;
  status: "apen" | "avsluttet";
  utfall: NaboklageUtfall | null;
  opprettet: string;
  avsluttet: string | null;
  versjon: number;
  steg: StegVisning[];
};

async function part(ctx: NaboklageContext, boligId: string, husstandId: string | null): Promise<Part> {
  const bolig = await ctx.db
    .selectFrom("bolig")
    .innerJoin("oppgang", "oppgang.id", "bolig.oppgang_id")
    .select(["bolig.bolignummer", "oppgang.gateadresse as oppgang", "bolig.etasje"])
    .where("bolig.id", "=", boligId)
    .executeTakeFirstOrThrow();
  const aktiv = husstandId
    ? await ctx.db
        .selectFrom("leiekontrakt")
        .select("id")
        .where("bolig_id", "=", boligId)
        .where("husstand_id", "=", husstandId)
        .where("status", "=", "aktiv")
        .executeTakeFirst()
    : undefined;
  return { ...bolig, leieforholdAktivt: aktiv !== undefined };
}

/**
 * One complaint, as the reader's side may see it. The district: everything, except the complainant when they
 * asked to be hidden and the reader is not the handler. Boligbygg: the units, the category, the dates and kinds
 * of every step, notes only of its own steps, never the description (social side). Audited per household read.
 */
export async function getComplaint(
  ctx: NaboklageContext & { naboklageId: string },
): Promise<NaboklageVisning> {
  const side = sideFor(ctx.actor);
  const k = await ctx.db
    .selectFrom("naboklage")
    .innerJoin("eiendom", "eiendom.id", "naboklage.eiendom_id")
    .innerJoin("bydel", "bydel.id", "naboklage.bydel_id")
    .selectAll("naboklage")
    .select(["eiendom.gateadresse as adresse", "bydel.navn as bydel"])
    .where("naboklage.id", "=", ctx.naboklageId)
    .where(naboklageScope(ctx.actor))
    .executeTakeFirst();
  if (!k) fail("ikke_funnet");
  const erBehandler = side === "bydel" && k.behandler_id === ctx.actor.id;
  const visKlager = k.klager_bolig_id !== null && (!k.klager_skjult || erBehandler);
  const steg = await ctx.db
    .selectFrom("naboklage_steg")
    .select(["lopenummer", "type", "side", "dato", "notat", "registrert_av_navn"])
    .where("naboklage_id", "=", k.id)
    .orderBy("lopenummer")
    .execute();
  const personer = await hovedpersoner(ctx.db, [
    visKlager ? k.klager_husstand_id : null,
    k.innklaget_husstand_id,
  ]);
  await recordAccess(
    ctx.db,
    ctx.actor,
    ctx.requestId,
    (personer.length ? personer : [null]).map((personId) => ({
      personId,
      kategori: "naboklage" as const,
      handling: "les" as const,
      ressurs: `naboklage:${k.id}`,
    })),
  );
  return {
    id: k.id,
    side,
    adresse: k.adresse,
    bydel: k.bydel,
    kategori: k.kategori,
    kilde: k.kilde,
    beskrivelse: side === "bydel" ? k.beskrivelse : null,
    klager:
      k.klager_bolig_id === null
        ? "ingen"
        : visKlager
          ? await part(ctx, k.klager_bolig_id, k.klager_husstand_id)
          : "skjult",
    klagerSkjult: k.klager_skjult,
    innklaget: await part(ctx, k.innklaget_bolig_id, k.innklaget_husstand_id),
    behandler: k.behandler_navn,
    erBehandler,
    status: k.status,
    utfall: k.utfall,
    opprettet: k.opprettet,
    avsluttet: k.avsluttet,
    versjon: k.versjon,
    steg: steg.map((s) => ({
      lopenummer: s.lopenummer,
      type: s.type,
      side: s.side,
      dato: s.dato,
      notat: s.side === side ? s.notat : null,
      registrertAv: s.registrert_av_navn,
    })),
  };
}
