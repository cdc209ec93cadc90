import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { computeDeadline, formatDatoLang, isInTime, parseDato, type Dato } from "../../lib/frister";
import { endreSak, idag, type CaseContext } from "./queries.server";
import { datoSchema, parseOrFail } from "./schemas";

/**
 * Registers an appeal (klage) against the case's latest decision with the date it was posted or delivered.
 * Timeliness (§§ 29–30): in time when that date is on or before the klagefrist (`isInTime`); when the receipt
 * of the decision is not yet recorded, the deadline has not started and the appeal is in time. An appeal in
 * time goes straight to preparation (§ 33); a late one waits for a § 31 assessment (assess-late-appeal), with
 * the one-year limit from the decision date noted.
 */
export async function registerAppeal(ctx: CaseContext & { sakId: string; versjon: number; mottatt: string }) {
  const mottatt = parseOrFail(datoSchema("Datoen klagen kom"), ctx.mottatt, () => fail("ugyldig"));
  const today = idag(ctx.now);
  if (mottatt > today) fail("ugyldig");
  let vurdering: Vurdering | undefined;
  const klageId = randomUUID();
  return endreSak(
    {
      ...ctx,
      permission: "sak.behandle",
      loggnavn: "klage_registrert",
      hendelse: async (trx, sak) => {
        const vedtak = await trx
          .selectFrom("vedtak")
          .select(["id", "vedtaksdato", "klagefrist", "klageinstans"])
          .where("sak_id", "=", sak.id)
          .orderBy("opprettet", "desc")
          .orderBy("id")
          .limit(1)
          .executeTakeFirst();
        if (!vedtak) fail("konflikt");
        if (mottatt < vedtak.vedtaksdato) fail("ugyldig");
        // One appeal per decision; the appeal body's decision cannot be appealed (§ 28 third paragraph).
        const tidligere = await trx
          .selectFrom("klage")
          .select("id")
          .where("vedtak_id", "=", vedtak.id)
          .where("status", "!=", "avvist")
          .executeTakeFirst();
        if (tidligere) fail("konflikt");
        vurdering = { ...vurderTidsfrist(mottatt, vedtak.klagefrist, vedtak.vedtaksdato), vedtak };
        return vurdering.iTide ? "klage_i_tide" : "klage_for_sent";
      },
    },
    async (trx, sak) => {
      const v = vurdering!;
      await trx
        .insertInto("klage")
        .values({
          id: klageId,
          sak_id: sak.id,
          vedtak_id: v.vedtak.id,
          mottatt,
          i_tide: v.iTide,
          tidsvurdering: v.tekst,
          ettarsgrense_passert: v.ettarsgrensePassert,
          sen_klage_beslutning: null,
          sen_klage_begrunnelse: null,
          status: v.iTide ? "under_forberedelse" : "registrert",
          klageinstans: v.vedtak.klageinstans,
          oversendt: null,
          oversendelse_merknad: null,
          klager_underrettet: null,
          utfall: null,
          utfall_begrunnelse: null,
          avgjort: null,
          avgjort_av_id: null,
          registrert_av_id: ctx.actor.id,
        })
        .execute();
      await trx
        .updateTable("frist")
        .set({ status: v.iTide ? "oppfylt" : "utlopt", oppfylt_ved: v.iTide ? "klage" : null, lukket: today })
        .where("sak_id", "=", sak.id)
        .where("type", "=", "klagefrist")
        .where("status", "=", "aktiv")
        .execute();
      return {
        logg: {
          klageId,
          vedtakId: v.vedtak.id,
          mottatt,
          iTide: v.iTide,
          ettarsgrensePassert: v.ettarsgrensePassert,
        },
        resultat: {
          klageId,
          iTide: v.iTide,
          tidsvurdering: v.tekst,
          ettarsgrensePassert: v.ettarsgrensePassert,
        },
      };
    },
  );
}

type Vurdering = {
  iTide: boolean;
  tekst: string;
  ettarsgrensePassert: boolean;
  vedtak: { id: string; klageinstans: "klagenemnd" | "statsforvalteren" };
};

/** Pure: is an appeal posted or delivered on `mottatt` in time, and is the § 31 one-year limit passed? */
export function vurderTidsfrist(
  mottatt: Dato | string,
  klagefrist: string | null,
  vedtaksdato: string,
): { iTide: boolean; tekst: string; ettarsgrensePassert: boolean } {
  const dato = parseDato(mottatt);
  const ettAar = computeDeadline("klage_ettarsgrense", vedtaksdato);
  const ettarsgrensePassert = !isInTime(dato, ettAar.due);
  if (klagefrist === null) {
    return {
      iTide: true,
      tekst:
        "Det er ikke registrert når vedtaket kom fram, så klagefristen har ikke begynt å løpe. Klagen er i tide.",
      ettarsgrensePassert,
    };
  }
  const iTide = isInTime(dato, klagefrist);
  const tekst = iTide
    ? `Klagen kom ${formatDatoLang(dato)}, innen klagefristen ${formatDatoLang(parseDato(klagefrist))} (forvaltningsloven §§ 29–30).`
    : `Klagen kom ${formatDatoLang(dato)}, etter klagefristen ${formatDatoLang(parseDato(klagefrist))}. ` +
      `Den kan likevel behandles etter forvaltningsloven § 31${ettarsgrensePassert ? ", men det er gått mer enn ett år siden vedtaket" : ""}.`;
  return { iTide, tekst, ettarsgrensePassert };
}
