import { randomUUID } from "node:crypto";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { unsafeSammensetning, type Sammensetning } from "./build-problem.server";
import { idag, iTransaksjon, krevBydel, type TildelingContext } from "./queries.server";
import {
  INGEN_OPPGANGSREGLER,
  STANDARD_BYDELSREGLER,
  VEKTNAVN,
  type Bydelsregler,
  type Oppgangsregler,
} from "./regler";
import type { BydelsregelInput, OppgangRegelInput } from "./schemas";

/**
 * The composition rules per stairwell and the district's defaults and weights (docs/domain/tildeling.md,
 * «Regler for sammensetning»). Read by the caseworker of the district (`tildeling.les` + `sammensetning.les`),
 * changed with `tildeling.regler`; every change is kept in `tildeling_regelendring` (before, after, reason,
 * who, when) and audited. The counts are counts, never names or diagnoses.
 */

const tall = (v: string | number | null) => (v === null ? null : Number(v));

/** The district's saved rules, else the engine's defaults. No personal data. */
export async function unsafeBydelsregler(db: Db, bydelId: string): Promise<Bydelsregler> {
  const r = await db
    .selectFrom("tildeling_bydelsregel")
    .selectAll()
    .where("bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!r) return STANDARD_BYDELSREGLER;
  return {
    maksPerRunde: r.maks_hoy_oppfolging_per_runde,
    maksAndel: tall(r.maks_andel_hoy_oppfolging),
    malAndel: Number(r.mal_andel_hoy_oppfolging),
    vekter: { ...STANDARD_BYDELSREGLER.vekter, ...r.vekter },
    versjon: r.versjon,
  };
}

export type Regelendring = {
  id: string;
  endret: Date;
  endretAv: string;
  begrunnelse: string;
  fra: Record<string, unknown> | null;
  til: Record<string, unknown>;
};

async function historikk(db: Db, bydelId: string, oppgangId: string | null): Promise<Regelendring[]> {
  let q = db
    .selectFrom("tildeling_regelendring")
    .select(["id", "endret", "endret_av_navn", "begrunnelse", "fra", "til"])
    .where("bydel_id", "=", bydelId);
  q = oppgangId === null ? q.where("oppgang_id", "is", null) : q.where("oppgang_id", "=", oppgangId);
  const rows = await q.orderBy("endret", "desc").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    endret: r.endret,
    endretAv: r.endret_av_navn,
    begrunnelse: r.begrunnelse,
    fra: r.fra,
    til: r.til,
  }));
}

function krevSammensetning(ctx: TildelingContext): string {
  const bydelId = krevBydel(ctx.actor, "tildeling.les");
  if (!can(ctx.actor, "sammensetning.les")) fail("ikke_tilgang");
  return bydelId;
}

export type OppgangOversikt = {
  id: string;
  adresse: string;
  eiendom: string;
  heis: boolean;
  boliger: number;
  ledige: number;
  eksisterende: Sammensetning;
  regler: Oppgangsregler;
};

/** Every stairwell of the district with its counts, flag and limits, and the district's defaults. */
export async function listStairwellRules(ctx: TildelingContext) {
  const bydelId = krevSammensetning(ctx);
  const rows = await ctx.db
    .selectFrom("oppgang as o")
    .innerJoin("bygning as g", "g.id", "o.bygning_id")
    .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
    .leftJoin("oppgang_regel as r", "r.oppgang_id", "o.id")
    .select([
      "o.id",
      "o.gateadresse",
      "e.navn as eiendom",
      "g.heis",
      "r.utrygg",
      "r.maks_hoy_oppfolging_per_runde",
      "r.maks_andel_hoy_oppfolging",
      "r.versjon",
    ])
    .select((eb) => [
      eb
        .selectFrom("bolig as b")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("b.oppgang_id", "=", "o.id")
        .as("boliger"),
      eb
        .selectFrom("bolig as b")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("b.oppgang_id", "=", "o.id")
        .where("b.status", "=", "ledig")
        .as("ledige"),
    ])
    .where("o.bydel_id", "=", bydelId)
    .orderBy("o.gateadresse")
    .orderBy("o.id")
    .execute();
  const sammensetning = await unsafeSammensetning(
    ctx.db,
    rows.map((r) => r.id),
    idag(ctx.now),
  );
  // The counts of households with high follow-up need come from special-category data: one row per page view.
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: null, kategori: "oppfolgingsbehov", handling: "les", ressurs: `sammensetning:${bydelId}` },
  ]);
  const oppganger: OppgangOversikt[] = rows.map((r) => ({
    id: r.id,
    adresse: r.gateadresse,
    eiendom: r.eiendom,
    heis: r.heis,
    boliger: Number(r.boliger ?? 0),
    ledige: Number(r.ledige ?? 0),
    eksisterende: sammensetning.get(r.id) ?? { husstander: 0, hoyOppfolging: 0, barnefamilier: 0 },
    regler:
      r.versjon === null
        ? INGEN_OPPGANGSREGLER
        : {
            utrygg: r.utrygg ?? false,
            maksPerRunde: r.maks_hoy_oppfolging_per_runde ?? null,
            maksAndel: tall(r.maks_andel_hoy_oppfolging ?? null),
            versjon: r.versjon,
          },
  }));
  return { bydelId, bydelsregler: await unsafeBydelsregler(ctx.db, bydelId), oppganger };
}

/** Stops with "not found" unless the stairwell belongs to the actor's district. Reads no personal data. */
export async function requireStairwellInScope(ctx: TildelingContext & { oppgangId: string }): Promise<void> {
  const bydelId = krevBydel(ctx.actor, "tildeling.regler");
  const o = await ctx.db
    .selectFrom("oppgang")
    .select("id")
    .where("id", "=", ctx.oppgangId)
    .where("bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!o) fail("ikke_funnet");
}

/** One stairwell of the district (else 404): counts, rules, the district's defaults, the history of changes. */
export async function getStairwellRules(ctx: TildelingContext & { oppgangId: string }) {
  const bydelId = krevSammensetning(ctx);
  const o = await ctx.db
    .selectFrom("oppgang as o")
    .innerJoin("bygning as g", "g.id", "o.bygning_id")
    .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
    .leftJoin("oppgang_regel as r", "r.oppgang_id", "o.id")
    .select([
      "o.id",
      "o.gateadresse",
      "e.navn as eiendom",
      "g.heis",
      "r.utrygg",
      "r.maks_hoy_oppfolging_per_runde",
      "r.maks_andel_hoy_oppfolging",
      "r.versjon",
    ])
    .where("o.id", "=", ctx.oppgangId)
    .where("o.bydel_id", "=", bydelId)
    .executeTakeFirst();
  if (!o) fail("ikke_funnet");
  const boliger = await ctx.db
    .selectFrom("bolig")
    .select(["status"])
    .where("oppgang_id", "=", o.id)
    .execute();
  const sammensetning = await unsafeSammensetning(ctx.db, [o.id], idag(ctx.now));
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    {
      personId: null,
      kategori: "oppfolgingsbehov",
      handling: "les",
      ressurs: `oppgang:${o.id}:sammensetning`,
    },
  ]);
  return {
    oppgang: {
      id: o.id,
      adresse: o.gateadresse,
      eiendom: o.eiendom,
      heis: o.heis,
      boliger: boliger.length,
      ledige: boliger.filter((b) => b.status === "ledig").length,
    },
    eksisterende: sammensetning.get(o.id) ?? { husstander: 0, hoyOppfolging: 0, barnefamilier: 0 },
    regler:
      o.versjon === null
        ? INGEN_OPPGANGSREGLER
        : ({
            utrygg: o.utrygg ?? false,
            maksPerRunde: o.maks_hoy_oppfolging_per_runde ?? null,
            maksAndel: tall(o.maks_andel_hoy_oppfolging ?? null),
            versjon: o.versjon,
          } satisfies Oppgangsregler),
    bydelsregler: await unsafeBydelsregler(ctx.db, bydelId),
    historikk: await historikk(ctx.db, bydelId, o.id),
  };
}

const somJson = (r: { utrygg: boolean; maksPerRunde: number | null; maksAndel: number | null }) => ({
  utrygg: r.utrygg,
  maksPerRunde: r.maksPerRunde,
  maksAndel: r.maksAndel,
});

/**
 * Saves a stairwell's flag and limits with the reason. `versjon` is the version the form was shown with (0: no
 * rules yet); a stale save is refused ("konflikt") unless it asks for exactly what is saved (a double click).
 */
export async function saveStairwellRules(
  ctx: TildelingContext & { oppgangId: string; versjon: number; input: OppgangRegelInput },
): Promise<{ versjon: number }> {
  const bydelId = krevBydel(ctx.actor, "tildeling.regler");
  const { input } = ctx;
  const ny = {
    utrygg: input.utrygg,
    maksPerRunde: input.maksPerRunde,
    maksAndel: input.maksAndelProsent === null ? null : input.maksAndelProsent / 100,
  };
  return iTransaksjon(ctx.db, async (trx) => {
    const o = await trx
      .selectFrom("oppgang")
      .select("id")
      .where("id", "=", ctx.oppgangId)
      .where("bydel_id", "=", bydelId)
      .forUpdate()
      .executeTakeFirst();
    if (!o) fail("ikke_funnet");
    const r = await trx
      .selectFrom("oppgang_regel")
      .selectAll()
      .where("oppgang_id", "=", o.id)
      .forUpdate()
      .executeTakeFirst();
    const gammel = r
      ? {
          utrygg: r.utrygg,
          maksPerRunde: r.maks_hoy_oppfolging_per_runde,
          maksAndel: tall(r.maks_andel_hoy_oppfolging),
        }
      : null;
    const versjon = r?.versjon ?? 0;
    if (versjon !== ctx.versjon) {
      if (gammel && JSON.stringify(somJson(gammel)) === JSON.stringify(ny)) return { versjon };
      fail("konflikt");
    }
    const verdier = {
      utrygg: ny.utrygg,
      maks_hoy_oppfolging_per_runde: ny.maksPerRunde,
      maks_andel_hoy_oppfolging: ny.maksAndel,
    };
    if (r) {
      await trx
        .updateTable("oppgang_regel")
        .set({ ...verdier, versjon: versjon + 1 })
        .where("oppgang_id", "=", o.id)
        .execute();
    } else {
      await trx
        .insertInto("oppgang_regel")
        .values({ oppgang_id: o.id, bydel_id: bydelId, ...verdier, versjon: 1 })
        .execute();
    }
    await trx
      .insertInto("tildeling_regelendring")
      .values({
        id: randomUUID(),
        bydel_id: bydelId,
        oppgang_id: o.id,
        fra: gammel ? JSON.stringify(gammel) : null,
        til: JSON.stringify(ny),
        begrunnelse: input.begrunnelse,
        endret_av_id: ctx.actor.id,
        endret_av_navn: ctx.actor.navn,
        endret: ctx.now?.() ?? new Date(),
      })
      .execute();
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      { personId: null, kategori: "oppfolgingsbehov", handling: "endre", ressurs: `oppgang_regel:${o.id}` },
    ]);
    return { versjon: versjon + 1 };
  });
}

/** The district's rules page: defaults, weights and the history of changes. */
export async function getDistrictRules(ctx: TildelingContext) {
  const bydelId = krevBydel(ctx.actor, "tildeling.les");
  return {
    bydelsregler: await unsafeBydelsregler(ctx.db, bydelId),
    standard: STANDARD_BYDELSREGLER,
    historikk: await historikk(ctx.db, bydelId, null),
  };
}

/** Saves the district's defaults and weights with the reason; stale versions refused as in `saveStairwellRules`. */
export async function saveDistrictRules(
  ctx: TildelingContext & { versjon: number; input: BydelsregelInput },
): Promise<{ versjon: number }> {
  const bydelId = krevBydel(ctx.actor, "tildeling.regler");
  const { input } = ctx;
  const ny = {
    maksPerRunde: input.maksPerRunde,
    maksAndel: input.maksAndelProsent === null ? null : input.maksAndelProsent / 100,
    malAndel: input.malAndelProsent / 100,
    vekter: Object.fromEntries(VEKTNAVN.map((v) => [v, input.vekter[v]])),
  };
  return iTransaksjon(ctx.db, async (trx) => {
    // Lock the district row so two first saves (no rules row yet) are serialised.
    await trx.selectFrom("bydel").select("id").where("id", "=", bydelId).forUpdate().executeTakeFirst();
    const gammel = await unsafeBydelsregler(trx, bydelId);
    const { versjon: _v, ...gammelJson } = gammel;
    if (gammel.versjon !== ctx.versjon) {
      if (JSON.stringify(gammelJson) === JSON.stringify(ny)) return { versjon: gammel.versjon };
      fail("konflikt");
    }
    const verdier = {
      maks_hoy_oppfolging_per_runde: ny.maksPerRunde,
      maks_andel_hoy_oppfolging: ny.maksAndel,
      mal_andel_hoy_oppfolging: ny.malAndel,
      vekter: JSON.stringify(ny.vekter),
    };
    if (gammel.versjon > 0) {
      await trx
        .updateTable("tildeling_bydelsregel")
        .set({ ...verdier, versjon: gammel.versjon + 1 })
        .where("bydel_id", "=", bydelId)
        .execute();
    } else {
      await trx
        .insertInto("tildeling_bydelsregel")
        .values({ bydel_id: bydelId, ...verdier, versjon: 1 })
        .execute();
    }
    await trx
      .insertInto("tildeling_regelendring")
      .values({
        id: randomUUID(),
        bydel_id: bydelId,
        oppgang_id: null,
        fra: JSON.stringify(gammelJson),
        til: JSON.stringify(ny),
        begrunnelse: input.begrunnelse,
        endret_av_id: ctx.actor.id,
        endret_av_navn: ctx.actor.navn,
        endret: ctx.now?.() ?? new Date(),
      })
      .execute();
    await recordAccess(trx, ctx.actor, ctx.requestId, [
      {
        personId: null,
        kategori: "oppfolgingsbehov",
        handling: "endre",
        ressurs: `tildeling_bydelsregel:${bydelId}`,
      },
    ]);
    return { versjon: gammel.versjon + 1 };
  });
}
