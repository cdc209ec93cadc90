import { randomUUID } from "node:crypto";
import type { Beboerorganstatus, Beboerorgantype, Verv } from "../../db/schema";
import { fail } from "../../lib/errors";
import { addMonths, todayInOslo, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { synligeBydeler, type SamarbeidContext } from "./scope.server";

/**
 * A resident body's establishment as declared states (DOMAIN.md §5, measure 1): invitation → information
 * meeting → election among volunteers → monthly meetings (aktiv). Any state may end in `nedlagt`; a body that
 * was laid down can be invited again. The server refuses every other move.
 */
export const OVERGANGER: Record<Beboerorganstatus, readonly Beboerorganstatus[]> = {
  invitasjon: ["informasjonsmote", "nedlagt"],
  informasjonsmote: ["valg", "nedlagt"],
  valg: ["aktiv", "nedlagt"],
  aktiv: ["nedlagt"],
  nedlagt: ["invitasjon"],
};

/** Resident bodies meet monthly: a body whose last meeting is older than this is flagged. */
export const MANEDLIG_DAGER = 31;

/** The resident bodies of the actor's districts, with their address, state, member count and meetings. */
export async function listBeboerorganer(ctx: SamarbeidContext) {
  const bydeler = synligeBydeler(ctx.actor);
  return ctx.db
    .selectFrom("beboerorgan as o")
    .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
    .innerJoin("bydel as d", "d.id", "o.bydel_id")
    .select((eb) => [
      "o.id",
      "o.navn",
      "o.type",
      "o.status",
      "e.gateadresse",
      "d.navn as bydel_navn",
      eb
        .selectFrom("beboerorgan_medlem as m")
        .whereRef("m.beboerorgan_id", "=", "o.id")
        .where("m.til", "is", null)
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("medlemmer"),
      eb
        .selectFrom("mote as m")
        .whereRef("m.beboerorgan_id", "=", "o.id")
        .where("m.status", "=", "holdt")
        .select((e) => e.fn.max("m.dato").as("d"))
        .as("siste_mote"),
    ])
    .$if(bydeler !== null, (qb) => qb.where("o.bydel_id", "in", bydeler!))
    .orderBy("d.nummer")
    .orderBy("e.gateadresse")
    .orderBy("o.navn")
    .execute();
}

/** The addresses (eiendommer) of the actor's districts, for the forms' address choice. */
export async function listEiendommer(ctx: Pick<SamarbeidContext, "db" | "actor">) {
  const bydeler = synligeBydeler(ctx.actor);
  return ctx.db
    .selectFrom("eiendom as e")
    .innerJoin("bydel as d", "d.id", "e.bydel_id")
    .select(["e.id", "e.gateadresse", "e.navn", "e.bydel_id", "d.navn as bydel_navn"])
    .where("e.type", "=", "gard")
    .$if(bydeler !== null, (qb) => qb.where("e.bydel_id", "in", bydeler!))
    .orderBy("d.nummer")
    .orderBy("e.gateadresse")
    .execute();
}

/** Registers a new resident body at an address of the actor's district, in state `invitasjon`. Idempotent. */
export async function createBeboerorgan(
  ctx: SamarbeidContext & {
    eiendomId: string;
    type: Beboerorgantype;
    navn: string;
    nokkel?: string | undefined;
  },
): Promise<{ ok: true; id: string } | { ok: false; felt: "eiendomId" }> {
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.nokkel) {
      const finnes = await trx
        .selectFrom("beboerorgan")
        .select("id")
        .where("opprettet_av_id", "=", ctx.actor.id)
        .where("nokkel", "=", ctx.nokkel)
        .executeTakeFirst();
      if (finnes) return { ok: true as const, id: finnes.id };
    }
    const bydeler = synligeBydeler(ctx.actor);
    const eiendom = await trx
      .selectFrom("eiendom")
      .select(["id", "bydel_id"])
      .where("id", "=", ctx.eiendomId)
      .$if(bydeler !== null, (qb) => qb.where("bydel_id", "in", bydeler!))
      .executeTakeFirst();
    if (!eiendom) return { ok: false as const, felt: "eiendomId" as const };
    const id = randomUUID();
    await trx
      .insertInto("beboerorgan")
      .values({
        id,
        bydel_id: eiendom.bydel_id,
        eiendom_id: eiendom.id,
        type: ctx.type,
        navn: ctx.navn,
        status: "invitasjon",
        opprettet_av_id: ctx.actor.id,
        nokkel: ctx.nokkel ?? null,
      })
      .execute();
    await trx
      .insertInto("beboerorgan_logg")
      .values({
        beboerorgan_id: id,
        status: "invitasjon",
        dato: todayInOslo(),
        merknad: null,
        aktor_navn: ctx.actor.navn,
      })
      .execute();
    return { ok: true as const, id };
  });
}

async function finnOrgan(ctx: SamarbeidContext, id: string) {
  const bydeler = synligeBydeler(ctx.actor);
  const organ = await ctx.db
    .selectFrom("beboerorgan as o")
    .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
    .innerJoin("bydel as d", "d.id", "o.bydel_id")
    .select([
      "o.id",
      "o.navn",
      "o.type",
      "o.status",
      "o.versjon",
      "o.bydel_id",
      "o.eiendom_id",
      "e.gateadresse",
      "d.navn as bydel_navn",
    ])
    .where("o.id", "=", id)
    .$if(bydeler !== null, (qb) => qb.where("o.bydel_id", "in", bydeler!))
    .executeTakeFirst();
  if (!organ) fail("ikke_funnet");
  return organ;
}

/** A resident body with its history, members (audited: residents' names) and meetings. */
export async function getBeboerorgan(ctx: SamarbeidContext & { beboerorganId: string; idag?: Dato }) {
  const organ = await finnOrgan(ctx, ctx.beboerorganId);
  const [logg, medlemmer, moter] = await Promise.all([
    ctx.db
      .selectFrom("beboerorgan_logg")
      .select(["seq", "status", "dato", "merknad", "aktor_navn"])
      .where("beboerorgan_id", "=", organ.id)
      .orderBy("seq")
      .execute(),
    ctx.db
      .selectFrom("beboerorgan_medlem")
      .select(["id", "navn", "verv", "fra", "til"])
      .where("beboerorgan_id", "=", organ.id)
      .orderBy("til", (ob) => ob.desc().nullsFirst())
      .orderBy("verv")
      .orderBy("navn")
      .execute(),
    ctx.db
      .selectFrom("mote")
      .select(["id", "dato", "status"])
      .where("beboerorgan_id", "=", organ.id)
      .orderBy("dato", "desc")
      .limit(36)
      .execute(),
  ]);
  await recordAccess(
    ctx.db,
    ctx.actor,
    ctx.requestId,
    medlemmer.map((m) => ({
      personId: null,
      kategori: "personalia" as const,
      handling: "les" as const,
      ressurs: `beboerorgan_medlem:${m.id}`,
    })),
  );
  const idag = ctx.idag ?? todayInOslo();
  const sisteHoldt = moter.find((m) => m.status === "holdt")?.dato ?? null;
  const nesteMoteSenest = organ.status === "aktiv" ? addMonths((sisteHoldt ?? idag) as Dato, 1) : null;
  return {
    organ,
    logg,
    medlemmer,
    moter,
    overganger: OVERGANGER[organ.status],
    nesteMoteSenest,
    moteForfalt: nesteMoteSenest !== null && nesteMoteSenest < idag,
  };
}

export type Overgangsresultat =
  | { ok: true }
  | { ok: false; konflikt: true }
  | { ok: false; konflikt: false; grunn: "ugyldig_overgang" | "mangler_leder" | "mangler_frivillige" };

/**
 * Moves a resident body to its next state. Electing needs volunteers (at least one registered member); going
 * active needs an elected leader. A stale version is refused.
 */
export async function advanceBeboerorgan(
  ctx: SamarbeidContext & {
    beboerorganId: string;
    versjon: number;
    til: Beboerorganstatus;
    dato: Dato;
    merknad: string | null;
  },
): Promise<Overgangsresultat> {
  const organ = await finnOrgan(ctx, ctx.beboerorganId);
  if (organ.versjon !== ctx.versjon) return { ok: false, konflikt: true };
  if (!OVERGANGER[organ.status].includes(ctx.til))
    return { ok: false, konflikt: false, grunn: "ugyldig_overgang" };
  const aktive = await ctx.db
    .selectFrom("beboerorgan_medlem")
    .select(["verv"])
    .where("beboerorgan_id", "=", organ.id)
    .where("til", "is", null)
    .execute();
  if (ctx.til === "valg" && aktive.length === 0)
    return { ok: false, konflikt: false, grunn: "mangler_frivillige" };
  if (ctx.til === "aktiv" && !aktive.some((m) => m.verv === "leder")) {
    return { ok: false, konflikt: false, grunn: "mangler_leder" };
  }
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("beboerorgan")
      .set((eb) => ({ status: ctx.til, versjon: eb("versjon", "+", 1), endret: new Date() }))
      .where("id", "=", organ.id)
      .where("versjon", "=", ctx.versjon)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return { ok: false as const, konflikt: true as const };
    await trx
      .insertInto("beboerorgan_logg")
      .values({
        beboerorgan_id: organ.id,
        status: ctx.til,
        dato: ctx.dato,
        merknad: ctx.merknad,
        aktor_navn: ctx.actor.navn,
      })
      .execute();
    return { ok: true as const };
  });
}

/** Registers a volunteer or an elected member (audited: a resident's name). */
export async function addMedlem(
  ctx: SamarbeidContext & { beboerorganId: string; navn: string; verv: Verv; fra: Dato },
): Promise<{ id: string }> {
  const organ = await finnOrgan(ctx, ctx.beboerorganId);
  const id = randomUUID();
  await ctx.db
    .insertInto("beboerorgan_medlem")
    .values({
      id,
      bydel_id: organ.bydel_id,
      beboerorgan_id: organ.id,
      navn: ctx.navn,
      verv: ctx.verv,
      fra: ctx.fra,
    })
    .execute();
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "personalia", handling: "opprett", ressurs: `beboerorgan_medlem:${id}` },
  ]);
  return { id };
}

/** Sets a member's role after the election (e.g. volunteer → leder), or ends the membership. */
export async function updateMedlem(
  ctx: SamarbeidContext & { beboerorganId: string; medlemId: string; verv: Verv | null; avslutt: boolean },
): Promise<void> {
  const organ = await finnOrgan(ctx, ctx.beboerorganId);
  const r = await ctx.db
    .updateTable("beboerorgan_medlem")
    .set({
      ...(ctx.verv ? { verv: ctx.verv } : {}),
      ...(ctx.avslutt ? { til: todayInOslo() } : {}),
    })
    .where("id", "=", ctx.medlemId)
    .where("beboerorgan_id", "=", organ.id)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) fail("ikke_funnet");
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    {
      personId: null,
      kategori: "personalia",
      handling: "endre",
      ressurs: `beboerorgan_medlem:${ctx.medlemId}`,
    },
  ]);
}
