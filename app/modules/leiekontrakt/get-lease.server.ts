import { can } from "../../auth/policy.server";
import type { Avslutningsgrunn } from "../../db/schema";
import { fail } from "../../lib/errors";
import type { Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { fornyelsesstatus, type Fornyelsesstatus, type RenewalSak } from "./fornyelsesstatus";
import { boligScope, fornyelsessaker, idag, krev, policyFra, type LeaseContext } from "./queries.server";

export type Leiekontraktside = {
  id: string;
  startdato: string;
  sluttdato: string | null;
  husleieKr: number;
  status: "aktiv" | "avsluttet";
  avsluttetDato: string | null;
  bolig: { id: string; bolignummer: string; adresse: string; postnummer: string; poststed: string };
  bydel: { id: string; navn: string };
  husstandId: string;
  parter: { navn: string; rolle: "hovedperson" | "medsoker" }[];
  /** The lease this one renewed, and the lease that renewed this one (lease data: the property manager too). */
  fornyetFra: string | null;
  fornyetTil: string | null;
  /** The recorded move-out, when the lease has ended that way. */
  avslutning: {
    utflyttet: string;
    grunn: Avslutningsgrunn;
    boligStatusEtter: "ledig" | "under_oppussing";
    merknad: string;
    registrertAv: string;
  } | null;
  /** Only for `fornyelse.behandle` (the caseworker; never the property manager): the renewal case and state. */
  fornyelse: {
    sak: RenewalSak | null;
    status: Fornyelsesstatus;
    /** A granted decision the caseworker can make the new lease from. */
    innvilget: { vedtakId: string; leietidAar: number | null; vedtaksdato: string } | null;
  } | null;
};

/**
 * One lease with its parties (names: audited per person), rent and renewal links; for the caseworker also where
 * it stands in the renewal monitor. Outside the actor's scope: "not found".
 */
export async function getLease(ctx: LeaseContext & { leiekontraktId: string }): Promise<Leiekontraktside> {
  const { db, actor } = ctx;
  krev(actor, "leiekontrakt.les");
  const lk = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "bo.eiendom_id")
    .innerJoin("bydel as b", "b.id", "bo.bydel_id")
    .select([
      "lk.id",
      "lk.startdato",
      "lk.sluttdato",
      "lk.husleie_kr",
      "lk.status",
      "lk.avsluttet_dato",
      "lk.husstand_id",
      "bo.id as bolig_id",
      "bo.bolignummer",
      "o.gateadresse",
      "e.postnummer",
      "e.poststed",
      "b.id as bydel_id",
      "b.navn as bydel_navn",
    ])
    .where("lk.id", "=", ctx.leiekontraktId)
    .where(boligScope(actor))
    .executeTakeFirst();
  if (!lk) fail("ikke_funnet");

  const parter = await db
    .selectFrom("husstand_medlem as m")
    .innerJoin("person as p", "p.id", "m.person_id")
    .select(["p.id", "p.fornavn", "p.etternavn", "m.rolle"])
    .where("m.husstand_id", "=", lk.husstand_id)
    .where("m.rolle", "in", ["hovedperson", "medsoker"])
    .orderBy("m.rolle")
    .orderBy("p.etternavn")
    .execute();
  const fra = await db
    .selectFrom("leiekontrakt_fornyelse")
    .select("forrige_leiekontrakt_id")
    .where("ny_leiekontrakt_id", "=", lk.id)
    .executeTakeFirst();
  const til = await db
    .selectFrom("leiekontrakt_fornyelse")
    .select("ny_leiekontrakt_id")
    .where("forrige_leiekontrakt_id", "=", lk.id)
    .executeTakeFirst();

  const avslutning = await db
    .selectFrom("leiekontrakt_avslutning")
    .select(["utflyttet", "grunn", "bolig_status_etter", "merknad", "registrert_av_navn"])
    .where("leiekontrakt_id", "=", lk.id)
    .executeTakeFirst();
  let fornyelse: Leiekontraktside["fornyelse"] = null;
  if (lk.sluttdato && can(actor, "fornyelse.behandle")) {
    const policy = policyFra(ctx);
    const sak = (await fornyelsessaker(db, [lk.id], policy)).get(lk.id) ?? null;
    let innvilget: NonNullable<Leiekontraktside["fornyelse"]>["innvilget"] = null;
    if (sak?.utfall === "innvilget" && !til) {
      const v = await db
        .selectFrom("vedtak")
        .select(["id", "leietid_aar", "vedtaksdato"])
        .where("sak_id", "=", sak.sakId)
        .orderBy("opprettet", "desc")
        .orderBy("id")
        .executeTakeFirst();
      if (v) innvilget = { vedtakId: v.id, leietidAar: v.leietid_aar, vedtaksdato: v.vedtaksdato };
    }
    fornyelse = {
      sak,
      innvilget,
      status: fornyelsesstatus({
        sluttdato: lk.sluttdato as Dato,
        idag: idag(ctx.now),
        sak,
        fornyet: !!til,
        policy,
      }),
    };
  }

  const ressurs = `leiekontrakt:${lk.id}`;
  await recordAccess(db, actor, ctx.requestId, [
    ...parter.flatMap((p) => [
      { personId: p.id, kategori: "personalia" as const, handling: "les" as const, ressurs },
      { personId: p.id, kategori: "leieforhold" as const, handling: "les" as const, ressurs },
    ]),
    ...(fornyelse?.sak
      ? [
          {
            personId: fornyelse.sak.sokerPersonId,
            kategori: "sak" as const,
            handling: "les" as const,
            ressurs,
          },
        ]
      : []),
  ]);

  return {
    id: lk.id,
    startdato: lk.startdato,
    sluttdato: lk.sluttdato,
    husleieKr: lk.husleie_kr,
    status: lk.status,
    avsluttetDato: lk.avsluttet_dato,
    bolig: {
      id: lk.bolig_id,
      bolignummer: lk.bolignummer,
      adresse: lk.gateadresse,
      postnummer: lk.postnummer,
      poststed: lk.poststed,
    },
    bydel: { id: lk.bydel_id, navn: lk.bydel_navn },
    husstandId: lk.husstand_id,
    parter: parter.map((p) => ({
      navn: `${p.fornavn} ${p.etternavn}`,
      rolle: p.rolle as "hovedperson" | "medsoker",
    })),
    fornyetFra: fra?.forrige_leiekontrakt_id ?? null,
    fornyetTil: til?.ny_leiekontrakt_id ?? null,
    avslutning: avslutning
      ? {
          utflyttet: avslutning.utflyttet,
          grunn: avslutning.grunn,
          boligStatusEtter: avslutning.bolig_status_etter,
          merknad: avslutning.merknad,
          registrertAv: avslutning.registrert_av_navn,
        }
      : null,
    fornyelse,
  };
}
