import { endreSak, idag, type CaseContext } from "./queries.server";
import type { SaksPolicy } from "./policy";
import type { Vedtaksinnhold } from "./schemas";
import { skrivVedtak } from "./vedtak.server";

/**
 * The decision (enkeltvedtak): innvilget (type and size of dwelling, lease length from the policy), venteliste
 * (also puts the case on the district's waiting list) or avslag, each with the rules, facts and main
 * considerations (§§ 24–25). The decision counts as sent now (`sendemaate` says how); the klagefrist starts
 * when it is received (record-decision-received).
 */
export async function makeDecision(
  ctx: CaseContext & {
    sakId: string;
    versjon: number;
    vedtak: Vedtaksinnhold;
    sendemaate: "digital" | "papir";
    policy?: SaksPolicy;
  },
) {
  const today = idag(ctx.now);
  return endreSak(
    { ...ctx, hendelse: "fatt_vedtak", permission: "sak.vedtak", loggnavn: "vedtak_fattet" },
    async (trx, sak) => {
      const skrevet = await skrivVedtak(trx, ctx.actor, sak, {
        innhold: ctx.vedtak,
        sendemaate: ctx.sendemaate,
        today,
        sendt: ctx.now?.() ?? new Date(),
        grunnlag: "soknad",
        ...(ctx.policy ? { policy: ctx.policy } : {}),
      });
      return {
        logg: { ...skrevet.logg, sendemaate: ctx.sendemaate },
        audit: skrevet.audit,
        resultat: { vedtakId: skrevet.vedtakId },
      };
    },
  );
}
