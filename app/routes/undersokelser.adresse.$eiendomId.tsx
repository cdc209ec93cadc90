import { Button, Heading, Link, Paragraph, Table, Textfield } from "@digdir/designsystemet-react";
import type { Route } from "./+types/undersokelser.adresse.$eiendomId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import {
  indikatorKey,
  Indikatortabell,
  Intervall,
  Stolpediagram,
  Tall,
} from "../modules/undersokelse/components/resultater";
import "../modules/undersokelse/components/undersokelse.css";
import { getAdresseresultater } from "../modules/undersokelse/get-adresse.server";
import { INDIKATORER } from "../modules/undersokelse/instrument";

export const meta: Route.MetaFunction = ({ loaderData, matches }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.adresse.eiendom.navn) },
];

const DATO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * /undersokelser/adresse/:eiendomId — one address of the coordinator's own district: every round, a before/after
 * view around a date the user picks (e.g. when a measure started), and free text above the threshold.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.adresse");
  const datoRaw = new URL(request.url).searchParams.get("dato");
  const dato = datoRaw && DATO.test(datoRaw) ? datoRaw : null;
  return {
    adresse: await getAdresseresultater({
      db: deps(context).db,
      actor,
      eiendomId: parseId(params.eiendomId),
      dato,
    }),
    datoFeil: datoRaw !== null && datoRaw !== "" && !dato,
    datoRaw: datoRaw ?? "",
  };
}

export default function Adresse({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { adresse: a, datoFeil, datoRaw } = loaderData;
  const fe = a.forEtter;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("undersokelse.tittel"), href: "/undersokelser" },
          { label: tr("undersokelse.resultater.tittel"), href: "/undersokelser/resultater" },
          { label: a.eiendom.navn },
        ]}
      />
      <Heading level={1} data-size="lg">
        {a.eiendom.navn}
      </Heading>
      <Paragraph>{a.eiendom.gateadresse}</Paragraph>
      <Paragraph>{tr("undersokelse.adresse.terskel", { terskel: a.terskel })}</Paragraph>
      {a.runder.length === 0 ? (
        <Paragraph>{tr("undersokelse.adresse.ingen")}</Paragraph>
      ) : (
        <>
          <Stolpediagram
            tittel={tr("undersokelse.figur.trend", { navn: a.eiendom.navn })}
            rader={a.runder
              .filter((r) => r.runde.avsluttet)
              .map((r) => ({ etikett: r.runde.navn, celle: r.rad.celler.samlet }))}
          />
          <div
            className="us-rull"
            role="region"
            aria-label={tr("undersokelse.figur.trend", { navn: a.eiendom.navn })}
            tabIndex={0}
          >
            <Table zebra>
              <caption>{tr("undersokelse.figur.trend", { navn: a.eiendom.navn })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("undersokelse.kol.runde")}</Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svar")}</Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">
                    {tr("undersokelse.kol.svarprosent")}
                  </Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">
                    {tr("undersokelse.indikator.samlet")}
                  </Table.HeaderCell>
                  <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.intervall")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {a.runder.map((r) => (
                  <Table.Row key={r.runde.id}>
                    <Table.HeaderCell scope="row">
                      {r.runde.navn}
                      <br />
                      <small>
                        {formatDato(r.runde.startdato, sprak)}–{formatDato(r.runde.sluttdato, sprak)}
                      </small>
                    </Table.HeaderCell>
                    <Table.Cell className="us-tall">{r.rad.svar}</Table.Cell>
                    <Table.Cell className="us-tall">
                      {r.rad.husstander > 0
                        ? `${formatTall((r.rad.svar / r.rad.husstander) * 100, 0, sprak)} %`
                        : "–"}
                    </Table.Cell>
                    <Table.Cell className="us-tall">
                      <Tall celle={r.rad.celler.samlet} terskel={a.terskel} />
                    </Table.Cell>
                    <Table.Cell className="us-tall">
                      <Intervall celle={r.rad.celler.samlet} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>

          <Heading level={2} data-size="md" id="for-etter">
            {tr("undersokelse.forEtter.tittel")}
          </Heading>
          <Paragraph>{tr("undersokelse.forEtter.ingress")}</Paragraph>
          <form method="get" className="us-skjemarad" action="#for-etter">
            <Textfield
              id="dato"
              name="dato"
              type="date"
              label={tr("undersokelse.forEtter.dato")}
              defaultValue={datoRaw}
              error={datoFeil ? tr("undersokelse.feil.dato") : undefined}
            />
            <Button type="submit" variant="secondary">
              {tr("undersokelse.forEtter.vis")}
            </Button>
          </form>
          {a.tiltak.length > 0 && (
            <>
              <Paragraph>{tr("undersokelse.forEtter.tiltak")}</Paragraph>
              <ul>
                {a.tiltak.map((t) => (
                  <li key={t.id}>
                    <Link href={`?dato=${t.startet}#for-etter`}>
                      {tr("undersokelse.forEtter.tiltakLenke", {
                        tittel: t.tittel,
                        dato: formatDato(t.startet, sprak),
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {fe ? (
            fe.for === null || fe.etter.length === 0 ? (
              <Paragraph>
                {tr("undersokelse.forEtter.mangler", { dato: formatDato(fe.dato, sprak) })}
              </Paragraph>
            ) : (
              <div
                className="us-rull"
                role="region"
                aria-label={tr("undersokelse.forEtter.tittel")}
                tabIndex={0}
              >
                <Table zebra>
                  <caption>
                    {tr("undersokelse.forEtter.tabell", { dato: formatDato(fe.dato, sprak) })}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{tr("undersokelse.kol.indikator")}</Table.HeaderCell>
                      <Table.HeaderCell className="us-tall">
                        {tr("undersokelse.forEtter.for", { runde: fe.for.runde.navn })}
                      </Table.HeaderCell>
                      {fe.etter.map((e) => (
                        <Table.HeaderCell key={e.runde.id} className="us-tall">
                          {e.runde.navn}
                        </Table.HeaderCell>
                      ))}
                      <Table.HeaderCell className="us-tall">
                        {tr("undersokelse.forEtter.endring")}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {INDIKATORER.map((i) => {
                      const for_ = fe.for!.rad.celler[i];
                      const siste = fe.etter.at(-1)!.rad.celler[i];
                      const endring =
                        for_.skjult === null && siste.skjult === null
                          ? Math.round((siste.indeks - for_.indeks) * 10) / 10
                          : null;
                      return (
                        <Table.Row key={i}>
                          <Table.HeaderCell scope="row">{tr(indikatorKey(i))}</Table.HeaderCell>
                          <Table.Cell className="us-tall">
                            <Tall celle={for_} terskel={a.terskel} />{" "}
                            <small>
                              (<Intervall celle={for_} />)
                            </small>
                          </Table.Cell>
                          {fe.etter.map((e) => (
                            <Table.Cell key={e.runde.id} className="us-tall">
                              <Tall celle={e.rad.celler[i]} terskel={a.terskel} />{" "}
                              <small>
                                (<Intervall celle={e.rad.celler[i]} />)
                              </small>
                            </Table.Cell>
                          ))}
                          <Table.Cell className="us-tall">
                            {endring === null
                              ? "–"
                              : `${endring > 0 ? "+" : ""}${formatTall(endring, 1, sprak)}`}
                          </Table.Cell>
                        </Table.Row>
                      );
                    })}
                  </Table.Body>
                </Table>
              </div>
            )
          ) : null}

          {a.runder.map((r) => (
            <section key={r.runde.id} aria-labelledby={`runde-${r.runde.id}`}>
              <Heading level={2} data-size="sm" id={`runde-${r.runde.id}`}>
                {r.runde.navn}
              </Heading>
              {r.runde.avsluttet ? null : (
                <Paragraph>
                  {tr("undersokelseApen.melding")}{" "}
                  {tr("undersokelseApen.svarprosent", {
                    svar: r.rad.svar,
                    husstander: r.rad.husstander,
                    prosent:
                      r.rad.husstander > 0
                        ? `${formatTall((r.rad.svar / r.rad.husstander) * 100, 0, sprak)} %`
                        : "–",
                  })}
                </Paragraph>
              )}
              {r.runde.avsluttet ? (
                <Indikatortabell
                  celler={r.rad.celler}
                  terskel={a.terskel}
                  caption={tr("undersokelse.figur.indikatorer", {
                    navn: `${a.eiendom.navn}, ${r.runde.navn}`,
                  })}
                />
              ) : null}
              {r.runde.avsluttet ? (
                <Heading level={3} data-size="xs">
                  {tr("undersokelse.fritekst.tittel")}
                </Heading>
              ) : null}
              {!r.runde.avsluttet ? null : r.fritekst === null ? (
                <Paragraph>{tr("undersokelse.fritekst.skjult", { terskel: a.terskel })}</Paragraph>
              ) : r.fritekst.length === 0 ? (
                <Paragraph>{tr("undersokelse.fritekst.ingen")}</Paragraph>
              ) : (
                <ul>
                  {r.fritekst.map((f, i) => (
                    <li key={i}>{f}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
