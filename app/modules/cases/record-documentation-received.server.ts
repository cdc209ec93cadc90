import { fail } from "../../lib/errors";
import { endreSak, idag, type CaseContext } from "./queries.server";

/**
 * The requested documentation has come in (or the request is dropped): every open request is closed, the
 * `dokumentasjon` deadline is met, and the case goes back to under_behandling.
 */
export async function recordDocumentationReceived(
  ctx: CaseContext & { sakId: string; versjon: number; utfall?: "mottatt" | "frafalt" },
) {
  const today = idag(ctx.now);
  const utfall = ctx.utfall ?? "mottatt";
  return endreSak(
    {
      ...ctx,
      hendelse: "dokumentasjon_mottatt",
      permission: "sak.behandle",
      loggnavn: `dokumentasjon_${utfall}`,
    },
    async (trx, sak) => {
      const krav = await trx
        .updateTable("dokumentasjonskrav")
        .set({ status: utfall, mottatt: utfall === "mottatt" ? today : null })
        .where("sak_id", "=", sak.id)
        .where("status", "=", "etterspurt")
        .returning("id")
        .execute();
      if (krav.length === 0) fail("konflikt");
      await trx
        .updateTable("frist")
        .set({
          status: utfall === "mottatt" ? "oppfylt" : "avbrutt",
          oppfylt_ved: `dokumentasjon_${utfall}`,
          lukket: today,
        })
        .where("sak_id", "=", sak.id)
        .where("type", "=", "dokumentasjon")
        .where("status", "=", "aktiv")
        .execute();
      return { logg: { kravIder: krav.map((k) => k.id), dato: today }, resultat: { antall: krav.length } };
    },
  );
}
