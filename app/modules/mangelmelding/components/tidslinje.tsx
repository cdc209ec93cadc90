import { Tag } from "@digdir/designsystemet-react";
import type { MessageKey } from "../../../i18n";
import { useLocale, useT } from "../../../i18n/use-t";
import { formatDato } from "../../housing-stock/format";
import { ALVORLIGHETER, SVARTIDER } from "../config";
import type { Steg } from "../tidslinje";
import "./mangelmelding.css";

/** "3. desember 2026 kl. 14:05" in Europe/Oslo. */
export function formatTidspunkt(iso: string, sprak: "nb" | "en"): string {
  return new Intl.DateTimeFormat(sprak === "en" ? "en-GB" : "nb-NO", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Oslo",
  }).format(new Date(iso));
}

/**
 * The report's steps as an ordered list, newest last; new steps since the last visit are marked. `for` says
 * who reads it: the resident ("Du la til informasjon") or staff ("Beboeren la til informasjon").
 */
export function Tidslinje({
  steg,
  for: leser = "beboer",
}: {
  steg: readonly (Steg & { ny?: boolean })[];
  for?: "beboer" | "ansatt";
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <ol className="mangel-tidslinje">
      {steg.map((s) => (
        <li key={s.seq} className={`mangel-steg mangel-steg-${s.hendelse}`}>
          <p className="mangel-steg-tittel">
            <strong>
              {tr(
                (s.hendelse === "tillegg" && leser === "ansatt"
                  ? "mangel.steg.tillegg.ansatt"
                  : `mangel.steg.${s.hendelse}`) as MessageKey,
                {
                  alvorlighet: s.alvorlighet ? tr(`mangel.alvorlighet.${s.alvorlighet}`) : "",
                  dato: s.planlagtDato ? formatDato(s.planlagtDato, sprak) : "",
                  tekst: s.tekst ?? "",
                },
              )}
            </strong>{" "}
            {s.ny ? (
              <Tag data-color="info" data-size="sm">
                {tr("mangel.steg.ny")}
              </Tag>
            ) : null}
          </p>
          <p className="mangel-steg-tid">
            <time dateTime={s.tidspunkt}>{formatTidspunkt(s.tidspunkt, sprak)}</time> · {s.enhet}
          </p>
          {s.tekst && (s.hendelse === "utfort" || s.hendelse === "avsluttet" || s.hendelse === "tillegg") ? (
            <p className="mangel-steg-tekst">{s.tekst}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The deadline in words: a date (working-day targets) or a date and time (hours), and whether it is passed. */
export function Frist({
  fristDato,
  fristTidspunkt,
  forsinket,
  lukket,
}: {
  fristDato: string;
  fristTidspunkt: string | null;
  forsinket: boolean;
  lukket: boolean;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <span className="mangel-frist">
      {fristTidspunkt
        ? tr("mangel.detalj.fristTid", { tid: formatTidspunkt(fristTidspunkt, sprak) })
        : tr("mangel.detalj.fristDato", { dato: formatDato(fristDato, sprak) })}
      {forsinket && !lukket ? (
        <>
          {" "}
          <Tag data-color="danger" data-size="sm">
            {tr("mangel.detalj.forsinket")}
          </Tag>
        </>
      ) : null}
    </span>
  );
}

/** The response-time targets from config (SVARTIDER) in words: "Akutt: 24 timer, Høy: 3 virkedager, …". */
export function useFristerTekst(): string {
  const tr = useT();
  return ALVORLIGHETER.map((a) => {
    const svartid = SVARTIDER[a];
    const alvorlighet = tr(`mangel.alvorlighet.${a}`);
    return "timer" in svartid
      ? tr("mangel.frist.timer", { alvorlighet, antall: svartid.timer })
      : tr("mangel.frist.virkedager", { alvorlighet, antall: svartid.virkedager });
  }).join(", ");
}
