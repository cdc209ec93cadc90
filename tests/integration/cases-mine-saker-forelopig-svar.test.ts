import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import { appContext, requestContext } from "../../app/context";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { loadConfig } from "../../app/lib/env.server";
import { formatDatoLang } from "../../app/lib/frister";
import { createLogger } from "../../app/lib/logger.server";
import { getOwnCase } from "../../app/modules/cases/get-own-case.server";
import { renderForelopigSvarBrev } from "../../app/modules/cases/render-letter-pdf.server";
import { sendPreliminaryReply } from "../../app/modules/cases/send-preliminary-reply.server";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { pdfTekst } from "../../app/modules/letters/test-helpers";
import { loader } from "../../app/routes/mine-saker.$sakId.forelopig-svar.$svarId";
import { beboer, bydel, forventFeil, lagKlokke, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");

beforeAll(async () => {
  const { createTestDb } = await import("../helpers/db");
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
});
afterAll(async () => {
  await handle.close();
});

function context(actor: Actor | null) {
  const ctx = new RouterContextProvider();
  ctx.set(appContext, {
    db: handle.db,
    dbKind: handle.kind,
    config: loadConfig({ NODE_ENV: "test" }),
    logger: createLogger("silent"),
  });
  ctx.set(requestContext, {
    requestId: "t",
    actor,
    sessionId: null,
    csrfToken: "csrf",
    locale: "nb",
    cspNonce: "n",
  });
  return ctx;
}

/** The resource route's answer: the Response, or the status of a thrown `fail(code)` (data() / Response). */
async function hent(actor: Actor | null, sakId: string, svarId: string) {
  let v: unknown;
  try {
    v = await loader({
      request: new Request(`http://localhost/mine-saker/${sakId}/forelopig-svar/${svarId}.pdf`),
      context: context(actor),
      params: { sakId, svarId },
    } as unknown as Parameters<typeof loader>[0]);
  } catch (error) {
    v = error;
  }
  if (v instanceof Response) return { status: v.status, res: v };
  const d = v as { init?: { status?: number } | null };
  return { status: d && typeof d === "object" && "init" in d ? (d.init?.status ?? 200) : 500, res: null };
}

async function lesninger(db: Db, ressurs: string, aktorId: string): Promise<number> {
  const rad = await db
    .selectFrom("audit_logg")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("ressurs", "=", ressurs)
    .where("handling", "=", "les")
    .where("aktor_id", "=", aktorId)
    .executeTakeFirstOrThrow();
  return Number(rad.n);
}

/** A case in Sagene with a preliminary reply sent by the caseworker. */
async function sakMedForelopigSvar(fornavn = "Kari") {
  const { db } = handle;
  const ctx = { db, requestId: "r", now: klokke.now };
  const soker = beboer(await person(db, fornavn));
  const { sakId, versjon } = await submitApplication({ ...ctx, actor: soker, input: soknad("sagene") });
  const { svarId } = await sendPreliminaryReply({
    ...ctx,
    actor: sb,
    sakId,
    versjon,
    grunn: "Vi venter på opplysninger fra Nav.",
    forventetVedtak: "2026-04-20",
  });
  return { soker, sakId, svarId, ctx };
}

describe("Mine saker: the case's preliminary replies as letters", () => {
  test("the applicant sees the reply in getOwnCase and can read the letter; the read is audited", async () => {
    const { soker, sakId, svarId, ctx } = await sakMedForelopigSvar();
    const egen = await getOwnCase({ ...ctx, actor: soker, sakId });
    expect(egen.forelopigeSvar).toEqual([{ id: svarId, sendt: "2026-03-02", forventetVedtak: "2026-04-20" }]);
    expect(egen.forventetVedtak).toBe("2026-04-20");

    const brev = await renderForelopigSvarBrev({ ...ctx, actor: soker, sakId, svarId });
    const tekst = await pdfTekst(brev.pdf);
    expect(tekst).toContain("Foreløpig svar på søknaden din");
    expect(tekst).toContain(formatDatoLang("2026-04-20" as never));
    expect(await lesninger(handle.db, `forelopig_svar:${svarId}`, soker.id)).toBe(2);
  });

  test("the resource route: application/pdf, inline, no-store, the expected date in the text", async () => {
    const { soker, sakId, svarId } = await sakMedForelopigSvar();
    const { status, res } = await hent(soker, sakId, svarId);
    expect(status).toBe(200);
    expect(res!.headers.get("content-type")).toBe("application/pdf");
    expect(res!.headers.get("cache-control")).toBe("no-store");
    expect(res!.headers.get("content-disposition")).toMatch(
      /^inline; filename="forelopig-svar-\d{4}-\d{5}\.pdf"$/,
    );
    const pdf = Buffer.from(await res!.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await pdfTekst(pdf)).toContain(formatDatoLang("2026-04-20" as never));
    expect(await lesninger(handle.db, `forelopig_svar:${svarId}`, soker.id)).toBe(2);
  });

  test("another resident, or a reply of another case than the URL's, is 404 and not audited", async () => {
    const kari = await sakMedForelopigSvar("Kari");
    const ola = await sakMedForelopigSvar("Ola");
    const { ctx } = kari;
    // Ola cannot read Kari's reply, through her case or his own.
    await forventFeil(
      renderForelopigSvarBrev({ ...ctx, actor: ola.soker, sakId: kari.sakId, svarId: kari.svarId }),
      "ikke_funnet",
    );
    expect((await hent(ola.soker, kari.sakId, kari.svarId)).status).toBe(404);
    expect((await hent(ola.soker, ola.sakId, kari.svarId)).status).toBe(404);
    // Kari's own reply under Ola's case id, and Ola's reply under Kari's case: 404.
    expect((await hent(kari.soker, ola.sakId, kari.svarId)).status).toBe(404);
    expect((await hent(kari.soker, kari.sakId, ola.svarId)).status).toBe(404);
    await forventFeil(getOwnCase({ ...ctx, actor: ola.soker, sakId: kari.sakId }), "ikke_funnet");
    expect(await lesninger(handle.db, `forelopig_svar:${kari.svarId}`, ola.soker.id)).toBe(0);
    expect(await lesninger(handle.db, `forelopig_svar:${kari.svarId}`, kari.soker.id)).toBe(0);
    // Without a sign-in the route refuses before anything is read.
    expect((await hent(null, kari.sakId, kari.svarId)).status).not.toBe(200);
  });
});
