import { Alert, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { useLocale, useT } from "../../../i18n/use-t";
import { formatDato } from "../../housing-stock/format";
import type { EgenFornyelse } from "../get-own-renewal.server";

/** Min bolig: the renewal notices the tenant has had, their renewal application, and "Søk om fornyelse". */
export function FornyelseKort({ fornyelse: f }: { fornyelse: EgenFornyelse }) {
  const tr = useT();
  const sprak = useLocale();
  const slutt = formatDato(f.sluttdato, sprak);
  return (
    <section aria-labelledby="fornyelse-tittel">
      <Heading level={2} data-size="sm" id="fornyelse-tittel">
        {tr("lk.min.tittel")}
      </Heading>
      {f.status.varsler.length > 0 ? (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            {tr("lk.min.varsel.tittel", { dato: slutt })}
          </Heading>
          <Paragraph>{tr("lk.min.varsel.tekst")}</Paragraph>
          <ul>
            {f.status.varsler.map((v) => (
              <li key={v.maaneder}>
                <Link href={`/min-bolig/varsel/${v.maaneder}.pdf`}>
                  {tr("lk.min.varsel.brev", { dato: formatDato(v.dato, sprak) })}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Card>
        {f.status.tilstand === "fornyet" ? (
          <Paragraph>{tr("lk.min.fornyet")}</Paragraph>
        ) : f.sak ? (
          <Paragraph>
            {tr("lk.min.sokt", { dato: formatDato(f.sak.mottatt, sprak) })}{" "}
            <Link asChild>
              <RouterLink to={`/mine-saker/${f.sak.sakId}`}>
                {tr("lk.sak", { saksnummer: f.sak.saksnummer })}
              </RouterLink>
            </Link>
          </Paragraph>
        ) : f.kanSoke ? (
          <>
            <Paragraph>{tr("lk.min.kanSoke", { dato: slutt })}</Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink to="/min-bolig/fornyelse">{tr("lk.min.sok")}</RouterLink>
              </Link>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{tr("lk.min.senere", { dato: slutt })}</Paragraph>
        )}
      </Card>
    </section>
  );
}
