import { Button, Field, Heading, Label, Link, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import type { Route } from "./+types/undersokelser.resultater";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import type { MessageKey } from "../i18n";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import {
  Indikatortabell,
  indikatorKey,
  Intervall,
  Stolpediagram,
  Tall,
} from "../modules/undersokelse/components/resultater";
import "../modules/undersokelse/components/undersokelse.css";
import { getResultater, type Enhetsrad } from "../modules/undersokelse/get-resultater.server";
import { DIMENSJONER, GRUPPERINGER, INDIKATORER } from "../modules/undersokelse/instrument";
import { lesResultatfilter } from "../modules/undersokelse/resultatfilter";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "undersokelse.resultater.tittel");

/**
 * /undersokelser/resultater — the coordinator's district with its addresses, or the city with its districts
 * (Velferdsetaten); every figure already suppressed by the module (5 / 10 answers, complementary suppression,
 * groups 10).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.resultater");
  const filter = lesResultatfilter(new URL(request.url));
  return {
    resultater: await getResultater({ db: deps(context).db, actor, ...filter }),
    gruppering: filter.gruppering,
    adresselenker: actor.rolle === "bomiljokoordinator",
  };
}

export default function Resultater({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { resultater: r, gruppering, adresselenker } = loaderData;
  const prosent = (e: Enhetsrad) =>
    e.husstander > 0 ? `${formatTall((e.svar / e.husstander) * 100, 0, sprak)} %` : "–";
  const csv = new URLSearchParams({
    ...(r.valgtRunde ? { runde: r.valgtRunde.id } : {}),
    ...(gruppering ? { gruppe: gruppering } : {}),
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("undersokelse.tittel"), href: "/undersokelser" },
          { label: tr("undersokelse.resultater.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("undersokelse.resultater.tittel")}
      </Heading>
      <Paragraph>{tr("undersokelse.resultater.ingress")}</Paragraph>
      <Paragraph>
        {tr("undersokelse.resultater.terskel", { terskel: r.terskel, gruppeterskel: r.gruppeterskel })}
      </Paragraph>
      {r.runder.length === 0 || !r.valgtRunde || !r.topp ? (
        <Paragraph>{tr("undersokelse.ingenRunder")}</Paragraph>
      ) : (
        <>
          <form method="get" className="us-skjemarad">
            <Field>
              <Label htmlFor="velg-runde">{tr("undersokelse.kol.runde")}</Label>
              <Select id="velg-runde" name="runde" defaultValue={r.valgtRunde.id}>
                {r.runder.map((x) => (
                  <Select.Option key={x.id} value={x.id}>
                    {x.navn}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="velg-gruppe">{tr("undersokelse.resultater.gruppe")}</Label>
              <Select id="velg-gruppe" name="gruppe" defaultValue={gruppering ?? ""}>
                <Select.Option value="">{tr("undersokelse.resultater.ingenGruppe")}</Select.Option>
                {GRUPPERINGER.map((g) => (
                  <Select.Option key={g} value={g}>
                    {tr(`undersokelse.gruppering.${g}` as MessageKey)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button type="submit" variant="secondary">
              {tr("undersokelse.resultater.vis")}
            </Button>
          </form>

          <Heading level={2} data-size="md">
            {tr("undersokelse.resultater.topp", { navn: r.toppNavn, runde: r.valgtRunde.navn })}
          </Heading>
          <Paragraph>
            {tr("undersokelse.resultater.svar", {
              svar: r.topp.svar,
              husstander: r.topp.husstander,
              prosent: prosent(r.topp),
            })}
          </Paragraph>
          {r.valgtRunde.avsluttet ? (
            <>
              <Stolpediagram
                tittel={tr("undersokelse.figur.indikatorer", { navn: r.toppNavn })}
                rader={INDIKATORER.map((i) => ({ etikett: tr(indikatorKey(i)), celle: r.topp!.celler[i] }))}
              />
              <Indikatortabell
                celler={r.topp.celler}
                terskel={r.terskel}
                caption={tr("undersokelse.figur.indikatorer", { navn: r.toppNavn })}
              />
            </>
          ) : (
            <Paragraph>
              <strong>{tr("undersokelseApen.melding")}</strong>
            </Paragraph>
          )}

          {r.grupper ? (
            <>
              <Heading level={2} data-size="md">
                {tr("undersokelse.resultater.etterGruppe", {
                  gruppe: tr(`undersokelse.gruppering.${r.grupper.gruppering}` as MessageKey),
                })}
              </Heading>
              <div
                className="us-rull"
                role="region"
                aria-label={tr("undersokelse.resultater.gruppe")}
                tabIndex={0}
              >
                <Table zebra>
                  <caption>
                    {tr("undersokelse.resultater.etterGruppe", {
                      gruppe: tr(`undersokelse.gruppering.${r.grupper.gruppering}` as MessageKey),
                    })}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{tr("undersokelse.resultater.gruppe")}</Table.HeaderCell>
                      {INDIKATORER.map((i) => (
                        <Table.HeaderCell key={i} className="us-tall">
                          {tr(indikatorKey(i))}
                        </Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {r.grupper.rader.map((g) => (
                      <Table.Row key={g.gruppe}>
                        <Table.HeaderCell scope="row">
                          {tr(`undersokelse.gruppe.${r.grupper!.gruppering}.${g.gruppe}` as MessageKey)}
                        </Table.HeaderCell>
                        {INDIKATORER.map((i) => (
                          <Table.Cell key={i} className="us-tall">
                            <Tall celle={g.celler[i]} terskel={r.gruppeterskel} />
                          </Table.Cell>
                        ))}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </>
          ) : null}

          <Heading level={2} data-size="md">
            {r.niva === "by"
              ? tr("undersokelse.resultater.perBydel")
              : tr("undersokelse.resultater.perAdresse")}
          </Heading>
          <Enhetstabell
            enheter={r.enheter}
            terskel={r.terskel}
            lenke={adresselenker ? (id) => `/undersokelser/adresse/${id}` : null}
            caption={
              r.niva === "by"
                ? tr("undersokelse.resultater.perBydel")
                : tr("undersokelse.resultater.perAdresse")
            }
            prosent={prosent}
          />

          <Heading level={2} data-size="md">
            {tr("undersokelse.resultater.trend", { navn: r.toppNavn })}
          </Heading>
          <Stolpediagram
            tittel={tr("undersokelse.figur.trend", { navn: r.toppNavn })}
            rader={r.trend.map((t) => ({ etikett: t.runde.navn, celle: t.rad.celler.samlet }))}
          />
          <div
            className="us-rull"
            role="region"
            aria-label={tr("undersokelse.figur.trend", { navn: r.toppNavn })}
            tabIndex={0}
          >
            <Table zebra>
              <caption>{tr("undersokelse.figur.trend", { navn: r.toppNavn })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("undersokelse.kol.runde")}</Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svar")}</Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">
                    {tr("undersokelse.indikator.samlet")}
                  </Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.intervall")}</Table.HeaderCell>
                  {DIMENSJONER.map((d) => (
                    <Table.HeaderCell key={d} className="us-tall">
                      {tr(indikatorKey(d))}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {r.trend.map((t) => (
                  <Table.Row key={t.runde.id}>
                    <Table.HeaderCell scope="row">
                      {t.runde.navn}
                      <br />
                      <small>{formatDato(t.runde.startdato, sprak)}</small>
                    </Table.HeaderCell>
                    <Table.Cell className="us-tall">{t.rad.svar}</Table.Cell>
                    <Table.Cell className="us-tall">
                      <Tall celle={t.rad.celler.samlet} terskel={r.terskel} />
                    </Table.Cell>
                    <Table.Cell className="us-tall">
                      <Intervall celle={t.rad.celler.samlet} />
                    </Table.Cell>
                    {DIMENSJONER.map((d) => (
                      <Table.Cell key={d} className="us-tall">
                        <Tall celle={t.rad.celler[d]} terskel={r.terskel} />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph>
            <Link href={`/undersokelser/resultater.csv?${csv.toString()}`} download>
              {tr("undersokelse.resultater.csv")}
            </Link>
          </Paragraph>
          <Paragraph>
            <Link href={`/undersokelser/resultater.xlsx?${csv.toString()}`} download>
              {tr("undersokelse.resultater.xlsx")}
            </Link>
          </Paragraph>
        </>
      )}
    </>
  );
}

function Enhetstabell({
  enheter,
  terskel,
  lenke,
  caption,
  prosent,
}: {
  enheter: Enhetsrad[];
  terskel: number;
  lenke: ((id: string) => string) | null;
  caption: string;
  prosent: (e: Enhetsrad) => string;
}) {
  const tr = useT();
  return (
    <div className="us-rull" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{tr("undersokelse.kol.enhet")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svar")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svarprosent")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.indikator.samlet")}</Table.HeaderCell>
            <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.intervall")}</Table.HeaderCell>
            {DIMENSJONER.map((d) => (
              <Table.HeaderCell key={d} className="us-tall">
                {tr(indikatorKey(d))}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {enheter.map((e) => (
            <Table.Row key={e.id}>
              <Table.HeaderCell scope="row">
                {lenke ? <Link href={lenke(e.id)}>{e.navn}</Link> : e.navn}
              </Table.HeaderCell>
              <Table.Cell className="us-tall">{e.svar}</Table.Cell>
              <Table.Cell className="us-tall">{prosent(e)}</Table.Cell>
              <Table.Cell className="us-tall">
                <Tall celle={e.celler.samlet} terskel={terskel} />
              </Table.Cell>
              <Table.Cell className="us-tall">
                <Intervall celle={e.celler.samlet} />
              </Table.Cell>
              {DIMENSJONER.map((d) => (
                <Table.Cell key={d} className="us-tall">
                  <Tall celle={e.celler[d]} terskel={terskel} />
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
