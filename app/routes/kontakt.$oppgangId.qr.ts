import QRCode from "qrcode";
import type { Route } from "./+types/kontakt.$oppgangId.qr";
import { deps } from "../context";
import { parseId } from "../lib/errors";
import { getOffentligKontaktkort } from "../modules/bomiljo/get-kontaktkort.server";
import { mangelLenke } from "../modules/bomiljo/kontaktkort-tekster";

/** The contact card's QR code (SVG): it links to the defect-report form for this stairwell. Public. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, config } = deps(context);
  const kort = await getOffentligKontaktkort({ db, oppgangId: parseId(params.oppgangId) });
  const svg = await QRCode.toString(mangelLenke(config.publicUrl, kort.oppgang.id), {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
  });
  return new Response(svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
