import { Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import "./housing-stock.css";
import type { Kontakt, Kontaktkort as KontaktkortData } from "../../../db/reference/kontakter";
import { useT } from "../../../i18n/use-t";

const telLenke = (telefon: string) => `tel:+47${telefon.replace(/\s/g, "")}`;

function KontaktKort({ kontakt }: { kontakt: Kontakt }) {
  const tr = useT();
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        {kontakt.tittel}
      </Heading>
      <Paragraph data-size="sm">{kontakt.beskrivelse}</Paragraph>
      <Paragraph>
        {tr("minBolig.kontakt.telefon")} <Link href={telLenke(kontakt.telefon)}>{kontakt.telefon}</Link>
      </Paragraph>
      {kontakt.epost ? (
        <Paragraph>
          {tr("minBolig.kontakt.epost")} <Link href={`mailto:${kontakt.epost}`}>{kontakt.epost}</Link>
        </Paragraph>
      ) : null}
      {kontakt.apningstid ? <Paragraph data-size="sm">{kontakt.apningstid}</Paragraph> : null}
    </Card>
  );
}

/** "Hvem kontakter du?": the district's coordinator, Boligbygg, the 24-hour line and the emergency numbers. */
export function Kontaktkort({ kontakter }: { kontakter: KontaktkortData }) {
  const tr = useT();
  return (
    <section aria-labelledby="kontaktkort-tittel" className="hs-seksjon">
      <Heading level={2} data-size="md" id="kontaktkort-tittel">
        {tr("minBolig.kontakt.tittel")}
      </Heading>
      <div className="hs-kort">
        {kontakter.bomiljokoordinator ? <KontaktKort kontakt={kontakter.bomiljokoordinator} /> : null}
        <KontaktKort kontakt={kontakter.kundesenter} />
        <KontaktKort kontakt={kontakter.vaktsentral} />
      </div>
      <Heading level={3} data-size="sm">
        {tr("minBolig.nod.tittel")}
      </Heading>
      <div className="hs-kort">
        {kontakter.nodnumre.map((nod) => (
          <Card key={nod.nummer} data-color="danger" variant="tinted">
            <Paragraph>
              <Link href={`tel:${nod.nummer}`} className="hs-nodnummer">
                {nod.nummer}
              </Link>{" "}
              {nod.tittel}
            </Paragraph>
            <Paragraph data-size="sm">{nod.beskrivelse}</Paragraph>
          </Card>
        ))}
      </div>
    </section>
  );
}
