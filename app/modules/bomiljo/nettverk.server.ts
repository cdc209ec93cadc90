import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { requirePermission } from "../../auth/policy.server";
import { fail, notFound } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { BomiljoContext } from "./context";
import { deltakerSchema, materialeSchema, samlingSchema } from "./schemas";

/**
 * Velferdsetaten's city-wide network for bomiljø work (Oslostandard measure 6): gatherings with their
 * participants (staff and resident representatives in their role), and shared material (links or text).
 * Velferdsetaten runs it; district coordinators and Boligbygg read it.
 */

type Resultat = { ok: true; id: string } | { ok: false; feil: Record<string, string> };

function feltfeil(error: z.ZodError): Record<string, string> {
  const feil: Record<string, string> = {};
  for (const issue of error.issues) feil[String(issue.path[0] ?? "skjema")] ??= issue.message;
  return feil;
}

function sjekkNokkel(nokkel: string): void {
  if (!/^[A-Za-z0-9-]{8,100}$/.test(nokkel)) fail("ugyldig");
}

export async function listNettverk(ctx: BomiljoContext) {
  requirePermission(ctx.actor, "nettverk.les");
  const samlinger = await ctx.db
    .selectFrom("nettverk_samling as s")
    .leftJoin("nettverk_deltaker as d", "d.samling_id", "s.id")
    .select((eb) => ["s.id", "s.tittel", "s.dato", "s.sted", eb.fn.count<string>("d.id").as("deltakere")])
    .groupBy(["s.id", "s.tittel", "s.dato", "s.sted"])
    .orderBy("s.dato", "desc")
    .execute();
  const materiale = await ctx.db
    .selectFrom("nettverk_materiale")
    .select(["id", "tittel", "lenke", "tekst", "opprettet"])
    .orderBy("opprettet", "desc")
    .execute();
  return {
    samlinger: samlinger.map((s) => ({ ...s, deltakere: Number(s.deltakere) })),
    materiale: materiale.map((m) => ({ ...m, opprettet: m.opprettet.toISOString() })),
  };
}

export async function getSamling(ctx: BomiljoContext & { samlingId: string }) {
  requirePermission(ctx.actor, "nettverk.les");
  const samling = await ctx.db
    .selectFrom("nettverk_samling")
    .select(["id", "tittel", "dato", "sted", "tema"])
    .where("id", "=", ctx.samlingId)
    .executeTakeFirst();
  if (!samling) notFound();
  const deltakere = await ctx.db
    .selectFrom("nettverk_deltaker")
    .select(["id", "navn", "virksomhet"])
    .where("samling_id", "=", samling.id)
    .orderBy("virksomhet")
    .orderBy("navn")
    .execute();
  return { samling, deltakere };
}

/** Adds a gathering; the form's idempotency key makes a double click one gathering. */
export async function addSamling(
  ctx: BomiljoContext & { idempotensnokkel: string; input: z.input<typeof samlingSchema> },
): Promise<Resultat> {
  requirePermission(ctx.actor, "nettverk.endre");
  sjekkNokkel(ctx.idempotensnokkel);
  const parsed = samlingSchema.safeParse(ctx.input);
  if (!parsed.success) return { ok: false, feil: feltfeil(parsed.error) };
  const ny = await ctx.db
    .insertInto("nettverk_samling")
    .values({
      id: randomUUID(),
      ...parsed.data,
      idempotens_nokkel: ctx.idempotensnokkel,
      opprettet_av_navn: ctx.actor.navn,
    })
    .onConflict((oc) => oc.column("idempotens_nokkel").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (ny) return { ok: true, id: ny.id };
  const forrige = await ctx.db
    .selectFrom("nettverk_samling")
    .select("id")
    .where("idempotens_nokkel", "=", ctx.idempotensnokkel)
    .executeTakeFirstOrThrow();
  return { ok: true, id: forrige.id };
}

/** Registers a participant; the same name from the same organisation twice is one participant. */
export async function addDeltaker(
  ctx: BomiljoContext & { samlingId: string; input: z.input<typeof deltakerSchema> },
): Promise<Resultat> {
  requirePermission(ctx.actor, "nettverk.endre");
  const samling = await ctx.db
    .selectFrom("nettverk_samling")
    .select("id")
    .where("id", "=", ctx.samlingId)
    .executeTakeFirst();
  if (!samling) notFound();
  const parsed = deltakerSchema.safeParse(ctx.input);
  if (!parsed.success) return { ok: false, feil: feltfeil(parsed.error) };
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const ny = await trx
      .insertInto("nettverk_deltaker")
      .values({ id, samling_id: samling.id, ...parsed.data })
      .onConflict((oc) => oc.columns(["samling_id", "navn", "virksomhet"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (ny) {
      await recordAccess(trx, ctx.actor, ctx.requestId, [
        { personId: null, kategori: "personalia", handling: "opprett", ressurs: `nettverk_deltaker:${id}` },
      ]);
    }
  });
  return { ok: true, id: samling.id };
}

/** Shares material (a link, a text, or both) in the network; idempotent like addSamling. */
export async function addMateriale(
  ctx: BomiljoContext & { idempotensnokkel: string; input: z.input<typeof materialeSchema> },
): Promise<Resultat> {
  requirePermission(ctx.actor, "nettverk.endre");
  sjekkNokkel(ctx.idempotensnokkel);
  const parsed = materialeSchema.safeParse(ctx.input);
  if (!parsed.success) return { ok: false, feil: feltfeil(parsed.error) };
  const ny = await ctx.db
    .insertInto("nettverk_materiale")
    .values({
      id: randomUUID(),
      ...parsed.data,
      idempotens_nokkel: ctx.idempotensnokkel,
      opprettet_av_navn: ctx.actor.navn,
    })
    .onConflict((oc) => oc.column("idempotens_nokkel").doNothing())
    .returning("id")
    .executeTakeFirst();
  return { ok: true, id: ny?.id ?? "" };
}
