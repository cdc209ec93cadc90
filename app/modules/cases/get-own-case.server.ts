import { fail } from "../../lib/errors";
import { computeDeadline, datoInOslo } from "../../lib/frister";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { getWaitingListPosition } from "./get-waiting-list-position.server";
import { idag, krevTilgang, type CaseContext } from "./queries.server";
import { STATUS_FOR_SOKER } from "./state-machine";

/**
 * One of the resident's own cases (they are the søker), as "Mine saker" shows it: plain-language status,
 * what the office is waiting for (open documentation requests with their deadlines), the open deadlines, the
 * promised decision date from a preliminary reply, the decisions (for the PDF links and the klagefrist),
 * the appeals with their status and outcome, and the place on the waiting list. Whether an online appeal is
 * possible now, and whether it would be in time, follows the same rules as registerAppeal. Another person's
 * case is "not found". Audited as the resident's own access (sak; helse when documentation requests or
 * appeal texts are shown).
 */
export async function getOwnCase(ctx: CaseContext & { sakId: string }) {
  const { db, actor } = ctx;
  krevTilgang(actor, "egen_sak.les");
  if (!actor.personId) fail("ikke_funnet");
  const sak = await db
    .selectFrom("sak as s")
    .innerJoin("bydel as b", "b.id", "s.bydel_id")
    .select([
      "s.id",
      "s.saksnummer",
      "s.type",
      "s.status",
      "s.mottatt",
      "s.innsender_rolle",
      "s.soker_person_id",
      "b.navn as bydel_navn",
    ])
    .where("s.id", "=", ctx.sakId)
    .where("s.soker_person_id", "=", actor.personId)
    .executeTakeFirst();
  if (!sak) fail("ikke_funnet");

  const [frister, krav, vedtak, klager, plasser, antallVedlegg, forelopigeSvar] = await Promise.all([
    db
      .selectFrom("frist")
      .select(["type", "forfall", "status"])
      .where("sak_id", "=", sak.id)
      .where("status", "=", "aktiv")
      .orderBy("forfall")
      .execute(),
    db
      .selectFrom("dokumentasjonskrav")
      .select(["id", "beskrivelse", "frist"])
      .where("sak_id", "=", sak.id)
      .where("status", "=", "etterspurt")
      .orderBy("frist")
      .execute(),
    db
      .selectFrom("vedtak")
      .select(["id", "utfall", "vedtaksdato", "mottatt", "klagefrist", "klageinstans", "grunnlag", "apnet"])
      .where("sak_id", "=", sak.id)
      .orderBy("opprettet", "desc")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("klage")
      .select([
        "id",
        "vedtak_id",
        "mottatt",
        "i_tide",
        "status",
        "klageinstans",
        "utfall",
        "avgjort",
        "oversendt",
      ])
      .where("sak_id", "=", sak.id)
      .orderBy("opprettet", "desc")
      .execute(),
    getWaitingListPosition({ ...ctx }),
    db
      .selectFrom("vedlegg")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("sak_id", "=", sak.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("forelopig_svar")
      .select(["id", "sendt", "forventet_vedtak"])
      .where("sak_id", "=", sak.id)
      .orderBy("sendt", "desc")
      .orderBy("id")
      .execute(),
  ]);

  const today = idag(ctx.now);
  const siste = vedtak[0] ?? null;
  const klageMotSiste = siste
    ? klager.find((k) => k.vedtak_id === siste.id && k.status !== "avvist")
    : undefined;
  // One appeal per decision (the appeal body's own decision cannot be appealed, § 28 third paragraph).
  const kanKlage =
    siste !== null && !klageMotSiste && (sak.status === "vedtatt" || sak.status === "avsluttet");
  const ettarsgrense = siste ? computeDeadline("klage_ettarsgrense", siste.vedtaksdato).due : null;

  const audit: AuditEntry[] = [
    { personId: sak.soker_person_id, kategori: "sak", handling: "les", ressurs: `sak:${sak.id}` },
  ];
  if (krav.length > 0)
    audit.push({
      personId: sak.soker_person_id,
      kategori: "helse",
      handling: "les",
      ressurs: `sak:${sak.id}`,
    });
  await recordAccess(db, actor, ctx.requestId, audit);

  return {
    sak: {
      id: sak.id,
      saksnummer: sak.saksnummer,
      type: sak.type,
      status: sak.status,
      statustekst: STATUS_FOR_SOKER[sak.status],
      mottatt: sak.mottatt,
      bydel: sak.bydel_navn,
      antallVedlegg: Number(antallVedlegg.n),
    },
    venterPa: krav.map((k) => ({ id: k.id, beskrivelse: k.beskrivelse, frist: k.frist })),
    frister: frister.map((f) => ({ type: f.type, forfall: f.forfall })),
    /** The date promised in a preliminary reply, while that deadline is open (a decision closes it). */
    forventetVedtak: frister.find((f) => f.type === "forventet_vedtak")?.forfall ?? null,
    vedtak: vedtak.map((v) => ({
      id: v.id,
      utfall: v.utfall,
      vedtaksdato: v.vedtaksdato,
      mottatt: v.mottatt,
      klagefrist: v.klagefrist,
      klageinstans: v.klageinstans,
      omgjortEtterKlage: v.grunnlag === "omgjort_etter_klage",
    })),
    klager: klager.map((k) => ({
      id: k.id,
      mottatt: k.mottatt,
      iTide: k.i_tide,
      status: k.status,
      klageinstans: k.klageinstans,
      utfall: k.utfall,
      avgjort: k.avgjort,
    })),
    /** The preliminary replies sent on the case (§ 11 a), newest first, for the letters' PDF links. */
    forelopigeSvar: forelopigeSvar.map((f) => ({
      id: f.id,
      sendt: datoInOslo(f.sendt),
      forventetVedtak: f.forventet_vedtak,
    })),
    venteliste: plasser.find((p) => p.sakId === sak.id) ?? null,
    klage: {
      kanKlage,
      /** The appeal would be in time today (or the deadline has not started yet). */
      iTide: kanKlage && (siste!.klagefrist === null || today <= siste!.klagefrist),
      klagefrist: siste?.klagefrist ?? null,
      /** After this day a late appeal can no longer be heard (§ 31). */
      ettarsgrense,
      forSentForAlltid: ettarsgrense !== null && today > ettarsgrense,
    },
  };
}

export type EgenSakDetaljer = Awaited<ReturnType<typeof getOwnCase>>;
