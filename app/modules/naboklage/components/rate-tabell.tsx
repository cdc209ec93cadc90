import { Heading, Table } from "@digdir/designsystemet-react";
import { useLocale, useT } from "../../../i18n/use-t";
import { RullbarTabell } from "../../housing-stock/components/register";
import { formatTall } from "../../housing-stock/format";
import type { Rate } from "../list-complaints.server";

/** Complaints per 1,000 homes, one row per district or address. */
export function RateTabell({ tittel, rader }: { tittel: string; rader: Rate[] }) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <section>
      <Heading level={3} data-size="xs">
        {tittel}
      </Heading>
      <RullbarTabell label={tittel}>
        <Table zebra>
          <caption>{tittel}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("naboklage.tall.navn")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("naboklage.tall.antall")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("naboklage.tall.boliger")}</Table.HeaderCell>
              <Table.HeaderCell className="hs-tall">{tr("naboklage.tall.per1000")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rader.map((r) => (
              <Table.Row key={r.navn}>
                <Table.Cell>{r.navn}</Table.Cell>
                <Table.Cell className="hs-tall">{formatTall(r.antall, 0, sprak)}</Table.Cell>
                <Table.Cell className="hs-tall">{formatTall(r.boliger, 0, sprak)}</Table.Cell>
                <Table.Cell className="hs-tall">{formatTall(r.per1000, 1, sprak)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </RullbarTabell>
    </section>
  );
}
