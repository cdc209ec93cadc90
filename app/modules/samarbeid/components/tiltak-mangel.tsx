import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Mangelkategori, Mangelstatus, Mangelsted } from "../../../db/schema";
import type { MessageKey } from "../../../i18n";
import { useLocale, useT } from "../../../i18n/use-t";
import { formatDato } from "../../housing-stock/format";
import { HASTEGRADER, KATEGORIER, STEDER } from "../../mangelmelding/config";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../../../components/skjema/ramme";

const kategori = (v: string) => `mangel.kategori.${v}` as MessageKey;
const sted = (v: string) => `samarbeid.mangelsted.${v}` as MessageKey;

/** The live status of the defect report an action item is (read from the report itself, not copied). */
export function MangelStatus({
  tiltak,
  kanApne,
}: {
  tiltak: {
    mangelmelding_id: string | null;
    mangel_status: Mangelstatus | null;
    mangel_kategori: Mangelkategori | null;
    mangel_sted: Mangelsted | null;
    mangel_frist: string | null;
    mangel_planlagt: string | null;
  };
  kanApne: boolean;
}) {
  const tr = useT();
  const sprak = useLocale();
  const t = tiltak;
  if (!t.mangelmelding_id || !t.mangel_status) return null;
  const apen = t.mangel_status !== "utfort" && t.mangel_status !== "avsluttet";
  return (
    <>
      {tr("samarbeid.mangel.status", {
        kategori: tr(kategori(t.mangel_kategori!)),
        sted: tr(sted(t.mangel_sted!)).toLowerCase(),
        status: tr(`mangel.status.${t.mangel_status}` as MessageKey),
      })}
      {apen && t.mangel_planlagt ? (
        <>
          <br />
          {tr("samarbeid.mangel.planlagt", { dato: formatDato(t.mangel_planlagt, sprak) })}
        </>
      ) : null}
      {apen && t.mangel_frist ? (
        <>
          <br />
          {tr("samarbeid.mangel.frist", { dato: formatDato(t.mangel_frist, sprak) })}
        </>
      ) : null}
      {kanApne ? (
        <>
          <br />
          <Link asChild>
            <RouterLink to={`/mangelmeldinger/${t.mangelmelding_id}`}>
              {tr("samarbeid.mangel.apne")}
            </RouterLink>
          </Link>
        </>
      ) : null}
    </>
  );
}

/**
 * Make an action item a defect report: choose an open report at its address, or register a new one in one step.
 * Shown to those who may write action items and register defects, while the item has no report.
 */
export function MangelSeksjon({
  svar,
  harAdresse,
  kanMelde,
  sosialt,
  versjon,
  nokkel,
  apneMangler,
  oppganger,
  beskrivelse,
  bolignummer,
}: {
  svar: Skjemasvar | null | undefined;
  harAdresse: boolean;
  kanMelde: boolean;
  sosialt: boolean;
  versjon: number;
  nokkel: string;
  apneMangler: readonly {
    id: string;
    kategori: string;
    sted: string;
    mottatt: string;
    oppgang_navn: string;
  }[];
  oppganger: readonly { id: string; navn: string; gateadresse: string }[];
  beskrivelse: string;
  bolignummer: string;
}) {
  const tr = useT();
  const sprak = useLocale();
  if (!harAdresse) {
    return (
      <section className="sa-seksjon" aria-labelledby="mangel">
        <Heading level={2} data-size="sm" id="mangel">
          {tr("samarbeid.mangel.tittel")}
        </Heading>
        <Paragraph>{tr("samarbeid.mangel.ingenAdresse")}</Paragraph>
      </section>
    );
  }
  if (!kanMelde) return null;
  return (
    <section className="sa-seksjon" aria-labelledby="mangel">
      <Heading level={2} data-size="sm" id="mangel">
        {tr("samarbeid.mangel.tittel")}
      </Heading>
      <details open={svar?.intent === "knyttMangel"}>
        <summary>{tr("samarbeid.mangel.knytt")}</summary>
        {apneMangler.length === 0 ? (
          <Paragraph>{tr("samarbeid.mangel.ingenApne")}</Paragraph>
        ) : (
          <Skjema
            intent="knyttMangel"
            svar={svar}
            knapp={tr("samarbeid.mangel.knyttKnapp")}
            skjulte={{ versjon }}
            etiketter={{ mangelmeldingId: tr("samarbeid.felt.mangelmelding") }}
          >
            <Valg
              felt="mangelmeldingId"
              label={tr("samarbeid.felt.mangelmelding")}
              valg={apneMangler.map((m) => ({
                verdi: m.id,
                tekst: tr("samarbeid.mangel.valg", {
                  kategori: tr(kategori(m.kategori)),
                  sted: tr(sted(m.sted)).toLowerCase(),
                  oppgang: m.oppgang_navn,
                  dato: formatDato(m.mottatt, sprak),
                }),
              }))}
            />
          </Skjema>
        )}
      </details>
      <details open={svar?.intent === "nyMangel"}>
        <summary>{tr("samarbeid.mangel.ny")}</summary>
        <Paragraph>{tr("samarbeid.mangel.nyIngress")}</Paragraph>
        {sosialt ? <Paragraph>{tr("samarbeid.mangel.sosialt")}</Paragraph> : null}
        <Skjema
          intent="nyMangel"
          svar={svar}
          knapp={tr("samarbeid.mangel.nyKnapp")}
          skjulte={{ versjon, nokkel }}
          etiketter={{
            oppgangId: tr("samarbeid.felt.oppgang"),
            bolignummer: tr("samarbeid.felt.bolignummer"),
            kategori: tr("samarbeid.felt.kategori"),
            sted: tr("samarbeid.felt.mangelsted"),
            stedDetalj: tr("samarbeid.felt.stedDetalj"),
            beskrivelse: tr("samarbeid.felt.mangelBeskrivelse"),
            hastegrad: tr("samarbeid.felt.hastegrad"),
          }}
        >
          <Valg
            felt="oppgangId"
            label={tr("samarbeid.felt.oppgang")}
            valg={oppganger.map((o) => ({ verdi: o.id, tekst: `${o.navn} (${o.gateadresse})` }))}
          />
          <Tekstfelt felt="bolignummer" label={tr("samarbeid.felt.bolignummer")} standard={bolignummer} />
          <Valg
            felt="kategori"
            label={tr("samarbeid.felt.kategori")}
            valg={KATEGORIER.map((v) => ({ verdi: v, tekst: tr(kategori(v)) }))}
          />
          <Valg
            felt="sted"
            label={tr("samarbeid.felt.mangelsted")}
            valg={STEDER.map((v) => ({ verdi: v, tekst: tr(sted(v)) }))}
            standard="trappeoppgang"
          />
          <Tekstfelt felt="stedDetalj" label={tr("samarbeid.felt.stedDetalj")} />
          <Tekstfelt
            felt="beskrivelse"
            label={tr("samarbeid.felt.mangelBeskrivelse")}
            flerlinje
            standard={beskrivelse}
          />
          <Valg
            felt="hastegrad"
            label={tr("samarbeid.felt.hastegrad")}
            valg={HASTEGRADER.map((v) => ({ verdi: v, tekst: tr(`mangel.hastegrad.${v}` as MessageKey) }))}
            standard="snart"
          />
        </Skjema>
      </details>
    </section>
  );
}
