import { randomUUID } from "node:crypto";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { addDays, addYears, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { loggHendelse } from "../cases/queries.server";
import { policyFor } from "./config";
import { idag, iTransaksjon, krevBydel, type TildelingContext } from "./queries.server";
import { svarSchema, tilbudSchema, visningSchema } from "./schemas";
import { fraOsloTid } from "./tid";

/** The first day of the month after `d`: when a lease from an accepted offer starts (docs/domain/tildeling.md). */
export function forsteIMnd(d: Dato): Dato {
  const [y, m] = d.split("-").map(Number) as [number, number];
  return (m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`) as Dato;
}

/** Suggested rent for a unit: its latest lease's rent, else the district's rate per m². No personal data leaves. */
export async function unsafeForeslattHusleie(
  db: Db,
  bydelId: string,
  boligId: string,
  arealM2: number,
): Promise<number> {
  const siste = await db
    .selectFrom("leiekontrakt")
    .select("husleie_kr")
    .where("bolig_id", "=", boligId)
    .orderBy("startdato", "desc")
    .limit(1)
    .executeTakeFirst();
  return siste?.husleie_kr ?? Math.round((arealM2 * policyFor(bydelId).husleiePerKvm) / 10) * 10;
}

/**
 * Sends the offer for a decided allocation: rent and the answer deadline (the district's number of days).
 * One offer per allocation: a second (double click) returns the first. Case log and audit.
 */
export async function sendOffer(ctx: TildelingContext & { tildelingId: string; husleieKr: unknown }) {
  const bydelId = krevBydel(ctx.actor, "tildeling.behandle");
  const parsed = tilbudSchema.safeParse({ husleieKr: ctx.husleieKr });
  if (!parsed.success) fail("ugyldig");
  return iTransaksjon(ctx.db, async (trx) => {
    const td = await trx
      .selectFrom("tildeling as td")
      .innerJoin("sak as s", "s.id", "td.sak_id")
      .innerJoin("tildelingsrunde as r", "r.id", "td.runde_id")
      .select(["td.id", "td.sak_id", "td.bolig_id", "s.soker_person_id", "r.status as runde_status"])
      .where("td.id", "=", ctx.tildelingId)
      .where("td.bydel_id", "=", bydelId)
      .forUpdate()
      .executeTakeFirst();
    if (!td || !td.sak_id) fail("ikke_funnet");
    const finnes = await trx
      .selectFrom("tilbud")
      .select("id")
      .where("tildeling_id", "=", td.id)
      .executeTakeFirst();
    if (finnes) return { tilbudId: finnes.id };
    // A cancelled round's allocations are undone: no offer can follow from them.
    if (td.runde_status === "avlyst") fail("konflikt");
    const tilbudId = randomUUID();
    const svarfrist = addDays(idag(ctx.now), policyFor(bydelId).svarfristDager);
    await trx
      .insertInto("tilbud")
      .values({
        id: tilbudId,
        tildeling_id: td.id,
        bydel_id: bydelId,
        sak_id: td.sak_id,
        bolig_id: td.bolig_id,
        status: "sendt",
        husleie_kr: parsed.data.husleieKr,
        svarfrist,
      })
      .execute();
    await loggHendelse(trx, ctx.actor, td.sak_id, "tilbud_sendt", {
      tilbudId,
      boligId: td.bolig_id,
      svarfrist,
    });
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      {
        personId: td.soker_person_id,
        kategori: "leieforhold",
        handling: "opprett",
        ressurs: `tilbud:${tilbudId}`,
      },
    ]);
    return { tilbudId };
  });
}

type TilbudRad = {
  id: string;
  sak_id: string;
  bolig_id: string;
  bydel_id: string;
  status: "sendt" | "akseptert" | "avslatt" | "trukket";
  husleie_kr: number;
  versjon: number;
  soker_person_id: string;
  husstand: unknown;
};

/** An offer in scope, locked: the caseworker's district, or the resident's own case. Else "not found". */
async function hentTilbudForEndring(trx: Db, ctx: TildelingContext, tilbudId: string): Promise<TilbudRad> {
  let q = trx
    .selectFrom("tilbud as t")
    .innerJoin("sak as s", "s.id", "t.sak_id")
    .select(["t.id", "t.sak_id", "t.bolig_id", "t.bydel_id", "t.status", "t.husleie_kr", "t.versjon"])
    .select(["s.soker_person_id", "s.husstand"])
    .where("t.id", "=", tilbudId);
  if (ctx.actor.rolle === "beboer") {
    if (!ctx.actor.personId) fail("ikke_funnet");
    q = q.where("s.soker_person_id", "=", ctx.actor.personId);
  } else {
    q = q.where("t.bydel_id", "=", krevBydel(ctx.actor, "tildeling.behandle"));
  }
  const rad = await q.forUpdate().executeTakeFirst();
  if (!rad) fail("ikke_funnet");
  return rad;
}

/** Books (or moves) the viewing: date and time in Oslo, place, who attends. Refused once the offer is answered. */
export async function bookViewing(
  ctx: TildelingContext & { tilbudId: string; versjon: number; input: unknown },
) {
  krevBydel(ctx.actor, "tildeling.behandle");
  const parsed = visningSchema.safeParse(ctx.input);
  if (!parsed.success) fail("ugyldig");
  const v = parsed.data;
  return iTransaksjon(ctx.db, async (trx) => {
    const t = await hentTilbudForEndring(trx, ctx, ctx.tilbudId);
    if (t.versjon !== ctx.versjon || t.status !== "sendt") fail("konflikt");
    await trx
      .updateTable("tilbud")
      .set({
        visning_tid: fraOsloTid(v.dato, v.klokkeslett),
        visning_sted: v.sted,
        visning_deltakere: v.deltakere,
        versjon: t.versjon + 1,
      })
      .where("id", "=", t.id)
      .execute();
    await loggHendelse(trx, ctx.actor, t.sak_id, "visning_avtalt", {
      tilbudId: t.id,
      dato: v.dato,
      klokkeslett: v.klokkeslett,
    });
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      { personId: t.soker_person_id, kategori: "leieforhold", handling: "endre", ressurs: `tilbud:${t.id}` },
    ]);
    return { versjon: t.versjon + 1 };
  });
}

/**
 * The applicant's answer, online (the resident, own offer) or registered by the caseworker.
 * - Yes: a lease is created — start on the first day of the next month, end after the district's lease length
 *   (families with children / others), the offered rent — for the applicant's household (the one they head in
 *   the district without an active lease, else a new one); the unit becomes `utleid`, the applicant leaves the
 *   waiting list. The stairwell's counts are computed from active leases, so they change with it.
 * - No: the reason is recorded; the unit goes back to `ledig`; the applicant stays on the list and the
 *   district's routine is recorded (`nytt_tilbud`: marked for a new offer in the next round;
 *   `tilbake_til_listen`: back on the list, with a note in the case log).
 * A stale version or an offer already answered is refused as a conflict.
 */
export async function answerOffer(
  ctx: TildelingContext & { tilbudId: string; versjon: number; input: unknown },
) {
  if (ctx.actor.rolle === "beboer") {
    if (!can(ctx.actor, "eget_tilbud.svare")) fail("ikke_tilgang");
  } else {
    krevBydel(ctx.actor, "tildeling.behandle");
  }
  const parsed = svarSchema.safeParse(ctx.input);
  if (!parsed.success) fail("ugyldig");
  const svar = parsed.data;
  const today = idag(ctx.now);
  return iTransaksjon(ctx.db, async (trx) => {
    const t = await hentTilbudForEndring(trx, ctx, ctx.tilbudId);
    if (t.versjon !== ctx.versjon || t.status !== "sendt") fail("konflikt");
    const registrertAv = ctx.actor.rolle === "beboer" ? "soker" : "saksbehandler";
    const policy = policyFor(t.bydel_id);
    if (svar.svar === "ja") {
      const hus = t.husstand as { barn?: { alder: number }[] } | null;
      const barnefamilie = (hus?.barn ?? []).some((b) => b.alder < 18);
      const start = forsteIMnd(today);
      const slutt = addYears(start, barnefamilie ? policy.leietidAar.barnefamilie : policy.leietidAar.andre);
      // An existing tenant (a transfer): the household they are a party of with an active lease moves, and
      // that lease ends the day before the new one starts; the old unit gets the district's status after a move.
      const gammel = await trx
        .selectFrom("leiekontrakt as lk")
        .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
        .innerJoin("husstand as h", "h.id", "lk.husstand_id")
        .select(["lk.id", "lk.bolig_id", "lk.husstand_id", "lk.startdato", "h.bydel_id"])
        .where("m.person_id", "=", t.soker_person_id)
        .where("m.rolle", "in", ["hovedperson", "medsoker"])
        .where("lk.status", "=", "aktiv")
        .orderBy("lk.startdato", "desc")
        .orderBy("lk.id")
        .forUpdate()
        .executeTakeFirst();
      let husstandId: string | undefined;
      if (gammel && gammel.bydel_id === t.bydel_id) husstandId = gammel.husstand_id;
      else if (!gammel) {
        const eksisterende = await trx
          .selectFrom("husstand_medlem as m")
          .innerJoin("husstand as h", "h.id", "m.husstand_id")
          .select("h.id")
          .where("m.person_id", "=", t.soker_person_id)
          .where("m.rolle", "=", "hovedperson")
          .where("h.bydel_id", "=", t.bydel_id)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom("leiekontrakt as lk")
                  .select("lk.id")
                  .whereRef("lk.husstand_id", "=", "h.id")
                  .where("lk.status", "=", "aktiv"),
              ),
            ),
          )
          .orderBy("h.id")
          .executeTakeFirst();
        husstandId = eksisterende?.id;
      }
      if (!husstandId) {
        husstandId = randomUUID();
        await trx.insertInto("husstand").values({ id: husstandId, bydel_id: t.bydel_id }).execute();
        if (gammel) {
          // A transfer across districts: the household's members move with the head into a household of the
          // new district.
          const medlemmer = await trx
            .selectFrom("husstand_medlem")
            .select(["person_id", "rolle"])
            .where("husstand_id", "=", gammel.husstand_id)
            .execute();
          await trx
            .insertInto("husstand_medlem")
            .values(
              medlemmer.map((m) => ({ husstand_id: husstandId!, person_id: m.person_id, rolle: m.rolle })),
            )
            .execute();
        } else {
          await trx
            .insertInto("husstand_medlem")
            .values({ husstand_id: husstandId, person_id: t.soker_person_id, rolle: "hovedperson" })
            .execute();
        }
      }
      let avsluttet: { leiekontraktId: string; sluttdato: Dato; boligStatus: string } | null = null;
      if (gammel) {
        // The day before the new lease starts, but never before the old lease began.
        const dagenFor = addDays(start, -1);
        const sluttdato = (dagenFor < gammel.startdato ? gammel.startdato : dagenFor) as Dato;
        const boligStatus = policy.boligStatusEtterBytte;
        await trx
          .insertInto("leiekontrakt_avslutning")
          .values({
            leiekontrakt_id: gammel.id,
            utflyttet: sluttdato,
            grunn: "flyttet",
            bolig_status_etter: boligStatus,
            merknad: "Flytter til en annen kommunal bolig (takket ja til tilbud).",
            registrert_av_id: ctx.actor.id,
            registrert_av_navn: ctx.actor.navn,
          })
          .execute();
        await trx
          .updateTable("leiekontrakt")
          .set({ status: "avsluttet", avsluttet_dato: sluttdato })
          .where("id", "=", gammel.id)
          .execute();
        await trx
          .updateTable("bolig")
          .set({ status: boligStatus })
          .where("id", "=", gammel.bolig_id)
          .execute();
        avsluttet = { leiekontraktId: gammel.id, sluttdato, boligStatus };
      }
      const leiekontraktId = randomUUID();
      await trx
        .insertInto("leiekontrakt")
        .values({
          id: leiekontraktId,
          bolig_id: t.bolig_id,
          husstand_id: husstandId,
          startdato: start,
          sluttdato: slutt,
          husleie_kr: t.husleie_kr,
          status: "aktiv",
          avsluttet_dato: null,
        })
        .execute();
      await trx.updateTable("bolig").set({ status: "utleid" }).where("id", "=", t.bolig_id).execute();
      await trx
        .updateTable("venteliste")
        .set({ status: "fjernet" })
        .where("sak_id", "=", t.sak_id)
        .where("status", "=", "aktiv")
        .execute();
      await trx
        .updateTable("tilbud")
        .set({
          status: "akseptert",
          svar_dato: today,
          svar_registrert_av: registrertAv,
          leiekontrakt_id: leiekontraktId,
          versjon: t.versjon + 1,
        })
        .where("id", "=", t.id)
        .execute();
      await loggHendelse(trx, ctx.actor, t.sak_id, "tilbud_akseptert", {
        tilbudId: t.id,
        leiekontraktId,
        startdato: start,
        sluttdato: slutt,
        registrertAv,
        ...(avsluttet
          ? { tidligereLeiekontraktId: avsluttet.leiekontraktId, tidligereSluttdato: avsluttet.sluttdato }
          : {}),
      });
      await recordAccess(trx, ctx.actor, ctx.requestId, [
        {
          personId: t.soker_person_id,
          kategori: "leieforhold",
          handling: "opprett",
          ressurs: `leiekontrakt:${leiekontraktId}`,
        },
        { personId: t.soker_person_id, kategori: "sak", handling: "endre", ressurs: `tilbud:${t.id}` },
        ...(avsluttet
          ? [
              {
                personId: t.soker_person_id,
                kategori: "leieforhold" as const,
                handling: "endre" as const,
                ressurs: `leiekontrakt:${avsluttet.leiekontraktId}`,
              },
            ]
          : []),
      ]);
      return {
        status: "akseptert" as const,
        leiekontraktId,
        startdato: start,
        sluttdato: slutt as Dato,
        tidligereLeiekontrakt: avsluttet,
      };
    }
    await trx.updateTable("bolig").set({ status: "ledig" }).where("id", "=", t.bolig_id).execute();
    await trx
      .updateTable("tilbud")
      .set({
        status: "avslatt",
        svar_dato: today,
        svar_registrert_av: registrertAv,
        avslag_grunn: svar.grunn,
        rutine: policy.avslagsrutine,
        versjon: t.versjon + 1,
      })
      .where("id", "=", t.id)
      .execute();
    await loggHendelse(trx, ctx.actor, t.sak_id, "tilbud_avslatt", {
      tilbudId: t.id,
      rutine: policy.avslagsrutine,
      registrertAv,
      merknad:
        policy.avslagsrutine === "nytt_tilbud"
          ? "Søkeren står på ventelisten og skal få et nytt tilbud."
          : "Søkeren står fortsatt på ventelisten etter å ha sagt nei til et tilbud.",
    });
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      { personId: t.soker_person_id, kategori: "sak", handling: "endre", ressurs: `tilbud:${t.id}` },
      {
        personId: t.soker_person_id,
        kategori: "helse",
        handling: "opprett",
        ressurs: `tilbud:${t.id}:avslag_grunn`,
      },
    ]);
    return { status: "avslatt" as const, rutine: policy.avslagsrutine };
  });
}
