import { describe, expect, it } from "vitest";
import { byggModell, fyllBonus, lagInstans } from "./model";
import { parseProblem, type Problem } from "./problem";
import { tildel } from "./solve.server";
import { prng, syntetiskProblem } from "./synthetic";

function shuffle<T>(xs: T[], seed: number): T[] {
  const r = prng(seed);
  const a = [...xs];
  for (let k = a.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [a[k], a[j]] = [a[j]!, a[k]!];
  }
  return a;
}

function problem(seed = 42, boliger = 20, oppganger = 6): Problem {
  const r = parseProblem(syntetiskProblem({ husstander: 4 * boliger, boliger, oppganger, seed }));
  if (!r.ok) throw new Error(r.feil.join("\n"));
  return r.problem;
}

/** A hand-made round where every household wishes something different, so no two pairs are interchangeable. */
function unik(): Problem {
  const r = parseProblem({
    versjon: 1,
    husstander: [
      { id: "H1", voksne: 1, ventedager: 400, onsker: { bydeler: ["Alna"], omrader: ["Furuset"], rom: 1 } },
      { id: "H2", voksne: 1, ventedager: 380, onsker: { bydeler: ["Grorud"], rom: 2 } },
      { id: "H3", voksne: 1, ventedager: 390, onsker: { omrader: ["Haugenstua"] } },
      { id: "H4", voksne: 2, ventedager: 200, prioritet: 1, onsker: { bydeler: ["Alna"], rom: 2 } },
      { id: "H5", voksne: 1, ventedager: 395, behov: { rullestol: true }, onsker: { omrader: ["Romsås"] } },
      { id: "H6", voksne: 1, ventedager: 10, onsker: { bydeler: ["Stovner"], rom: 1 } },
    ],
    boliger: [
      { id: "U1", oppgang: "A", rom: 1, etasje: 2 },
      { id: "U2", oppgang: "B", rom: 1, etasje: 1 },
      { id: "U3", oppgang: "C", rom: 2, etasje: 3 },
      { id: "U4", oppgang: "D", rom: 2, etasje: 1, rullestol: true },
    ],
    oppganger: [
      { id: "A", adresse: "Furuveien 1", bydel: "Alna", omrade: "Furuset" },
      { id: "B", adresse: "Romsåsveien 2", bydel: "Grorud", omrade: "Romsås" },
      { id: "C", adresse: "Haugenstuaveien 3", bydel: "Stovner", omrade: "Haugenstua" },
      { id: "D", adresse: "Tvetenveien 4", bydel: "Alna", omrade: "Tveita" },
    ],
  });
  if (!r.ok) throw new Error(r.feil.join("\n"));
  return r.problem;
}

const utenTid = (l: Awaited<ReturnType<typeof tildel>>) => ({
  ...l,
  solver: { ...l.solver, faser: [], tidMs: 0 },
});

describe("determinism", () => {
  it("the same input twice gives the same solution, field for field (timings aside)", async () => {
    const a = await tildel(problem());
    const b = await tildel(problem());
    expect(a.status).toBe("optimal");
    expect(a.antallTildelt).toBeGreaterThan(10);
    expect(utenTid(b)).toEqual(utenTid(a));
  });

  it("shuffled input order gives byte-identical LP text and the same assignment", async () => {
    const p = problem();
    const stokket: Problem = {
      ...p,
      husstander: shuffle(p.husstander, 1),
      boliger: shuffle(p.boliger, 2),
      oppganger: shuffle(p.oppganger, 3),
    };
    expect(stokket.husstander.map((h) => h.id)).not.toEqual(p.husstander.map((h) => h.id));
    const lp = (x: Problem) => {
      const inst = lagInstans(x);
      return byggModell(inst, { maal: "poeng", bonus: fyllBonus(inst) }).lp;
    };
    expect(lp(stokket)).toBe(lp(p));
    const a = await tildel(p);
    const b = await tildel(stokket);
    expect(b.tildelinger).toEqual(a.tildelinger);
    expect(b.objektivverdi).toBe(a.objektivverdi);
  });

  it("with a unique optimum (checked), shuffled input gives the same assignment", async () => {
    // Each unit in its own stairwell, so no two units are interchangeable. Uniqueness check: forbidding the
    // found assignment (Σ chosen x ≤ n − 1) must lower the objective.
    const p = unik();
    const a = await tildel(p);
    const inst = lagInstans(p);
    const bonus = fyllBonus(inst);
    const valgt = new Set(a.tildelinger.map((t) => `${t.husstand}/${t.bolig}`));
    const navn = inst.par
      .filter((q) => valgt.has(`${inst.husstander[q.i]!.id}/${inst.boliger[q.j]!.id}`))
      .map((q) => q.navn);
    expect(navn).toHaveLength(a.antallTildelt);
    const lp = byggModell(inst, { maal: "poeng", bonus }).lp.replace(
      "Subject To\n",
      `Subject To\n unik: ${navn.join(" + ")} <= ${navn.length - 1}\n`,
    );
    const { lastHighs } = await import("./solve.server");
    const r = (await lastHighs()).solve(lp, { output_flag: false, mip_rel_gap: 0 });
    expect(r.Status).toBe("Optimal");
    expect(r.ObjectiveValue).toBeLessThan((a.objektivverdi ?? 0) + bonus * a.antallTildelt - 1e-6);
    for (const seed of [7, 8, 9]) {
      const b = await tildel({
        ...p,
        husstander: shuffle(p.husstander, seed),
        boliger: shuffle(p.boliger, seed + 1),
        oppganger: shuffle(p.oppganger, seed + 2),
      });
      expect(b.tildelinger).toEqual(a.tildelinger);
    }
  });
});
