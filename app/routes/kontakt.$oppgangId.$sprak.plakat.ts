import type { Route } from "./+types/kontakt.$oppgangId.$sprak.plakat";
import { deps } from "../context";
import { notFound, parseId } from "../lib/errors";
import { getOffentligKontaktkort } from "../modules/bomiljo/get-kontaktkort.server";
import { renderKontaktkortPdf } from "../modules/bomiljo/kontaktkort-pdf.server";
import { isKontaktkortSprak, mangelLenke } from "../modules/bomiljo/kontaktkort-tekster";

/** The contact card as a printable A4 poster (PDF) in every language of the card; an unknown language is 404. Public. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const sprak = params.sprak;
  if (!isKontaktkortSprak(sprak)) notFound();
  const { db, config } = deps(context);
  const kort = await getOffentligKontaktkort({ db, oppgangId: parseId(params.oppgangId) });
  const pdf = await renderKontaktkortPdf(kort, sprak, mangelLenke(config.publicUrl, kort.oppgang.id));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="kontaktkort-${sprak}.pdf"`,
    },
  });
}
