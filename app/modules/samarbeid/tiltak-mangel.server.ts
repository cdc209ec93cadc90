import { can } from "../../auth/policy.server";
import type { Hastegrad, Mangelkategori, Mangelsted } from "../../db/schema";
import { fail } from "../../lib/errors";
import { datoInOslo } from "../../lib/frister";
import { registerDefectAsStaff } from "../mangelmelding/register-defect-as-staff.server";
import { tiltakspunktSporring } from "./moter.server";
import type { SamarbeidContext } from "./scope.server";

/**
 * An action item that is a defect report (docs/domain/samarbeid.md, issue #7): the item stores the defect's id,
 * so the item and the report are the same object and the item page shows the report's live status. Either an
 * open report at the item's address is chosen, or a new one is registered from the item in one transaction with
 * `registerDefectAsStaff` (kilde `ansatt`). Requires `samarbeid.skriv` (the route) and
 * `mangelmelding.registrere` (checked here and by the defect module).
 */

const APNE = ["mottatt", "vurdert", "planlagt"] as const;

export type Mangelkobling = { ok: true; mangelmeldingId: string } | { ok: false; konflikt: true };

/** The item, in the actor's scope and ready to be linked: it has an address and no report yet. */
async function tiltakForKobling(ctx: SamarbeidContext, tiltakspunktId: string) {
  if (!can(ctx.actor, "mangelmelding.registrere")) fail("ikke_tilgang");
  const t = await tiltakspunktSporring(ctx).where("t.id", "=", tiltakspunktId).executeTakeFirst();
  if (!t) fail("ikke_funnet");
  return t;
}

/** The open defect reports at an address, to choose from (category, place, stairwell and date — no free text). */
export async function apneMangler(ctx: Pick<SamarbeidContext, "db">, eiendomId: string) {
  const rader = await ctx.db
    .selectFrom("mangelmelding as m")
    .innerJoin("oppgang as o", "o.id", "m.oppgang_id")
    .select(["m.id", "m.kategori", "m.sted", "m.status", "m.mottatt", "o.navn as oppgang_navn"])
    .where("m.eiendom_id", "=", eiendomId)
    .where("m.status", "in", APNE)
    .orderBy("m.mottatt", "desc")
    .limit(100)
    .execute();
  return rader.map(({ mottatt, ...m }) => ({ ...m, mottatt: datoInOslo(mottatt) }));
}

/** The stairwells of an address, for registering a new report. */
export async function oppgangerPaAdresse(ctx: Pick<SamarbeidContext, "db">, eiendomId: string) {
  return ctx.db
    .selectFrom("oppgang")
    .select(["id", "navn", "gateadresse"])
    .where("eiendom_id", "=", eiendomId)
    .orderBy("navn")
    .execute();
}

/** Links the item to an open report at its address. A stale item version is refused. */
export async function knyttMangelmelding(
  ctx: SamarbeidContext & { tiltakspunktId: string; versjon: number; mangelmeldingId: string },
): Promise<Mangelkobling | { ok: false; felt: "mangelmeldingId" }> {
  const t = await tiltakForKobling(ctx, ctx.tiltakspunktId);
  if (!t.eiendom_id) return { ok: false, felt: "mangelmeldingId" };
  if (t.mangelmelding_id === ctx.mangelmeldingId) return { ok: true, mangelmeldingId: ctx.mangelmeldingId };
  const mangel = await ctx.db
    .selectFrom("mangelmelding")
    .select("id")
    .where("id", "=", ctx.mangelmeldingId)
    .where("eiendom_id", "=", t.eiendom_id)
    .where("status", "in", APNE)
    .executeTakeFirst();
  if (!mangel) return { ok: false, felt: "mangelmeldingId" };
  const r = await ctx.db
    .updateTable("tiltakspunkt")
    .set((eb) => ({ mangelmelding_id: mangel.id, versjon: eb("versjon", "+", 1), endret: new Date() }))
    .where("id", "=", t.id)
    .where("versjon", "=", ctx.versjon)
    .where("mangelmelding_id", "is", null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return { ok: false, konflikt: true };
  return { ok: true, mangelmeldingId: mangel.id };
}

export type NyMangelFraTiltak = {
  oppgangId: string;
  bolignummer: string | null;
  kategori: Mangelkategori;
  sted: Mangelsted;
  stedDetalj: string;
  beskrivelse: string;
  hastegrad: Hastegrad;
  nokkel: string;
};

class Konflikt extends Error {}

/**
 * Registers a new defect report from the item and stores its id on the item, in one transaction: either both
 * happen or neither. The stairwell must be at the item's address, the unit (by number) in that stairwell. The
 * same key from the same person is one report (a double click links the same report once).
 */
export async function opprettMangelmeldingFraTiltak(
  ctx: SamarbeidContext & { tiltakspunktId: string; versjon: number; mangel: NyMangelFraTiltak },
): Promise<Mangelkobling | { ok: false; felt: "oppgangId" | "bolignummer" }> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const t = await tiltakForKobling(tctx, ctx.tiltakspunktId);
      if (!t.eiendom_id) return { ok: false as const, felt: "oppgangId" as const };
      const oppgang = await trx
        .selectFrom("oppgang")
        .select("id")
        .where("id", "=", ctx.mangel.oppgangId)
        .where("eiendom_id", "=", t.eiendom_id)
        .executeTakeFirst();
      if (!oppgang) return { ok: false as const, felt: "oppgangId" as const };
      let boligId: string | undefined;
      if (ctx.mangel.bolignummer) {
        const bolig = await trx
          .selectFrom("bolig")
          .select("id")
          .where("oppgang_id", "=", oppgang.id)
          .where("bolignummer", "=", ctx.mangel.bolignummer)
          .executeTakeFirst();
        if (!bolig) return { ok: false as const, felt: "bolignummer" as const };
        boligId = bolig.id;
      }
      const { id } = await registerDefectAsStaff({
        db: trx,
        actor: ctx.actor,
        requestId: ctx.requestId,
        input: {
          oppgangId: oppgang.id,
          ...(boligId ? { boligId } : {}),
          kategori: ctx.mangel.kategori,
          sted: ctx.mangel.sted,
          stedDetalj: ctx.mangel.stedDetalj,
          beskrivelse: ctx.mangel.beskrivelse,
          hastegrad: ctx.mangel.hastegrad,
          idempotensnokkel: ctx.mangel.nokkel,
        },
      });
      // A double click: the first click already linked this very report.
      if (t.mangelmelding_id === id) return { ok: true as const, mangelmeldingId: id };
      const r = await trx
        .updateTable("tiltakspunkt")
        .set((eb) => ({ mangelmelding_id: id, versjon: eb("versjon", "+", 1), endret: new Date() }))
        .where("id", "=", t.id)
        .where("versjon", "=", ctx.versjon)
        .where("mangelmelding_id", "is", null)
        .executeTakeFirst();
      // Stale: roll the new report back with the transaction rather than leave it unlinked.
      if (Number(r.numUpdatedRows) === 0) throw new Konflikt();
      return { ok: true as const, mangelmeldingId: id };
    });
  } catch (e) {
    if (e instanceof Konflikt) return { ok: false, konflikt: true };
    throw e;
  }
}
