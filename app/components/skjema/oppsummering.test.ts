import { describe, expect, test } from "vitest";
import { oppsummeringslinje } from "./oppsummering";

describe("oppsummeringslinje", () => {
  test("names the field before the error", () => {
    expect(oppsummeringslinje("Frist", "Skriv en dato.")).toBe("Frist: Skriv en dato.");
  });
  test("a question keeps its question mark and gets no colon", () => {
    expect(oppsummeringslinje("Hva ble meldingen til?", "Velg en.")).toBe("Hva ble meldingen til? Velg en.");
  });
  test("without a label it is the error alone", () => {
    expect(oppsummeringslinje(undefined, "Velg en.")).toBe("Velg en.");
  });
});
