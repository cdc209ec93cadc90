import { addDays } from "../../lib/frister";
import { listCaseAttachments } from "./get-attachment.server";
import { getCase } from "./get-case.server";
import { kjenteKolleger, type Kollega } from "./list-colleagues.server";
import { STANDARD_SAKSPOLICY, tillatteLeietider, type Husstand, type SaksPolicy } from "./policy";
import { idag, krevTilgang, type CaseContext } from "./queries.server";

/**
 * Everything the caseworker's case page (/saker/:sakId) shows: the case (`getCase`, audited there) plus what
 * the forms need — the colleagues the case can be assigned to, the lease lengths the policy allows for this
 * household (the first is the proposal), and the § 11 a warning: the running foreløpig-svar or promised-decision
 * deadline when it is due within `naerFristDager` days or past.
 */
export async function getCaseForCaseworker(ctx: CaseContext & { sakId: string; policy?: SaksPolicy }) {
  krevTilgang(ctx.actor, "sak.behandle");
  const policy = ctx.policy ?? STANDARD_SAKSPOLICY;
  const sak = await getCase(ctx);
  const today = idag(ctx.now);
  const kolleger: Kollega[] = ctx.actor.bydelId
    ? await kjenteKolleger(ctx.db, ctx.actor.bydelId, { id: ctx.actor.id, navn: ctx.actor.navn })
    : [{ id: ctx.actor.id, navn: ctx.actor.navn }];
  const frist11a = sak.frister
    .filter((f) => f.status === "aktiv" && (f.type === "forelopig_svar" || f.type === "forventet_vedtak"))
    .sort((a, b) => a.forfall.localeCompare(b.forfall))[0];
  const varsel11a =
    frist11a && frist11a.forfall <= addDays(today, policy.naerFristDager)
      ? {
          type: frist11a.type as "forelopig_svar" | "forventet_vedtak",
          forfall: frist11a.forfall,
          passert: frist11a.forfall < today,
        }
      : null;
  const sisteVedtak = sak.vedtak.at(-1) ?? null;
  const aapenKlage = sisteVedtak
    ? (sak.klager.find((k) => k.vedtak_id === sisteVedtak.id && k.status !== "avvist") ?? null)
    : null;
  return {
    ...sak,
    idag: today,
    kolleger,
    leietider: tillatteLeietider(sak.sak.husstand as Husstand, policy),
    varsel11a,
    /** The application's attachments: metadata only (the bytes are fetched by the download route). */
    vedlegg: await listCaseAttachments(ctx.db, sak.sak.id),
    /** The latest decision may get its receipt recorded (none fixed yet). */
    kanRegistrereMottatt: !!sisteVedtak && sisteVedtak.mottatt === null,
    /** The latest decision has no appeal yet (one appeal per decision). */
    kanRegistrereKlage: !!sisteVedtak && !aapenKlage,
    /** The klagefrist of the latest decision has run out (closing is allowed from the day after). */
    kanAvslutte: !!sisteVedtak?.klagefrist && sisteVedtak.klagefrist < today,
    /** Statsforvalteren's outcome is recorded by the district; the board records its own. */
    statsforvalterKlage:
      sak.klager.find((k) => k.status === "oversendt" && k.klageinstans === "statsforvalteren") ?? null,
  };
}

export type SaksbehandlerSak = Awaited<ReturnType<typeof getCaseForCaseworker>>;
