import { describe, expect, test } from "vitest";
import { beregnIndeks } from "./instrument";
import { ALFABET, KODELENGDE, kodeHash, normaliserKode, nyKode } from "./kode";
import { SKJEMATEKSTER, SVARSPRAK, retning } from "./sprak";
import { celle, undertrykk, type Sum } from "./statistikk";

const sum = (verdier: number[]): Sum => ({
  n: verdier.length,
  s: verdier.reduce((a, b) => a + b, 0),
  q: verdier.reduce((a, b) => a + b * b, 0),
});

describe("instrument and scoring", () => {
  test("1–5 maps to 0–100; overall is the mean of the dimensions; yes/no is a share", () => {
    const i = beregnIndeks({ helhet: 5, bolig: 1, reparasjon: 3, kontakt: 1, beboerrad: 2 });
    expect(i.helhet).toBe(100);
    expect(i.bolig).toBe(25);
    expect(i.samlet).toBe(62.5);
    expect(i.kontakt).toBe(100);
    expect(i.beboerrad).toBe(0);
    expect(i.trygghet).toBeUndefined();
  });

  test("every language has every text, and Arabic and Dari run right to left", () => {
    for (const s of SVARSPRAK) {
      for (const [k, v] of Object.entries(SKJEMATEKSTER[s])) expect(v, `${s}.${k}`).toBeTruthy();
    }
    expect(retning("ar")).toBe("rtl");
    expect(retning("fa-AF")).toBe("rtl");
    expect(retning("ti")).toBe("ltr");
  });
});

describe("one-time codes", () => {
  test("typed codes are normalised; look-alike characters are never issued", () => {
    const k = nyKode();
    expect(k).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(normaliserKode(` ${k.toLowerCase()} `)).toBe(k.replace("-", ""));
    expect(normaliserKode("O0I1L-LLLLL")).toBeNull();
    expect(normaliserKode("ABCD-2345")).toBeNull(); // the old 8-character length
    expect(kodeHash("ABCDE23456")).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the code space makes guessing hopeless: at least 49 bits", () => {
    expect(new Set(ALFABET).size).toBe(31);
    const bits = KODELENGDE * Math.log2(ALFABET.length);
    expect(bits).toBeGreaterThan(49);
    // 11,000 unused codes at once (every household in the city), 100 unknown codes per address and day,
    // a six-week round: one address finds a code with probability below 10⁻⁷.
    expect((100 * 42 * 11_000) / ALFABET.length ** KODELENGDE).toBeLessThan(1e-7);
  });
});

describe("cells and suppression", () => {
  test("interval narrows with the finite population correction and stays within 0–100", () => {
    const s = sum([100, 100, 75, 100, 100]);
    const uten = celle(s, null);
    const med = celle(s, 6);
    expect(uten.skjult).toBeNull();
    expect(med.hoy - med.lav).toBeLessThan(uten.hoy - uten.lav);
    expect(uten.hoy).toBeLessThanOrEqual(100);
  });

  test("a hidden child drags the smallest shown child along until the hidden ones hold the threshold", () => {
    const r = undertrykk(
      {
        forelder: { n: 40, sum: sum(Array(40).fill(50)), populasjon: null },
        barn: [
          { nokkel: "a", sum: sum([10, 20]), populasjon: null },
          { nokkel: "b", sum: sum(Array(6).fill(60)), populasjon: null },
          { nokkel: "c", sum: sum(Array(32).fill(50)), populasjon: null },
        ],
      },
      5,
    );
    expect(r.barn.get("a")!.skjult).toBe("for_faa");
    expect(r.barn.get("b")!.skjult).toBe("komplementaer");
    expect(r.barn.get("c")!.skjult).toBeNull();
    expect(r.forelder.skjult).toBeNull();
  });

  test("nothing hidden, nothing dragged along", () => {
    const r = undertrykk(
      {
        forelder: { n: 12, sum: sum(Array(12).fill(50)), populasjon: null },
        barn: [
          { nokkel: "a", sum: sum(Array(6).fill(50)), populasjon: null },
          { nokkel: "b", sum: sum(Array(6).fill(50)), populasjon: null },
        ],
      },
      5,
    );
    expect([...r.barn.values()].every((c) => c.skjult === null)).toBe(true);
  });
});
