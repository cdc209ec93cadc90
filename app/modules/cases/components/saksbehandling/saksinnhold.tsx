import { Heading, Link, List, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Fragment, type ReactNode } from "react";
import { BYDELER } from "../../../../db/reference/bydeler";
import type { Saksstatus } from "../../../../db/schema";
import { isMessageKey, type MessageKey } from "../../../../i18n";
import { useLocale, useT } from "../../../../i18n/use-t";
import type { SaksbehandlerSak } from "../../get-case-for-caseworker.server";
import { formatDato, formatTidspunkt, statusKey } from "./format";

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

function Seksjon({ id, tittel, children }: { id: string; tittel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="sb-seksjon">
      <Heading level={2} data-size="md" id={id}>
        {tittel}
      </Heading>
      {children}
    </section>
  );
}

export function Fakta({ rader }: { rader: readonly [string, ReactNode][] }) {
  return (
    <dl className="sb-fakta">
      {rader.map(([label, verdi]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{verdi}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** A table that scrolls sideways on a phone, inside a focusable, named region. */
function Tabell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sb-rull" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const tekstEllerKode = (tr: Tr, key: string, kode: string) => (isMessageKey(key) ? tr(key) : kode);

type Innhold = {
  boligsituasjon?: { naavaerende?: string; beskrivelse?: string };
  okonomi?: { inntektKrPerAar?: number; gjeldKr?: number; beskrivelse?: string };
  helseFunksjon?: { behov?: string[]; beskrivelse?: string } | null;
  onsker?: { bydeler?: string[]; merknad?: string };
};

/** The application's facts, including the special-category health and function needs (caseworker only). */
export function Soknaden({ sak }: { sak: SaksbehandlerSak }) {
  const tr = useT();
  const locale = useLocale();
  const i = (sak.innhold ?? {}) as Innhold;
  const kr = (n: number | undefined) =>
    n === undefined ? "–" : `${new Intl.NumberFormat(locale === "en" ? "en-GB" : "nb-NO").format(n)} kr`;
  const husstand = sak.sak.husstand as { voksne: number; barn: { alder: number }[] };
  const innsender = sak.sak.innsender;
  return (
    <Seksjon id="sb-soknad" tittel={tr("saker.soknad.tittel")}>
      <Fakta
        rader={[
          [tr("saker.soknad.mottatt"), formatDato(sak.sak.mottatt, locale)],
          [
            tr("saker.soknad.innsender"),
            `${tekstEllerKode(tr, `saker.innsender.${innsender.rolle}`, innsender.rolle)}${innsender.navn ? ` (${innsender.navn})` : ""}`,
          ],
          ...(innsender.samtykkeGrunnlag
            ? ([[tr("saker.soknad.samtykke"), innsender.samtykkeGrunnlag]] as [string, ReactNode][])
            : []),
          [
            tr("saker.soknad.boligsituasjon"),
            i.boligsituasjon?.naavaerende
              ? tekstEllerKode(
                  tr,
                  `saker.bosituasjon.${i.boligsituasjon.naavaerende}`,
                  i.boligsituasjon.naavaerende,
                )
              : "–",
          ],
          [tr("saker.soknad.beskrivelse"), i.boligsituasjon?.beskrivelse ?? "–"],
          [tr("saker.soknad.inntekt"), kr(i.okonomi?.inntektKrPerAar)],
          [tr("saker.soknad.gjeld"), kr(i.okonomi?.gjeldKr)],
          ...(i.okonomi?.beskrivelse
            ? ([[tr("saker.soknad.okonomi"), i.okonomi.beskrivelse]] as [string, ReactNode][])
            : []),
          [
            tr("saker.soknad.onsker"),
            i.onsker?.bydeler?.map((id) => BYDELER.find((b) => b.id === id)?.navn ?? id).join(", ") || "–",
          ],
          ...(i.onsker?.merknad
            ? ([[tr("saker.soknad.merknad"), i.onsker.merknad]] as [string, ReactNode][])
            : []),
        ]}
      />
      <Heading level={3} data-size="xs">
        {tr("saker.soknad.helse")}
      </Heading>
      <Paragraph data-size="sm">{tr("saker.soknad.helse.merknad")}</Paragraph>
      {i.helseFunksjon ? (
        <Fakta
          rader={[
            [
              tr("saker.soknad.behov"),
              (i.helseFunksjon.behov ?? [])
                .map((b) => tekstEllerKode(tr, `saker.behov.${b}`, b))
                .join(", ") || "–",
            ],
            [tr("saker.soknad.beskrivelse"), i.helseFunksjon.beskrivelse ?? "–"],
          ]}
        />
      ) : (
        <Paragraph>{tr("saker.soknad.helse.ingen")}</Paragraph>
      )}
      <Heading level={3} data-size="xs">
        {tr("saker.husstand.tittel")}
      </Heading>
      <Paragraph>
        {tr("saker.husstand.tekst", {
          voksne: husstand.voksne,
          barn: husstand.barn.length,
          aldre: husstand.barn.map((b) => b.alder).join(", ") || "–",
        })}
      </Paragraph>
    </Seksjon>
  );
}

export function Frister({ sak }: { sak: SaksbehandlerSak }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <Seksjon id="sb-frister" tittel={tr("saker.frister.tittel")}>
      {sak.frister.length === 0 ? (
        <Paragraph>{tr("saker.frister.ingen")}</Paragraph>
      ) : (
        <Tabell label={tr("saker.frister.tittel")}>
          <Table data-size="sm" zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("saker.frister.type")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.frister.forfall")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.frister.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("saker.frister.hjemmel")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sak.frister.map((f) => (
                <Table.Row key={f.id}>
                  <Table.Cell>{tekstEllerKode(tr, `saker.fristtype.${f.type}`, f.type)}</Table.Cell>
                  <Table.Cell>{formatDato(f.forfall, locale)}</Table.Cell>
                  <Table.Cell>
                    {f.status === "aktiv" && f.forfall < sak.idag ? (
                      <Tag data-color="danger">{tr("saker.frist.passert")}</Tag>
                    ) : (
                      tekstEllerKode(tr, `saker.fristStatus.${f.status}`, f.status)
                    )}
                  </Table.Cell>
                  <Table.Cell>{f.hjemmel}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Tabell>
      )}
    </Seksjon>
  );
}

/** Documentation requests, notes and preliminary replies: the caseworker's own work in the case. */
export function Arbeid({ sak }: { sak: SaksbehandlerSak }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <>
      <Seksjon id="sb-krav" tittel={tr("saker.krav.tittel")}>
        {sak.dokumentasjonskrav.length === 0 ? (
          <Paragraph>{tr("saker.krav.ingen")}</Paragraph>
        ) : (
          <List.Unordered>
            {sak.dokumentasjonskrav.map((k) => (
              <List.Item key={k.id}>
                <strong>{k.beskrivelse}</strong>
                <br />
                {tr("saker.krav.linje", {
                  etterspurt: formatTidspunkt(k.etterspurt, locale),
                  frist: formatDato(k.frist, locale),
                  status: tekstEllerKode(tr, `saker.kravStatus.${k.status}`, k.status),
                })}
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </Seksjon>
      <Seksjon id="sb-notater" tittel={tr("saker.notater.tittel")}>
        {sak.notater.length === 0 ? (
          <Paragraph>{tr("saker.notater.ingen")}</Paragraph>
        ) : (
          sak.notater.map((n) => (
            <article
              key={n.id}
              className="sb-notat"
              aria-label={tr("saker.notater.av", { navn: n.skrevet_av_navn })}
            >
              <Paragraph data-size="sm">
                {tr("saker.notater.meta", {
                  navn: n.skrevet_av_navn,
                  tid: formatTidspunkt(n.opprettet, locale),
                })}
              </Paragraph>
              <Paragraph className="sb-fritekst">{n.tekst}</Paragraph>
            </article>
          ))
        )}
      </Seksjon>
      <Seksjon id="sb-svar" tittel={tr("saker.svar.tittel")}>
        {sak.forelopigeSvar.length === 0 ? (
          <Paragraph>{tr("saker.svar.ingen")}</Paragraph>
        ) : (
          <List.Unordered>
            {sak.forelopigeSvar.map((s) => (
              <List.Item key={s.id}>
                {tr("saker.svar.linje", {
                  sendt: formatTidspunkt(s.sendt, locale),
                  navn: s.sendt_av_navn,
                  dato: formatDato(s.forventet_vedtak, locale),
                })}{" "}
                <Link href={`/saker/${sak.sak.id}/forelopig-svar/${s.id}.pdf`}>
                  {tr("saker.svar.pdf", { dato: formatTidspunkt(s.sendt, locale) })}
                </Link>
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </Seksjon>
    </>
  );
}

export function Vedtak({ sak }: { sak: SaksbehandlerSak }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <Seksjon id="sb-vedtak" tittel={tr("saker.vedtakListe.tittel")}>
      {sak.vedtak.length === 0 ? (
        <Paragraph>{tr("saker.vedtakListe.ingen")}</Paragraph>
      ) : (
        sak.vedtak.map((v) => (
          <article key={v.id} className="sb-notat" aria-labelledby={`vedtak-${v.id}`}>
            <Heading level={3} data-size="xs" id={`vedtak-${v.id}`}>
              {tr("saker.vedtakListe.overskrift", {
                utfall: tr(`saker.utfall.${v.utfall}`),
                dato: formatDato(v.vedtaksdato, locale),
              })}
            </Heading>
            <Fakta
              rader={[
                [tr("saker.vedtakListe.fattetAv"), v.fattet_av_navn],
                ...(v.boligtype
                  ? ([
                      [
                        tr("saker.vedtak.bolig"),
                        tr("saker.vedtakListe.bolig", {
                          type: v.boligtype,
                          rom: v.rom ?? "–",
                          aar: v.leietid_aar ?? "–",
                        }),
                      ],
                    ] as [string, ReactNode][])
                  : []),
                [tr("saker.vedtak.sendemaate"), tr(`saker.vedtak.sendemaate.${v.sendemaate}`)],
                [
                  tr("saker.vedtakListe.mottatt"),
                  v.mottatt
                    ? tr("saker.vedtakListe.mottattRegel", {
                        dato: formatDato(v.mottatt, locale),
                        regel: tekstEllerKode(
                          tr,
                          `saker.mottattRegel.${v.mottatt_regel}`,
                          v.mottatt_regel ?? "",
                        ),
                      })
                    : tr("saker.vedtakListe.ikkeMottatt"),
                ],
                [
                  tr("saker.vedtakListe.klagefrist"),
                  v.klagefrist ? formatDato(v.klagefrist, locale) : tr("saker.vedtakListe.klagefristIkke"),
                ],
                [tr("saker.vedtakListe.klageinstans"), tr(`saker.instans.${v.klageinstans}`)],
                ...(v.grunnlag === "omgjort_etter_klage"
                  ? ([[tr("saker.vedtakListe.grunnlag"), tr("saker.vedtakListe.omgjort")]] as [
                      string,
                      ReactNode,
                    ][])
                  : []),
              ]}
            />
            <details className="sb-begrunnelse">
              <summary>{tr("saker.vedtakListe.begrunnelse")}</summary>
              <Heading level={4} data-size="2xs">
                {tr("saker.vedtak.regler")}
              </Heading>
              <Paragraph className="sb-fritekst">{v.begrunnelse_regler}</Paragraph>
              <Heading level={4} data-size="2xs">
                {tr("saker.vedtak.faktum")}
              </Heading>
              <Paragraph className="sb-fritekst">{v.begrunnelse_faktum}</Paragraph>
              <Heading level={4} data-size="2xs">
                {tr("saker.vedtak.hovedhensyn")}
              </Heading>
              <Paragraph className="sb-fritekst">{v.begrunnelse_hovedhensyn}</Paragraph>
            </details>
            <Paragraph>
              <Link href={`/saker/${sak.sak.id}/vedtak/${v.id}.pdf`}>
                {tr("saker.vedtakListe.pdf", { dato: formatDato(v.vedtaksdato, locale) })}
              </Link>
            </Paragraph>
          </article>
        ))
      )}
    </Seksjon>
  );
}

export function Klager({ sak }: { sak: SaksbehandlerSak }) {
  const tr = useT();
  const locale = useLocale();
  if (sak.klager.length === 0) return null;
  return (
    <Seksjon id="sb-klager" tittel={tr("saker.klager.tittel")}>
      {sak.klager.map((k) => (
        <article
          key={k.id}
          className="sb-notat"
          aria-label={tr("saker.klager.av", { dato: formatDato(k.mottatt, locale) })}
        >
          <Fakta
            rader={[
              [tr("saker.klage.mottatt"), formatDato(k.mottatt, locale)],
              ...(k.klagetekst
                ? ([[tr("saker.klager.tekst"), <span className="sb-fritekst">{k.klagetekst}</span>]] as [
                    string,
                    ReactNode,
                  ][])
                : []),
              [tr("saker.klager.tid"), k.tidsvurdering],
              [tr("saker.frister.status"), tekstEllerKode(tr, `saker.klagestatus.${k.status}`, k.status)],
              [tr("saker.vedtakListe.klageinstans"), tr(`saker.instans.${k.klageinstans}`)],
              ...(k.sen_klage_beslutning
                ? ([
                    [
                      tr("saker.senKlage.tittel"),
                      `${tr(`saker.senKlage.${k.sen_klage_beslutning}`)}: ${k.sen_klage_begrunnelse ?? ""}`,
                    ],
                  ] as [string, ReactNode][])
                : []),
              ...(k.oversendt
                ? ([
                    [tr("saker.klager.oversendt"), formatTidspunkt(k.oversendt, locale)],
                    [tr("saker.oversend.merknad"), k.oversendelse_merknad ?? ""],
                  ] as [string, ReactNode][])
                : []),
              ...(k.utfall
                ? ([
                    [
                      tr("saker.klager.utfall"),
                      `${tr(`saker.klageutfall.${k.utfall}`)} (${formatDato(k.avgjort, locale)}): ${k.utfall_begrunnelse ?? ""}`,
                    ],
                  ] as [string, ReactNode][])
                : []),
            ]}
          />
        </article>
      ))}
    </Seksjon>
  );
}

/** One log entry's facts in words: state change, dates and outcomes (never special-category values). */
function loggDetaljer(tr: Tr, locale: "nb" | "en", data: Record<string, unknown>): string {
  const deler: string[] = [];
  const s = (v: unknown) => (typeof v === "string" ? v : null);
  if (s(data.fra) && s(data.til)) {
    deler.push(
      tr("saker.logg.statusendring", {
        fra: tr(statusKey(data.fra as Saksstatus)),
        til: tr(statusKey(data.til as Saksstatus)),
      }),
    );
  }
  if (s(data.saksbehandlerNavn))
    deler.push(tr("saker.logg.tildeltTil", { navn: data.saksbehandlerNavn as string }));
  if (s(data.utfall) && isMessageKey(`saker.utfall.${data.utfall as string}`))
    deler.push(tr(`saker.utfall.${data.utfall as string}` as MessageKey));
  if (s(data.utfall) && isMessageKey(`saker.klageutfall.${data.utfall as string}`))
    deler.push(tr(`saker.klageutfall.${data.utfall as string}` as MessageKey));
  for (const [felt, key] of [
    ["frist", "saker.logg.frist"],
    ["forventetVedtak", "saker.logg.forventet"],
    ["mottatt", "saker.logg.mottatt"],
    ["klagefrist", "saker.logg.klagefrist"],
  ] as const) {
    if (s(data[felt])) deler.push(tr(key, { dato: formatDato(data[felt] as string, locale) }));
  }
  if (typeof data.iTide === "boolean") deler.push(tr(data.iTide ? "saker.logg.iTide" : "saker.logg.forSent"));
  if (s(data.klageinstans)) deler.push(tr(`saker.instans.${data.klageinstans as "klagenemnd"}`));
  return deler.join(" · ");
}

/** The complete case log: when, who (name, role and unit), what. */
export function Sakslogg({ sak }: { sak: SaksbehandlerSak }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <Seksjon id="sb-logg" tittel={tr("saker.logg.tittel")}>
      <Tabell label={tr("saker.logg.tittel")}>
        <Table data-size="sm" zebra>
          <caption className="ds-sr-only">{tr("saker.logg.tabell")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("saker.logg.naar")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("saker.logg.hvem")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("saker.logg.hva")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sak.logg.map((l) => {
              const data = (typeof l.data === "string" ? JSON.parse(l.data) : l.data) as Record<
                string,
                unknown
              >;
              const rolle = tekstEllerKode(tr, `rolle.${l.aktor_rolle}`, l.aktor_rolle);
              const detaljer = loggDetaljer(tr, locale, data ?? {});
              return (
                <Table.Row key={String(l.seq)}>
                  <Table.Cell>{formatTidspunkt(l.tidspunkt, locale)}</Table.Cell>
                  <Table.Cell>
                    {l.aktor_rolle === "beboer" ? tr("saker.logg.soker") : l.aktor_navn}
                    <br />
                    <span className="sb-dempet">
                      {l.aktor_rolle === "beboer" ? rolle : `${rolle}, ${l.aktor_enhet}`}
                    </span>
                  </Table.Cell>
                  <Table.Cell>
                    {tekstEllerKode(tr, `saker.logg.h.${l.hendelse}`, l.hendelse)}
                    {detaljer ? (
                      <>
                        <br />
                        <span className="sb-dempet">{detaljer}</span>
                      </>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </Tabell>
    </Seksjon>
  );
}
