import type { Saksstatus, Sakstype, Vedtaksutfall } from "../../db/schema";
import { recordAccess } from "../audit/record-access.server";
import { krevTilgang, type CaseContext } from "./queries.server";
import { STATUS_FOR_SOKER } from "./state-machine";

export type EgenSak = {
  sakId: string;
  saksnummer: string;
  type: Sakstype;
  status: Saksstatus;
  /** Plain-language status in bokmål. */
  statustekst: string;
  mottatt: string;
  sisteVedtak: {
    utfall: Vedtaksutfall;
    vedtaksdato: string;
    klagefrist: string | null;
    klageinstans: string;
  } | null;
  forventetVedtak: string | null;
};

/**
 * The resident's own cases (where they are the søker), newest first, with a plain-language status, the latest
 * decision and its klagefrist, and the promised decision date from a preliminary reply. Audited as the
 * resident's own access (shown as "Du selv" in their access log).
 */
export async function listOwnCases(ctx: CaseContext): Promise<EgenSak[]> {
  const { db, actor } = ctx;
  krevTilgang(actor, "egen_sak.les");
  if (!actor.personId) return [];
  const saker = await db
    .selectFrom("sak as s")
    .select(["s.id", "s.saksnummer", "s.type", "s.status", "s.mottatt", "s.soker_person_id"])
    .select((eb) => [
      eb
        .selectFrom("frist as f")
        .select((e) => e.fn.max("f.forfall").as("f"))
        .whereRef("f.sak_id", "=", "s.id")
        .where("f.type", "=", "forventet_vedtak")
        .where("f.status", "=", "aktiv")
        .as("forventet_vedtak"),
    ])
    .where("s.soker_person_id", "=", actor.personId)
    .orderBy("s.opprettet", "desc")
    .execute();
  const vedtak = saker.length
    ? await db
        .selectFrom("vedtak")
        .select(["sak_id", "utfall", "vedtaksdato", "klagefrist", "klageinstans", "opprettet"])
        .where(
          "sak_id",
          "in",
          saker.map((s) => s.id),
        )
        .orderBy("opprettet", "desc")
        .execute()
    : [];
  await recordAccess(
    db,
    actor,
    ctx.requestId,
    saker.map((s) => ({
      personId: s.soker_person_id,
      kategori: "sak",
      handling: "les",
      ressurs: `sak:${s.id}`,
    })),
  );
  return saker.map((s) => {
    const siste = vedtak.find((v) => v.sak_id === s.id);
    return {
      sakId: s.id,
      saksnummer: s.saksnummer,
      type: s.type,
      status: s.status,
      statustekst: STATUS_FOR_SOKER[s.status],
      mottatt: s.mottatt,
      sisteVedtak: siste
        ? {
            utfall: siste.utfall,
            vedtaksdato: siste.vedtaksdato,
            klagefrist: siste.klagefrist,
            klageinstans: siste.klageinstans,
          }
        : null,
      forventetVedtak: (s.forventet_vedtak as string | null) ?? null,
    };
  });
}
