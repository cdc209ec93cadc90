import type { VedleggMime } from "../../db/schema";
import { recordAccess } from "../audit/record-access.server";
import { krevTilgang, type CaseContext } from "./queries.server";
import { svarFraLagret, type HelseSvar, type SoknadSvar } from "./soknad-form";
import { hentEgetUtkast, utkastAudit } from "./utkast.server";

export type Vedleggsinfo = { id: string; filnavn: string; mime: VedleggMime; storrelse: number };

export type Utkast = {
  utkastId: string;
  status: "utkast" | "sendt";
  sakId: string | null;
  versjon: number;
  endret: Date;
  svar: SoknadSvar;
  helse: HelseSvar;
  vedlegg: Vedleggsinfo[];
  /** When sent: the receipt (case number, date received, the § 11 a date). */
  kvittering: { saksnummer: string; mottatt: string; svarInnen: string | null } | null;
};

/** The resident's own draft with its answers and the attachments uploaded so far; another's is "not found". */
export async function getDraft(ctx: CaseContext & { utkastId: string }): Promise<Utkast> {
  const { db, actor } = ctx;
  krevTilgang(actor, "egen_sak.soke");
  const utkast = await hentEgetUtkast(db, actor, ctx.utkastId);
  const vedlegg = await db
    .selectFrom("vedlegg")
    .select(["id", "filnavn", "mime", "storrelse"])
    .where("utkast_id", "=", utkast.id)
    .where("eier_aktor_id", "=", actor.id)
    .orderBy("opprettet")
    .orderBy("id")
    .execute();
  const kvittering = utkast.sak_id
    ? await db
        .selectFrom("sak as s")
        .select(["s.saksnummer", "s.mottatt"])
        .select((eb) =>
          eb
            .selectFrom("frist as f")
            .select((e) => e.fn.min("f.forfall").as("f"))
            .whereRef("f.sak_id", "=", "s.id")
            .where("f.type", "=", "forelopig_svar")
            .as("svarInnen"),
        )
        .where("s.id", "=", utkast.sak_id)
        .where("s.innsender_aktor_id", "=", actor.id)
        .executeTakeFirst()
    : undefined;
  const { svar, helse } = svarFraLagret(utkast.svar, utkast.helse_funksjon, "beboer");
  await recordAccess(db, actor, ctx.requestId, utkastAudit(actor, utkast.id, "les", helse));
  return {
    utkastId: utkast.id,
    status: utkast.status,
    sakId: utkast.sak_id,
    versjon: utkast.versjon,
    endret: utkast.endret,
    svar,
    helse,
    vedlegg,
    kvittering: kvittering
      ? {
          saksnummer: kvittering.saksnummer,
          mottatt: kvittering.mottatt,
          svarInnen: (kvittering.svarInnen as string | null) ?? null,
        }
      : null,
  };
}
