import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub, UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router";
import { expect, test } from "vitest";
import { ErrorBoundary } from "../../app/root";

/** What a thrown `data(body, { status })` (e.g. fail("ikke_funnet")) becomes by the time the boundary sees it. */
function thrown(status: number, body: unknown = null) {
  return new ErrorResponse(status, "", body);
}

/** Renders the root error boundary the way React Router does on the server, with or without root data. */
function renderError(error: unknown, root?: Record<string, unknown>, path = "/boliger?side=2") {
  const Stub = createRoutesStub([{ id: "root", path: "*", Component: () => null, ErrorBoundary }]);
  return renderToString(
    createElement(Stub, {
      initialEntries: [path],
      hydrationData: { errors: { root: error }, loaderData: root ? { root } : {} },
    }),
  );
}

const signedIn = {
  locale: "en",
  csrfToken: "t",
  actor: { navn: "Sara Saksbehandler", rolle: "saksbehandler", enhet: "Bydel Sagene" },
  navigation: [{ href: "/boliger", label: "nav.boliger", description: "nav.boliger.beskrivelse" }],
};

test("a crash is a plain 'something went wrong' page in the layout, without any technical detail", () => {
  const html = renderError(new Error('relation "person" does not exist at db.ts:42'));
  expect(html).toContain("Noe gikk galt");
  expect(html).not.toContain("relation");
  expect(html).not.toContain("db.ts");
  // The layout still renders without the root loader's data: signed out, in bokmål.
  expect(html).toContain('id="hovedinnhold"');
  expect(html).toContain('href="/logg-inn?returnTo=');
  expect(html).toContain('href="/personvern"');
});

test("404 says the page does not exist and links home", () => {
  const html = renderError(thrown(404, { code: "ikke_funnet", melding: "x" }));
  expect(html).toContain("Siden finnes ikke");
  expect(html).toContain('href="/"');
});

test("401 offers to log in and come back to the same page", () => {
  const html = renderError(thrown(401, { code: "ikke_innlogget" }));
  expect(html).toContain("Du må logge inn");
  expect(html).toContain(`href="/logg-inn?returnTo=${encodeURIComponent("/boliger?side=2")}"`);
});

test("403 for an expired form tells the user to reload", () => {
  expect(renderError(thrown(403, { code: "ikke_tilgang" }))).toContain("Du har ikke tilgang");
  expect(renderError(thrown(403, { code: "ugyldig_skjema" }))).toContain("Last siden på nytt");
});

test("with the root data the error page keeps the user's language, menu and logout", () => {
  const html = renderError(thrown(404, null), signedIn);
  expect(html).toContain("Page not found");
  expect(html).toContain('aria-label="Main menu"');
  expect(html).toContain("Housing register");
  expect(html).toContain('action="/auth/logg-ut"');
  expect(html).toContain('name="_csrf" value="t"');
});
