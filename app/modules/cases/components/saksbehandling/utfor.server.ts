import type { Actor } from "../../../../auth/actor";
import type { Db } from "../../../../db/connection.server";
import type { ErrorCode } from "../../../../lib/errors";
import { addNote } from "../../add-note.server";
import { assessLateAppeal } from "../../assess-late-appeal.server";
import { assignCaseToColleague } from "../../assign-case-to-colleague.server";
import { closeCase } from "../../close-case.server";
import { decideAppeal } from "../../decide-appeal.server";
import { makeDecision } from "../../make-decision.server";
import { reconsiderAppeal } from "../../reconsider-appeal.server";
import { recordDecisionReceived } from "../../record-decision-received.server";
import { recordDocumentationReceived } from "../../record-documentation-received.server";
import { registerAppeal } from "../../register-appeal.server";
import { requestDocumentation } from "../../request-documentation.server";
import { sendPreliminaryReply } from "../../send-preliminary-reply.server";
import type { Tolket } from "./skjema";

type Ctx = {
  db: Db;
  actor: Actor;
  requestId: string | null;
  sakId: string;
  versjon: number;
  now?: () => Date;
};

/** The error code a use case stopped with (`fail(code)` throws React Router's `data()`), or null. */
export function feilkode(error: unknown): ErrorCode | null {
  if (error && typeof error === "object" && "data" in error && "init" in error) {
    const body = (error as { data: unknown }).data;
    if (body && typeof body === "object" && "code" in body && typeof body.code === "string") {
      return body.code as ErrorCode;
    }
  }
  return null;
}

/** Runs the one use case an intent names. */
export async function kjorHandling(ctx: Ctx, d: Tolket): Promise<unknown> {
  switch (d.intent) {
    case "tildel":
      return assignCaseToColleague({ ...ctx, saksbehandlerId: d.saksbehandlerId });
    case "notat":
      return addNote({ ...ctx, tekst: d.tekst });
    case "dokumentasjon":
      return requestDocumentation({ ...ctx, beskrivelse: d.beskrivelse, frist: d.frist });
    case "dokumentasjon_mottatt":
      return recordDocumentationReceived({ ...ctx, utfall: d.utfall });
    case "forelopig_svar":
      return sendPreliminaryReply({ ...ctx, grunn: d.grunn, forventetVedtak: d.forventetVedtak });
    case "vedtak":
      return makeDecision({ ...ctx, vedtak: d.vedtak, sendemaate: d.sendemaate });
    case "vedtak_mottatt":
      return recordDecisionReceived({ ...ctx, vedtakId: d.vedtakId, mottak: d.mottak });
    case "klage":
      return registerAppeal({ ...ctx, mottatt: d.mottatt });
    case "sen_klage":
      return assessLateAppeal({ ...ctx, beslutning: d.beslutning, begrunnelse: d.begrunnelse });
    case "omgjor":
      return reconsiderAppeal({
        ...ctx,
        behandling: { beslutning: "omgjor", vedtak: d.vedtak, sendemaate: d.sendemaate },
      });
    case "oversend":
      return reconsiderAppeal({ ...ctx, behandling: { beslutning: "oversend", merknad: d.merknad } });
    case "statsforvalter":
      return decideAppeal({ ...ctx, utfall: d.utfall, begrunnelse: d.begrunnelse, avgjort: d.avgjort });
    case "avslutt":
      return closeCase(ctx);
  }
}

/**
 * Runs the intent's use case. A stale version or a move the case no longer allows ("konflikt") and input the
 * use case refuses ("ugyldig") come back as answers for the form; anything else (not found, no access) stops
 * the request as usual.
 */
export async function utforHandling(
  ctx: Ctx,
  d: Tolket,
): Promise<{ ok: true } | { ok: false; konflikt: boolean }> {
  try {
    await kjorHandling(ctx, d);
    return { ok: true };
  } catch (error) {
    const kode = feilkode(error);
    if (kode === "konflikt") return { ok: false, konflikt: true };
    if (kode === "ugyldig") return { ok: false, konflikt: false };
    throw error;
  }
}
