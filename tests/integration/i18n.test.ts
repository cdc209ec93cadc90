import { describe, expect, test } from "vitest";
import { ROLLER } from "../../app/auth/actor";
import { NAV_ENTRIES } from "../../app/components/navigation";
import { CATALOGUES, LOCALES, isMessageKey, placeholders, t } from "../../app/i18n";
import { en } from "../../app/i18n/en";
import { nb } from "../../app/i18n/nb";

describe("the message catalogue", () => {
  test("English has exactly the keys of bokmål", () => {
    const nbKeys = Object.keys(nb).sort();
    const enKeys = Object.keys(en).sort();
    expect(
      enKeys.filter((key) => !(key in nb)),
      "keys only in en.ts",
    ).toEqual([]);
    expect(
      nbKeys.filter((key) => !(key in en)),
      "keys missing from en.ts",
    ).toEqual([]);
  });

  test("no message is empty and every translation uses the same {placeholders}", () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        expect(message.trim(), `${locale}:${key}`).not.toBe("");
        if (!isMessageKey(key)) throw new Error(`unknown key ${key}`);
        expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(nb[key]));
      }
    }
  });

  test("every role and every menu entry has a label", () => {
    for (const rolle of ROLLER) expect(isMessageKey(`rolle.${rolle}`), rolle).toBe(true);
    for (const entry of NAV_ENTRIES) {
      expect(isMessageKey(entry.label), entry.href).toBe(true);
      expect(isMessageKey(entry.description), entry.href).toBe(true);
    }
  });
});

describe("t()", () => {
  test("looks the key up in the chosen language", () => {
    expect(t("nb", "app.loggUt")).toBe("Logg ut");
    expect(t("en", "app.loggUt")).toBe("Log out");
  });

  test("fills {placeholders}, repeated or not, and leaves a missing one visible", () => {
    expect(t("nb", "hjem.hilsen", { navn: "Sara" })).toBe("Hei, Sara");
    expect(t("en", "hjem.rolleOgEnhet", { rolle: "caseworker", enhet: "Bydel Sagene" })).toBe(
      "You are logged in as caseworker in Bydel Sagene.",
    );
    expect(t("nb", "hjem.hilsen")).toBe("Hei, {navn}");
    expect(t("nb", "hjem.hilsen", {})).toBe("Hei, {navn}");
  });

  test("does not treat parameter values as templates", () => {
    expect(t("nb", "hjem.hilsen", { navn: "{navn} $& $1" })).toBe("Hei, {navn} $& $1");
  });

  test("an unknown or missing locale falls back to bokmål", () => {
    expect(t("se", "app.loggInn")).toBe("Logg inn");
    expect(t(undefined, "app.loggInn")).toBe("Logg inn");
    expect(t(null, "app.loggInn")).toBe("Logg inn");
  });
});
