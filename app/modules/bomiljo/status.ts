import type { BydelTiltakStatus } from "../../db/schema";

/** A measure is late when its deadline has passed and it is not in place. Dates are YYYY-MM-DD strings. */
export function erForsinket(
  rad: { status: string; tidsfrist: string | null; pagaende: boolean },
  today: string,
): boolean {
  return (
    !rad.pagaende &&
    rad.tidsfrist !== null &&
    rad.tidsfrist < today &&
    rad.status !== "pa_plass" &&
    rad.status !== "gjennomfort" &&
    rad.status !== "avsluttet"
  );
}

/** The status shown in the matrix: the saved status, or "forsinket" when it is late. */
export type Matrisestatus = BydelTiltakStatus | "forsinket";
