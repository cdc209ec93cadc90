import { Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { MessageKey } from "../../../i18n";
import { useLocale, useT } from "../../../i18n/use-t";
import { Fakta, RullbarTabell } from "../../housing-stock/components/register";
import { formatDato } from "../../housing-stock/format";
import type { Boplan } from "../boplan-queries.server";

/** The plan as both the tenant and the staff see it: goal, review dates, steps, comments. */
export function BoplanVisning({
  plan,
  stegHandling,
}: {
  plan: Boplan;
  stegHandling?: (stegId: string) => React.ReactNode;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <>
      <Fakta
        rader={[
          [tr("bp.maal"), tr(`bp.maal.${plan.maal}` as MessageKey)],
          ...(plan.maalBeskrivelse
            ? [[tr("bp.maalBeskrivelse"), plan.maalBeskrivelse] as [string, string]]
            : []),
          [
            tr("bp.nesteGjennomgang"),
            plan.nesteGjennomgang ? formatDato(plan.nesteGjennomgang, sprak) : tr("bp.ikkeSatt"),
          ],
          [
            tr("bp.sistGjennomgatt"),
            plan.sistGjennomgatt ? formatDato(plan.sistGjennomgatt, sprak) : tr("bp.aldriGjennomgatt"),
          ],
        ]}
      />
      <Heading level={2} data-size="sm">
        {tr("bp.steg.tittel")}
      </Heading>
      {plan.steg.length === 0 ? (
        <Paragraph>{tr("bp.steg.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("bp.steg.tittel")}>
          <Table zebra>
            <caption>{tr("bp.steg.tittel")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("bp.steg.hva")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bp.steg.ansvarlig")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bp.steg.frist")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bp.steg.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.steg.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>{s.beskrivelse}</Table.Cell>
                  <Table.Cell>{tr(`bp.ansvarlig.${s.ansvarlig}` as MessageKey)}</Table.Cell>
                  <Table.Cell className="lk-nowrap">{formatDato(s.frist, sprak)}</Table.Cell>
                  <Table.Cell>
                    {s.fullfort ? (
                      <Tag data-color="success" data-size="sm">
                        {tr("bp.steg.gjort", { dato: formatDato(s.fullfort, sprak) })}
                      </Tag>
                    ) : (
                      <>
                        <Tag data-color="neutral" data-size="sm">
                          {tr("bp.steg.apen")}
                        </Tag>
                        {stegHandling ? stegHandling(s.id) : null}
                      </>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
      <Heading level={2} data-size="sm">
        {tr("bp.kommentarer.tittel")}
      </Heading>
      {plan.kommentarer.length === 0 ? (
        <Paragraph>{tr("bp.kommentarer.ingen")}</Paragraph>
      ) : (
        <ul className="lk-liste">
          {plan.kommentarer.map((k) => (
            <li key={k.id}>
              <Paragraph data-size="sm">
                <strong>{k.fraLeietaker ? tr("bp.kommentar.fraLeietaker", { navn: k.navn }) : k.navn}</strong>
                {" · "}
                {formatDato(k.opprettet.slice(0, 10), sprak)}
              </Paragraph>
              <Paragraph>{k.tekst}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
