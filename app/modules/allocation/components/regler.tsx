import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useLocale, useT } from "../../../i18n/use-t";
import { RullbarTabell } from "../../housing-stock/components/register";
import type { Regelendring } from "../regler.server";

/** A value of a rule as text: a limit, a share in percent, a flag, or the default. */
export function regelverdi(
  tr: ReturnType<typeof useT>,
  nokkel: string,
  verdi: unknown,
  standardTekst: string,
): string {
  if (verdi === null || verdi === undefined) return standardTekst;
  if (typeof verdi === "boolean") return tr(verdi ? "tildeling.regler.ja" : "tildeling.regler.nei");
  if (typeof verdi === "number" && (nokkel === "maksAndel" || nokkel === "malAndel"))
    return `${Math.round(verdi * 1000) / 10} %`;
  if (typeof verdi === "object") {
    return Object.entries(verdi as Record<string, unknown>)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(", ");
  }
  return String(verdi);
}

/** The history of changes: when, who, what changed (before → after), why. Newest first. */
export function Regelhistorikk({
  historikk,
  standardTekst,
}: {
  historikk: Regelendring[];
  standardTekst: string;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <section aria-labelledby="historikk" className="tl-side">
      <Heading level={2} data-size="md" id="historikk">
        {tr("tildeling.regler.historikk")}
      </Heading>
      {historikk.length === 0 ? (
        <Paragraph>{tr("tildeling.regler.historikk.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("tildeling.regler.historikk")}>
          <Table zebra>
            <caption>{tr("tildeling.regler.historikk")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("tildeling.regler.kol.endret")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("tildeling.regler.kol.hvem")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("tildeling.regler.kol.endring")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("tildeling.regler.kol.begrunnelse")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {historikk.map((h) => {
                const nokler = Object.keys(h.til).filter(
                  (n) => JSON.stringify(h.fra?.[n] ?? null) !== JSON.stringify(h.til[n] ?? null),
                );
                return (
                  <Table.Row key={h.id}>
                    <Table.Cell>
                      {new Intl.DateTimeFormat(sprak === "en" ? "en-GB" : "nb-NO", {
                        dateStyle: "short",
                        timeStyle: "short",
                        timeZone: "Europe/Oslo",
                      }).format(new Date(h.endret))}
                    </Table.Cell>
                    <Table.Cell>{h.endretAv}</Table.Cell>
                    <Table.Cell>
                      {nokler.length === 0
                        ? tr("tildeling.regler.ingenEndring")
                        : nokler
                            .map(
                              (n) =>
                                `${tr(`tildeling.regler.felt.${n}` as Parameters<typeof tr>[0])}: ${regelverdi(
                                  tr,
                                  n,
                                  h.fra?.[n],
                                  standardTekst,
                                )} → ${regelverdi(tr, n, h.til[n], standardTekst)}`,
                            )
                            .join("; ")}
                    </Table.Cell>
                    <Table.Cell>{h.begrunnelse}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
    </section>
  );
}
