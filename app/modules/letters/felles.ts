/** Pieces both letters share: the header, the contact paragraph and the signature. */
import { formatDatoLang, type Dato } from "../../lib/frister";
import { ELEKTRONISK_GODKJENT, type BrevConfig, type LovhenvisningKey } from "./config";
import type { Brev, BrevHode } from "./pdf.server";
import type { ForelopigSvar, Vedtaksbrev } from "./types";

/** The parts every letter has. */
type Felles = Pick<Vedtaksbrev, "mottaker" | "saksnummer" | "saksbehandler" | "kontakt" | "brevdato"> & {
  avsender: Vedtaksbrev["avsender"] | ForelopigSvar["avsender"];
};

/** "15. april 2026" — dates in running text and the header. */
export const kortDato = (d: Dato) => formatDatoLang(d, { weekday: false });

/** "forvaltningsloven § 18" from configuration. */
export const lov = (config: BrevConfig, key: LovhenvisningKey) => config.lover[key].henvisning;

export function brevHode(b: Felles): BrevHode {
  const a = b.avsender;
  return {
    avsenderLinjer: ["Oslo kommune", a.bydel, a.enhet],
    mottakerLinjer: [b.mottaker.navn, ...b.mottaker.adresselinjer],
    referanser: [
      ["Saksnummer", b.saksnummer],
      ["Dato", kortDato(b.brevdato)],
      ["Saksbehandler", b.saksbehandler.navn],
    ],
    bunntekst: [`${a.bydel}, ${a.enhet}`, a.adresselinjer.join(", "), `Telefon ${a.telefon}`].join(" · "),
  };
}

export function sporsmalSeksjon(brev: Brev, b: Felles): void {
  const kontakt = b.kontakt ?? {
    navn: b.saksbehandler.navn,
    telefon: b.avsender.telefon,
    epost: b.avsender.epost,
  };
  brev.seksjon("Spørsmål", (s) => {
    s.avsnitt(
      `Har du spørsmål, kan du kontakte ${kontakt.navn} på telefon ${kontakt.telefon}${kontakt.epost ? ` eller e-post ${kontakt.epost}` : ""}. Oppgi saksnummeret ${b.saksnummer} når du tar kontakt.`,
    );
  });
}

export function signatur(brev: Brev, b: Felles): void {
  brev.doc.moveDown(0.8);
  brev.holdSammen(95);
  brev.avsnitt("Med vennlig hilsen");
  brev.avsnitt([{ fet: b.saksbehandler.navn }, `\n${b.saksbehandler.tittel}, ${b.avsender.bydel}`]);
  brev.avsnitt(ELEKTRONISK_GODKJENT);
}
