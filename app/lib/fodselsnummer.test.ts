import { describe, expect, test } from "vitest";
import { century, checkDigits, generateSynthetic, isValid, syntheticKind, validate } from "./fodselsnummer";

// Hand-computed numbers (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2). Real-format
// examples use birth dates in the 1800s, so they can never be a living person's number.
const REAL_1880 = "01018060031"; // 1 Jan 1880, individual number 600 (woman)
const D_NUMMER_1880 = "41018060025"; // the same date as a D-nummer (day + 40)
const TENOR_LEAP_DAY = "29820050043"; // Tenor (month + 80), 29 Feb 2000, individual 500
const TENOR_D_NUMMER = "55897540079"; // Tenor D-nummer: 15 Sep 1975, individual 400
const NAV_SYNTHETIC = "15474540119"; // NAV (month + 40), 15 Jul 1945, individual 401 (man)
const PERSONA_AMINA = "12899040463"; // app/auth/test-idp/personas.ts
const PERSONA_PIOTR = "05817540165";

describe("validate", () => {
  test("accepts a real-format fødselsnummer and tells date and sex", () => {
    const result = validate(REAL_1880);
    expect(result).toEqual({
      ok: true,
      fodselsnummer: {
        verdi: REAL_1880,
        type: "fodselsnummer",
        syntetisk: null,
        fodselsdato: "1880-01-01",
        kjonn: "kvinne",
      },
    });
  });

  test("accepts a D-nummer (day + 40)", () => {
    const result = validate(D_NUMMER_1880);
    expect(result.ok && result.fodselsnummer.type).toBe("d-nummer");
    expect(result.ok && result.fodselsnummer.fodselsdato).toBe("1880-01-01");
  });

  test("ignores spaces", () => {
    expect(validate("010180 600 31").ok).toBe(true);
  });

  test.each([
    ["", "tomt"],
    ["   ", "tomt"],
    ["0101806003", "feil_lengde"],
    ["010180600311", "feil_lengde"],
    ["0101806003a", "ikke_siffer"],
    ["01-01-80-600", "ikke_siffer"],
  ])("refuses %j as %s", (input, grunn) => {
    expect(validate(input)).toEqual({ ok: false, grunn });
  });

  test("refuses a wrong first or second check digit", () => {
    expect(validate("01018060021")).toEqual({ ok: false, grunn: "feil_kontrollsiffer" });
    expect(validate("01018060032")).toEqual({ ok: false, grunn: "feil_kontrollsiffer" });
    expect(validate("41018060026")).toEqual({ ok: false, grunn: "feil_kontrollsiffer" });
  });

  test("refuses every single-digit change of a valid number", () => {
    for (let i = 0; i < 11; i++) {
      for (let d = 0; d <= 9; d++) {
        if (Number(REAL_1880[i]) === d) continue;
        const changed = REAL_1880.slice(0, i) + d + REAL_1880.slice(i + 1);
        expect(isValid(changed), changed).toBe(false);
      }
    }
  });

  test("refuses impossible dates, leap days included", () => {
    expect(validate("31028060000")).toEqual({ ok: false, grunn: "ugyldig_dato" });
    expect(validate("29020150000")).toEqual({ ok: false, grunn: "ugyldig_dato" }); // 2001 is not a leap year
    expect(validate("00018060000")).toEqual({ ok: false, grunn: "ugyldig_dato" });
    expect(validate("01138060000")).toEqual({ ok: false, grunn: "ugyldig_dato" });
    expect(validate("72018060000")).toEqual({ ok: false, grunn: "ugyldig_dato" }); // D-nummer day 32
  });

  test("refuses a birth date after today when told today", () => {
    const future = generateSynthetic({ fodselsdato: "2030-06-01" });
    expect(validate(future, { allowSynthetic: true }).ok).toBe(true);
    expect(validate(future, { allowSynthetic: true, today: "2026-11-22" })).toEqual({
      ok: false,
      grunn: "ugyldig_dato",
    });
  });

  test("refuses an individual number no century uses", () => {
    // Year 45 with individual number 800: 750–899 are only used for 1854–1899 and 2000–2039.
    expect(validate("15074580000")).toEqual({ ok: false, grunn: "ugyldig_individnummer" });
  });

  test("recognises Tenor and NAV synthetic numbers, refused unless allowed", () => {
    for (const value of [TENOR_LEAP_DAY, TENOR_D_NUMMER, NAV_SYNTHETIC, PERSONA_AMINA]) {
      expect(validate(value)).toEqual({ ok: false, grunn: "syntetisk_ikke_tillatt" });
    }
    const tenor = validate(TENOR_LEAP_DAY, { allowSynthetic: true });
    expect(tenor.ok && tenor.fodselsnummer).toMatchObject({ syntetisk: "tenor", fodselsdato: "2000-02-29" });
    const tenorD = validate(TENOR_D_NUMMER, { allowSynthetic: true });
    expect(tenorD.ok && tenorD.fodselsnummer).toMatchObject({
      syntetisk: "tenor",
      type: "d-nummer",
      fodselsdato: "1975-09-15",
    });
    const nav = validate(NAV_SYNTHETIC, { allowSynthetic: true });
    expect(nav.ok && nav.fodselsnummer).toMatchObject({
      syntetisk: "nav",
      fodselsdato: "1945-07-15",
      kjonn: "mann",
    });
    expect(syntheticKind(TENOR_LEAP_DAY)).toBe("tenor");
    expect(syntheticKind(NAV_SYNTHETIC)).toBe("nav");
    expect(syntheticKind(REAL_1880)).toBeNull();
  });

  test("a synthetic number with a wrong check digit is a check-digit error, not a synthetic one", () => {
    expect(validate("29820050044")).toEqual({ ok: false, grunn: "feil_kontrollsiffer" });
  });

  test("the resident personas' numbers are valid Tenor numbers", () => {
    const amina = validate(PERSONA_AMINA, { allowSynthetic: true });
    expect(amina.ok && amina.fodselsnummer).toMatchObject({ syntetisk: "tenor", fodselsdato: "1990-09-12" });
    const piotr = validate(PERSONA_PIOTR, { allowSynthetic: true });
    expect(piotr.ok && piotr.fodselsnummer).toMatchObject({ syntetisk: "tenor", fodselsdato: "1975-01-05" });
  });
});

describe("check digits and century", () => {
  test("match the hand-computed values, and say when none exist", () => {
    expect(checkDigits("010180600")).toEqual([3, 1]);
    expect(checkDigits("298200500")).toEqual([4, 3]);
    expect(checkDigits("010180602")).toBeNull(); // first check digit would be 10
    expect(checkDigits("154745402")).toBeNull();
  });

  test("century from the individual number", () => {
    expect(century(80, 600)).toBe(1880);
    expect(century(80, 400)).toBe(1980);
    expect(century(5, 600)).toBe(2005);
    expect(century(45, 950)).toBe(1945);
    expect(century(45, 800)).toBeNull();
  });
});

describe("generateSynthetic", () => {
  test("reproduces known numbers", () => {
    expect(generateSynthetic({ fodselsdato: "1990-09-12", pickIndividnummer: () => 404 })).toBe(
      PERSONA_AMINA,
    );
    expect(generateSynthetic({ fodselsdato: "1975-01-05", pickIndividnummer: () => 401 })).toBe(
      PERSONA_PIOTR,
    );
    expect(generateSynthetic({ fodselsdato: "2000-02-29", pickIndividnummer: () => 500 })).toBe(
      TENOR_LEAP_DAY,
    );
    expect(
      generateSynthetic({ fodselsdato: "1945-07-15", variant: "nav", pickIndividnummer: () => 401 }),
    ).toBe(NAV_SYNTHETIC);
    expect(
      generateSynthetic({ fodselsdato: "1975-09-15", dNummer: true, pickIndividnummer: () => 400 }),
    ).toBe(TENOR_D_NUMMER);
  });

  test("skips individual numbers without valid check digits, and of the wrong sex", () => {
    // 154745402 has no valid check digits; 403 (a man) is the next one.
    expect(
      generateSynthetic({ fodselsdato: "1945-07-15", variant: "nav", pickIndividnummer: () => 402 }),
    ).toBe("15474540380");
    // Asking for a woman from 401 skips 401 and 403 (odd) and 402 (no check digits): 404.
    expect(
      generateSynthetic({
        fodselsdato: "1945-07-15",
        variant: "nav",
        kjonn: "kvinne",
        pickIndividnummer: () => 401,
      }),
    ).toBe("15474540461");
  });

  test("gives valid, synthetic numbers with the asked date and sex for dates across two centuries", () => {
    let day = Date.UTC(1925, 0, 1);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++, day += 97 * 86_400_000) {
      const fodselsdato = new Date(day).toISOString().slice(0, 10);
      const kjonn = i % 2 === 0 ? "kvinne" : "mann";
      const value = generateSynthetic({
        fodselsdato,
        kjonn,
        pickIndividnummer: (min, max) => min + ((i * 37) % (max - min)),
      });
      const result = validate(value, { allowSynthetic: true });
      expect(result.ok, value).toBe(true);
      if (!result.ok) continue;
      expect(result.fodselsnummer).toMatchObject({
        syntetisk: "tenor",
        fodselsdato,
        kjonn,
        type: "fodselsnummer",
      });
      seen.add(value);
    }
    expect(seen.size).toBe(400);
  });

  test("honours isTaken and fails when a date is used up", () => {
    const taken = new Set<string>();
    const isTaken = (value: string) => taken.has(value);
    for (let i = 0; i < 200; i++) taken.add(generateSynthetic({ fodselsdato: "1990-01-01", isTaken }));
    expect(taken.size).toBe(200);
    let error: unknown;
    try {
      for (let i = 0; i < 1000; i++) taken.add(generateSynthetic({ fodselsdato: "1990-01-01", isTaken }));
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/Ingen ledige/);
    // 500 individual numbers for 1900–1999, less those whose check digits would be 10.
    expect(taken.size).toBeGreaterThan(300);
    expect(taken.size).toBeLessThan(500);
  });
});
