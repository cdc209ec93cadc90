import { RouterContextProvider } from "react-router";
import { describe, expect, test } from "vitest";
import { ROLLER, type Actor, type Rolle } from "../../app/auth/actor";
import { hasPermission } from "../../app/auth/permissions";
import { FLAT_MENU_MAX, NAV_ENTRIES, activeHref, groupByOmrade } from "../../app/components/navigation";
import { navigationFor } from "../../app/components/navigation.server";
import { appContext, type AppDeps } from "../../app/context";
import { action, languageCookie, safeReturnPath } from "../../app/routes/sprak";

function actor(rolle: Rolle): Actor {
  return {
    id: `test:${rolle}`,
    navn: "Test",
    rolle,
    enhet: "Test",
    bydelId: null,
    personId: null,
    acr: null,
  };
}

describe("the main menu", () => {
  test("is empty when signed out", () => {
    expect(navigationFor(null)).toEqual([]);
  });

  test.each([
    ["beboer", ["/min-bolig", "/mine-saker", "/soknad", "/innsyn", "/mangler", "/mine-tilbud"]],
    [
      "saksbehandler",
      [
        "/saker",
        "/venteliste",
        "/saker/ny",
        "/boliger",
        "/boliger/sok",
        "/fornyelser",
        "/leiekontrakter",
        "/boplaner",
        "/tildeling",
      ],
    ],
    ["booppfolger", ["/saker/ny", "/boliger", "/boliger/sok", "/boplaner"]],
    [
      "bomiljokoordinator",
      [
        "/boliger",
        "/boliger/sok",
        "/mangelmeldinger/svartider",
        "/bomiljo",
        "/nettverk",
        "/samarbeid",
        "/oppgaver",
        "/beboerrad",
        "/aktiviteter",
        "/undersokelser",
        "/undersokelser/resultater",
        "/undersokelser/papir",
        "/bekymringer",
        "/naboklager",
        "/hms",
        "/mangelmeldinger/registrert",
        "/naermiljokontor",
      ],
    ],
    [
      "forvalter",
      [
        "/boliger",
        "/boliger/sok",
        "/mangelmeldinger",
        "/mangelmeldinger/svartider",
        "/leiekontrakter",
        "/nettverk",
        "/samarbeid",
        "/oppgaver",
        "/beboerrad",
        "/aktiviteter",
        "/naboklager",
        "/hms",
        "/mangelmeldinger/registrert",
      ],
    ],
    [
      "analytiker",
      [
        "/statistikk",
        "/mangelmeldinger/svartider",
        "/bomiljo/oslostandard",
        "/nettverk",
        "/undersokelser",
        "/undersokelser/resultater",
      ],
    ],
    ["leder", ["/statistikk", "/bomiljo/oslostandard"]],
    ["systemadministrator", ["/admin"]],
    ["klagenemnd", ["/klagenemnd"]],
  ] satisfies [Rolle, string[]][])("%s sees %j", (rolle, hrefs) => {
    expect(navigationFor(actor(rolle)).map((item) => item.href)).toEqual(hrefs);
  });

  test("shows an entry exactly when the permission registry allows it", () => {
    for (const rolle of ROLLER) {
      const shown = new Set(navigationFor(actor(rolle)).map((item) => item.href));
      for (const entry of NAV_ENTRIES) {
        expect(shown.has(entry.href), `${rolle} ${entry.href}`).toBe(hasPermission(rolle, entry.permission));
      }
    }
  });

  test("never sends the rule to the browser, only what to show", () => {
    for (const item of navigationFor(actor("saksbehandler"))) {
      expect(Object.keys(item).sort()).toEqual(["description", "href", "label", "omrade"]);
    }
  });

  test("a long menu is grouped so that no role has more than seven entries in the bar", () => {
    for (const rolle of ROLLER) {
      const items = navigationFor(actor(rolle));
      const top = items.length <= FLAT_MENU_MAX ? items.length : groupByOmrade(items).length;
      expect(top, rolle).toBeLessThanOrEqual(FLAT_MENU_MAX);
      expect(groupByOmrade(items).flatMap((group) => group.items)).toHaveLength(items.length);
    }
  });

  test("marks the deepest matching entry as the current page", () => {
    const items = navigationFor(actor("saksbehandler"));
    expect(activeHref(items, "/boliger")).toBe("/boliger");
    expect(activeHref(items, "/boliger/123")).toBe("/boliger");
    expect(activeHref(items, "/boliger/sok")).toBe("/boliger/sok");
    expect(activeHref(items, "/boligerx")).toBeNull();
    expect(activeHref(items, "/")).toBeNull();
  });
});

describe("switching language", () => {
  test("goes back only to a path on this site", () => {
    expect(safeReturnPath("/personvern?a=1#b")).toBe("/personvern?a=1#b");
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath("")).toBe("/");
    expect(safeReturnPath("https://evil.example/")).toBe("/");
    expect(safeReturnPath("//evil.example/")).toBe("/");
    expect(safeReturnPath("/\\evil.example/")).toBe("/");
    expect(safeReturnPath("/\u0000x")).toBe("/");
    expect(safeReturnPath("javascript:alert(1)")).toBe("/");
  });

  test("remembers the choice for a year, on the whole site, out of reach of scripts", () => {
    expect(languageCookie("en", false)).toBe("sprak=en; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    expect(languageCookie("nb", true)).toMatch(/^sprak=nb; .*; Secure$/);
  });

  function post(body: Record<string, string>, publicUrl = "http://localhost:3000") {
    const context = new RouterContextProvider();
    context.set(appContext, { config: { publicUrl } } as AppDeps);
    const request = new Request(`${publicUrl}/sprak`, { method: "POST", body: new URLSearchParams(body) });
    return action({ request, context, params: {} } as unknown as Parameters<typeof action>[0]);
  }

  test("a POST sets the cookie and redirects back with 303", async () => {
    const response = await post({ sprak: "en", tilbake: "/tilgjengelighet" });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/tilgjengelighet");
    expect(response.headers.get("Set-Cookie")).toContain("sprak=en;");
  });

  test("on https the cookie is Secure, and a foreign return address goes to the front page", async () => {
    const response = await post({ sprak: "nb", tilbake: "https://evil.example/" }, "https://bomiljo.example");
    expect(response.headers.get("Location")).toBe("/");
    expect(response.headers.get("Set-Cookie")).toMatch(/Secure/);
  });

  test("an unknown language is refused with 400", async () => {
    await expect(post({ sprak: "de" })).rejects.toMatchObject({ init: { status: 400 } });
  });
});
