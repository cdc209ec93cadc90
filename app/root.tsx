import "@digdir/designsystemet-css";
import "./styles/theme/build/oslo.css";
import "./styles/app.css";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "react-router";
import { useEffect } from "react";
import type { Route } from "./+types/root";
import { requestState } from "./context";
import { csrfMiddleware } from "./auth/csrf.server";
import { Layout as PageLayout } from "./components/layout";
import { ErrorPage, errorTitleKey } from "./components/error-page";
import { navigationFor } from "./components/navigation.server";
import { metaLocale, pageTitle } from "./components/page-title";
import { t } from "./i18n";

/** Every state-changing request from a signed-in browser must carry the session's CSRF token. */
export const middleware: Route.MiddlewareFunction[] = [csrfMiddleware];

export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  return {
    nonce: state.cspNonce,
    locale: state.locale,
    csrfToken: state.csrfToken,
    actor: state.actor
      ? { navn: state.actor.navn, rolle: state.actor.rolle, enhet: state.actor.enhet }
      : null,
    /** The main menu: only the pages this actor's role may open (decided here, on the server). */
    navigation: navigationFor(state.actor),
  };
}

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Pages set their own title (components/page-title.ts); this one is for the error boundary. */
export function meta({ error, matches }: Route.MetaArgs) {
  const locale = metaLocale(matches);
  return [{ title: error ? pageTitle(locale, t(locale, errorTitleKey(error))) : pageTitle(locale) }];
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang={data?.locale ?? "nb"} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={data?.nonce} />
        <Scripts nonce={data?.nonce} />
      </body>
    </html>
  );
}

/**
 * Marks the page for the browser tests: `data-hydrert` once React has taken over, `data-vist` with the
 * path and query React has last rendered. After a client-side navigation the address bar changes before
 * the new page is drawn; tests wait until the two agree (tests/e2e/helpers/browser.ts `hydrert`).
 */
function useSideMerke() {
  const location = useLocation();
  useEffect(() => {
    document.documentElement.dataset.hydrert = "ja";
  }, []);
  useEffect(() => {
    document.documentElement.dataset.vist = location.pathname + location.search;
  }, [location.pathname, location.search]);
}

export default function App() {
  useSideMerke();
  return (
    <PageLayout>
      <Outlet />
    </PageLayout>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  useSideMerke();
  // The layout reads the root loader's data itself and copes when it is missing.
  return (
    <PageLayout>
      <ErrorPage error={error} />
    </PageLayout>
  );
}
