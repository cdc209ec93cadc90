import { Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useLocale, useT } from "../../../i18n/use-t";
import type { MessageKey } from "../../../i18n";
import { formatTall } from "../../housing-stock/format";
import type { Celler } from "../get-resultater.server";
import { INDIKATORER, type Indikator } from "../instrument";
import type { Celle } from "../statistikk";
import "./undersokelse.css";

export const SKJULT = "–";

export const indikatorKey = (i: Indikator) => `undersokelse.indikator.${i}` as MessageKey;

/** One figure: the index, or the "hidden" mark with its reason in words (never an empty cell). */
export function Tall({ celle, terskel }: { celle: Celle; terskel: number }) {
  const tr = useT();
  const sprak = useLocale();
  if (celle.skjult !== null) {
    const grunn =
      celle.skjult === "for_faa"
        ? tr("undersokelse.skjult.forFaa", { terskel })
        : celle.skjult === "apen_runde"
          ? tr("undersokelseApen.skjult")
          : tr("undersokelse.skjult.komplementaer");
    return (
      <span>
        <span aria-hidden="true">{SKJULT}</span>
        <span className="ds-sr-only">{grunn}</span>
        <abbr title={grunn} aria-hidden="true">
          *
        </abbr>
      </span>
    );
  }
  return <>{formatTall(celle.indeks, 1, sprak)}</>;
}

export function Intervall({ celle }: { celle: Celle }) {
  const sprak = useLocale();
  if (celle.skjult !== null) return <span aria-hidden="true">{SKJULT}</span>;
  return (
    <>
      {formatTall(celle.lav, 1, sprak)}–{formatTall(celle.hoy, 1, sprak)}
    </>
  );
}

/** The indicators of one unit as rows: index, 95 % interval and n. The table alternative to the bar chart. */
export function Indikatortabell({
  celler,
  terskel,
  caption,
}: {
  celler: Celler;
  terskel: number;
  caption: string;
}) {
  const tr = useT();
  return (
    <div className="us-rull" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{tr("undersokelse.kol.indikator")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.indeks")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.intervall")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.n")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {INDIKATORER.map((i) => (
            <Table.Row key={i}>
              <Table.HeaderCell scope="row">{tr(indikatorKey(i))}</Table.HeaderCell>
              <Table.Cell className="us-tall">
                <Tall celle={celler[i]} terskel={terskel} />
              </Table.Cell>
              <Table.Cell className="us-tall">
                <Intervall celle={celler[i]} />
              </Table.Cell>
              <Table.Cell className="us-tall">{celler[i].n ?? SKJULT}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/**
 * A horizontal bar chart of 0–100 values with their intervals. Bars are hatched and outlined, each value is
 * written at the end of its bar, and hidden values say so in words — readable in greyscale and without colour.
 * The same figures are in the table next to it.
 */
export function Stolpediagram({
  tittel,
  rader,
}: {
  tittel: string;
  rader: Array<{ etikett: string; celle: Celle }>;
}) {
  const tr = useT();
  const sprak = useLocale();
  const id = useId().replace(/:/g, "");
  const venstre = 190;
  const bredde = 300;
  const hoyde = 26;
  const total = venstre + bredde + 70;
  return (
    <figure className="us-figur">
      <figcaption id={`${id}-cap`}>{tittel}</figcaption>
      <svg
        viewBox={`0 0 ${total} ${rader.length * hoyde + 24}`}
        width={total}
        role="img"
        aria-labelledby={`${id}-cap`}
        aria-describedby={`${id}-desc`}
      >
        <desc id={`${id}-desc`}>{tr("undersokelse.figur.beskrivelse")}</desc>
        <defs>
          <pattern
            id={`${id}-skravur`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" strokeWidth="2" />
          </pattern>
        </defs>
        {[0, 50, 100].map((x) => (
          <g key={x}>
            <line
              x1={venstre + (x / 100) * bredde}
              x2={venstre + (x / 100) * bredde}
              y1={0}
              y2={rader.length * hoyde}
              stroke="currentColor"
              strokeOpacity="0.3"
            />
            <text
              x={venstre + (x / 100) * bredde}
              y={rader.length * hoyde + 16}
              textAnchor="middle"
              fontSize="11"
              fill="currentColor"
            >
              {x}
            </text>
          </g>
        ))}
        {rader.map((r, i) => {
          const y = i * hoyde;
          const c = r.celle;
          return (
            <g key={r.etikett}>
              <text x={venstre - 8} y={y + 17} textAnchor="end" fontSize="12" fill="currentColor">
                {r.etikett}
              </text>
              {c.skjult === null ? (
                <>
                  <rect
                    x={venstre}
                    y={y + 5}
                    width={(c.indeks / 100) * bredde}
                    height={hoyde - 10}
                    fill={`url(#${id}-skravur)`}
                    stroke="currentColor"
                  />
                  <line
                    x1={venstre + (c.lav / 100) * bredde}
                    x2={venstre + (c.hoy / 100) * bredde}
                    y1={y + 13}
                    y2={y + 13}
                    stroke="currentColor"
                    strokeWidth="2"
                  />
                  <text x={venstre + bredde + 8} y={y + 17} fontSize="12" fill="currentColor">
                    {formatTall(c.indeks, 1, sprak)}
                  </text>
                </>
              ) : (
                <text x={venstre + 4} y={y + 17} fontSize="12" fill="currentColor">
                  {tr("undersokelse.figur.skjult")}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
