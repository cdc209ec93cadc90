import { describe, expect, test } from "vitest";
import type { Dato } from "../../lib/frister";
import { fornyelsesstatus, soknadTidligst, type RenewalSak } from "./fornyelsesstatus";
import { STANDARD_FORNYELSESPOLICY as policy } from "./policy";

const slutt = "2026-07-31" as Dato;
const sak = (utfall: RenewalSak["utfall"]): RenewalSak => ({
  sakId: "s",
  saksnummer: "2026/00001",
  mottatt: "2026-02-01",
  status: utfall ? "vedtatt" : "under_behandling",
  sokerPersonId: "p",
  utfall,
});
const status = (idag: string, s: RenewalSak | null = null, fornyet = false) =>
  fornyelsesstatus({ sluttdato: slutt, idag: idag as Dato, sak: s, fornyet, policy });

describe("the renewal state of a lease", () => {
  test("notices at six and three months, from the day they fall due", () => {
    expect(status("2026-01-30").varsler).toEqual([]);
    expect(status("2026-01-31").varsler).toEqual([{ maaneder: 6, dato: "2026-01-31" }]);
    expect(status("2026-04-30").varsler.map((v) => v.maaneder)).toEqual([6, 3]);
  });

  test("the caseworker is alerted after the last notice with nothing in, and never left unalerted past the end", () => {
    expect(status("2026-04-29").varsleSaksbehandler).toBe(false);
    expect(status("2026-04-30").varsleSaksbehandler).toBe(true);
    expect(status("2026-08-01", sak(null)).varsleSaksbehandler).toBe(true);
    expect(status("2026-08-01", sak("avslag")).varsleSaksbehandler).toBe(false);
  });

  test("only a new lease or a refusal counts as the district having acted", () => {
    expect(status("2026-05-01").bydelenHarHandlet).toBe(false);
    expect(status("2026-05-01", sak(null)).tilstand).toBe("til_behandling");
    expect(status("2026-05-01", sak("innvilget"))).toMatchObject({
      tilstand: "innvilget",
      bydelenHarHandlet: false,
      varsleSaksbehandler: true,
    });
    expect(status("2026-05-01", sak("avslag"))).toMatchObject({
      tilstand: "avslag",
      bydelenHarHandlet: true,
    });
    expect(status("2026-05-01", sak("innvilget"), true)).toMatchObject({
      tilstand: "fornyet",
      bydelenHarHandlet: true,
    });
    // No notices once an application is in.
    expect(status("2026-05-01", sak(null)).varsler).toEqual([]);
  });

  test("an application counts for the lease from twelve months before its end; the policy is configuration", () => {
    expect(soknadTidligst(slutt, policy)).toBe("2025-07-31");
    const kort = fornyelsesstatus({
      sluttdato: slutt,
      idag: "2026-06-01" as Dato,
      sak: null,
      fornyet: false,
      policy: { ...policy, varselMaaneder: [2] },
    });
    expect(kort.varselpunkter).toEqual([{ maaneder: 2, dato: "2026-05-31" }]);
  });
});
