import { randomUUID } from "node:crypto";
import { requirePermission } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail, notFound } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import type { BomiljoContext } from "./context";
import { getAdresse } from "./get-adresseplan.server";
import { adresseTiltakSchema, type AdresseTiltakInput } from "./schemas";

export type AdresseSaveResult =
  { ok: true; id: string; versjon: number } | { ok: false; feil: Record<string, string> };

function parse(input: AdresseTiltakInput) {
  const parsed = adresseTiltakSchema.safeParse(input);
  if (!parsed.success) {
    const feil: Record<string, string> = {};
    for (const issue of parsed.error.issues) feil[String(issue.path[0] ?? "skjema")] ??= issue.message;
    return { ok: false as const, feil };
  }
  const v = parsed.data;
  return {
    ok: true as const,
    tiltakNummer: v.tiltakNummer,
    verdier: {
      tittel: v.tittel,
      beskrivelse: v.beskrivelse,
      ansvarlig: v.ansvarlig,
      ansvarlig_person: v.ansvarligPerson,
      frist: v.fristType === "dato" ? v.frist : null,
      pagaende: v.fristType === "pagaende",
      status: v.status,
      forventet_endring: v.forventetEndring,
      indikator: v.indikator,
    },
  };
}

async function historikk(
  trx: Db,
  ctx: BomiljoContext,
  rad: { id: string; bydelId: string; versjon: number; endret: Date },
  verdier: NonNullable<Extract<ReturnType<typeof parse>, { ok: true }>["verdier"]>,
) {
  await trx
    .insertInto("adresse_tiltak_historikk")
    .values({
      id: randomUUID(),
      adresse_tiltak_id: rad.id,
      bydel_id: rad.bydelId,
      versjon: rad.versjon,
      ...verdier,
      endret: rad.endret,
      endret_av_id: ctx.actor.id,
      endret_av_navn: ctx.actor.navn,
    })
    .execute();
  await recordAccess(trx, ctx.actor, ctx.requestId, [
    {
      personId: null,
      kategori: "personalia",
      handling: rad.versjon === 1 ? "opprett" : "endre",
      ressurs: `adresse_tiltak:${rad.id}`,
    },
  ]);
}

/**
 * Adds a concrete measure to an address's plan. The form's idempotency key makes a double click one measure:
 * a second submit with the same key returns the first one.
 */
export async function createAdresseTiltak(
  ctx: BomiljoContext & { eiendomId: string; idempotensnokkel: string; input: AdresseTiltakInput },
): Promise<AdresseSaveResult> {
  requirePermission(ctx.actor, "bomiljoplan.endre");
  const adresse = await getAdresse(ctx);
  if (!/^[A-Za-z0-9-]{8,100}$/.test(ctx.idempotensnokkel)) fail("ugyldig");
  const p = parse(ctx.input);
  if (!p.ok) return p;
  return ctx.db.transaction().execute(async (trx) => {
    const endret = new Date();
    const ny = await trx
      .insertInto("adresse_tiltak")
      .values({
        id: randomUUID(),
        eiendom_id: adresse.id,
        bydel_id: adresse.bydel.id,
        tiltak_nummer: p.tiltakNummer,
        ...p.verdier,
        idempotens_nokkel: ctx.idempotensnokkel,
        versjon: 1,
        opprettet: endret,
        endret,
        endret_av_id: ctx.actor.id,
        endret_av_navn: ctx.actor.navn,
      })
      .onConflict((oc) => oc.columns(["eiendom_id", "idempotens_nokkel"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!ny) {
      const forrige = await trx
        .selectFrom("adresse_tiltak")
        .select(["id", "versjon"])
        .where("eiendom_id", "=", adresse.id)
        .where("idempotens_nokkel", "=", ctx.idempotensnokkel)
        .executeTakeFirstOrThrow();
      return { ok: true as const, id: forrige.id, versjon: forrige.versjon };
    }
    await historikk(trx, ctx, { id: ny.id, bydelId: adresse.bydel.id, versjon: 1, endret }, p.verdier);
    return { ok: true as const, id: ny.id, versjon: 1 };
  });
}

/** Changes a measure in an address's plan; a stale `versjon` is refused (409). Every version is kept. */
export async function updateAdresseTiltak(
  ctx: BomiljoContext & { eiendomId: string; tiltakId: string; versjon: number; input: AdresseTiltakInput },
): Promise<AdresseSaveResult> {
  requirePermission(ctx.actor, "bomiljoplan.endre");
  const adresse = await getAdresse(ctx);
  const finnes = await ctx.db
    .selectFrom("adresse_tiltak")
    .select("id")
    .where("id", "=", ctx.tiltakId)
    .where("eiendom_id", "=", adresse.id)
    .executeTakeFirst();
  if (!finnes) notFound();
  const p = parse(ctx.input);
  if (!p.ok) return p;
  return ctx.db.transaction().execute(async (trx) => {
    const endret = new Date();
    const versjon = ctx.versjon + 1;
    const rad = await trx
      .updateTable("adresse_tiltak")
      .set({
        tiltak_nummer: p.tiltakNummer,
        ...p.verdier,
        versjon,
        endret,
        endret_av_id: ctx.actor.id,
        endret_av_navn: ctx.actor.navn,
      })
      .where("id", "=", ctx.tiltakId)
      .where("eiendom_id", "=", adresse.id)
      .where("versjon", "=", ctx.versjon)
      .returning("id")
      .executeTakeFirst();
    if (!rad) fail("konflikt");
    await historikk(trx, ctx, { id: rad.id, bydelId: adresse.bydel.id, versjon, endret }, p.verdier);
    return { ok: true as const, id: rad.id, versjon };
  });
}
