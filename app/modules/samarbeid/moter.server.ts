import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Motserietype } from "../../db/schema";
import { fail } from "../../lib/errors";
import type { Dato } from "../../lib/frister";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { serSosialt, synligeBydeler, synligeSerietyper, type SamarbeidContext } from "./scope.server";

/** The standing points of a resident body's meeting (a template like a series' agenda). */
export const BEBOERMOTE_DAGSORDEN = [
  "Saker fra beboerne",
  "Aktiviteter og dugnader",
  "Orientering fra bydelen og Boligbygg",
  "Eventuelt",
];

export type MoteKilde =
  | { type: "serie"; id: string; navn: string; serietype: Motserietype }
  | { type: "beboerorgan"; id: string; navn: string };

/**
 * A meeting the actor may see, or 404: in the actor's districts; a series meeting only of a series type the
 * actor may see (the property manager: district–Boligbygg only); a resident body's meeting for everyone who
 * may read resident bodies.
 */
export async function finnMote(db: Kysely<Database>, ctx: Pick<SamarbeidContext, "actor">, moteId: string) {
  const bydeler = synligeBydeler(ctx.actor);
  const mote = await db
    .selectFrom("mote as m")
    .leftJoin("motserie as s", "s.id", "m.motserie_id")
    .leftJoin("beboerorgan as b", "b.id", "m.beboerorgan_id")
    .innerJoin("bydel as d", "d.id", "m.bydel_id")
    .select([
      "m.id",
      "m.bydel_id",
      "d.navn as bydel_navn",
      "m.dato",
      "m.status",
      "m.versjon",
      "m.motserie_id",
      "m.beboerorgan_id",
      "s.navn as serie_navn",
      "s.type as serie_type",
      "b.navn as organ_navn",
      "b.eiendom_id as organ_eiendom_id",
    ])
    .where("m.id", "=", moteId)
    .$if(bydeler !== null, (qb) => qb.where("m.bydel_id", "in", bydeler!))
    .executeTakeFirst();
  if (!mote) fail("ikke_funnet");
  if (mote.motserie_id && !synligeSerietyper(ctx.actor).includes(mote.serie_type!)) fail("ikke_funnet");
  const kilde: MoteKilde = mote.motserie_id
    ? { type: "serie", id: mote.motserie_id, navn: mote.serie_navn!, serietype: mote.serie_type! }
    : { type: "beboerorgan", id: mote.beboerorgan_id!, navn: mote.organ_navn! };
  return { ...mote, kilde };
}

/** The series list: the actor's districts, the types the actor may see, with the next and last meeting. */
export async function listMotserier(ctx: SamarbeidContext) {
  const bydeler = synligeBydeler(ctx.actor);
  return ctx.db
    .selectFrom("motserie as s")
    .innerJoin("bydel as d", "d.id", "s.bydel_id")
    .select((eb) => [
      "s.id",
      "s.navn",
      "s.type",
      "s.hyppighet",
      "d.navn as bydel_navn",
      eb
        .selectFrom("mote as m")
        .whereRef("m.motserie_id", "=", "s.id")
        .where("m.status", "=", "planlagt")
        .select((e) => e.fn.min("m.dato").as("d"))
        .as("neste_mote"),
      eb
        .selectFrom("mote as m")
        .whereRef("m.motserie_id", "=", "s.id")
        .where("m.status", "=", "holdt")
        .select((e) => e.fn.max("m.dato").as("d"))
        .as("siste_mote"),
    ])
    .where("s.type", "in", synligeSerietyper(ctx.actor))
    .$if(bydeler !== null, (qb) => qb.where("s.bydel_id", "in", bydeler!))
    .orderBy("d.nummer")
    .orderBy("s.navn")
    .execute();
}

/** One series with its participants and meetings (404 outside the actor's scope). */
export async function getMotserie(ctx: SamarbeidContext & { motserieId: string }) {
  const bydeler = synligeBydeler(ctx.actor);
  const serie = await ctx.db
    .selectFrom("motserie as s")
    .innerJoin("bydel as d", "d.id", "s.bydel_id")
    .select([
      "s.id",
      "s.navn",
      "s.type",
      "s.hyppighet",
      "s.dagsorden",
      "s.bydel_id",
      "s.versjon",
      "d.navn as bydel_navn",
    ])
    .where("s.id", "=", ctx.motserieId)
    .where("s.type", "in", synligeSerietyper(ctx.actor))
    .$if(bydeler !== null, (qb) => qb.where("s.bydel_id", "in", bydeler!))
    .executeTakeFirst();
  if (!serie) fail("ikke_funnet");
  const [deltakere, moter] = await Promise.all([
    ctx.db
      .selectFrom("motedeltaker")
      .select(["id", "aktor_id", "navn", "organisasjon"])
      .where("motserie_id", "=", serie.id)
      .orderBy("organisasjon")
      .orderBy("navn")
      .execute(),
    ctx.db
      .selectFrom("mote")
      .select(["id", "dato", "status"])
      .where("motserie_id", "=", serie.id)
      .orderBy("dato", "desc")
      .limit(60)
      .execute(),
  ]);
  return { serie, deltakere, moter };
}

/**
 * Plans a meeting of a series or of a resident body, with the agenda template as its first points. Idempotent:
 * the same key from the same actor gives the same meeting (a double click makes one).
 */
export async function planMote(
  ctx: SamarbeidContext & {
    kilde: { motserieId: string } | { beboerorganId: string };
    dato: Dato;
    nokkel?: string | undefined;
  },
): Promise<{ moteId: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.nokkel) {
      const finnes = await trx
        .selectFrom("mote")
        .select("id")
        .where("opprettet_av_id", "=", ctx.actor.id)
        .where("nokkel", "=", ctx.nokkel)
        .executeTakeFirst();
      if (finnes) return { moteId: finnes.id };
    }
    const bydeler = synligeBydeler(ctx.actor);
    let bydelId: string;
    let dagsorden: string[];
    if ("motserieId" in ctx.kilde) {
      const serie = await trx
        .selectFrom("motserie")
        .select(["id", "bydel_id", "dagsorden"])
        .where("id", "=", ctx.kilde.motserieId)
        .where("type", "in", synligeSerietyper(ctx.actor))
        .$if(bydeler !== null, (qb) => qb.where("bydel_id", "in", bydeler!))
        .executeTakeFirst();
      if (!serie) fail("ikke_funnet");
      bydelId = serie.bydel_id;
      dagsorden = serie.dagsorden;
    } else {
      const organ = await trx
        .selectFrom("beboerorgan")
        .select(["id", "bydel_id"])
        .where("id", "=", ctx.kilde.beboerorganId)
        .$if(bydeler !== null, (qb) => qb.where("bydel_id", "in", bydeler!))
        .executeTakeFirst();
      if (!organ) fail("ikke_funnet");
      bydelId = organ.bydel_id;
      dagsorden = BEBOERMOTE_DAGSORDEN;
    }
    const moteId = randomUUID();
    await trx
      .insertInto("mote")
      .values({
        id: moteId,
        bydel_id: bydelId,
        motserie_id: "motserieId" in ctx.kilde ? ctx.kilde.motserieId : null,
        beboerorgan_id: "beboerorganId" in ctx.kilde ? ctx.kilde.beboerorganId : null,
        dato: ctx.dato,
        status: "planlagt",
        opprettet_av_id: ctx.actor.id,
        nokkel: ctx.nokkel ?? null,
      })
      .execute();
    if (dagsorden.length > 0) {
      await trx
        .insertInto("dagsordenpunkt")
        .values(
          dagsorden.map((tittel, i) => ({
            id: randomUUID(),
            bydel_id: bydelId,
            mote_id: moteId,
            nr: i + 1,
            tittel,
            sosialt: false,
          })),
        )
        .execute();
    }
    return { moteId };
  });
}

/**
 * A meeting with its agenda, minutes, decisions and action items — without anything marked social when the
 * actor may not see social content (the filter is in the query, not in the page). Reading social minutes and
 * items about a case is audited.
 */
export async function getMote(ctx: SamarbeidContext & { moteId: string }) {
  const mote = await finnMote(ctx.db, ctx, ctx.moteId);
  const sosialt = serSosialt(ctx.actor);
  const [punkter, tiltak, deltakere] = await Promise.all([
    ctx.db
      .selectFrom("dagsordenpunkt")
      .select(["id", "nr", "tittel", "referat", "vedtak", "sosialt", "versjon"])
      .where("mote_id", "=", mote.id)
      .$if(!sosialt, (qb) => qb.where("sosialt", "=", false))
      .orderBy("nr")
      .execute(),
    tiltakspunktSporring(ctx)
      .where("t.mote_id", "=", mote.id)
      .orderBy("t.frist")
      .orderBy("t.opprettet")
      .execute(),
    mote.motserie_id
      ? ctx.db
          .selectFrom("motedeltaker")
          .select(["aktor_id", "navn", "organisasjon"])
          .where("motserie_id", "=", mote.motserie_id)
          .orderBy("organisasjon")
          .orderBy("navn")
          .execute()
      : Promise.resolve([]),
  ]);
  const audit: AuditEntry[] = [
    ...punkter
      .filter((p) => p.sosialt && p.referat)
      .map((p) => ({
        personId: null,
        kategori: "oppfolgingsbehov" as const,
        handling: "les" as const,
        ressurs: `dagsordenpunkt:${p.id}`,
      })),
    ...tiltakAudit(tiltak, "les"),
  ];
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, audit);
  return { mote, punkter, tiltak, deltakere };
}

/** The action-item query every list and page uses: scoped by district, social items hidden when they must be. */
export function tiltakspunktSporring(ctx: Pick<SamarbeidContext, "db" | "actor">) {
  const bydeler = synligeBydeler(ctx.actor);
  const sosialt = serSosialt(ctx.actor);
  return (
    ctx.db
      .selectFrom("tiltakspunkt as t")
      .leftJoin("eiendom as e", "e.id", "t.eiendom_id")
      .leftJoin("bolig as b", "b.id", "t.bolig_id")
      .leftJoin("sak as s", "s.id", "t.sak_id")
      .leftJoin("mote as m", "m.id", "t.mote_id")
      .leftJoin("motserie as ms", "ms.id", "m.motserie_id")
      // The defect report the item is: its live status (no description, no reporter — nothing personal).
      .leftJoin("mangelmelding as mm", "mm.id", "t.mangelmelding_id")
      .select([
        "t.id",
        "t.bydel_id",
        "t.mote_id",
        "t.beskrivelse",
        "t.eier_aktor_id",
        "t.eier_navn",
        "t.eier_organisasjon",
        "t.frist",
        "t.status",
        "t.utfort",
        "t.sosialt",
        "t.versjon",
        "t.eiendom_id",
        "e.gateadresse as eiendom_adresse",
        "t.bolig_id",
        "b.bolignummer",
        "t.sak_id",
        "s.saksnummer",
        "s.soker_person_id",
        "m.dato as mote_dato",
        "ms.navn as serie_navn",
        "t.mangelmelding_id",
        "mm.status as mangel_status",
        "mm.kategori as mangel_kategori",
        "mm.sted as mangel_sted",
        "mm.frist_dato as mangel_frist",
        "mm.planlagt_dato as mangel_planlagt",
      ])
      .$if(bydeler !== null, (qb) => qb.where("t.bydel_id", "in", bydeler!))
      .$if(!sosialt, (qb) =>
        qb
          .where("t.sosialt", "=", false)
          .where("t.sak_id", "is", null)
          // Nor an item from a meeting of a series the actor may not see.
          .where((eb) =>
            eb.or([eb("ms.type", "is", null), eb("ms.type", "in", synligeSerietyper(ctx.actor))]),
          ),
      )
  );
}

type TiltakForAudit = {
  id: string;
  sak_id: string | null;
  soker_person_id: string | null;
  bolig_id: string | null;
};

/** Audit rows for action items that touch a person: a case (the applicant) or a unit. */
export function tiltakAudit(
  tiltak: readonly TiltakForAudit[],
  handling: "les" | "opprett" | "endre",
): AuditEntry[] {
  return tiltak
    .filter((t) => t.sak_id || t.bolig_id)
    .map((t) => ({
      personId: t.soker_person_id,
      kategori: t.sak_id ? ("sak" as const) : ("leieforhold" as const),
      handling,
      ressurs: `tiltakspunkt:${t.id}`,
    }));
}

/** The addresses (blocks) of one district, for linking an action item; the caller has already scoped the district. */
export async function eiendommerIBydel(db: Kysely<Database>, bydelId: string) {
  return db
    .selectFrom("eiendom")
    .select(["id", "gateadresse"])
    .where("bydel_id", "=", bydelId)
    .where("type", "=", "gard")
    .orderBy("gateadresse")
    .execute();
}
