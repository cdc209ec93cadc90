import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data } from "react-router";
import type { Route } from "./+types/logg-inn";
import { requestState } from "../context";
import { safeReturnTo } from "../auth/login-state.server";
import { titleMeta } from "../components/page-title";
import { useT } from "../i18n/use-t";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "innlogging.tittel");

/**
 * GET /logg-inn — two ways in: ID-porten for applicants and residents, Entra
 * ID for staff. Plain links to /auth/logg-inn, so it works without JavaScript.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
  const utilgjengelig = url.searchParams.get("feil") === "utilgjengelig";
  const actor = requestState(context).actor;
  return data(
    { returnTo, utilgjengelig, innloggetSom: actor?.navn ?? null },
    { status: utilgjengelig ? 503 : 200 },
  );
}

function startUrl(type: "beboer" | "ansatt", returnTo: string): string {
  const query = new URLSearchParams({ type });
  if (returnTo !== "/") query.set("returnTo", returnTo);
  return `/auth/logg-inn?${query.toString()}`;
}

export default function LoggInn({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { returnTo, utilgjengelig, innloggetSom } = loaderData;
  return (
    <>
      <Heading level={1} data-size="lg">
        {tr("innlogging.tittel")}
      </Heading>
      <Paragraph>{tr("innlogging.ingress")}</Paragraph>
      {utilgjengelig ? (
        <Alert data-color="danger">
          <Paragraph>{tr("innlogging.utilgjengelig")}</Paragraph>
        </Alert>
      ) : null}
      {innloggetSom ? (
        <Paragraph>{tr("innlogging.alleredeInnlogget", { navn: innloggetSom })}</Paragraph>
      ) : null}
      <div
        style={{
          display: "grid",
          gap: "1.5rem",
          gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))",
        }}
      >
        <Card>
          <Heading level={2} data-size="sm">
            {tr("innlogging.beboer.tittel")}
          </Heading>
          <Paragraph>{tr("innlogging.beboer.tekst")}</Paragraph>
          <Button asChild variant="primary">
            {/* A full page load, not client routing: the next stop is the identity provider. */}
            <a href={startUrl("beboer", returnTo)}>{tr("innlogging.beboer.knapp")}</a>
          </Button>
        </Card>
        <Card>
          <Heading level={2} data-size="sm">
            {tr("innlogging.ansatt.tittel")}
          </Heading>
          <Paragraph>{tr("innlogging.ansatt.tekst")}</Paragraph>
          <Button asChild variant="secondary">
            <a href={startUrl("ansatt", returnTo)}>{tr("innlogging.ansatt.knapp")}</a>
          </Button>
        </Card>
      </div>
    </>
  );
}
