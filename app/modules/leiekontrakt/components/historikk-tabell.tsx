import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { Breadcrumbs } from "../../../components/breadcrumbs";
import { useLocale, useT } from "../../../i18n/use-t";
import { RullbarTabell } from "../../housing-stock/components/register";
import { formatDato, formatKroner } from "../../housing-stock/format";
import type { Historikk } from "../list-lease-history.server";

/** The lease history of a unit or a household: one row per lease, newest first. */
export function HistorikkSide({ historikk }: { historikk: Historikk }) {
  const tr = useT();
  const sprak = useLocale();
  const { tittel, rader, bydel } = historikk;
  const overskrift =
    tittel.type === "bolig"
      ? tr("lk.historikk.bolig.tittel", { adresse: tittel.adresse, bolignummer: tittel.bolignummer })
      : tr("lk.historikk.husstand.tittel", { navn: tittel.leietaker || tr("lk.ukjentLeietaker") });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("nav.leiekontrakter"), href: "/leiekontrakter" },
          { label: overskrift },
        ]}
      />
      <Heading level={1} data-size="lg">
        {overskrift}
      </Heading>
      <Paragraph>{tr("lk.historikk.ingress", { bydel: bydel.navn })}</Paragraph>
      {rader.length === 0 ? (
        <Paragraph>{tr("lk.historikk.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={overskrift}>
          <Table zebra>
            <caption>{overskrift}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("lk.kol.periode")}</Table.HeaderCell>
                <Table.HeaderCell>
                  {tittel.type === "bolig" ? tr("lk.kol.leietaker") : tr("lk.kol.adresse")}
                </Table.HeaderCell>
                <Table.HeaderCell>{tr("lk.kol.husleie")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("lk.kol.kontraktstatus")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rader.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/leiekontrakter/${r.id}`}>
                        {tr("lk.periode", {
                          fra: formatDato(r.startdato, sprak),
                          til: r.sluttdato ? formatDato(r.sluttdato, sprak) : tr("boliger.utenSluttdato"),
                        })}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {tittel.type === "bolig" ? (
                      <Link asChild>
                        <RouterLink to={`/leiekontrakter/husstand/${r.husstandId}`}>
                          {r.leietaker || tr("lk.ukjentLeietaker")}
                        </RouterLink>
                      </Link>
                    ) : (
                      <Link asChild>
                        <RouterLink to={`/leiekontrakter/bolig/${r.boligId}`}>
                          {r.adresse}, {tr("lk.bolignummer", { bolignummer: r.bolignummer })}
                        </RouterLink>
                      </Link>
                    )}
                  </Table.Cell>
                  <Table.Cell className="lk-nowrap">
                    {tr("boliger.perMaaned", { belop: formatKroner(r.husleieKr, sprak) })}
                  </Table.Cell>
                  <Table.Cell>
                    {r.status === "aktiv"
                      ? tr("lk.status.aktiv")
                      : tr("lk.status.avsluttet", {
                          dato: r.avsluttetDato ? formatDato(r.avsluttetDato, sprak) : "",
                        })}
                    {r.fornyetFra ? (
                      <>
                        <br />
                        {tr("lk.status.fornyelse")}
                      </>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
      <Paragraph data-size="sm">{tr("lk.logget")}</Paragraph>
    </>
  );
}
