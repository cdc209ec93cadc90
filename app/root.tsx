import "@digdir/designsystemet-css";
import "./styles/app.css";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteLoaderData } from "react-router";
import type { Route } from "./+types/root";
import { requestState } from "./context";
import { ERROR_CODES } from "./lib/errors";
import { Layout as PageLayout } from "./components/layout";

export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  return {
    nonce: state.cspNonce,
    locale: state.locale,
    csrfToken: state.csrfToken,
    actor: state.actor ? { navn: state.actor.navn, rolle: state.actor.rolle, enhet: state.actor.enhet } : null,
  };
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

export default function App({ loaderData }: Route.ComponentProps) {
  return (
    <PageLayout actor={loaderData.actor}>
      <Outlet />
    </PageLayout>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  let status = 500;
  let message = "Noe gikk galt hos oss. Prøv igjen om litt.";
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const known = Object.values(ERROR_CODES).find((code) => code.status === status);
    message = known?.melding ?? message;
  }
  return (
    <PageLayout actor={null}>
      <h1>{status === 404 ? "Siden finnes ikke" : "Det oppstod en feil"}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Gå til forsiden</a>
      </p>
    </PageLayout>
  );
}
