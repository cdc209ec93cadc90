import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { useLocale, useT } from "../../../../i18n/use-t";
import type { Saksvedlegg } from "../../get-attachment.server";
import { formatTidspunkt } from "./format";

const TYPE: Record<Saksvedlegg["mime"], string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
};

/** The size in kB, rounded up so a tiny file never shows as 0. */
export function kilobyte(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / 1024));
}

/** The case's attachments (metadata only), each with a download link to /saker/:sakId/vedlegg/:vedleggId. */
export function Vedlegg({ sakId, vedlegg }: { sakId: string; vedlegg: readonly Saksvedlegg[] }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="sb-vedlegg" className="sb-seksjon">
      <Heading level={2} data-size="md" id="sb-vedlegg">
        {tr("saker.vedlegg.tittel")}
      </Heading>
      {vedlegg.length === 0 ? (
        <Paragraph>{tr("saker.vedlegg.ingen")}</Paragraph>
      ) : (
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("saker.vedlegg.filnavn")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("saker.vedlegg.type")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("saker.vedlegg.storrelse")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("saker.vedlegg.lastetOpp")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("saker.vedlegg.last")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {vedlegg.map((v) => (
              <Table.Row key={v.id}>
                <Table.Cell>{v.filnavn}</Table.Cell>
                <Table.Cell>{TYPE[v.mime]}</Table.Cell>
                <Table.Cell>{tr("saker.vedlegg.kb", { kb: kilobyte(v.storrelse) })}</Table.Cell>
                <Table.Cell>{formatTidspunkt(v.opprettet, locale)}</Table.Cell>
                <Table.Cell>
                  <Link href={`/saker/${sakId}/vedlegg/${v.id}`} download={v.filnavn}>
                    {tr("saker.vedlegg.lastNed", { filnavn: v.filnavn })}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
