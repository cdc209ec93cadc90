import { randomUUID } from "node:crypto";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import type { Dato } from "../../lib/frister";
import type { AuditEntry } from "../audit/record-access.server";
import { STANDARD_SAKSPOLICY, tillatteLeietider, type Husstand, type SaksPolicy } from "./policy";
import type { SakRad } from "./queries.server";
import { husstandSchema, parseOrFail, vedtaksinnholdSchema, type Vedtaksinnhold } from "./schemas";

/**
 * Writes a decision (first decision, or a reversal after an appeal) inside the caller's transaction: the
 * vedtak row with its §§ 24–25 reasons, the lease length checked against the policy, the waiting-list place,
 * and the open processing deadlines closed. Not a use case on its own: make-decision and reconsider-appeal
 * call it after the case's version and state are checked.
 */
export async function skrivVedtak(
  trx: Db,
  actor: Actor,
  sak: SakRad,
  options: {
    innhold: Vedtaksinnhold;
    sendemaate: "digital" | "papir";
    today: Dato;
    sendt: Date;
    grunnlag: "soknad" | "omgjort_etter_klage";
    erstatterVedtakId?: string | null;
    policy?: SaksPolicy;
  },
): Promise<{ vedtakId: string; logg: Record<string, unknown>; audit: AuditEntry[] }> {
  const policy = options.policy ?? STANDARD_SAKSPOLICY;
  const innhold = parseOrFail(vedtaksinnholdSchema, options.innhold, () => fail("ugyldig"));
  const husstand: Husstand = parseOrFail(husstandSchema, sak.husstand, () => fail("ugyldig"));
  const bolig = innhold.utfall === "avslag" ? undefined : innhold.bolig;
  // A dwelling decision (bolig, fornyelse) that grants must say which dwelling and for how long.
  if (innhold.utfall === "innvilget" && sak.type !== "bistand_6" && !bolig) fail("ugyldig");
  if (innhold.utfall === "venteliste" && sak.type === "bistand_6") fail("ugyldig");
  if (bolig && !tillatteLeietider(husstand, policy).includes(bolig.leietidAar)) fail("ugyldig");

  const vedtakId = randomUUID();
  await trx
    .insertInto("vedtak")
    .values({
      id: vedtakId,
      sak_id: sak.id,
      utfall: innhold.utfall,
      boligtype: bolig?.boligtype ?? null,
      rom: bolig?.rom ?? null,
      leietid_aar: bolig?.leietidAar ?? null,
      begrunnelse_regler: innhold.begrunnelse.regler,
      begrunnelse_faktum: innhold.begrunnelse.faktum,
      begrunnelse_hovedhensyn: innhold.begrunnelse.hovedhensyn,
      vedtaksdato: options.today,
      sendt: options.sendt,
      sendemaate: options.sendemaate,
      apnet: null,
      mottatt: null,
      mottatt_regel: null,
      klagefrist: null,
      klageinstans: policy.klageinstans[sak.type],
      grunnlag: options.grunnlag,
      erstatter_vedtak_id: options.erstatterVedtakId ?? null,
      fattet_av_id: actor.id,
      fattet_av_navn: actor.navn,
    })
    .execute();

  const logg: Record<string, unknown> = { vedtakId, utfall: innhold.utfall, vedtaksdato: options.today };
  if (innhold.utfall === "venteliste") {
    await trx
      .insertInto("venteliste")
      .values({
        id: randomUUID(),
        bydel_id: sak.bydel_id,
        sak_id: sak.id,
        prioritet: innhold.prioritet,
        // Waiting time counts from the application, also when the place comes from a reversal.
        dato: sak.mottatt,
        status: "aktiv",
      })
      .onConflict((oc) =>
        oc
          .column("sak_id")
          .doUpdateSet({ status: "aktiv", prioritet: innhold.prioritet, bydel_id: sak.bydel_id }),
      )
      .execute();
    logg.venteliste = { prioritet: innhold.prioritet };
  } else {
    const fjernet = await trx
      .updateTable("venteliste")
      .set({ status: "fjernet" })
      .where("sak_id", "=", sak.id)
      .where("status", "=", "aktiv")
      .executeTakeFirst();
    if (Number(fjernet.numUpdatedRows) > 0) logg.fjernetFraVenteliste = true;
  }

  await trx
    .updateTable("frist")
    .set({ status: "oppfylt", oppfylt_ved: "vedtak", lukket: options.today })
    .where("sak_id", "=", sak.id)
    .where("type", "in", ["forelopig_svar", "forventet_vedtak", "dokumentasjon"])
    .where("status", "=", "aktiv")
    .execute();

  return {
    vedtakId,
    logg,
    audit: [
      // The reasons' facts and considerations are special category.
      {
        personId: sak.soker_person_id,
        kategori: "helse",
        handling: "opprett",
        ressurs: `vedtak:${vedtakId}`,
      },
    ],
  };
}
