import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle } from "../../app/db/connection.server";
import {
  isSyntheticIdentityNumber,
  residentActorFromClaims,
  residentActorId,
  staffActorFromClaims,
} from "../../app/auth/claims.server";
import { safeReturnTo } from "../../app/auth/login-state.server";
import { personaClaims } from "../../app/auth/test-idp/provider.server";
import { PERSONAS, findPersona } from "../../app/auth/test-idp/personas";

let handle: DatabaseHandle;
const registrertPid = "12899040463";
let registrertPersonId: string;

beforeAll(async () => {
  handle = await createTestDb();
  const { db } = handle;
  await db
    .insertInto("bydel")
    .values([
      { id: "sagene", nummer: 3, navn: "Sagene", innbyggere: 1 },
      { id: "stovner", nummer: 10, navn: "Stovner", innbyggere: 1 },
    ])
    .onConflict((c) => c.doNothing())
    .execute();
  const existing = await db
    .selectFrom("person")
    .select("id")
    .where("fodselsnummer", "=", registrertPid)
    .executeTakeFirst();
  registrertPersonId = existing?.id ?? randomUUID();
  if (!existing) {
    await db
      .insertInto("person")
      .values({
        id: registrertPersonId,
        fodselsnummer: registrertPid,
        fornavn: "Amina",
        etternavn: "Hassan",
        fodselsdato: "1990-09-12",
        telefon: null,
        epost: null,
      })
      .execute();
  }
});

afterAll(async () => {
  await handle.close();
});

const staff = (overrides: Record<string, unknown> = {}) => ({
  sub: "x",
  oid: "2a304b66-e254-5dde-8e80-1d5d77a053eb",
  name: "Sara Saksbehandler",
  roles: ["saksbehandler"],
  bydel: "sagene",
  enhet: "Bydel Sagene, boligkontoret",
  ...overrides,
});

describe("staff claims → actor", () => {
  test("a district role gets its role, district, unit and the oid as id", async () => {
    const result = await staffActorFromClaims(handle.db, staff());
    expect(result).toEqual({
      ok: true,
      actor: {
        id: "oid:2a304b66-e254-5dde-8e80-1d5d77a053eb",
        navn: "Sara Saksbehandler",
        rolle: "saksbehandler",
        enhet: "Bydel Sagene, boligkontoret",
        bydelId: "sagene",
        personId: null,
        acr: null,
      },
    });
  });

  test("a city-wide role has no district even if the claim names one", async () => {
    const result = await staffActorFromClaims(handle.db, staff({ roles: ["forvalter"], bydel: "stovner" }));
    expect(result.ok && result.actor.rolle).toBe("forvalter");
    expect(result.ok && result.actor.bydelId).toBeNull();
  });

  test.each([
    ["an unknown role", { roles: ["superbruker"] }, "ukjent_rolle"],
    ["the resident role through the staff provider", { roles: ["beboer"] }, "ukjent_rolle"],
    ["no roles claim", { roles: undefined }, "ukjent_rolle"],
    ["an empty roles array", { roles: [] }, "ukjent_rolle"],
    ["a roles claim that is a string", { roles: "saksbehandler" }, "ukjent_rolle"],
    ["two roles", { roles: ["saksbehandler", "leder"] }, "flere_roller"],
    ["a district role without bydel", { bydel: undefined }, "mangler_bydel"],
    ["a district role with an empty bydel", { bydel: "  " }, "mangler_bydel"],
    ["a district role with an unknown bydel", { bydel: "atlantis" }, "mangler_bydel"],
    ["no oid", { oid: undefined }, "mangler_identitet"],
  ])("denies %s", async (_name, overrides, grunn) => {
    expect(await staffActorFromClaims(handle.db, staff(overrides))).toEqual({ ok: false, grunn });
  });

  test("every staff persona of the test identity provider maps to its own role and district", async () => {
    for (const persona of PERSONAS) {
      if (persona.kind !== "ansatt") continue;
      const result = await staffActorFromClaims(handle.db, personaClaims(persona));
      expect(result, persona.id).toEqual({
        ok: true,
        actor: {
          id: `oid:${persona.oid}`,
          navn: persona.navn,
          rolle: persona.rolle,
          enhet: persona.enhet,
          bydelId: persona.bydelId,
          personId: null,
          acr: null,
        },
      });
    }
  });
});

describe("resident claims → actor", () => {
  const acr = "idporten-loa-substantial";

  test("the actor id is a SHA-256 of pid, never pid itself, and the person row is found", async () => {
    const result = await residentActorFromClaims(
      handle.db,
      { pid: registrertPid, acr },
      { allowTestIdentities: true },
    );
    const expectedId = `pid:${createHash("sha256").update(registrertPid).digest("hex")}`;
    expect(result).toEqual({
      ok: true,
      actor: {
        id: expectedId,
        navn: "Amina Hassan",
        rolle: "beboer",
        enhet: "Privatperson",
        bydelId: null,
        personId: registrertPersonId,
        acr,
      },
    });
    expect(residentActorId(registrertPid)).toBe(expectedId);
    expect(JSON.stringify(result)).not.toContain(registrertPid);
  });

  test("a resident who is not registered signs in without a person row", async () => {
    const result = await residentActorFromClaims(
      handle.db,
      { pid: "05817540165", acr: "idporten-loa-high" },
      { allowTestIdentities: true },
    );
    expect(result.ok && result.actor.personId).toBeNull();
    expect(result.ok && result.actor.id).toBe(residentActorId("05817540165"));
    expect(result.ok && result.actor.acr).toBe("idporten-loa-high");
  });

  test.each([
    ["no pid", { acr }, "mangler_identitet"],
    ["a pid that is not 11 digits", { pid: "1289904011", acr }, "mangler_identitet"],
    ["a pid with letters", { pid: "1289904011x", acr }, "mangler_identitet"],
    ["no acr", { pid: registrertPid }, "for_lavt_sikkerhetsniva"],
    ["a low security level", { pid: registrertPid, acr: "idporten-loa-low" }, "for_lavt_sikkerhetsniva"],
  ])("denies %s", async (_name, claims, grunn) => {
    expect(await residentActorFromClaims(handle.db, claims, { allowTestIdentities: true })).toEqual({
      ok: false,
      grunn,
    });
  });

  test("synthetic test identities are refused unless test identities are allowed", async () => {
    expect(isSyntheticIdentityNumber(registrertPid)).toBe(true);
    expect(isSyntheticIdentityNumber("12099040110")).toBe(false);
    expect(
      await residentActorFromClaims(handle.db, { pid: registrertPid, acr }, { allowTestIdentities: false }),
    ).toEqual({ ok: false, grunn: "testidentitet" });
  });

  test("the resident personas carry pid and map to residents", async () => {
    const persona = findPersona("beboer-stovner");
    expect(persona?.kind).toBe("beboer");
    const claims = { ...personaClaims(persona!), acr };
    const result = await residentActorFromClaims(handle.db, claims, { allowTestIdentities: true });
    expect(result.ok && result.actor.rolle).toBe("beboer");
  });
});

describe("returnTo", () => {
  test.each([
    ["/", "/"],
    ["/boliger?side=2#liste", "/boliger?side=2#liste"],
    ["/innsyn", "/innsyn"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  test.each([
    "//evil.example",
    "//evil.example/boliger",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "/\\evil.example",
    "\\\\evil.example",
    "/\tevil",
    "boliger",
    "",
    "/auth/logg-ut",
    "/logg-inn",
    "/idp/interaction/abc",
    `/${"a".repeat(2001)}`,
  ])("replaces %s with /", (input) => {
    expect(safeReturnTo(input)).toBe("/");
  });

  test("non-strings become /", () => {
    expect(safeReturnTo(null)).toBe("/");
    expect(safeReturnTo(undefined)).toBe("/");
    expect(safeReturnTo(["/boliger"])).toBe("/");
  });
});
