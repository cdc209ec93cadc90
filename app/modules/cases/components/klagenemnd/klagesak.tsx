import {
  Alert,
  Button,
  ErrorSummary,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { Form } from "react-router";
import "./klagenemnd.css";
import { CsrfField } from "../../../../components/csrf-field";
import { isMessageKey } from "../../../../i18n";
import { useLocale, useT } from "../../../../i18n/use-t";
import { Fakta } from "../../../housing-stock/components/register";
import { formatDato, formatKroner } from "../../../housing-stock/format";
import type { OversendtSak } from "../../get-forwarded-appeal.server";
import type { Avgjorelsessvar } from "./avgjorelse";

type Vedtak = NonNullable<OversendtSak["paklagetVedtak"]>;

/** Dates are Oslo calendar dates ("YYYY-MM-DD"); instants arrive as Date or ISO text after serialisation. */
function dag(value: string | Date): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function Seksjon({ id, tittel, children }: { id: string; tittel: string; children: React.ReactNode }) {
  return (
    <section className="hs-seksjon" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {tittel}
      </Heading>
      {children}
    </section>
  );
}

/** The facts of the case and the application's answers. */
export function OmSaken({ data }: { data: OversendtSak }) {
  const tr = useT();
  const sprak = useLocale();
  const { sak, soker, soknad } = data;
  const situasjon = soknad?.boligsituasjon.naavaerende;
  const situasjonKey = `klagenemnd.boligsituasjon.${situasjon ?? ""}`;
  const behov = soknad?.helseFunksjon?.behov ?? [];
  return (
    <>
      <Seksjon id="om-saken" tittel={tr("klagenemnd.sak.fakta")}>
        <Fakta
          rader={[
            [tr("klagenemnd.sak.soker"), soker.navn],
            [tr("klagenemnd.sak.fodt"), formatDato(dag(soker.fodselsdato), sprak)],
            [
              tr("klagenemnd.sak.husstand"),
              tr("klagenemnd.sak.husstandTekst", {
                voksne: sak.husstand.voksne,
                barn: sak.husstand.barn.length,
              }),
            ],
            [tr("klagenemnd.sak.type"), tr(`klagenemnd.type.${sak.type}`)],
            [tr("klagenemnd.sak.mottatt"), formatDato(dag(sak.mottatt), sprak)],
          ]}
        />
      </Seksjon>
      {soknad ? (
        <Seksjon id="soknaden" tittel={tr("klagenemnd.sak.soknad")}>
          <Fakta
            rader={[
              [
                tr("klagenemnd.sak.boligsituasjon"),
                <>
                  {isMessageKey(situasjonKey) ? tr(situasjonKey) : tr("klagenemnd.sak.ikkeOppgitt")}
                  {soknad.boligsituasjon.beskrivelse ? `. ${soknad.boligsituasjon.beskrivelse}` : null}
                </>,
              ],
              [
                tr("klagenemnd.sak.inntekt"),
                typeof soknad.okonomi.inntektKrPerAar === "number"
                  ? formatKroner(soknad.okonomi.inntektKrPerAar, sprak)
                  : tr("klagenemnd.sak.ikkeOppgitt"),
              ],
              [
                tr("klagenemnd.sak.helse"),
                soknad.helseFunksjon ? (
                  <>
                    {behov
                      .map((b) => {
                        const key = `klagenemnd.behov.${b}`;
                        return isMessageKey(key) ? tr(key) : b;
                      })
                      .join(", ")}
                    {soknad.helseFunksjon.beskrivelse ? `. ${soknad.helseFunksjon.beskrivelse}` : null}
                  </>
                ) : (
                  tr("klagenemnd.sak.ikkeOppgitt")
                ),
              ],
            ]}
          />
        </Seksjon>
      ) : null}
    </>
  );
}

function Vedtaksfakta({ vedtak }: { vedtak: Vedtak }) {
  const tr = useT();
  const sprak = useLocale();
  const rader: [string, React.ReactNode][] = [
    [tr("klagenemnd.vedtak.utfall"), tr(`klagenemnd.vedtaksutfall.${vedtak.utfall}`)],
    [tr("klagenemnd.vedtak.dato"), formatDato(dag(vedtak.vedtaksdato), sprak)],
    [
      tr("klagenemnd.vedtak.mottatt"),
      vedtak.mottatt ? formatDato(dag(vedtak.mottatt), sprak) : tr("klagenemnd.vedtak.ikkeRegistrert"),
    ],
    [
      tr("klagenemnd.vedtak.klagefrist"),
      vedtak.klagefrist ? formatDato(dag(vedtak.klagefrist), sprak) : tr("klagenemnd.vedtak.ikkeRegistrert"),
    ],
  ];
  if (vedtak.boligtype && vedtak.rom) {
    rader.push([
      tr("klagenemnd.vedtak.bolig"),
      tr("klagenemnd.vedtak.boligTekst", {
        boligtype: vedtak.boligtype,
        rom: vedtak.rom,
        leietid: vedtak.leietid_aar ?? "–",
      }),
    ]);
  }
  rader.push(
    [tr("klagenemnd.vedtak.regler"), vedtak.begrunnelse_regler],
    [tr("klagenemnd.vedtak.faktum"), vedtak.begrunnelse_faktum],
    [tr("klagenemnd.vedtak.hovedhensyn"), vedtak.begrunnelse_hovedhensyn],
    [tr("klagenemnd.vedtak.fattetAv"), vedtak.fattet_av_navn],
  );
  return <Fakta rader={rader} />;
}

/** The decision appealed, with its letter (the caseworkers' PDF route lets the board open forwarded cases). */
export function PaklagetVedtak({ data }: { data: OversendtSak }) {
  const tr = useT();
  const sprak = useLocale();
  const vedtak = data.paklagetVedtak;
  if (!vedtak) return null;
  return (
    <Seksjon id="vedtaket" tittel={tr("klagenemnd.vedtak.tittel")}>
      <Vedtaksfakta vedtak={vedtak} />
      <Paragraph>
        <Link href={`/saker/${data.sak.id}/vedtak/${vedtak.id}.pdf`}>
          {tr("klagenemnd.vedtak.pdf", { dato: formatDato(dag(vedtak.vedtaksdato), sprak) })}
        </Link>
      </Paragraph>
    </Seksjon>
  );
}

/** The appeal and the first instance's statement when it forwarded the case. */
export function Klagen({ data }: { data: OversendtSak }) {
  const tr = useT();
  const sprak = useLocale();
  const { klage } = data;
  const rader: [string, React.ReactNode][] = [
    [tr("klagenemnd.klage.mottatt"), formatDato(dag(klage.mottatt), sprak)],
    [tr("klagenemnd.klage.iTide"), klage.iTide ? tr("klagenemnd.klage.ja") : tr("klagenemnd.klage.nei")],
    [tr("klagenemnd.klage.vurdering"), klage.tidsvurdering],
  ];
  if (klage.klagetekst)
    rader.push([tr("klagenemnd.klage.tekst"), <span className="kn-fritekst">{klage.klagetekst}</span>]);
  if (klage.senKlage?.begrunnelse)
    rader.push([tr("klagenemnd.klage.senBegrunnelse"), klage.senKlage.begrunnelse]);
  return (
    <>
      <Seksjon id="klagen" tittel={tr("klagenemnd.klage.tittel")}>
        <Fakta rader={rader} />
      </Seksjon>
      <Seksjon id="merknader" tittel={tr("klagenemnd.merknad.tittel")}>
        <Paragraph className="kn-fritekst">{klage.merknad ?? tr("klagenemnd.merknad.ingen")}</Paragraph>
      </Seksjon>
    </>
  );
}

/** The other documents the district forwarded: decisions, notes, documentation requests, preliminary replies. */
export function Dokumenter({ data }: { data: OversendtSak }) {
  const tr = useT();
  const sprak = useLocale();
  const { vedtak, notater, dokumentasjonskrav, forelopigeSvar } = data.dokumenter;
  const tom = vedtak.length + notater.length + dokumentasjonskrav.length + forelopigeSvar.length === 0;
  return (
    <Seksjon id="dokumenter" tittel={tr("klagenemnd.dokumenter.tittel")}>
      <Paragraph>{tom ? tr("klagenemnd.dokumenter.ingen") : tr("klagenemnd.dokumenter.ingress")}</Paragraph>
      {vedtak.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {tr("klagenemnd.dokumenter.vedtak")}
          </Heading>
          <ul className="kn-liste">
            {vedtak.map((v) => (
              <li key={v.id}>
                <Link href={`/saker/${data.sak.id}/vedtak/${v.id}.pdf`}>
                  {tr("klagenemnd.dokumenter.vedtakTekst", {
                    utfall: tr(`klagenemnd.vedtaksutfall.${v.utfall}`),
                    dato: formatDato(dag(v.vedtaksdato), sprak),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notater.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {tr("klagenemnd.dokumenter.notater")}
          </Heading>
          <ul className="kn-liste">
            {notater.map((n) => (
              <li key={n.id}>
                <span className="kn-meta">
                  {tr("klagenemnd.dokumenter.skrevetAv", {
                    navn: n.skrevet_av_navn,
                    dato: formatDato(dag(n.opprettet), sprak),
                  })}
                </span>
                <span className="kn-fritekst">{n.tekst}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {dokumentasjonskrav.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {tr("klagenemnd.dokumenter.krav")}
          </Heading>
          <ul className="kn-liste">
            {dokumentasjonskrav.map((k) => (
              <li key={k.id}>
                <span className="kn-meta">
                  {tr("klagenemnd.dokumenter.kravTekst", {
                    frist: formatDato(dag(k.frist), sprak),
                    status: tr(`klagenemnd.krav.${k.status}`),
                  })}
                </span>
                <span className="kn-fritekst">{k.beskrivelse}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {forelopigeSvar.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {tr("klagenemnd.dokumenter.svar")}
          </Heading>
          <ul className="kn-liste">
            {forelopigeSvar.map((s) => (
              <li key={s.id}>
                <span className="kn-meta">
                  {tr("klagenemnd.dokumenter.svarTekst", {
                    dato: formatDato(dag(s.sendt), sprak),
                    forventet: formatDato(dag(s.forventet_vedtak), sprak),
                  })}
                </span>
                <span className="kn-fritekst">{s.grunn}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Seksjon>
  );
}

/** The board's decision once recorded. */
export function Avgjort({ data }: { data: OversendtSak }) {
  const tr = useT();
  const sprak = useLocale();
  const { klage } = data;
  if (!klage.utfall) return null;
  return (
    <Seksjon id="avgjort" tittel={tr("klagenemnd.avgjort.sak.tittel")}>
      <Fakta
        rader={[
          [tr("klagenemnd.avgjort.utfall"), tr(`klagenemnd.utfall.${klage.utfall}`)],
          [tr("klagenemnd.avgjort.dato"), klage.avgjort ? formatDato(dag(klage.avgjort), sprak) : "–"],
          [
            tr("klagenemnd.avgjort.begrunnelse"),
            <span key="b" className="kn-fritekst">
              {klage.utfallBegrunnelse}
            </span>,
          ],
        ]}
      />
    </Seksjon>
  );
}

const UTFALL = ["stadfestet", "omgjort", "opphevet"] as const;

/**
 * The board's form: a plain POST (works without JavaScript) with the CSRF token and the row version. Errors are
 * listed at the top and shown at each field; a stale version says so and keeps what was typed.
 */
export function AvgjorSkjema({ versjon, svar }: { versjon: number; svar: Avgjorelsessvar | null }) {
  const tr = useT();
  const feil = svar?.feil ?? {};
  const verdier = svar?.verdier ?? { utfall: "", begrunnelse: "" };
  const feilliste = (["utfall", "begrunnelse"] as const).filter((f) => feil[f]);
  return (
    <Seksjon id="avgjor" tittel={tr("klagenemnd.avgjor.tittel")}>
      <Paragraph>{tr("klagenemnd.avgjor.ingress")}</Paragraph>
      <Form method="post" className="kn-skjema" noValidate key={versjon}>
        <CsrfField />
        <input type="hidden" name="versjon" value={versjon} />
        {svar?.konflikt ? (
          <Alert data-color="warning" role="alert">
            <Paragraph>
              <strong>{tr("klagenemnd.avgjor.konflikt.tittel")}</strong>
            </Paragraph>
            <Paragraph>{tr("klagenemnd.avgjor.konflikt.tekst")}</Paragraph>
          </Alert>
        ) : null}
        {feilliste.length > 0 ? (
          <ErrorSummary>
            <ErrorSummary.Heading>{tr("klagenemnd.avgjor.feil.oppsummering")}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {feilliste.map((f) => (
                <ErrorSummary.Item key={f}>
                  <ErrorSummary.Link href={`#avgjor-${f}`}>{tr(feil[f]!)}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        ) : null}
        <Fieldset id="avgjor-utfall" tabIndex={-1}>
          <Fieldset.Legend>{tr("klagenemnd.avgjor.utfall")}</Fieldset.Legend>
          {UTFALL.map((u) => (
            <Radio
              key={u}
              id={`avgjor-utfall-${u}`}
              name="utfall"
              value={u}
              label={tr(`klagenemnd.avgjor.utfall.${u}`)}
              defaultChecked={verdier.utfall === u}
              aria-invalid={feil.utfall ? true : undefined}
            />
          ))}
          {feil.utfall ? <ValidationMessage>{tr(feil.utfall)}</ValidationMessage> : null}
        </Fieldset>
        <Textfield
          id="avgjor-begrunnelse"
          name="begrunnelse"
          label={tr("klagenemnd.avgjor.begrunnelse")}
          description={tr("klagenemnd.avgjor.begrunnelse.beskrivelse")}
          multiline
          rows={6}
          maxLength={10_000}
          defaultValue={verdier.begrunnelse}
          error={feil.begrunnelse ? tr(feil.begrunnelse) : undefined}
        />
        <div>
          <Button type="submit">{tr("klagenemnd.avgjor.knapp")}</Button>
        </div>
      </Form>
    </Seksjon>
  );
}
