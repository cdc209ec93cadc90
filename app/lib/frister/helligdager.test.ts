import { describe, expect, it } from "vitest";

import { parseDato } from "./dato";
import { easterSunday, helligdagNavn, helligdager, isHelligdag } from "./helligdager";

/**
 * Western Easter Sunday 2000–2035, typed in from the table of western Easter dates in python-dateutil's test
 * suite (tests/test_easter.py), cross-checked for 2000–2008 against the ReligiousTolerance.org table of movable
 * days.
 */
const EASTER: Record<number, string> = {
  2000: "04-23",
  2001: "04-15",
  2002: "03-31",
  2003: "04-20",
  2004: "04-11",
  2005: "03-27",
  2006: "04-16",
  2007: "04-08",
  2008: "03-23",
  2009: "04-12",
  2010: "04-04",
  2011: "04-24",
  2012: "04-08",
  2013: "03-31",
  2014: "04-20",
  2015: "04-05",
  2016: "03-27",
  2017: "04-16",
  2018: "04-01",
  2019: "04-21",
  2020: "04-12",
  2021: "04-04",
  2022: "04-17",
  2023: "04-09",
  2024: "03-31",
  2025: "04-20",
  2026: "04-05",
  2027: "03-28",
  2028: "04-16",
  2029: "04-01",
  2030: "04-21",
  2031: "04-13",
  2032: "03-28",
  2033: "04-17",
  2034: "04-09",
  2035: "03-25",
};

describe("easterSunday", () => {
  it.each(Object.entries(EASTER))("Easter %s is on %s", (year, monthDay) => {
    expect(easterSunday(Number(year))).toBe(`${year}-${monthDay}`);
  });

  it("is always a Sunday between 22 March and 25 April (1900–2200)", () => {
    for (let year = 1900; year <= 2200; year++) {
      const e = easterSunday(year);
      expect(new Date(`${e}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(e.slice(5) >= "03-22" && e.slice(5) <= "04-25").toBe(true);
    }
  });
});

describe("helligdager", () => {
  // Derived by hand from Easter (above): skjærtorsdag −3, langfredag −2, andre påskedag +1,
  // Kristi himmelfartsdag +39, pinsedag +49, andre pinsedag +50.
  it("2024 (Easter 31 March)", () => {
    expect(helligdager(2024).map((h) => h.dato)).toEqual([
      "2024-01-01",
      "2024-03-28",
      "2024-03-29",
      "2024-03-31",
      "2024-04-01",
      "2024-05-01",
      "2024-05-09",
      "2024-05-17",
      "2024-05-19",
      "2024-05-20",
      "2024-12-25",
      "2024-12-26",
    ]);
  });

  it("2025 (Easter 20 April)", () => {
    expect(helligdager(2025).map((h) => h.dato)).toEqual([
      "2025-01-01",
      "2025-04-17",
      "2025-04-18",
      "2025-04-20",
      "2025-04-21",
      "2025-05-01",
      "2025-05-17",
      "2025-05-29",
      "2025-06-08",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
  });

  it("2026 (Easter 5 April) with names", () => {
    expect(helligdager(2026)).toEqual([
      { dato: "2026-01-01", navn: "første nyttårsdag" },
      { dato: "2026-04-02", navn: "skjærtorsdag" },
      { dato: "2026-04-03", navn: "langfredag" },
      { dato: "2026-04-05", navn: "første påskedag" },
      { dato: "2026-04-06", navn: "andre påskedag" },
      { dato: "2026-05-01", navn: "offentlig høytidsdag 1. mai" },
      { dato: "2026-05-14", navn: "Kristi himmelfartsdag" },
      { dato: "2026-05-17", navn: "grunnlovsdagen 17. mai" },
      { dato: "2026-05-24", navn: "første pinsedag" },
      { dato: "2026-05-25", navn: "andre pinsedag" },
      { dato: "2026-12-25", navn: "første juledag" },
      { dato: "2026-12-26", navn: "andre juledag" },
    ]);
  });

  it("2027 (Easter 28 March): andre pinsedag falls on 17 May, one entry with both names", () => {
    const list = helligdager(2027);
    expect(list.map((h) => h.dato)).toEqual([
      "2027-01-01",
      "2027-03-25",
      "2027-03-26",
      "2027-03-28",
      "2027-03-29",
      "2027-05-01",
      "2027-05-06",
      "2027-05-16",
      "2027-05-17",
      "2027-12-25",
      "2027-12-26",
    ]);
    expect(helligdagNavn(parseDato("2027-05-17"))).toBe("grunnlovsdagen 17. mai og andre pinsedag");
  });

  it("2008 (Easter 23 March): Kristi himmelfartsdag falls on 1 May", () => {
    expect(helligdagNavn(parseDato("2008-05-01"))).toBe(
      "offentlig høytidsdag 1. mai og Kristi himmelfartsdag",
    );
    expect(helligdager(2008)).toHaveLength(11);
  });

  it("24 and 31 December are not public holidays", () => {
    for (const day of ["2026-12-24", "2026-12-31", "2027-12-24", "2027-12-31"]) {
      expect(isHelligdag(parseDato(day))).toBe(false);
    }
    expect(isHelligdag(parseDato("2026-12-25"))).toBe(true);
    expect(isHelligdag(parseDato("2026-04-04"))).toBe(false); // påskeaften is not a holiday
  });

  it("returns frozen lists", () => {
    expect(Object.isFrozen(helligdager(2026))).toBe(true);
  });
});
