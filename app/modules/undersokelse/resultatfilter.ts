import { GRUPPERINGER, type Gruppering } from "./instrument";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ?runde=<uuid>&gruppe=botid|barn; anything else is ignored (the latest round, no breakdown). */
export function lesResultatfilter(url: URL): { rundeId: string | null; gruppering: Gruppering | null } {
  const runde = url.searchParams.get("runde");
  const gruppe = url.searchParams.get("gruppe");
  return {
    rundeId: runde && UUID.test(runde) ? runde.toLowerCase() : null,
    gruppering: (GRUPPERINGER as readonly string[]).includes(gruppe ?? "") ? (gruppe as Gruppering) : null,
  };
}
