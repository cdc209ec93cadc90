import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { isRouteErrorResponse, Link, useLocation } from "react-router";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";

/** Statuses with their own text; anything else is shown as 500 (or 400 for other client errors). */
const KNOWN = [400, 401, 403, 404, 409, 413, 429, 500] as const;
type KnownStatus = (typeof KNOWN)[number];

/** The status an error is shown as. Never reveals more than the status itself. */
export function errorStatus(error: unknown): KnownStatus {
  if (!isRouteErrorResponse(error)) return 500;
  const status = error.status;
  if ((KNOWN as readonly number[]).includes(status)) return status as KnownStatus;
  return status >= 400 && status < 500 ? 400 : 500;
}

export function errorTitleKey(error: unknown): MessageKey {
  return `feil.${errorStatus(error)}.tittel`;
}

/** The expired-form case of 403 has its own text (errors.ts code "ugyldig_skjema"). */
function textKey(error: unknown, status: KnownStatus): MessageKey {
  if (status === 403 && isRouteErrorResponse(error)) {
    const body = error.data as { code?: unknown } | null | undefined;
    if (body && typeof body === "object" && body.code === "ugyldig_skjema") return "feil.403.skjema";
  }
  return `feil.${status}.tekst`;
}

/** The body of the root error boundary; the layout around it is rendered by root.tsx. */
export function ErrorPage({ error }: { error: unknown }) {
  const tr = useT();
  const { pathname, search } = useLocation();
  const status = errorStatus(error);
  const returnTo = `${pathname}${search}`;
  return (
    <div className="app-error">
      <Heading level={1} data-size="lg">
        {tr(`feil.${status}.tittel`)}
      </Heading>
      <Paragraph data-size="lg">{tr(textKey(error, status))}</Paragraph>
      {status === 401 ? (
        <Paragraph>
          <Link
            to={`/logg-inn?returnTo=${encodeURIComponent(returnTo)}`}
            className="ds-button"
            data-variant="primary"
            reloadDocument
          >
            {tr("feil.loggInn")}
          </Link>
        </Paragraph>
      ) : null}
      <Paragraph>
        <Link to="/" className="ds-link">
          {tr("feil.tilForsiden")}
        </Link>
      </Paragraph>
    </div>
  );
}
