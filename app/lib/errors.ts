import { data } from "react-router";

/** Typed error codes; their HTTP status and Norwegian message are decided here and nowhere else. */
export const ERROR_CODES = {
  ikke_innlogget: { status: 401, melding: "Du må logge inn for å se denne siden." },
  ikke_tilgang: { status: 403, melding: "Du har ikke tilgang til denne siden." },
  ikke_funnet: { status: 404, melding: "Vi fant ikke siden du lette etter." },
  ugyldig: { status: 400, melding: "Forespørselen var ugyldig." },
  for_stor: { status: 413, melding: "Forespørselen var for stor." },
  konflikt: { status: 409, melding: "Noen andre har endret dette i mellomtiden. Last siden på nytt." },
  ugyldig_skjema: {
    status: 403,
    melding: "Skjemaet var utløpt eller ugyldig. Last siden på nytt og prøv igjen.",
  },
  for_mange: { status: 429, melding: "For mange forespørsler. Vent litt og prøv igjen." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export type ErrorBody = { code: ErrorCode; melding: string };

/**
 * Stops the request with the code's status. React Router renders the root
 * error boundary with the Norwegian message; no stack trace ever reaches a user.
 */
export function fail(code: ErrorCode): never {
  const { status, melding } = ERROR_CODES[code];
  throw data<ErrorBody>({ code, melding }, { status });
}

export function notFound(): never {
  fail("ikke_funnet");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A route id that is not a uuid cannot exist: answer 404 without asking the database. */
export function parseId(value: string | undefined): string {
  if (!value || !UUID.test(value)) notFound();
  return value.toLowerCase();
}
