import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { retning, SKJEMATEKSTER } from "../sprak";
import type { Svarsidedata } from "../svarside.server";
import { Feiloppsummering, Kodeskjema, Sprakvalg, Svarskjema } from "./svarskjema";

/**
 * The answer page in the household's language: `lang` and `dir` on the whole content, so screen readers switch
 * voice and Arabic and Dari read right to left. The same page serves residents online, the office tablet
 * (`kiosk`) and staff entering paper forms (`papir`, always in bokmål).
 */
export function Svarside({
  data,
  base,
  modus,
  nesteTekst,
}: {
  data: Svarsidedata;
  base: string;
  modus: "nett" | "kiosk" | "papir";
  nesteTekst?: string;
}) {
  const t = SKJEMATEKSTER[data.sprak];
  return (
    <div
      lang={data.sprak}
      dir={retning(data.sprak)}
      className={`us-svarside${modus === "kiosk" ? " us-kiosk" : ""}`}
    >
      <Heading level={1} data-size="lg">
        {modus === "papir" ? (nesteTekst ?? t.tittel) : t.tittel}
      </Heading>
      {modus !== "papir" ? (
        <Sprakvalg sprak={data.sprak} base={base} kode={data.steg === "skjema" ? data.kode : undefined} />
      ) : null}
      {data.steg === "takk" ? (
        <div className="us-kvittering" role="status">
          <Heading level={2} data-size="md">
            {t.takkTittel}
          </Heading>
          <Paragraph>{t.takk}</Paragraph>
          {modus !== "nett" ? (
            <Paragraph>
              <Link href={`${base}?sprak=${modus === "papir" ? "nb" : data.sprak}`}>
                {modus === "kiosk" ? t.neste : (nesteTekst ?? t.neste)}
              </Link>
            </Paragraph>
          ) : null}
        </div>
      ) : (
        <>
          {modus !== "papir" ? (
            <>
              <Paragraph>{t.ingress}</Paragraph>
              <Paragraph>{t.anonymt}</Paragraph>
            </>
          ) : null}
          {data.steg === "kode" ? (
            <>
              {data.feil ? <Feiloppsummering sprak={data.sprak} feil={data.feil} /> : null}
              <Kodeskjema sprak={data.sprak} base={base} kode={data.kode} feil={data.feil} />
            </>
          ) : (
            <>
              <Paragraph>
                {t.kode}: <strong dir="ltr">{data.kode}</strong>
              </Paragraph>
              <Svarskjema sprak={data.sprak} kode={data.kode} lokale={data.lokale} action={base} />
            </>
          )}
        </>
      )}
    </div>
  );
}
