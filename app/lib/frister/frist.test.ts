import { describe, expect, it } from "vitest";

import { STANDARD_FRIST_CONFIG, lagFristConfig, type FristKind } from "./config";
import { addDays, daysBetween, parseDato, type Dato } from "./dato";
import { helligdager } from "./helligdager";
import {
  addWorkingDays,
  computeDeadline,
  computeDeadlineFor,
  datoInOslo,
  fridagGrunn,
  isInTime,
  isWorkingDay,
  nominalEnd,
  todayInOslo,
  workingDaysBetween,
} from "./frist";

const JUL = lagFristConfig({ julaftenOgNyttarsaftenForlenger: true });

/**
 * Every expected value below was worked out by hand with a calendar (weekday of the nominal end day, then
 * walking forward over Saturdays, Sundays and holidays). Easter: 2008-03-23, 2024-03-31, 2025-04-20,
 * 2026-04-05, 2027-03-28, 2028-04-16.
 */
type Case = [start: string, nominal: string, due: string, why: string];

describe("klagefrist: 3 weeks, same weekday (forvaltningsloven § 29, domstolloven §§ 148–149)", () => {
  const cases: Case[] = [
    ["2026-04-01", "2026-04-22", "2026-04-22", "Wed → Wed, ordinary day"],
    ["2026-06-10", "2026-07-01", "2026-07-01", "Wed → Wed across a month"],
    ["2026-12-17", "2027-01-07", "2027-01-07", "Thu → Thu across a year"],
    ["2026-11-07", "2026-11-28", "2026-11-30", "Sat → Sat, moved to Monday"],
    ["2026-11-01", "2026-11-22", "2026-11-23", "Sun → Sun, moved to Monday"],
    ["2026-03-16", "2026-04-06", "2026-04-07", "andre påskedag 2026 → Tuesday"],
    ["2026-03-13", "2026-04-03", "2026-04-07", "langfredag, lørdag, påskedag, andre påskedag → Tuesday"],
    ["2026-03-12", "2026-04-02", "2026-04-07", "skjærtorsdag → five days later"],
    ["2026-04-23", "2026-05-14", "2026-05-15", "Kristi himmelfartsdag 2026 → Friday"],
    ["2026-05-04", "2026-05-25", "2026-05-26", "andre pinsedag 2026 → Tuesday"],
    ["2026-04-10", "2026-05-01", "2026-05-04", "1 May 2026 is a Friday → Monday"],
    ["2026-04-26", "2026-05-17", "2026-05-18", "17 May 2026 is a Sunday → Monday"],
    ["2026-12-04", "2026-12-25", "2026-12-28", "første juledag (Fri), andre juledag (Sat), Sunday → Monday"],
    ["2025-12-04", "2025-12-25", "2025-12-29", "første juledag (Thu), andre juledag (Fri), weekend → Monday"],
    ["2025-12-05", "2025-12-26", "2025-12-29", "andre juledag (Fri) → Monday"],
    ["2024-03-07", "2024-03-28", "2024-04-02", "skjærtorsdag 2024 → Tuesday after Easter"],
    ["2024-03-11", "2024-04-01", "2024-04-02", "andre påskedag 2024 → Tuesday"],
    ["2024-04-18", "2024-05-09", "2024-05-10", "Kristi himmelfartsdag 2024 → Friday"],
    ["2024-04-29", "2024-05-20", "2024-05-21", "andre pinsedag 2024 → Tuesday"],
    ["2024-04-10", "2024-05-01", "2024-05-02", "1 May 2024 (Wed) → Thursday"],
    ["2024-04-26", "2024-05-17", "2024-05-21", "17 May (Fri), weekend, andre pinsedag → Tuesday"],
    ["2025-03-27", "2025-04-17", "2025-04-22", "skjærtorsdag 2025 → Tuesday after Easter"],
    ["2025-04-26", "2025-05-17", "2025-05-19", "17 May 2025 is a Saturday → Monday"],
    ["2025-05-08", "2025-05-29", "2025-05-30", "Kristi himmelfartsdag 2025 → Friday"],
    ["2025-05-19", "2025-06-09", "2025-06-10", "andre pinsedag 2025 → Tuesday"],
    ["2027-03-08", "2027-03-29", "2027-03-30", "andre påskedag 2027 → Tuesday"],
    ["2027-04-26", "2027-05-17", "2027-05-18", "17 May 2027 is also andre pinsedag → Tuesday"],
    ["2008-04-10", "2008-05-01", "2008-05-02", "1 May 2008 is also Kristi himmelfartsdag → Friday"],
    ["2026-12-03", "2026-12-24", "2026-12-24", "julaften (Thu) does not extend by default"],
    ["2026-12-10", "2026-12-31", "2026-12-31", "nyttårsaften (Thu) does not extend by default"],
    ["2025-12-03", "2025-12-24", "2025-12-24", "julaften 2025 (Wed) does not extend by default"],
    ["2027-12-03", "2027-12-24", "2027-12-24", "julaften 2027 (Fri) does not extend by default"],
    ["2027-12-10", "2027-12-31", "2027-12-31", "nyttårsaften 2027 (Fri) does not extend by default"],
  ];

  it.each(cases)("received %s: nominal %s, due %s (%s)", (start, nominal, due) => {
    const r = computeDeadline("klagefrist", start);
    expect(r.nominal).toBe(nominal);
    expect(r.due).toBe(due);
    expect(r.movedFrom).toBe(nominal === due ? undefined : nominal);
    expect(r.basis).toBe("forvaltningsloven § 29");
  });

  const julCases: Case[] = [
    ["2026-12-03", "2026-12-24", "2026-12-28", "julaften (Thu), juledagene (Fri, Sat), Sunday → Monday"],
    ["2026-12-10", "2026-12-31", "2027-01-04", "nyttårsaften (Thu), nyttårsdag (Fri), weekend → Monday"],
    ["2025-12-03", "2025-12-24", "2025-12-29", "julaften (Wed), juledagene, weekend → Monday"],
    ["2025-12-10", "2025-12-31", "2026-01-02", "nyttårsaften (Wed), nyttårsdag (Thu) → Friday"],
    ["2027-12-03", "2027-12-24", "2027-12-27", "julaften (Fri), juledagene on the weekend → Monday"],
    ["2027-12-10", "2027-12-31", "2028-01-03", "nyttårsaften (Fri), nyttårsdag (Sat), Sunday → Monday"],
    ["2026-03-16", "2026-04-06", "2026-04-07", "the setting does not change other days"],
  ];

  it.each(julCases)(
    "with the 24/31 December setting: received %s, nominal %s, due %s (%s)",
    (start, nominal, due) => {
      const r = computeDeadline("klagefrist", start, JUL);
      expect(r.nominal).toBe(nominal);
      expect(r.due).toBe(due);
    },
  );
});

describe("foreløpig svar: 1 month, same date or last day of month (forvaltningsloven § 11 a)", () => {
  const cases: Case[] = [
    ["2026-01-31", "2026-02-28", "2026-03-02", "31 Jan → 28 Feb (a Saturday) → Monday 2 March"],
    ["2027-01-31", "2027-02-28", "2027-03-01", "31 Jan → 28 Feb (a Sunday) → Monday 1 March"],
    ["2028-01-31", "2028-02-29", "2028-02-29", "leap year: 31 Jan → 29 Feb (Tue)"],
    ["2024-01-29", "2024-02-29", "2024-02-29", "leap year: 29 Jan → 29 Feb (Thu)"],
    ["2026-01-30", "2026-02-28", "2026-03-02", "30 Jan → 28 Feb (Sat) → Monday"],
    ["2026-02-28", "2026-03-28", "2026-03-30", "28 Feb → 28 March, not 31 March; Saturday → Monday"],
    ["2026-03-31", "2026-04-30", "2026-04-30", "31 March → 30 April (Thu)"],
    ["2026-05-31", "2026-06-30", "2026-06-30", "31 May → 30 June (Tue)"],
    ["2026-08-31", "2026-09-30", "2026-09-30", "31 Aug → 30 Sep (Wed)"],
    ["2024-12-31", "2025-01-31", "2025-01-31", "31 Dec → 31 Jan (Fri) across a year"],
    ["2026-03-06", "2026-04-06", "2026-04-07", "andre påskedag → Tuesday"],
    ["2026-04-17", "2026-05-17", "2026-05-18", "17 May (Sun) → Monday"],
    ["2026-11-25", "2026-12-25", "2026-12-28", "første juledag (Fri), andre juledag (Sat), Sunday → Monday"],
    ["2026-12-17", "2027-01-17", "2027-01-18", "17 Jan 2027 is a Sunday → Monday"],
  ];

  it.each(cases)("received %s: nominal %s, due %s (%s)", (start, nominal, due) => {
    const r = computeDeadline("forelopig_svar", start);
    expect(r.nominal).toBe(nominal);
    expect(r.due).toBe(due);
    expect(r.basis).toBe("forvaltningsloven § 11 a");
  });
});

describe("ettårsgrensen for sen klage: 1 year from the decision (forvaltningsloven § 31)", () => {
  const cases: Case[] = [
    ["2024-02-29", "2025-02-28", "2025-02-28", "29 Feb has no match in 2025 → 28 Feb (Fri)"],
    ["2025-05-17", "2026-05-17", "2026-05-18", "17 May 2026 (Sun) → Monday"],
    ["2026-04-06", "2027-04-06", "2027-04-06", "6 April 2027 is an ordinary Tuesday"],
    ["2025-12-26", "2026-12-26", "2026-12-28", "andre juledag 2026 is a Saturday → Monday"],
  ];

  it.each(cases)("decided %s: nominal %s, due %s (%s)", (start, nominal, due) => {
    const r = computeDeadline("klage_ettarsgrense", start);
    expect(r.nominal).toBe(nominal);
    expect(r.due).toBe(due);
    expect(r.basis).toBe("forvaltningsloven § 31");
  });
});

describe("bekymringsmelding: acknowledged within 7 days", () => {
  const cases: Case[] = [
    ["2026-06-01", "2026-06-08", "2026-06-08", "Mon → Mon"],
    ["2026-05-10", "2026-05-17", "2026-05-18", "17 May (Sun) → Monday"],
    ["2026-03-27", "2026-04-03", "2026-04-07", "langfredag → Tuesday after Easter"],
    ["2026-12-17", "2026-12-24", "2026-12-24", "julaften (Thu), default setting"],
  ];

  it.each(cases)("received %s: nominal %s, due %s (%s)", (start, nominal, due) => {
    const r = computeDeadline("bekymringsmelding_kvittering", start);
    expect(r.nominal).toBe(nominal);
    expect(r.due).toBe(due);
  });

  it("julaften extends with the setting: 2026-12-17 + 7 days → Monday 28 December", () => {
    expect(computeDeadline("bekymringsmelding_kvittering", "2026-12-17", JUL).due).toBe("2026-12-28");
  });
});

describe("explanations and reasons", () => {
  it("explains a deadline moved by andre påskedag", () => {
    const r = computeDeadline("klagefrist", "2026-03-16");
    expect(r.forklaring).toBe(
      "Klagefristen er 3 uker fra du mottok vedtaket 16. mars 2026 (forvaltningsloven § 29). " +
        "Siste frist ville vært mandag 6. april, men det er andre påskedag, så fristen er tirsdag 7. april 2026.",
    );
    expect(r.skipped).toEqual([{ dato: "2026-04-06", grunn: "andre påskedag" }]);
    expect(r.reasons).toHaveLength(4);
    expect(r.reasons[0]).toContain("telles ikke med");
    expect(r.reasons[2]).toContain("domstolloven § 149");
    expect(r.reasons[3]).toBe("Fristen er tirsdag 7. april 2026.");
  });

  it("explains a deadline that is not moved", () => {
    expect(computeDeadline("klagefrist", "2026-04-01").forklaring).toBe(
      "Klagefristen er 3 uker fra du mottok vedtaket 1. april 2026 (forvaltningsloven § 29). " +
        "Fristen er onsdag 22. april 2026.",
    );
  });

  it("lists every day passed over from langfredag", () => {
    const r = computeDeadline("klagefrist", "2026-03-13");
    expect(r.skipped.map((s) => s.grunn)).toEqual([
      "langfredag",
      "lørdag",
      "første påskedag",
      "andre påskedag",
    ]);
    expect(r.forklaring).toContain(
      "Siste frist ville vært fredag 3. april, men det er langfredag, og deretter kommer lørdag, første påskedag og andre påskedag, så fristen er tirsdag 7. april 2026.",
    );
  });

  it("says 'en søndag' for a weekend and shows the year when the deadline moves into the next year", () => {
    expect(computeDeadline("forelopig_svar", "2027-01-31").forklaring).toContain(
      "Siste frist ville vært søndag 28. februar, men det er en søndag, så fristen er mandag 1. mars 2027.",
    );
    expect(computeDeadline("klagefrist", "2026-12-10", JUL).forklaring).toContain(
      "Siste frist ville vært torsdag 31. desember 2026, men det er nyttårsaften, og deretter kommer første nyttårsdag, lørdag og søndag, så fristen er mandag 4. januar 2027.",
    );
  });
});

describe("configuration", () => {
  it("keeps lengths and paragraph references as data", () => {
    const renumbered = lagFristConfig({
      kinds: {
        klagefrist: {
          ...STANDARD_FRIST_CONFIG.kinds.klagefrist,
          hjemmel: "forvaltningsloven § 99",
          lengde: { antall: 4, enhet: "uker" },
        },
      },
    });
    const r = computeDeadline("klagefrist", "2026-04-01", renumbered);
    expect(r.basis).toBe("forvaltningsloven § 99");
    expect(r.due).toBe("2026-04-29");
    expect(r.forklaring).toContain("Klagefristen er 4 uker");
    // the other kinds are untouched
    expect(renumbered.kinds.forelopig_svar.hjemmel).toBe("forvaltningsloven § 11 a");
    expect(STANDARD_FRIST_CONFIG.kinds.klagefrist.hjemmel).toBe("forvaltningsloven § 29");
  });

  it("defaults to 24/31 December NOT extending a deadline", () => {
    expect(STANDARD_FRIST_CONFIG.julaftenOgNyttarsaftenForlenger).toBe(false);
    expect(fridagGrunn(parseDato("2026-12-24"))).toBeUndefined();
    expect(fridagGrunn(parseDato("2026-12-24"), JUL)).toBe("julaften");
    expect(fridagGrunn(parseDato("2026-12-31"), JUL)).toBe("nyttårsaften");
  });

  it("can switch the move to a working day off for a kind", () => {
    const r = computeDeadlineFor(
      { lengde: { antall: 3, enhet: "uker" }, basis: "test", flyttesTilVirkedag: false },
      "2026-03-16",
    );
    expect(r.due).toBe("2026-04-06");
    expect(r.movedFrom).toBeUndefined();
  });

  it("rejects bad input", () => {
    expect(() => computeDeadline("klagefrist", "2026-02-30")).toThrow(RangeError);
    expect(() => nominalEnd(parseDato("2026-01-01"), { antall: -1, enhet: "dager" })).toThrow(RangeError);
  });
});

describe("isInTime (forvaltningsloven § 30: posted or delivered before the deadline runs out)", () => {
  it.each<[sent: string, due: string, expected: boolean, why: string]>([
    ["2026-04-07", "2026-04-07", true, "delivered on the due date"],
    ["2026-04-06", "2026-04-07", true, "the day before"],
    ["2026-04-04", "2026-04-07", true, "posted on the Saturday of a moved deadline"],
    ["2026-04-08", "2026-04-07", false, "the day after"],
    ["2027-01-01", "2026-12-31", false, "the day after, across a year"],
    ["2026-03-16", "2026-04-07", true, "on the day the decision was received"],
  ])("sent %s, due %s → %s (%s)", (sent, due, expected) => {
    expect(isInTime(sent, due)).toBe(expected);
  });

  it("judges a digital appeal by its Oslo date, not its UTC date", () => {
    // 00:30 Oslo time on 1 January 2027 is still 31 December 2026 in UTC: late for a deadline of 31 December.
    expect(isInTime(datoInOslo(new Date("2026-12-31T23:30:00Z")), "2026-12-31")).toBe(false);
    // 23:30 Oslo time on 31 December (22:30 UTC) is in time.
    expect(isInTime(datoInOslo(new Date("2026-12-31T22:30:00Z")), "2026-12-31")).toBe(true);
  });

  it("uses the moved deadline, not the nominal one", () => {
    const r = computeDeadline("klagefrist", "2026-03-12"); // nominal skjærtorsdag 2 April, due 7 April
    expect(isInTime("2026-04-07", r.due)).toBe(true);
    expect(isInTime("2026-04-08", r.due)).toBe(false);
  });
});

describe("working days", () => {
  it("counts working days after the start up to and including the end", () => {
    // 31 March, 1 April, then Easter (2, 3, 6 April holidays, 4–5 weekend), then 7–10 April.
    expect(workingDaysBetween("2026-03-30", "2026-04-10")).toBe(6);
    expect(workingDaysBetween("2026-04-10", "2026-03-30")).toBe(-6);
    expect(workingDaysBetween("2026-04-10", "2026-04-10")).toBe(0);
    // 24 Dec (Thu), 28, 29, 30, 31 Dec by default; without 24 and 31 with the setting.
    expect(workingDaysBetween("2026-12-23", "2026-12-31")).toBe(5);
    expect(workingDaysBetween("2026-12-23", "2026-12-31", JUL)).toBe(3);
  });

  it("adds working days", () => {
    expect(addWorkingDays("2026-03-31", 3)).toBe("2026-04-08"); // 1 April, 7 April, 8 April
    expect(addWorkingDays("2026-05-13", 1)).toBe("2026-05-15"); // over Kristi himmelfartsdag
    expect(addWorkingDays("2026-05-13", 0)).toBe("2026-05-13");
    expect(addWorkingDays("2026-12-23", 2)).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-23", 2, JUL)).toBe("2026-12-29");
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-01");
    expect(addWorkingDays("2026-11-27", 1)).toBe("2026-11-30"); // Friday + 1 → Monday
    expect(() => addWorkingDays("2026-01-01", 1.5)).toThrow(RangeError);
  });

  it("addWorkingDays and workingDaysBetween agree", () => {
    for (let n = 0; n <= 40; n++) {
      expect(workingDaysBetween("2026-03-20", addWorkingDays("2026-03-20", n))).toBe(n);
    }
  });
});

describe("todayInOslo (injectable clock)", () => {
  it.each([
    ["2026-03-28T22:59:59Z", "2026-03-28", "23:59:59 CET"],
    ["2026-03-28T23:30:00Z", "2026-03-29", "00:30 CET, the night summer time starts"],
    ["2026-03-29T21:59:59Z", "2026-03-29", "23:59:59 CEST"],
    ["2026-03-29T22:00:00Z", "2026-03-30", "00:00 CEST"],
    ["2026-06-30T22:00:00Z", "2026-07-01", "midnight in summer is 22:00 UTC"],
    ["2026-10-25T22:59:59Z", "2026-10-25", "after summer time ends, 23:59:59 CET"],
    ["2026-12-31T22:59:59Z", "2026-12-31", "one second before the new year in Oslo"],
    ["2026-12-31T23:00:00Z", "2027-01-01", "new year in Oslo while still 2026 in UTC"],
  ])("%s is %s in Oslo (%s)", (instant, expected) => {
    expect(todayInOslo(() => new Date(instant))).toBe(expected);
    expect(datoInOslo(new Date(instant))).toBe(expected);
  });

  it("uses the system clock by default", () => {
    const before = todayInOslo(() => new Date());
    expect(todayInOslo()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(daysBetween(before, todayInOslo()))).toBeLessThanOrEqual(1);
  });
});

describe("properties (seeded random starts 2000–2040, every kind, both settings)", () => {
  // Independent oracle: weekday from Date, holidays from the (separately tested) holiday list.
  const isFree = (d: Dato, jul: boolean) => {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6) return true;
    if (helligdager(Number(d.slice(0, 4))).some((h) => h.dato === d)) return true;
    return jul && (d.endsWith("-12-24") || d.endsWith("-12-31"));
  };
  const minimumDays: Record<FristKind, number> = {
    klagefrist: 21,
    forelopig_svar: 28,
    klage_ettarsgrense: 365,
    bekymringsmelding_kvittering: 7,
  };

  let seed = 20260405;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const span = daysBetween(parseDato("2000-01-01"), parseDato("2040-12-31"));
  const starts = Array.from({ length: 1500 }, () =>
    addDays(parseDato("2000-01-01"), Math.floor(random() * span)),
  );

  for (const [label, config, jul] of [
    ["standard", STANDARD_FRIST_CONFIG, false],
    ["24/31 Dec", JUL, true],
  ] as const) {
    it(`holds with the ${label} setting`, () => {
      for (const start of starts) {
        for (const kind of Object.keys(minimumDays) as FristKind[]) {
          const r = computeDeadline(kind, start, config);
          // never before start + nominal length
          expect(daysBetween(start, r.due)).toBeGreaterThanOrEqual(minimumDays[kind]);
          expect(r.due >= r.nominal).toBe(true);
          // never a non-working day
          expect(isFree(r.due, jul)).toBe(false);
          expect(isWorkingDay(r.due, config)).toBe(true);
          // at most a few days after the nominal end (longest run: skjærtorsdag → tirsdag, 5 days)
          expect(daysBetween(r.nominal, r.due)).toBeLessThanOrEqual(5);
          // and the first working day at or after it: every day skipped is free
          for (let d = r.nominal; d < r.due; d = addDays(d, 1)) expect(isFree(d, jul)).toBe(true);
        }
      }
    });
  }

  it("weeks end on the same weekday and days count exactly", () => {
    for (const start of starts.slice(0, 300)) {
      const weekday = new Date(`${start}T00:00:00Z`).getUTCDay();
      const nominal = computeDeadline("klagefrist", start).nominal;
      expect(new Date(`${nominal}T00:00:00Z`).getUTCDay()).toBe(weekday);
      expect(daysBetween(start, computeDeadline("bekymringsmelding_kvittering", start).nominal)).toBe(7);
    }
  });
});
