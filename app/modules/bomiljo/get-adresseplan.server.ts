import { requirePermission } from "../../auth/policy.server";
import type { AdresseTiltakAnsvarlig, AdresseTiltakStatus } from "../../db/schema";
import { notFound } from "../../lib/errors";
import type { BomiljoContext } from "./context";
import { planBydel } from "./scope.server";
import { erForsinket } from "./status";

export type AdresseTiltak = {
  id: string;
  tiltakNummer: number;
  tittel: string;
  beskrivelse: string;
  ansvarlig: AdresseTiltakAnsvarlig;
  ansvarligPerson: string | null;
  frist: string | null;
  pagaende: boolean;
  status: AdresseTiltakStatus;
  forsinket: boolean;
  forventetEndring: string;
  indikator: string;
  versjon: number;
  endret: string;
  endretAvNavn: string;
};

export type Adresse = {
  id: string;
  navn: string;
  gateadresse: string;
  postnummer: string;
  poststed: string;
  type: "gard" | "spredt";
  bydel: { id: string; navn: string };
  oppganger: { id: string; gateadresse: string }[];
};

/** Loads an address (eiendom) in the actor's district; another district's or an unknown id is "not found". */
export async function getAdresse(ctx: BomiljoContext & { eiendomId: string }): Promise<Adresse> {
  const bydelId = planBydel(ctx.actor);
  const e = await ctx.db
    .selectFrom("eiendom as e")
    .innerJoin("bydel as b", "b.id", "e.bydel_id")
    .select([
      "e.id",
      "e.navn",
      "e.gateadresse",
      "e.postnummer",
      "e.poststed",
      "e.type",
      "b.id as bydelId",
      "b.navn as bydelNavn",
    ])
    .where("e.id", "=", ctx.eiendomId)
    .where("e.bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!e) notFound();
  const oppganger = await ctx.db
    .selectFrom("oppgang")
    .select(["id", "gateadresse"])
    .where("eiendom_id", "=", e.id)
    .orderBy("gateadresse")
    .execute();
  return {
    id: e.id,
    navn: e.navn,
    gateadresse: e.gateadresse,
    postnummer: e.postnummer,
    poststed: e.poststed,
    type: e.type,
    bydel: { id: e.bydelId, navn: e.bydelNavn },
    oppganger,
  };
}

/** An address's bomiljøplan: its concrete measures under the 15 headings (own district only). */
export async function getAdresseplan(
  ctx: BomiljoContext & { eiendomId: string; today: string },
): Promise<{ adresse: Adresse; tiltak: AdresseTiltak[] }> {
  requirePermission(ctx.actor, "bomiljoplan.les");
  const adresse = await getAdresse(ctx);
  const rader = await ctx.db
    .selectFrom("adresse_tiltak")
    .selectAll()
    .where("eiendom_id", "=", adresse.id)
    .where("bydel_id", "=", adresse.bydel.id)
    .orderBy("tiltak_nummer")
    .orderBy("opprettet")
    .execute();
  return { adresse, tiltak: rader.map((r) => tilAdresseTiltak(r, ctx.today)) };
}

export function tilAdresseTiltak(
  r: {
    id: string;
    tiltak_nummer: number;
    tittel: string;
    beskrivelse: string;
    ansvarlig: AdresseTiltakAnsvarlig;
    ansvarlig_person: string | null;
    frist: string | null;
    pagaende: boolean;
    status: AdresseTiltakStatus;
    forventet_endring: string;
    indikator: string;
    versjon: number;
    endret: Date;
    endret_av_navn: string;
  },
  today: string,
): AdresseTiltak {
  return {
    id: r.id,
    tiltakNummer: r.tiltak_nummer,
    tittel: r.tittel,
    beskrivelse: r.beskrivelse,
    ansvarlig: r.ansvarlig,
    ansvarligPerson: r.ansvarlig_person,
    frist: r.frist,
    pagaende: r.pagaende,
    status: r.status,
    forsinket: erForsinket({ status: r.status, tidsfrist: r.frist, pagaende: r.pagaende }, today),
    forventetEndring: r.forventet_endring,
    indikator: r.indikator,
    versjon: r.versjon,
    endret: r.endret.toISOString(),
    endretAvNavn: r.endret_av_navn,
  };
}
