import { can } from "../../auth/policy.server";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { policyFor } from "./config";
import { krevBydel, type TildelingContext } from "./queries.server";
import { tilOsloTid } from "./tid";

export type TilbudVisning = {
  id: string;
  rundeId: string;
  sakId: string;
  saksnummer: string;
  soker: string;
  status: "sendt" | "akseptert" | "avslatt" | "trukket";
  versjon: number;
  husleieKr: number;
  svarfrist: string;
  bolig: {
    adresse: string;
    postnummer: string;
    poststed: string;
    bolignummer: string;
    rom: number;
    arealM2: number;
    etasje: number;
  };
  visning: { dato: string; tid: string; sted: string; deltakere: string } | null;
  svarDato: string | null;
  svarRegistrertAv: "soker" | "saksbehandler" | null;
  /** Only to the caseworker of the district and the applicant themselves. */
  avslagGrunn: string | null;
  rutine: "nytt_tilbud" | "tilbake_til_listen" | null;
  leiekontrakt: { startdato: string; sluttdato: string | null } | null;
  /** The district's routine after a refusal, so the form can say what will happen. */
  bydelensRutine: "nytt_tilbud" | "tilbake_til_listen";
};

function basis(ctx: TildelingContext) {
  return ctx.db
    .selectFrom("tilbud as t")
    .innerJoin("tildeling as td", "td.id", "t.tildeling_id")
    .innerJoin("sak as s", "s.id", "t.sak_id")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .innerJoin("bolig as b", "b.id", "t.bolig_id")
    .innerJoin("oppgang as o", "o.id", "b.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "b.eiendom_id")
    .leftJoin("leiekontrakt as lk", "lk.id", "t.leiekontrakt_id")
    .select([
      "t.id",
      "td.runde_id",
      "t.sak_id",
      "t.bydel_id",
      "s.saksnummer",
      "s.soker_person_id",
      "p.fornavn",
      "p.etternavn",
      "t.status",
      "t.versjon",
      "t.husleie_kr",
      "t.svarfrist",
      "t.visning_tid",
      "t.visning_sted",
      "t.visning_deltakere",
      "t.svar_dato",
      "t.svar_registrert_av",
      "t.avslag_grunn",
      "t.rutine",
      "o.gateadresse",
      "e.postnummer",
      "e.poststed",
      "b.bolignummer",
      "b.rom",
      "b.areal_m2",
      "b.etasje",
      "lk.startdato",
      "lk.sluttdato",
    ]);
}

type Rad = Awaited<ReturnType<ReturnType<typeof basis>["executeTakeFirstOrThrow"]>>;

function tilVisning(r: Rad): TilbudVisning {
  const v = r.visning_tid ? tilOsloTid(r.visning_tid) : null;
  return {
    id: r.id,
    rundeId: r.runde_id,
    sakId: r.sak_id,
    saksnummer: r.saksnummer,
    soker: `${r.fornavn} ${r.etternavn}`,
    status: r.status,
    versjon: r.versjon,
    husleieKr: r.husleie_kr,
    svarfrist: r.svarfrist,
    bolig: {
      adresse: r.gateadresse,
      postnummer: r.postnummer,
      poststed: r.poststed,
      bolignummer: r.bolignummer,
      rom: r.rom,
      arealM2: Number(r.areal_m2),
      etasje: r.etasje,
    },
    visning: v ? { ...v, sted: r.visning_sted ?? "", deltakere: r.visning_deltakere ?? "" } : null,
    svarDato: r.svar_dato,
    svarRegistrertAv: r.svar_registrert_av,
    avslagGrunn: r.avslag_grunn,
    rutine: r.rutine,
    leiekontrakt: r.startdato ? { startdato: r.startdato, sluttdato: r.sluttdato ?? null } : null,
    bydelensRutine: policyFor(r.bydel_id).avslagsrutine,
  };
}

/** An offer of the caseworker's own district (else "not found"). Audited as a read of the tenancy. */
export async function getOffer(ctx: TildelingContext & { tilbudId: string }): Promise<TilbudVisning> {
  const bydelId = krevBydel(ctx.actor, "tildeling.les");
  const r = await basis(ctx)
    .where("t.id", "=", ctx.tilbudId)
    .where("t.bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!r) fail("ikke_funnet");
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: r.soker_person_id, kategori: "leieforhold", handling: "les", ressurs: `tilbud:${r.id}` },
    ...(r.avslag_grunn
      ? [
          {
            personId: r.soker_person_id,
            kategori: "helse" as const,
            handling: "les" as const,
            ressurs: `tilbud:${r.id}:avslag_grunn`,
          },
        ]
      : []),
  ]);
  return tilVisning(r);
}

/** The resident's own offers, newest first (through their own cases). */
export async function listOwnOffers(ctx: TildelingContext): Promise<TilbudVisning[]> {
  if (!can(ctx.actor, "eget_tilbud.svare")) fail("ikke_tilgang");
  if (!ctx.actor.personId) return [];
  const rader = await basis(ctx)
    .where("s.soker_person_id", "=", ctx.actor.personId)
    .orderBy("t.opprettet", "desc")
    .orderBy("t.id")
    .execute();
  await recordAccess(
    ctx.db,
    ctx.actor,
    ctx.requestId,
    rader.map((r) => ({
      personId: r.soker_person_id,
      kategori: "leieforhold" as const,
      handling: "les" as const,
      ressurs: `tilbud:${r.id}`,
    })),
  );
  return rader.map(tilVisning);
}
