import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { registerDefectAsStaff } from "../mangelmelding/register-defect-as-staff.server";
import { hentDor, type Skriveresultat } from "./dor.server";
import { kanHaFunn, kanLukkes, nesteFunnstatus } from "./regler";
import type { Henvis, NyttFunn, SendSomMangel } from "./schemas";
import { auditForBolig, idag, serBehov, synligeBydeler, type HmsContext } from "./scope.server";

export type Funnresultat =
  Skriveresultat | { ok: false; grunn: "ikke_besok" | "ugyldig_overgang" | "mangel_ikke_lukket" };

/**
 * Records a finding on an attempt at the door where someone opened or the unit was empty. A building finding
 * (`bygning`) has a short description Boligbygg may read; a need (`behov`) only a theme from a list — no free
 * text, no health details — and only district roles may record or see it. Idempotent per person and key.
 */
export async function registrerFunn(
  ctx: HmsContext & { kampanjeId: string; dorId: string; input: NyttFunn },
): Promise<Funnresultat> {
  const { actor, input } = ctx;
  if (!can(actor, "hms.funn")) fail("ikke_tilgang");
  if (input.type === "behov" && !(can(actor, "hms.henvise") && serBehov(actor))) fail("ikke_tilgang");
  return ctx.db.transaction().execute(async (trx): Promise<Funnresultat> => {
    const dor = await hentDor(trx, actor, ctx.kampanjeId, ctx.dorId, true);
    const tidligere = await trx
      .selectFrom("hms_funn")
      .select("id")
      .where("registrert_av_id", "=", actor.id)
      .where("idempotensnokkel", "=", input.idempotensnokkel)
      .executeTakeFirst();
    if (tidligere) return { ok: true, id: tidligere.id, duplikat: true };
    const besok = await trx
      .selectFrom("hms_besok")
      .select(["id", "utfall"])
      .where("id", "=", input.besokId)
      .where("dor_id", "=", dor.id)
      .executeTakeFirst();
    if (!besok || !kanHaFunn(besok.utfall)) return { ok: false, grunn: "ikke_besok" };
    const id = randomUUID();
    await trx
      .insertInto("hms_funn")
      .values({
        id,
        kampanje_id: dor.kampanje_id,
        dor_id: dor.id,
        besok_id: besok.id,
        bydel_id: dor.bydel_id,
        type: input.type,
        tema: input.type === "behov" ? input.tema : null,
        beskrivelse: input.type === "bygning" ? input.beskrivelse : null,
        status: "apen",
        registrert_av_id: actor.id,
        registrert_av_rolle: actor.rolle,
        idempotensnokkel: input.idempotensnokkel,
      })
      .execute();
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      await auditForBolig(
        trx,
        dor.bolig_id,
        input.type === "behov" ? "hms_henvisning" : "hms_besok",
        "opprett",
        `hms_funn:${id}`,
      ),
    );
    return { ok: true, id, duplikat: false };
  });
}

/** A finding the actor may change, locked; Boligbygg never reaches a need-finding (it is "not found"). */
async function hentFunn(trx: Db, actor: Actor, kampanjeId: string, dorId: string, funnId: string) {
  const bydeler = synligeBydeler(actor);
  const funn = await trx
    .selectFrom("hms_funn as f")
    .innerJoin("hms_dor as d", "d.id", "f.dor_id")
    .select([
      "f.id",
      "f.versjon",
      "f.type",
      "f.status",
      "f.beskrivelse",
      "f.mangelmelding_id",
      "d.bolig_id",
      "d.oppgang_id",
      "d.bydel_id",
    ])
    .where("f.id", "=", funnId)
    .where("f.dor_id", "=", dorId)
    .where("f.kampanje_id", "=", kampanjeId)
    .$if(bydeler !== null, (q) => q.where("f.bydel_id", "in", bydeler ?? []))
    .$if(!serBehov(actor), (q) => q.where("f.type", "=", "bygning"))
    .forUpdate("f")
    .executeTakeFirst();
  if (!funn) fail("ikke_funnet");
  return funn;
}

/**
 * Turns a building finding into a defect report in Boligbygg's queue, in one transaction: the report is
 * created with `registerDefectAsStaff` (the finding's description, `kilde = 'ansatt'`) and its id stored on
 * the finding, so the two are one object. A second submit of the same form returns the same report.
 */
export async function sendSomMangel(
  ctx: HmsContext & { kampanjeId: string; dorId: string; input: SendSomMangel; now?: () => Date },
): Promise<Funnresultat> {
  const { actor, input } = ctx;
  if (!can(actor, "hms.funn")) fail("ikke_tilgang");
  return ctx.db.transaction().execute(async (trx): Promise<Funnresultat> => {
    const funn = await hentFunn(trx, actor, ctx.kampanjeId, ctx.dorId, input.funnId);
    if (funn.mangelmelding_id) return { ok: true, id: funn.mangelmelding_id, duplikat: true };
    if (funn.versjon !== input.versjon) return { ok: false, grunn: "konflikt" };
    if (nesteFunnstatus(funn.type, funn.status, "send") !== "sendt" || !funn.beskrivelse) {
      return { ok: false, grunn: "ugyldig_overgang" };
    }
    const mangel = await registerDefectAsStaff({
      db: trx,
      actor,
      requestId: ctx.requestId,
      now: ctx.now,
      input: {
        kategori: input.kategori,
        sted: input.sted,
        stedDetalj: "",
        beskrivelse: funn.beskrivelse,
        hastegrad: input.hastegrad,
        oppgangId: funn.oppgang_id,
        boligId: input.sted === "egen_bolig" ? funn.bolig_id : undefined,
        idempotensnokkel: `hms-funn:${funn.id}`,
      },
    });
    await trx
      .updateTable("hms_funn")
      .set({ status: "sendt", mangelmelding_id: mangel.id, versjon: sql`versjon + 1` })
      .where("id", "=", funn.id)
      .execute();
    return { ok: true, id: mangel.id, duplikat: mangel.duplikat };
  });
}

/**
 * Refers a need-finding to a district service with a summary written for that service (no health details).
 * District roles only; the referral lives in its own table the property manager's queries never read.
 */
export async function henvis(
  ctx: HmsContext & { kampanjeId: string; dorId: string; input: Henvis },
): Promise<Funnresultat> {
  const { actor, input } = ctx;
  if (!can(actor, "hms.henvise") || !serBehov(actor)) fail("ikke_tilgang");
  return ctx.db.transaction().execute(async (trx): Promise<Funnresultat> => {
    const funn = await hentFunn(trx, actor, ctx.kampanjeId, ctx.dorId, input.funnId);
    const finnes = await trx
      .selectFrom("hms_henvisning")
      .select("funn_id")
      .where("funn_id", "=", funn.id)
      .executeTakeFirst();
    if (finnes) return { ok: true, id: funn.id, duplikat: true };
    if (funn.versjon !== input.versjon) return { ok: false, grunn: "konflikt" };
    if (nesteFunnstatus(funn.type, funn.status, "henvis") !== "henvist") {
      return { ok: false, grunn: "ugyldig_overgang" };
    }
    await trx
      .insertInto("hms_henvisning")
      .values({
        funn_id: funn.id,
        bydel_id: funn.bydel_id,
        tjeneste: input.tjeneste,
        oppsummering: input.oppsummering,
        henvist_dato: idag(ctx),
        henvist_av_id: actor.id,
      })
      .execute();
    await trx
      .updateTable("hms_funn")
      .set({ status: "henvist", versjon: sql`versjon + 1` })
      .where("id", "=", funn.id)
      .execute();
    await recordAccess(
      trx,
      actor,
      ctx.requestId,
      await auditForBolig(trx, funn.bolig_id, "hms_henvisning", "opprett", `hms_henvisning:${funn.id}`),
    );
    return { ok: true, id: funn.id, duplikat: false };
  });
}

/**
 * Closes a finding. One sent to Boligbygg may be closed only when its defect report is done (utført or
 * avsluttet); an open or referred one at any time. Boligbygg may close building findings only.
 */
export async function lukkFunn(
  ctx: HmsContext & { kampanjeId: string; dorId: string; input: { funnId: string; versjon: number } },
): Promise<Funnresultat> {
  const { actor, input } = ctx;
  if (!can(actor, "hms.funn")) fail("ikke_tilgang");
  return ctx.db.transaction().execute(async (trx): Promise<Funnresultat> => {
    const funn = await hentFunn(trx, actor, ctx.kampanjeId, ctx.dorId, input.funnId);
    if (funn.status === "lukket") return { ok: true, id: funn.id, duplikat: true };
    if (funn.versjon !== input.versjon) return { ok: false, grunn: "konflikt" };
    const mangel = funn.mangelmelding_id
      ? await trx
          .selectFrom("mangelmelding")
          .select("status")
          .where("id", "=", funn.mangelmelding_id)
          .executeTakeFirst()
      : undefined;
    if (!kanLukkes(funn.status, mangel?.status ?? null)) return { ok: false, grunn: "mangel_ikke_lukket" };
    await trx
      .updateTable("hms_funn")
      .set({ status: "lukket", lukket_dato: idag(ctx), versjon: sql`versjon + 1` })
      .where("id", "=", funn.id)
      .execute();
    return { ok: true, id: funn.id, duplikat: false };
  });
}
