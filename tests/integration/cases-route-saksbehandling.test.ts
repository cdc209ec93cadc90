import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../../app/auth/actor";
import { appContext, requestContext } from "../../app/context";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { loadConfig } from "../../app/lib/env.server";
import { todayInOslo, addDays } from "../../app/lib/frister";
import { createLogger } from "../../app/lib/logger.server";
import { normaliserDato, tolkSkjema } from "../../app/modules/cases/components/saksbehandling/skjema";
import { submitApplication } from "../../app/modules/cases/submit-application.server";
import { loader as pdfLoader } from "../../app/routes/saker.$sakId.brev.vedtak";
import { action, loader } from "../../app/routes/saker.$sakId";
import { loader as koLoader } from "../../app/routes/saker._index";
import { begrunnelse, beboer, bydel, person, soknad, staff } from "./cases-fixtures";

let handle: DatabaseHandle;
const sb = staff("saksbehandler", "sagene");
const sb2 = staff("saksbehandler", "sagene", "kollega-sagene");
const sbAlna = staff("saksbehandler", "alna");
const nemnd = staff("klagenemnd", null);
const idag = todayInOslo();

beforeAll(async () => {
  const { createTestDb } = await import("../helpers/db");
  handle = await createTestDb();
  await bydel(handle.db, "sagene", 3);
  await bydel(handle.db, "alna", 12);
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

function post(actor: Actor, sakId: string, form: Record<string, string>) {
  const request = new Request(`http://localhost/saker/${sakId}`, {
    method: "POST",
    body: new URLSearchParams(form),
  });
  return action({ request, context: context(actor), params: { sakId } } as unknown as Parameters<
    typeof action
  >[0]);
}

function get(actor: Actor | null, sakId: string) {
  const request = new Request(`http://localhost/saker/${sakId}`);
  return loader({ request, context: context(actor), params: { sakId } } as unknown as Parameters<
    typeof loader
  >[0]);
}

/** A loader/action's thrown `fail(code)` (React Router's data()) or its returned data(): status and body. */
async function utfall(p: Promise<unknown>): Promise<{ status: number; body: unknown; location?: string }> {
  let v: unknown;
  try {
    v = await p;
  } catch (error) {
    v = error;
  }
  if (v instanceof Response)
    return { status: v.status, body: null, location: v.headers.get("location") ?? "" };
  const d = v as { data?: unknown; init?: { status?: number } | null };
  if (d && typeof d === "object" && "init" in d) return { status: d.init?.status ?? 200, body: d.data };
  return { status: 200, body: v };
}

async function nySak(fornavn = "Kari"): Promise<string> {
  const soker = beboer(await person(handle.db, fornavn));
  const { sakId } = await submitApplication({
    db: handle.db,
    actor: soker,
    requestId: "r",
    input: soknad("sagene"),
  });
  return sakId;
}

async function antall(db: Db, tabell: "notat" | "vedtak", sakId: string) {
  const r = await db
    .selectFrom(tabell)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("sak_id", "=", sakId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("/saker/:sakId loader", () => {
  test("own district: the case with what the forms need; another district 404; the board and others 403", async () => {
    const sakId = await nySak();
    const data = await get(sb, sakId);
    expect(data.sak.sak.id).toBe(sakId);
    expect(data.sak.tillatteHendelser).toContain("tildel");
    expect(data.sak.kolleger[0]).toEqual({ id: sb.id, navn: sb.navn });
    // A family with a child under 18: 7 or 5 years, 7 proposed.
    expect(data.sak.leietider).toEqual([7, 5]);
    expect((await utfall(get(sbAlna, sakId))).status).toBe(404);
    expect((await utfall(get(nemnd, sakId))).status).toBe(403);
    expect((await utfall(get(staff("forvalter", null), sakId))).status).toBe(403);
    expect((await utfall(get(sb, "ikke-en-uuid"))).status).toBe(404);
  });
});

describe("/saker/:sakId action: one form per intent", () => {
  test("assign, note: each saves through its use case and redirects with a receipt", async () => {
    const sakId = await nySak();
    const tildelt = await utfall(post(sb, sakId, { intent: "tildel", versjon: "1", saksbehandlerId: sb.id }));
    expect(tildelt).toMatchObject({ status: 302, location: `/saker/${sakId}?utfort=tildel` });
    const notat = await utfall(post(sb, sakId, { intent: "notat", versjon: "2", tekst: "Kartlagt i dag." }));
    expect(notat.status).toBe(302);
    expect(await antall(handle.db, "notat", sakId)).toBe(1);
    const sak = await get(sb, sakId);
    expect(sak.sak.sak.status).toBe("under_behandling");
    const hendelser = sak.sak.logg.map((l) => l.hendelse);
    expect(hendelser.slice(-2)).toEqual(["tildelt", "notat_skrevet"]);
  });

  test("assigning to someone who is not a known colleague is refused; a known colleague works", async () => {
    const sakId = await nySak();
    const ukjent = await utfall(
      post(sb, sakId, { intent: "tildel", versjon: "1", saksbehandlerId: "noen-andre" }),
    );
    expect(ukjent.status).toBe(400);
    expect(ukjent.body).toMatchObject({ intent: "tildel", melding: "saker.avvist" });
    // sb2 becomes known once they have worked on a case of the district.
    await utfall(post(sb2, sakId, { intent: "tildel", versjon: "1", saksbehandlerId: sb2.id }));
    const annen = await nySak();
    const til = await utfall(post(sb, annen, { intent: "tildel", versjon: "1", saksbehandlerId: sb2.id }));
    expect(til.status).toBe(302);
    expect((await get(sb, annen)).sak.sak.saksbehandler).toEqual({ id: sb2.id, navn: sb2.navn });
  });

  test("field errors come back at the field with what was typed, and nothing is saved", async () => {
    const sakId = await nySak();
    const tom = await utfall(post(sb, sakId, { intent: "notat", versjon: "1", tekst: "   " }));
    expect(tom).toMatchObject({
      status: 400,
      body: { intent: "notat", feil: { tekst: "saker.feil.pakrevd" } },
    });
    const svar = await utfall(
      post(sb, sakId, {
        intent: "forelopig_svar",
        versjon: "1",
        grunn: "Venter på Nav.",
        forventetVedtak: idag,
      }),
    );
    expect(svar).toMatchObject({
      status: 400,
      body: { feil: { forventetVedtak: "saker.feil.fremtid" }, verdier: { grunn: "Venter på Nav." } },
    });
    expect(await antall(handle.db, "notat", sakId)).toBe(0);
  });

  test("a stale version: 409 with the typed text kept, and the colleague's save is not overwritten", async () => {
    const sakId = await nySak();
    // Both loaded version 1; the colleague saves first.
    expect(
      (await utfall(post(sb2, sakId, { intent: "notat", versjon: "1", tekst: "Kollegaens notat" }))).status,
    ).toBe(302);
    const sent = await utfall(post(sb, sakId, { intent: "notat", versjon: "1", tekst: "Mitt notat" }));
    expect(sent).toMatchObject({
      status: 409,
      body: { intent: "notat", konflikt: true, verdier: { tekst: "Mitt notat" } },
    });
    const notater = await handle.db.selectFrom("notat").select("tekst").where("sak_id", "=", sakId).execute();
    expect(notater.map((n) => n.tekst)).toEqual(["Kollegaens notat"]);
  });

  test("a decision: the lease length must be one the policy allows; avslag with reasons is made", async () => {
    const sakId = await nySak();
    await utfall(post(sb, sakId, { intent: "tildel", versjon: "1", saksbehandlerId: sb.id }));
    const felles = {
      versjon: "2",
      sakstype: "bolig",
      leietider: "7,5",
      sendemaate: "digital",
      ...begrunnelse,
    };
    const feilLeietid = await utfall(
      post(sb, sakId, {
        intent: "vedtak",
        ...felles,
        utfall: "innvilget",
        boligtype: "leilighet",
        rom: "3",
        leietidAar: "3",
      }),
    );
    expect(feilLeietid).toMatchObject({ status: 400, body: { feil: { leietidAar: "saker.feil.leietid" } } });
    const feilRegel = await utfall(
      post(sb, sakId, { intent: "vedtak", ...felles, utfall: "avslag", regler: "bare tekst" }),
    );
    expect(feilRegel).toMatchObject({ status: 400, body: { feil: { regler: "saker.feil.regelFormat" } } });
    expect(await antall(handle.db, "vedtak", sakId)).toBe(0);
    const ok = await utfall(post(sb, sakId, { intent: "vedtak", ...felles, utfall: "avslag" }));
    expect(ok.status).toBe(302);
    const sak = await get(sb, sakId);
    expect(sak.sak.vedtak).toHaveLength(1);
    expect(sak.sak.vedtak[0]).toMatchObject({ utfall: "avslag", sendemaate: "digital" });
    expect(sak.sak.kanRegistrereMottatt).toBe(true);

    // The PDF route: inline, no-store, a safe name.
    const vedtakId = sak.sak.vedtak[0]!.id;
    const res = (await pdfLoader({
      request: new Request(`http://localhost/saker/${sakId}/vedtak/${vedtakId}.pdf`),
      context: context(sb),
      params: { sakId, vedtakId },
    } as unknown as Parameters<typeof pdfLoader>[0])) as Response;
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="vedtak-\d{4}-\d{5}\.pdf"$/);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  test("a form this page does not send is 400; another district's case is 404", async () => {
    const sakId = await nySak();
    expect((await utfall(post(sb, sakId, { intent: "slett", versjon: "1" }))).status).toBe(400);
    expect((await utfall(post(sb, sakId, { intent: "notat" }))).status).toBe(400);
    expect((await utfall(post(sbAlna, sakId, { intent: "notat", versjon: "1", tekst: "x" }))).status).toBe(
      404,
    );
  });
});

describe("tolkSkjema", () => {
  const valg = { idag: "2026-03-02" as never, sakstype: "bolig" as const, leietider: [5, 3] };
  const form = (f: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(f)) fd.set(k, v);
    return fd;
  };
  test("Norwegian dates typed by hand are understood", () => {
    expect(normaliserDato("9.4.2026")).toBe("2026-04-09");
    const t = tolkSkjema(form({ intent: "klage", versjon: "3", mottatt: "01.03.2026" }), valg);
    expect(t).toEqual({ ok: true, versjon: 3, data: { intent: "klage", mottatt: "2026-03-01" } });
  });
  test("venteliste needs a priority and a dwelling; bistand_6 cannot be venteliste", () => {
    const t = tolkSkjema(
      form({
        intent: "vedtak",
        versjon: "1",
        utfall: "venteliste",
        sendemaate: "papir",
        prioritet: "",
        ...begrunnelse,
      }),
      valg,
    );
    expect(t).toMatchObject({
      ok: false,
      feil: { boligtype: "saker.feil.pakrevd", prioritet: "saker.feil.prioritet" },
    });
    const b = tolkSkjema(
      form({ intent: "vedtak", versjon: "1", utfall: "venteliste", sendemaate: "papir", ...begrunnelse }),
      { ...valg, sakstype: "bistand_6" },
    );
    expect(b).toMatchObject({ ok: false, feil: { utfall: "saker.feil.ventelisteBistand" } });
  });
  test("a paper receipt date cannot be in the future", () => {
    const t = tolkSkjema(
      form({
        intent: "vedtak_mottatt",
        versjon: "1",
        vedtakId: "00000000-0000-4000-8000-000000000000",
        maate: "papir_registrert",
        dato: addDays("2026-03-02" as never, 1),
      }),
      valg,
    );
    expect(t).toMatchObject({ ok: false, feil: { dato: "saker.feil.ikkeFremtid" } });
  });
});

describe("/saker work queue", () => {
  test("views, search by name or saksnummer, scoped to the district", async () => {
    const sakId = await nySak("Zacharias");
    const ko = async (qs: string, actor: Actor = sb) =>
      koLoader({
        request: new Request(`http://localhost/saker${qs}`),
        context: context(actor),
        params: {},
      } as unknown as Parameters<typeof koLoader>[0]);
    const navn = await ko("?q=zach");
    expect(navn.ko.rader.map((r) => r.sakId)).toEqual([sakId]);
    const nummer = (await get(sb, sakId)).sak.sak.saksnummer;
    expect((await ko(`?q=${encodeURIComponent(nummer)}`)).ko.rader.map((r) => r.sakId)).toEqual([sakId]);
    expect((await ko("?vis=nye&q=zach")).ko.totalt).toBe(1);
    expect((await ko("?vis=klager&q=zach")).ko.totalt).toBe(0);
    expect((await ko("?q=zach", sbAlna)).ko.totalt).toBe(0);
    // Malformed parameters fall back to the default view.
    expect((await ko("?vis=tull&side=-4")).sok).toMatchObject({ vis: "alle", side: 1 });
    expect((await utfall(ko("", nemnd))).status).toBe(403);
  });
});
