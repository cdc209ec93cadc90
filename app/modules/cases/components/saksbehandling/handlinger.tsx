import { Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useLocale, useT } from "../../../../i18n/use-t";
import type { SaksbehandlerSak } from "../../get-case-for-caseworker.server";
import type { Intent } from "./skjema";
import { formatDato } from "./format";
import { Radiovalg, Skjemaramme, Tekstfelt, Valg, type Skjematilstand } from "./skjemaramme";
import { VedtakSkjema } from "./vedtak-skjema";

function Handling({
  id,
  tittel,
  apen,
  children,
}: {
  id: string;
  tittel: string;
  apen: boolean;
  children: ReactNode;
}) {
  return (
    <Details id={id} defaultOpen={apen} className="sb-handling">
      <Details.Summary>{tittel}</Details.Summary>
      <Details.Content>{children}</Details.Content>
    </Details>
  );
}

/**
 * The actions the caseworker may take now: only those the state machine allows in the case's state
 * (`tillatteHendelser`) and whose preconditions hold. Each is its own form.
 */
export function Handlinger({ sak, tilstand }: { sak: SaksbehandlerSak; tilstand: Skjematilstand | null }) {
  const tr = useT();
  const locale = useLocale();
  const h = new Set<string>(sak.tillatteHendelser);
  const versjon = sak.sak.versjon;
  const apen = (intent: Intent) => tilstand?.intent === intent;
  const felles = { versjon, tilstand };
  const sisteVedtak = sak.vedtak.at(-1) ?? null;

  const handlinger: ReactNode[] = [];
  if (h.has("tildel")) {
    handlinger.push(
      <Handling key="tildel" id="handling-tildel" tittel={tr("saker.tildel.tittel")} apen={apen("tildel")}>
        <Skjemaramme intent="tildel" {...felles} knapp={tr("saker.tildel.knapp")}>
          <Valg
            felt="saksbehandlerId"
            label={tr("saker.tildel.label")}
            beskrivelse={tr("saker.tildel.beskrivelse")}
            valg={sak.kolleger.map((k, i) => ({
              verdi: k.id,
              tekst: i === 0 ? tr("saker.tildel.meg", { navn: k.navn }) : k.navn,
            }))}
            standard={sak.kolleger[0]?.id}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("forelopig_svar")) {
    handlinger.push(
      <Handling
        key="forelopig_svar"
        id="handling-forelopig-svar"
        tittel={tr("saker.forelopigSvar.tittel")}
        apen={apen("forelopig_svar") || sak.varsel11a !== null}
      >
        <Paragraph>{tr("saker.forelopigSvar.ingress")}</Paragraph>
        <Skjemaramme intent="forelopig_svar" {...felles} knapp={tr("saker.forelopigSvar.knapp")}>
          <Tekstfelt
            felt="grunn"
            label={tr("saker.forelopigSvar.grunn")}
            beskrivelse={tr("saker.forelopigSvar.grunn.beskrivelse")}
            flerlinje
            maks={1000}
          />
          <Tekstfelt
            felt="forventetVedtak"
            type="date"
            label={tr("saker.forelopigSvar.dato")}
            beskrivelse={tr("saker.datoFormat")}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("notat")) {
    handlinger.push(
      <Handling key="notat" id="handling-notat" tittel={tr("saker.notat.tittel")} apen={apen("notat")}>
        <Skjemaramme intent="notat" {...felles} knapp={tr("saker.notat.knapp")}>
          <Tekstfelt
            felt="tekst"
            label={tr("saker.notat.label")}
            beskrivelse={tr("saker.notat.beskrivelse")}
            flerlinje
            maks={10_000}
            rader={6}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("be_om_dokumentasjon")) {
    handlinger.push(
      <Handling
        key="dokumentasjon"
        id="handling-dokumentasjon"
        tittel={tr("saker.dokumentasjon.tittel")}
        apen={apen("dokumentasjon")}
      >
        <Skjemaramme intent="dokumentasjon" {...felles} knapp={tr("saker.dokumentasjon.knapp")}>
          <Tekstfelt
            felt="beskrivelse"
            label={tr("saker.dokumentasjon.hva")}
            flerlinje
            maks={2000}
            rader={3}
          />
          <Tekstfelt
            felt="frist"
            type="date"
            label={tr("saker.dokumentasjon.frist")}
            beskrivelse={tr("saker.datoFormat")}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("dokumentasjon_mottatt")) {
    handlinger.push(
      <Handling
        key="dokumentasjon_mottatt"
        id="handling-dokumentasjon-mottatt"
        tittel={tr("saker.dokMottatt.tittel")}
        apen={apen("dokumentasjon_mottatt")}
      >
        <Skjemaramme intent="dokumentasjon_mottatt" {...felles} knapp={tr("saker.lagre")}>
          <Radiovalg
            felt="utfall"
            legend={tr("saker.dokMottatt.legend")}
            standard="mottatt"
            valg={[
              { verdi: "mottatt", tekst: tr("saker.dokMottatt.mottatt") },
              { verdi: "frafalt", tekst: tr("saker.dokMottatt.frafalt") },
            ]}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("fatt_vedtak")) {
    handlinger.push(
      <Handling key="vedtak" id="handling-vedtak" tittel={tr("saker.vedtak.tittel")} apen={apen("vedtak")}>
        <VedtakSkjema
          intent="vedtak"
          {...felles}
          sakstype={sak.sak.type}
          leietider={sak.leietider}
          knapp={tr("saker.vedtak.knapp")}
        />
      </Handling>,
    );
  }
  if (h.has("vedtak_mottatt") && sak.kanRegistrereMottatt && sisteVedtak) {
    const senest = sisteVedtak.sendemaate === "digital";
    handlinger.push(
      <Handling
        key="vedtak_mottatt"
        id="handling-vedtak-mottatt"
        tittel={tr("saker.mottatt.tittel")}
        apen={apen("vedtak_mottatt")}
      >
        <Paragraph>{tr("saker.mottatt.ingress")}</Paragraph>
        <Skjemaramme
          intent="vedtak_mottatt"
          {...felles}
          knapp={tr("saker.lagre")}
          skjulte={{ vedtakId: sisteVedtak.id }}
        >
          <Radiovalg
            felt="maate"
            legend={tr("saker.mottatt.legend")}
            standard="papir_registrert"
            valg={[
              { verdi: "papir_registrert", tekst: tr("saker.mottatt.papir") },
              ...(senest ? [{ verdi: "digital_sju_dager", tekst: tr("saker.mottatt.digital") }] : []),
            ]}
          />
          <Tekstfelt
            felt="dato"
            type="date"
            label={tr("saker.mottatt.dato")}
            beskrivelse={tr("saker.datoFormat")}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("klage_i_tide") && sak.kanRegistrereKlage) {
    handlinger.push(
      <Handling key="klage" id="handling-klage" tittel={tr("saker.klage.tittel")} apen={apen("klage")}>
        <Paragraph>
          {sisteVedtak?.klagefrist
            ? tr("saker.klage.ingress", { frist: formatDato(sisteVedtak.klagefrist, locale) })
            : tr("saker.klage.ingressUtenFrist")}
        </Paragraph>
        <Skjemaramme intent="klage" {...felles} knapp={tr("saker.klage.knapp")}>
          <Tekstfelt
            felt="mottatt"
            type="date"
            label={tr("saker.klage.mottatt")}
            beskrivelse={tr("saker.datoFormat")}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("sen_klage_behandles")) {
    handlinger.push(
      <Handling key="sen_klage" id="handling-sen-klage" tittel={tr("saker.senKlage.tittel")} apen>
        <Paragraph>{tr("saker.senKlage.ingress")}</Paragraph>
        <Skjemaramme intent="sen_klage" {...felles} knapp={tr("saker.lagre")}>
          <Radiovalg
            felt="beslutning"
            legend={tr("saker.senKlage.legend")}
            valg={[
              { verdi: "behandles", tekst: tr("saker.senKlage.behandles") },
              { verdi: "avvises", tekst: tr("saker.senKlage.avvises") },
            ]}
          />
          <Tekstfelt felt="begrunnelse" label={tr("saker.begrunnelse")} flerlinje maks={4000} />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("omgjor_etter_klage")) {
    handlinger.push(
      <Handling key="omgjor" id="handling-omgjor" tittel={tr("saker.omgjor.tittel")} apen={apen("omgjor")}>
        <Paragraph>{tr("saker.omgjor.ingress")}</Paragraph>
        <VedtakSkjema
          intent="omgjor"
          {...felles}
          sakstype={sak.sak.type}
          leietider={sak.leietider}
          knapp={tr("saker.omgjor.knapp")}
        />
      </Handling>,
    );
  }
  if (h.has("oversend_klage")) {
    const instans = sak.klager.at(-1)?.klageinstans ?? "klagenemnd";
    handlinger.push(
      <Handling
        key="oversend"
        id="handling-oversend"
        tittel={tr("saker.oversend.tittel")}
        apen={apen("oversend")}
      >
        <Paragraph>{tr("saker.oversend.ingress", { instans: tr(`saker.instans.${instans}`) })}</Paragraph>
        <Skjemaramme intent="oversend" {...felles} knapp={tr("saker.oversend.knapp")}>
          <Tekstfelt
            felt="merknad"
            label={tr("saker.oversend.merknad")}
            beskrivelse={tr("saker.oversend.merknad.beskrivelse")}
            flerlinje
            maks={10_000}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("klage_stadfestet") && sak.statsforvalterKlage) {
    handlinger.push(
      <Handling
        key="statsforvalter"
        id="handling-statsforvalter"
        tittel={tr("saker.statsforvalter.tittel")}
        apen={apen("statsforvalter")}
      >
        <Paragraph>{tr("saker.statsforvalter.ingress")}</Paragraph>
        <Skjemaramme intent="statsforvalter" {...felles} knapp={tr("saker.lagre")}>
          <Radiovalg
            felt="utfall"
            legend={tr("saker.statsforvalter.utfall")}
            valg={(["stadfestet", "omgjort", "opphevet"] as const).map((u) => ({
              verdi: u,
              tekst: tr(`saker.klageutfall.${u}`),
            }))}
          />
          <Tekstfelt felt="begrunnelse" label={tr("saker.begrunnelse")} flerlinje maks={10_000} />
          <Tekstfelt
            felt="avgjort"
            type="date"
            label={tr("saker.statsforvalter.dato")}
            beskrivelse={tr("saker.datoFormat")}
          />
        </Skjemaramme>
      </Handling>,
    );
  }
  if (h.has("avslutt") && sak.kanAvslutte) {
    handlinger.push(
      <Handling
        key="avslutt"
        id="handling-avslutt"
        tittel={tr("saker.avslutt.tittel")}
        apen={apen("avslutt")}
      >
        <Paragraph>{tr("saker.avslutt.ingress")}</Paragraph>
        <Skjemaramme intent="avslutt" {...felles} knapp={tr("saker.avslutt.knapp")} />
      </Handling>,
    );
  }

  return (
    <section aria-labelledby="sb-handlinger" className="sb-seksjon">
      <Heading level={2} data-size="md" id="sb-handlinger">
        {tr("saker.handlinger.tittel")}
      </Heading>
      {handlinger.length > 0 ? (
        <div className="sb-handlinger">{handlinger}</div>
      ) : (
        <Paragraph>{tr("saker.handlinger.ingen")}</Paragraph>
      )}
    </section>
  );
}
