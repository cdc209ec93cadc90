import type { Klageinstans } from "../../db/schema";
import { fail } from "../../lib/errors";
import type { SaksPolicy } from "./policy";
import { endreSak, idag, loggHendelse, type CaseContext } from "./queries.server";
import { hentAapenKlage } from "./klage.server";
import { parseOrFail, tekstSchema, type Vedtaksinnhold } from "./schemas";
import { skrivVedtak } from "./vedtak.server";

export type Klagebehandling =
  /** § 33 second paragraph: the first instance reverses its decision with a new one. */
  | { beslutning: "omgjor"; vedtak: Vedtaksinnhold; sendemaate: "digital" | "papir" }
  /** Not reversed: forwarded with the case documents to the appeal body, and the appellant is told. */
  | { beslutning: "oversend"; merknad: string };

/**
 * Forvaltningsloven § 33: the first instance prepares the appeal and either reverses its decision (a new
 * vedtak, with a new klagefrist once it is received) or forwards the case to the appeal body — the municipal
 * klagenemnd for bolig and fornyelse, Statsforvalteren for bistand etter boligsosial lov § 6 — and tells the
 * appellant. Forwarding is what lets the appeal board see the case (`sakScope`).
 */
export async function reconsiderAppeal(
  ctx: CaseContext & { sakId: string; versjon: number; behandling: Klagebehandling; policy?: SaksPolicy },
) {
  const { behandling } = ctx;
  const today = idag(ctx.now);
  const naa = ctx.now?.() ?? new Date();
  const merknad =
    behandling.beslutning === "oversend"
      ? parseOrFail(tekstSchema("Merknaden til klageinstansen", 10_000), behandling.merknad, () =>
          fail("ugyldig"),
        )
      : null;
  return endreSak(
    {
      ...ctx,
      permission: "sak.vedtak",
      hendelse: behandling.beslutning === "omgjor" ? "omgjor_etter_klage" : "oversend_klage",
      loggnavn: behandling.beslutning === "omgjor" ? "klage_omgjort_av_forsteinstans" : "klage_oversendt",
    },
    async (trx, sak) => {
      const klage = await hentAapenKlage(trx, sak.id, ["under_forberedelse"]);
      if (behandling.beslutning === "omgjor") {
        const skrevet = await skrivVedtak(trx, ctx.actor, sak, {
          innhold: behandling.vedtak,
          sendemaate: behandling.sendemaate,
          today,
          sendt: naa,
          grunnlag: "omgjort_etter_klage",
          erstatterVedtakId: klage.vedtak_id,
          ...(ctx.policy ? { policy: ctx.policy } : {}),
        });
        await trx
          .updateTable("klage")
          .set({ status: "omgjort", avgjort: today })
          .where("id", "=", klage.id)
          .execute();
        return {
          logg: { klageId: klage.id, ...skrevet.logg, erstatterVedtakId: klage.vedtak_id },
          audit: skrevet.audit,
          resultat: {
            klageId: klage.id,
            vedtakId: skrevet.vedtakId as string | null,
            klageinstans: null as Klageinstans | null,
          },
        };
      }
      await trx
        .updateTable("klage")
        .set({ status: "oversendt", oversendt: naa, oversendelse_merknad: merknad, klager_underrettet: naa })
        .where("id", "=", klage.id)
        .execute();
      // The case documents that go with it: every decision, note, request and reply in the case, by id.
      const [vedtak, notater, krav, svar] = await Promise.all([
        trx.selectFrom("vedtak").select("id").where("sak_id", "=", sak.id).execute(),
        trx.selectFrom("notat").select("id").where("sak_id", "=", sak.id).execute(),
        trx.selectFrom("dokumentasjonskrav").select("id").where("sak_id", "=", sak.id).execute(),
        trx.selectFrom("forelopig_svar").select("id").where("sak_id", "=", sak.id).execute(),
      ]);
      await loggHendelse(trx, ctx.actor, sak.id, "klager_underrettet", {
        klageId: klage.id,
        klageinstans: klage.klageinstans,
      });
      return {
        logg: {
          klageId: klage.id,
          klageinstans: klage.klageinstans,
          dokumenter: {
            vedtak: vedtak.map((r) => r.id),
            notater: notater.map((r) => r.id),
            dokumentasjonskrav: krav.map((r) => r.id),
            forelopigeSvar: svar.map((r) => r.id),
          },
        },
        audit: [
          {
            personId: sak.soker_person_id,
            kategori: "helse",
            handling: "endre",
            ressurs: `klage:${klage.id}`,
          },
        ],
        resultat: {
          klageId: klage.id,
          vedtakId: null as string | null,
          klageinstans: klage.klageinstans as Klageinstans | null,
        },
      };
    },
  );
}
