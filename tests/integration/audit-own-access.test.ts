import { randomUUID } from "node:crypto";
import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import type { Actor } from "../../app/auth/actor";
import { appContext, requestContext } from "../../app/context";
import type { Db, DatabaseHandle } from "../../app/db/connection.server";
import { loadConfig } from "../../app/lib/env.server";
import { createLogger } from "../../app/lib/logger.server";
import { listOwnAccess, SIDESTORRELSE } from "../../app/modules/audit/list-own-access.server";
import { recordAccess } from "../../app/modules/audit/record-access.server";
import { loader } from "../../app/routes/innsyn";

/**
 * "Hvem har sett opplysningene mine": the resident sees every access to their
 * own data and their young children's, never a colleague's name or id, never
 * another adult's log; reading the page writes nothing to the log.
 */
let handle: DatabaseHandle;
let db: Db;

const ids = {
  hovedperson: randomUUID(),
  barn: randomUUID(),
  voksentBarn: randomUUID(),
  medsoker: randomUUID(),
  fremmed: randomUUID(),
  husstand: randomUUID(),
  annenHusstand: randomUUID(),
};
const bydel = `b${randomUUID().slice(0, 8)}`;

const beboer: Actor = {
  id: `beboer-${randomUUID()}`,
  navn: "Amina Hassan",
  rolle: "beboer",
  enhet: "Privatperson",
  bydelId: null,
  personId: ids.hovedperson,
  acr: "idporten-loa-high",
};
const medsoker: Actor = {
  ...beboer,
  id: `beboer-${randomUUID()}`,
  navn: "Yusuf Hassan",
  personId: ids.medsoker,
};
const sara = {
  id: `sara-${randomUUID()}`,
  rolle: "saksbehandler" as const,
  enhet: "Bydel Sagene, boligkontoret",
};
const frida = {
  id: `frida-${randomUUID()}`,
  rolle: "forvalter" as const,
  enhet: "Boligbygg Oslo KF, forvaltning",
};

function isoDaysAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Rows written by the resident or about anyone in the household (others' tests may write on a shared server). */
async function countAudit(): Promise<number> {
  const row = await db
    .selectFrom("audit_logg")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where((eb) =>
      eb.or([
        eb("aktor_id", "=", beboer.id),
        eb("person_id", "in", [ids.hovedperson, ids.barn, ids.voksentBarn, ids.medsoker]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  await db
    .insertInto("bydel")
    .values({ id: bydel, nummer: 1000 + Math.floor(Math.random() * 1e9), navn: "Testbydel", innbyggere: 1 })
    .execute();
  const person = (id: string, fornavn: string, fodselsdato: string) => ({
    id,
    fodselsnummer: String(Math.floor(1e10 + Math.random() * 8e10)).padStart(11, "0"),
    fornavn,
    etternavn: "Hassan",
    fodselsdato,
  });
  await db
    .insertInto("person")
    .values([
      person(ids.hovedperson, "Amina", isoDaysAgo(40)),
      person(ids.barn, "Lina", isoDaysAgo(9)),
      person(ids.voksentBarn, "Omar", isoDaysAgo(19)),
      person(ids.medsoker, "Yusuf", isoDaysAgo(42)),
      person(ids.fremmed, "Per", isoDaysAgo(50)),
    ])
    .execute();
  await db
    .insertInto("husstand")
    .values([
      { id: ids.husstand, bydel_id: bydel },
      { id: ids.annenHusstand, bydel_id: bydel },
    ])
    .execute();
  await db
    .insertInto("husstand_medlem")
    .values([
      { husstand_id: ids.husstand, person_id: ids.hovedperson, rolle: "hovedperson" },
      { husstand_id: ids.husstand, person_id: ids.barn, rolle: "barn" },
      { husstand_id: ids.husstand, person_id: ids.voksentBarn, rolle: "barn" },
      { husstand_id: ids.husstand, person_id: ids.medsoker, rolle: "medsoker" },
      { husstand_id: ids.annenHusstand, person_id: ids.fremmed, rolle: "hovedperson" },
    ])
    .execute();

  const access = (
    personId: string,
    kategori: "personalia" | "helse" | "leieforhold" | "husstand",
    ressurs: string,
  ) => ({
    personId,
    kategori,
    handling: "les" as const,
    ressurs,
  });
  await recordAccess(db, sara, "r1", [access(ids.hovedperson, "personalia", "person:1")]);
  await recordAccess(db, sara, "r2", [access(ids.barn, "helse", "person:2")]);
  await recordAccess(db, sara, "r3", [access(ids.voksentBarn, "helse", "person:3")]);
  await recordAccess(db, sara, "r4", [access(ids.medsoker, "personalia", "person:4")]);
  await recordAccess(db, sara, "r5", [access(ids.fremmed, "personalia", "person:5")]);
  await recordAccess(db, frida, "r6", [
    { personId: ids.hovedperson, kategori: "leieforhold", handling: "endre", ressurs: "leiekontrakt:1" },
  ]);
  await recordAccess(db, beboer, "r7", [access(ids.hovedperson, "husstand", "husstand:1")]);
});
afterAll(async () => {
  await handle.close();
});

describe("listOwnAccess", () => {
  test("the resident's own rows and their young child's, newest first, and nobody else's", async () => {
    const page = await listOwnAccess({ db, actor: beboer, side: 1 });
    if (!page.registrert) throw new Error("forventet registrert");
    expect(page.totalt).toBe(4);
    expect(page.antallBarn).toBe(1);
    expect(page.rader.map((r) => [r.kategori, r.handling, r.gjelder])).toEqual([
      ["husstand", "les", { type: "deg" }],
      ["leieforhold", "endre", { type: "deg" }],
      ["helse", "les", { type: "barn", fornavn: "Lina" }],
      ["personalia", "les", { type: "deg" }],
    ]);
    const seqs = page.rader.map((r) => r.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });

  test("shows role and unit, never the colleague's name or id; the resident's own access as themselves", async () => {
    const page = await listOwnAccess({ db, actor: beboer, side: 1 });
    if (!page.registrert) throw new Error("forventet registrert");
    const [selv, forvalter] = page.rader;
    expect(selv).toMatchObject({ duSelv: true, rolle: null, enhet: null });
    expect(forvalter).toMatchObject({
      duSelv: false,
      rolle: "forvalter",
      enhet: "Boligbygg Oslo KF, forvaltning",
    });
    const json = JSON.stringify(page);
    expect(json).not.toContain(sara.id);
    expect(json).not.toContain(frida.id);
    expect(json).not.toContain(beboer.id);
  });

  test("another adult in the household sees only their own log, not the children's", async () => {
    const page = await listOwnAccess({ db, actor: medsoker, side: 1 });
    if (!page.registrert) throw new Error("forventet registrert");
    expect(page.totalt).toBe(1);
    expect(page.antallBarn).toBe(0);
    expect(page.rader[0]).toMatchObject({
      kategori: "personalia",
      gjelder: { type: "deg" },
      rolle: "saksbehandler",
    });
  });

  test("a resident with no person row gets no rows, and a staff role gets nothing", async () => {
    expect(await listOwnAccess({ db, actor: { ...beboer, personId: null }, side: 1 })).toEqual({
      registrert: false,
    });
    expect(
      await listOwnAccess({
        db,
        actor: { id: sara.id, rolle: "saksbehandler", personId: ids.hovedperson },
        side: 1,
      }),
    ).toEqual({ registrert: false });
  });

  test("reading the log writes nothing to it", async () => {
    const before = await countAudit();
    await listOwnAccess({ db, actor: beboer, side: 1 });
    expect(await countAudit()).toBe(before);
  });

  test("50 a page; a page past the end shows the last page", async () => {
    const personId = randomUUID();
    await db
      .insertInto("person")
      .values({
        id: personId,
        fodselsnummer: String(Math.floor(1e10 + Math.random() * 8e10)),
        fornavn: "Ida",
        etternavn: "Mange",
        fodselsdato: isoDaysAgo(30),
      })
      .execute();
    for (let i = 0; i < 3; i++) {
      const batch = Array.from({ length: i === 2 ? 20 : 50 }, (_, j) => ({
        personId,
        kategori: "sak" as const,
        handling: "les" as const,
        ressurs: `sak:${i * 50 + j}`,
      }));
      await recordAccess(db, sara, null, batch);
    }
    const actor = { ...beboer, id: "beboer-ida", personId };
    const first = await listOwnAccess({ db, actor, side: 1 });
    const third = await listOwnAccess({ db, actor, side: 3 });
    const past = await listOwnAccess({ db, actor, side: 9 });
    if (!first.registrert || !third.registrert || !past.registrert) throw new Error("forventet registrert");
    expect(first).toMatchObject({ side: 1, antallSider: 3, totalt: 120 });
    expect(first.rader).toHaveLength(SIDESTORRELSE);
    expect(third.rader).toHaveLength(20);
    expect(third.rader.at(-1)?.seq).toBeLessThan(first.rader.at(-1)!.seq);
    expect(past.side).toBe(3);
  });
});

describe("the /innsyn loader", () => {
  function args(actor: Actor | null, url = "http://localhost/innsyn") {
    const context = new RouterContextProvider();
    context.set(appContext, {
      db,
      dbKind: handle.kind,
      config: loadConfig({ NODE_ENV: "test" }),
      logger: createLogger("silent"),
    });
    context.set(requestContext, {
      requestId: "test",
      actor,
      sessionId: null,
      csrfToken: null,
      locale: "nb",
      cspNonce: "n",
    });
    return { request: new Request(url), context, params: {} } as unknown as Parameters<typeof loader>[0];
  }

  test("formats time in Europe/Oslo and labels role, category and action in Norwegian", async () => {
    const before = await countAudit();
    const data = await loader(args(beboer));
    expect(await countAudit()).toBe(before);
    if (!data.registrert) throw new Error("forventet registrert");
    expect(data.visGjelder).toBe(true);
    const [selv, endret, barn] = data.rader;
    expect(selv).toMatchObject({
      hvem: "Du selv",
      enhet: "",
      opplysninger: "Husstanden din",
      handling: "Lest",
    });
    expect(endret).toMatchObject({
      hvem: "Forvalter",
      enhet: "Boligbygg Oslo KF, forvaltning",
      opplysninger: "Leiekontrakten din",
      handling: "Endret",
    });
    expect(barn).toMatchObject({
      hvem: "Saksbehandler",
      opplysninger: "Helseopplysninger",
      gjelder: "Lina (barnet ditt)",
    });
    const oslo = new Intl.DateTimeFormat("nb-NO", {
      timeZone: "Europe/Oslo",
      hour: "2-digit",
      minute: "2-digit",
    }).format(new Date(selv!.iso));
    expect(selv!.nar).toMatch(new RegExp(`^\\d{1,2}\\. \\p{L}+ \\d{4} kl\\. ${oslo}$`, "u"));
  });

  test("a malformed ?side is page 1", async () => {
    const data = await loader(args(beboer, "http://localhost/innsyn?side=abc"));
    expect(data.registrert && data.side).toBe(1);
  });

  test("staff and anonymous users are refused", async () => {
    const staff: Actor = {
      ...beboer,
      id: sara.id,
      rolle: "saksbehandler",
      enhet: sara.enhet,
      personId: null,
      bydelId: bydel,
    };
    await expect(loader(args(staff))).rejects.toMatchObject({ init: { status: 403 } });
    await expect(loader(args(null))).rejects.toMatchObject({ init: { status: 401 } });
  });
});
