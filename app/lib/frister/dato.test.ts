import { describe, expect, it } from "vitest";

import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  dato,
  daysBetween,
  daysInMonth,
  formatDatoLang,
  fromDayNumber,
  isDato,
  isLeapYear,
  parseDato,
  toDayNumber,
  ukedag,
} from "./dato";

const d = parseDato;

describe("parseDato / isDato", () => {
  it("accepts real dates", () => {
    expect(d("2026-04-07")).toBe("2026-04-07");
    expect(isDato("2024-02-29")).toBe(true);
    expect(isDato("2000-02-29")).toBe(true);
  });

  it.each([
    "2026-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-4-7",
    "07.04.2026",
    "",
    "2026-04-07T00:00",
  ])("rejects %j", (value) => {
    expect(isDato(value)).toBe(false);
    expect(() => parseDato(value)).toThrow(RangeError);
  });

  it("rejects non-strings", () => {
    expect(isDato(20260407)).toBe(false);
    expect(isDato(null)).toBe(false);
  });
});

describe("leap years and month lengths", () => {
  it("follows the Gregorian rule", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});

describe("day numbers", () => {
  it("1970-01-01 is day 0", () => {
    expect(toDayNumber(d("1970-01-01"))).toBe(0);
    expect(fromDayNumber(0)).toBe("1970-01-01");
  });

  it("agrees with Date.UTC for every day from 1899 to 2101", () => {
    const first = Date.UTC(1899, 0, 1) / 86_400_000;
    const last = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(toDayNumber(d(iso))).toBe(n);
    }
  });
});

describe("weekday", () => {
  it.each([
    ["2026-04-06", 1], // andre påskedag 2026, a Monday
    ["2026-04-07", 2],
    ["2026-04-22", 3],
    ["2026-04-02", 4],
    ["2026-04-03", 5],
    ["2026-11-28", 6],
    ["2026-05-17", 7],
    ["2000-01-01", 6],
    ["1970-01-01", 4],
  ] as const)("%s is ISO weekday %i", (value, expected) => {
    expect(ukedag(d(value))).toBe(expected);
  });
});

describe("adding", () => {
  it("adds days across months and years", () => {
    expect(addDays(d("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(d("2028-02-28"), 1)).toBe("2028-02-29");
    expect(addDays(d("2027-02-28"), 1)).toBe("2027-03-01");
    expect(addDays(d("2026-03-01"), -1)).toBe("2026-02-28");
    expect(addWeeks(d("2026-03-16"), 3)).toBe("2026-04-06");
  });

  it("adds months on the same date, or the last day of a shorter month (domstolloven § 148)", () => {
    expect(addMonths(d("2026-01-31"), 1)).toBe("2026-02-28");
    expect(addMonths(d("2028-01-31"), 1)).toBe("2028-02-29");
    expect(addMonths(d("2026-03-31"), 1)).toBe("2026-04-30");
    expect(addMonths(d("2026-02-28"), 1)).toBe("2026-03-28");
    expect(addMonths(d("2026-12-15"), 1)).toBe("2027-01-15");
    expect(addMonths(d("2026-01-31"), -2)).toBe("2025-11-30");
    expect(addMonths(d("2026-08-31"), 6)).toBe("2027-02-28");
    expect(addYears(d("2024-02-29"), 1)).toBe("2025-02-28");
    expect(addYears(d("2024-02-29"), 4)).toBe("2028-02-29");
  });

  it("counts days between", () => {
    expect(daysBetween(d("2026-03-16"), d("2026-04-06"))).toBe(21);
    expect(daysBetween(d("2026-04-06"), d("2026-03-16"))).toBe(-21);
    expect(daysBetween(d("2024-01-01"), d("2025-01-01"))).toBe(366);
  });

  it("builds dates from parts and refuses impossible ones", () => {
    expect(dato(2026, 4, 7)).toBe("2026-04-07");
    expect(() => dato(2026, 2, 29)).toThrow(RangeError);
    expect(() => dato(2026, 1.5, 1)).toThrow(RangeError);
  });
});

describe("formatDatoLang", () => {
  it("writes Norwegian long dates", () => {
    expect(formatDatoLang(d("2026-04-07"))).toBe("tirsdag 7. april 2026");
    expect(formatDatoLang(d("2026-05-17"), { year: false })).toBe("søndag 17. mai");
    expect(formatDatoLang(d("2027-01-01"), { weekday: false })).toBe("1. januar 2027");
    expect(formatDatoLang(d("2026-11-28"))).toBe("lørdag 28. november 2026");
  });
});
