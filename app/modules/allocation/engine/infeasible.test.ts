import { describe, expect, it } from "vitest";
import { tildel } from "./solve.server";
import { bolig, husstand, lag, oppgang } from "./test-helpers";

describe("infeasible input is explained: which rule blocks what", () => {
  it("a household that must be placed but fits no unit names the blocking rules", async () => {
    const p = lag({
      husstander: [husstand("H-STOR", { voksne: 2, barn: 3, maaTildeles: true }), husstand("H2")],
      boliger: [bolig("B1"), bolig("B2", { rom: 2 })],
    });
    const l = await tildel(p);
    expect(l.status).toBe("umulig");
    expect(l.tildelinger).toEqual([]);
    const tekst = l.forklaring.map((f) => f.tekst).join("\n");
    expect(tekst).toContain("H-STOR");
    expect(tekst).toContain("2: boligen er for liten etter romnormen");
    expect(tekst).toContain("må tildeles");
  });

  it("must-assign households competing for too few units (Hall's condition) are named with the units", async () => {
    const p = lag({
      husstander: [
        husstand("A", { behov: { rullestol: true }, maaTildeles: true }),
        husstand("B", { behov: { rullestol: true }, maaTildeles: true }),
        husstand("C", { maaTildeles: true }),
      ],
      boliger: [bolig("R1", { rullestol: true }), bolig("V1"), bolig("V2")],
    });
    const l = await tildel(p);
    expect(l.status).toBe("umulig");
    expect(l.forklaring).toHaveLength(1);
    expect(l.forklaring[0]!.tekst).toBe(
      "Husstandene A og B må alle tildeles, men de kan til sammen bare bo i boligen R1 (1 bolig til 2 husstander).",
    );
  });

  it("a composition rule that blocks must-assign households is found by the deletion filter", async () => {
    const p = lag({
      husstander: [
        husstand("HOY1", { hoyOppfolging: true, maaTildeles: true }),
        husstand("HOY2", { hoyOppfolging: true, maaTildeles: true }),
        husstand("HOY3", { hoyOppfolging: true }),
      ],
      boliger: [
        bolig("B1", { oppgang: "O1" }),
        bolig("B2", { oppgang: "O1" }),
        bolig("B3", { oppgang: "O2" }),
      ],
      oppganger: [oppgang("O1", { adresse: "Furuveien 12" }), oppgang("O2", { bydel: "Grorud" })],
      regler: { maksHoyOppfolgingPerRunde: 1, maksAndelHoyOppfolging: null },
    });
    // Both fit O1 and O2 — but HOY2 is excluded from Grorud, so both need O1, which takes one per round.
    p.husstander[1]!.utelukkelser.bydeler.push("Grorud");
    p.husstander[0]!.utelukkelser.bydeler.push("Grorud");
    const l = await tildel(p);
    expect(l.status).toBe("umulig");
    expect(l.forklaring.map((f) => f.regel)).toEqual([
      "maaTildeles",
      "maksHoyOppfolgingPerRunde",
      "oppsummering",
    ]);
    expect(l.forklaring[0]!.tekst).toContain("HOY1 (aktuelle boliger: B1 og B2)");
    expect(l.forklaring[0]!.tekst).toContain("HOY2");
    expect(l.forklaring[1]!.tekst).toBe(
      "Oppgang O1 (Furuveien 12) tar høyst 1 husstand(er) med høyt oppfølgingsbehov per runde.",
    );
    // With the cap raised, the same input is feasible.
    p.regler.maksHoyOppfolgingPerRunde = 2;
    const ok = await tildel(p);
    expect(ok.status).toBe("optimal");
    expect(ok.tildelinger.map((t) => t.husstand).sort()).toEqual(["HOY1", "HOY2"]);
  });

  it("a unit nobody can take and a household no unit fits are explained without making the input infeasible", async () => {
    const p = lag({
      husstander: [husstand("H1"), husstand("H2", { behov: { forsteEtasje: true } })],
      boliger: [bolig("B5", { rom: 5 }), bolig("B1", { etasje: 3 })],
    });
    const l = await tildel(p);
    expect(l.status).toBe("optimal");
    expect(l.ikkeTildelteBoliger).toEqual([
      {
        bolig: "B5",
        grunn: "Bolig B5: ingen av de 2 husstandene kan få den (2: boligen er for stor etter romnormen).",
      },
    ]);
    expect(l.ikkeTildelteHusstander[0]).toMatchObject({ husstand: "H2", aktuelleBoliger: 0 });
    expect(l.ikkeTildelteHusstander[0]!.grunn).toContain("boligen ligger ikke i 1. etasje");
  });
});

describe("infeasibility analysis on a full-size round", () => {
  it("finds the blocking stairwell rule among 400 households and 80 units", async () => {
    const { parseProblem } = await import("./problem");
    const { syntetiskProblem } = await import("./synthetic");
    const r = parseProblem(syntetiskProblem({ husstander: 400, boliger: 80, oppganger: 30, seed: 3 }));
    if (!r.ok) throw new Error(r.feil.join("\n"));
    const p = r.problem;
    // Two single adults with high follow-up need must be placed, and may only live in stairwell O001.
    const andre = p.oppganger.filter((o) => o.id !== "O001").map((o) => o.id);
    for (const h of p.husstander.slice(0, 2)) {
      Object.assign(h, { voksne: 1, barn: 0, hoyOppfolging: true, maaTildeles: true });
      h.behov = { rullestol: false, heis: false, forsteEtasje: false };
      h.utelukkelser = { ikkeNaer: [], oppganger: andre, bydeler: [] };
    }
    const o = p.oppganger.find((x) => x.id === "O001")!;
    o.utrygg = false;
    o.eksisterende = { husstander: 20, hoyOppfolging: 0, barnefamilier: 0 };
    o.regler = { maksHoyOppfolgingPerRunde: 1 };
    for (const u of p.boliger.filter((b) => b.oppgang === "O001")) u.rom = 1;
    const t0 = performance.now();
    const l = await tildel(p);
    expect(l.status).toBe("umulig");
    expect(l.forklaring.map((f) => f.regel)).toEqual([
      "maaTildeles",
      "maksHoyOppfolgingPerRunde",
      "oppsummering",
    ]);
    expect(l.forklaring[1]!.tekst).toContain("Oppgang O001");
    expect(performance.now() - t0).toBeLessThan(25_000);
  });
});
