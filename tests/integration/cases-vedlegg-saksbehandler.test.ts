import { RouterContextProvider } from "react-router";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import { appContext, requestContext } from "../../app/context";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { kilobyte } from "../../app/modules/cases/components/saksbehandling/vedlegg";
import {
  getAttachment,
  vedleggDisposition,
  vedleggSvar,
} from "../../app/modules/cases/get-attachment.server";
import { assignCase } from "../../app/modules/cases/assign-case.server";
import { getCaseForCaseworker } from "../../app/modules/cases/get-case-for-caseworker.server";
import { getForwardedAppeal } from "../../app/modules/cases/get-forwarded-appeal.server";
import { makeDecision } from "../../app/modules/cases/make-decision.server";
import { reconsiderAppeal } from "../../app/modules/cases/reconsider-appeal.server";
import { registerAppeal } from "../../app/modules/cases/register-appeal.server";
import { tomtSvar, type SoknadSvar } from "../../app/modules/cases/soknad-form";
import { startDraft } from "../../app/modules/cases/start-draft.server";
import { submitDraft } from "../../app/modules/cases/submit-draft.server";
import { uploadAttachment } from "../../app/modules/cases/upload-attachment.server";
import { loadConfig } from "../../app/lib/env.server";
import { createLogger } from "../../app/lib/logger.server";
import { loader } from "../../app/routes/saker.$sakId.vedlegg.$vedleggId";
import { begrunnelse, beboer, bydel, forventFeil, lagKlokke, person, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const klokke = lagKlokke("2026-03-02T09:00:00Z");
const sb = staff("saksbehandler", "sagene");
const sbAlna = staff("saksbehandler", "alna");
const forvalter = staff("forvalter", null);
const nemnd = staff("klagenemnd", null);

beforeAll(async () => {
  const { createTestDb } = await import("../helpers/db");
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "alna", 12);
});
afterAll(async () => {
  await handle.close();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
/** A real (tiny) PNG: the type check reads the file's chunks, not only its first bytes. */
const PNG = new Uint8Array(
  await sharp({ create: { width: 2, height: 2, channels: 3, background: "#fff" } })
    .png()
    .toBuffer(),
);

function utfylt(bydelId: string): SoknadSvar {
  return {
    ...tomtSvar("beboer"),
    type: "bolig",
    bydelId,
    medlemmer: [{ rolle: "voksen", alder: "41" }],
    boligsituasjon: "midlertidig",
    boligBeskrivelse: "Bor på hospits.",
    inntekt: "210 000",
    utgifter: "4500",
    onskerBydeler: [bydelId],
    onskerRom: "2",
    samtykkePersonvern: true,
  };
}

/** A resident's application in `bydelId` with the given attachments, sent; returns the case and the ids. */
async function sendtSoknad(bydelId: string, filer: [string, Uint8Array][]) {
  const { db } = handle;
  const personId = await person(db);
  const ctx = {
    db,
    actor: beboer(personId),
    requestId: "r",
    now: klokke.now,
    allowSyntheticIdentities: true,
  };
  const utkastId = crypto.randomUUID();
  await startDraft({ ...ctx, utkastId });
  const vedleggIder: string[] = [];
  for (const [filnavn, innhold] of filer) {
    const r = await uploadAttachment({ ...ctx, utkastId, filnavn, innhold });
    if (!r.ok) throw new Error(r.feil);
    vedleggIder.push(r.vedleggId);
  }
  const sendt = await submitDraft({
    ...ctx,
    utkastId,
    versjon: 1,
    idempotensnokkel: `soknad:${utkastId}`,
    svar: utfylt(bydelId),
    helse: { behov: [], beskrivelse: "" },
  });
  if (!sendt.ok) throw new Error(JSON.stringify(sendt.feil));
  return { sakId: sendt.sakId, personId, vedleggIder };
}

async function audit(db: Db, ressurs: string) {
  return db
    .selectFrom("audit_logg")
    .select(["kategori", "handling", "person_id"])
    .where("ressurs", "=", ressurs)
    .where("handling", "=", "les")
    .execute();
}

describe("the caseworker and the application's attachments", () => {
  test("listed on the case page without the bytes, downloaded byte for byte, audited", async () => {
    const { db } = handle;
    const { sakId, personId, vedleggIder } = await sendtSoknad("sagene", [
      ["lønn slipp.pdf", PDF],
      ["bilde.png", PNG],
    ]);
    const ctx = { db, actor: sb, requestId: "r-sb", now: klokke.now };
    const sak = await getCaseForCaseworker({ ...ctx, sakId });
    expect(sak.vedlegg.map((v) => v.id).sort()).toEqual([...vedleggIder].sort());
    const pdf = sak.vedlegg.find((v) => v.id === vedleggIder[0])!;
    expect(pdf).toMatchObject({ filnavn: "lønn slipp.pdf", mime: "application/pdf", storrelse: PDF.length });
    expect(pdf.opprettet).toBeInstanceOf(Date);
    for (const v of sak.vedlegg)
      expect(Object.keys(v).sort()).toEqual(["filnavn", "id", "mime", "opprettet", "storrelse"]);
    expect(kilobyte(PDF.length)).toBe(1);
    expect(kilobyte(2049)).toBe(3);
    // Listing reads no attachment.
    expect(await audit(db, `vedlegg:${vedleggIder[0]}`)).toEqual([]);

    const fil = await getAttachment({ ...ctx, sakId, vedleggId: vedleggIder[1]! });
    expect(fil.mime).toBe("image/png");
    expect(Array.from(fil.innhold)).toEqual(Array.from(PNG));
    expect(await audit(db, `vedlegg:${vedleggIder[1]}`)).toEqual([
      { kategori: "helse", handling: "les", person_id: personId },
    ]);

    const svar = vedleggSvar(await getAttachment({ ...ctx, sakId, vedleggId: vedleggIder[0]! }));
    expect(svar.headers.get("Content-Type")).toBe("application/pdf");
    expect(svar.headers.get("Content-Length")).toBe(String(PDF.length));
    expect(svar.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(svar.headers.get("Cache-Control")).toBe("no-store");
    expect(svar.headers.get("Content-Disposition")).toBe(
      `attachment; filename="lnn slipp.pdf"; filename*=UTF-8''l%C3%B8nn%20slipp.pdf`,
    );
    expect(new Uint8Array(await svar.arrayBuffer())).toEqual(PDF);
  });

  test("another district's case, another case's attachment and other roles are refused", async () => {
    const { db } = handle;
    const a = await sendtSoknad("sagene", [["a.pdf", PDF]]);
    const b = await sendtSoknad("sagene", [["b.png", PNG]]);
    const alna = await sendtSoknad("alna", [["c.pdf", PDF]]);
    const ctx = { db, actor: sb, requestId: "r-x", now: klokke.now };
    // An attachment id of another case under this case: not found.
    await forventFeil(getAttachment({ ...ctx, sakId: a.sakId, vedleggId: b.vedleggIder[0]! }), "ikke_funnet");
    // Another district's case.
    await forventFeil(
      getAttachment({ ...ctx, sakId: alna.sakId, vedleggId: alna.vedleggIder[0]! }),
      "ikke_funnet",
    );
    await forventFeil(
      getAttachment({ ...ctx, actor: sbAlna, sakId: a.sakId, vedleggId: a.vedleggIder[0]! }),
      "ikke_funnet",
    );
    await forventFeil(
      getAttachment({ ...ctx, actor: forvalter, sakId: a.sakId, vedleggId: a.vedleggIder[0]! }),
      "ikke_tilgang",
    );
    await forventFeil(
      getAttachment({ ...ctx, actor: beboer(a.personId), sakId: a.sakId, vedleggId: a.vedleggIder[0]! }),
      "ikke_tilgang",
    );
    // Nothing was read.
    for (const id of [...a.vedleggIder, ...b.vedleggIder, ...alna.vedleggIder]) {
      expect(await audit(db, `vedlegg:${id}`)).toEqual([]);
    }
  });
});

describe("the appeal board", () => {
  test("sees and downloads the attachments of a case forwarded to it, not before", async () => {
    const { db } = handle;
    const { sakId, personId, vedleggIder } = await sendtSoknad("sagene", [["erklæring.pdf", PDF]]);
    const vedleggId = vedleggIder[0]!;
    const ctx = { db, requestId: "r-nemnd", now: klokke.now };
    await forventFeil(getAttachment({ ...ctx, actor: nemnd, sakId, vedleggId }), "ikke_funnet");
    const tildelt = await assignCase({ ...ctx, actor: sb, sakId, versjon: 1 });
    const vedtak = await makeDecision({
      ...ctx,
      actor: sb,
      sakId,
      versjon: tildelt.versjon,
      vedtak: { utfall: "avslag", begrunnelse },
      sendemaate: "digital",
    });
    const klage = await registerAppeal({
      ...ctx,
      actor: sb,
      sakId,
      versjon: vedtak.versjon,
      mottatt: "2026-03-02",
    });
    await reconsiderAppeal({
      ...ctx,
      actor: sb,
      sakId,
      versjon: klage.versjon,
      behandling: { beslutning: "oversend", merknad: "Vedtaket bør stå." },
    });
    const sak = await getForwardedAppeal({ ...ctx, actor: nemnd, sakId });
    expect(sak.vedlegg.map((v) => v.filnavn)).toEqual(["erklæring.pdf"]);
    const fil = await getAttachment({ ...ctx, actor: nemnd, sakId, vedleggId });
    expect(Array.from(fil.innhold)).toEqual(Array.from(PDF));
    expect(await audit(db, `vedlegg:${vedleggId}`)).toEqual([
      { kategori: "helse", handling: "les", person_id: personId },
    ]);
  });
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

async function last(
  actor: Actor | null,
  sakId: string,
  vedleggId: string,
): Promise<{ status: number; res?: Response }> {
  try {
    const res = (await loader({
      request: new Request(`http://localhost/saker/${sakId}/vedlegg/${vedleggId}`),
      context: context(actor),
      params: { sakId, vedleggId },
    } as unknown as Parameters<typeof loader>[0])) as Response;
    return { status: res.status, res };
  } catch (error) {
    if (error instanceof Response) return { status: error.status };
    const d = error as { init?: { status?: number } | null };
    return { status: d.init?.status ?? 500 };
  }
}

describe("GET /saker/:sakId/vedlegg/:vedleggId", () => {
  test("a download with the stored type for the own district; 404 for another district, case or a bad id", async () => {
    const a = await sendtSoknad("sagene", [["skjema.png", PNG]]);
    const b = await sendtSoknad("sagene", [["annen.pdf", PDF]]);
    const vedleggId = a.vedleggIder[0]!;
    const ok = await last(sb, a.sakId, vedleggId);
    expect(ok.status).toBe(200);
    expect(ok.res!.headers.get("content-type")).toBe("image/png");
    expect(ok.res!.headers.get("content-length")).toBe(String(PNG.length));
    expect(ok.res!.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.res!.headers.get("cache-control")).toBe("no-store");
    expect(ok.res!.headers.get("content-disposition")).toBe(
      `attachment; filename="skjema.png"; filename*=UTF-8''skjema.png`,
    );
    expect(new Uint8Array(await ok.res!.arrayBuffer())).toEqual(PNG);
    expect((await last(sbAlna, a.sakId, vedleggId)).status).toBe(404);
    expect((await last(sb, b.sakId, vedleggId)).status).toBe(404);
    expect((await last(sb, a.sakId, "ikke-en-uuid")).status).toBe(404);
    expect((await last(nemnd, a.sakId, vedleggId)).status).toBe(404);
    expect((await last(forvalter, a.sakId, vedleggId)).status).toBe(403);
  });
});

describe("Content-Disposition", () => {
  test("quotes, slashes and line breaks never reach the header", () => {
    const v = vedleggDisposition('a"b\\c\r\nd;e.pdf');
    expect(v).not.toMatch(/[\r\n]/);
    expect(v).toBe(`attachment; filename="a_b_cd_e.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0Ad%3Be.pdf`);
    expect(vedleggDisposition("æøå.png")).toBe(
      `attachment; filename="a.png"; filename*=UTF-8''%C3%A6%C3%B8%C3%A5.png`,
    );
  });
});
