import { Alert, Button, Card, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/mine-saker.$sakId";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { pageTitle, metaLocale } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Kvittering } from "../modules/cases/components/soknad/kvittering";
import { getOwnCase } from "../modules/cases/get-own-case.server";
import { formatDato, formatTall } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [
    {
      title: pageTitle(
        locale,
        loaderData ? t(locale, "mineSaker.sak.tittel", { saksnummer: loaderData.sak.saksnummer }) : undefined,
      ),
    },
  ];
};

/** One of the resident's own cases (another's is 404); `?kvittering=1` shows the receipt after sending. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.les");
  const sak = await getOwnCase({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    sakId: parseId(params.sakId),
  });
  const query = new URL(request.url).searchParams;
  return { ...sak, kvittering: query.get("kvittering") === "1", klageSendt: query.get("klage") === "1" };
}

export default function MinSak({ loaderData: d }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const dato = (s: string) => formatDato(s, sprak);
  const svarInnen = d.frister.find((f) => f.type === "forelopig_svar")?.forfall ?? null;
  // The promised decision date is in the status card; the list holds the other open deadlines.
  const frister = d.frister.filter((f) => f.type !== "forventet_vedtak");
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("nav.mineSaker"), href: "/mine-saker" },
          { label: tr("mineSaker.sak.tittel", { saksnummer: d.sak.saksnummer }) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("mineSaker.sak.tittel", { saksnummer: d.sak.saksnummer })}
      </Heading>
      {d.kvittering ? (
        <Kvittering saksnummer={d.sak.saksnummer} mottatt={d.sak.mottatt} svarInnen={svarInnen} forSegSelv />
      ) : null}
      {d.klageSendt ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("mineSaker.klage.sendt")}</Paragraph>
        </Alert>
      ) : null}

      <Card>
        <Heading level={2} data-size="sm">
          {tr("mineSaker.status.tittel")}
        </Heading>
        <Paragraph data-size="lg">{tr(`mineSaker.status.${d.sak.status}`)}</Paragraph>
        <Paragraph data-size="sm">
          {tr(`soknad.type.${d.sak.type}`)} · {tr("mineSaker.bydel", { bydel: d.sak.bydel })} ·{" "}
          {tr("mineSaker.mottatt", { dato: dato(d.sak.mottatt) })}
        </Paragraph>
        {d.forventetVedtak ? (
          <Paragraph>{tr("mineSaker.forventet", { dato: dato(d.forventetVedtak) })}</Paragraph>
        ) : null}
      </Card>

      {d.venterPa.length > 0 ? (
        <section aria-labelledby="venter">
          <Heading level={2} data-size="sm" id="venter">
            {tr("mineSaker.venter.tittel")}
          </Heading>
          <ul className="mine-saker-liste">
            {d.venterPa.map((k) => (
              <li key={k.id}>
                <Card data-color="warning">
                  <Paragraph className="bryt-ord">{k.beskrivelse}</Paragraph>
                  <Paragraph>
                    <strong>{tr("mineSaker.venter.frist", { dato: dato(k.frist) })}</strong>
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
          <Paragraph data-size="sm">{tr("mineSaker.venter.hvordan")}</Paragraph>
        </section>
      ) : null}

      {frister.length > 0 ? (
        <section aria-labelledby="frister">
          <Heading level={2} data-size="sm" id="frister">
            {tr("mineSaker.frister.tittel")}
          </Heading>
          <ul>
            {frister.map((f) => (
              <li key={`${f.type}-${f.forfall}`}>
                {tr(`mineSaker.frist.${f.type}`, { dato: dato(f.forfall) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {d.venteliste ? (
        <section aria-labelledby="venteliste">
          <Heading level={2} data-size="sm" id="venteliste">
            {tr("mineSaker.venteliste.tittel")}
          </Heading>
          <Paragraph data-size="lg">
            {tr("mineSaker.venteliste.plass", {
              plass: d.venteliste.plass,
              av: d.venteliste.av,
              bydel: d.venteliste.bydel.navn,
            })}
          </Paragraph>
          <Paragraph>
            {tr("mineSaker.venteliste.ventetid", {
              dager: formatTall(d.venteliste.ventetidDager, 0, sprak),
              dato: dato(d.venteliste.paVentelistenSiden),
            })}
          </Paragraph>
          <Paragraph data-size="sm">{tr("mineSaker.venteliste.forklaring")}</Paragraph>
        </section>
      ) : null}

      {d.vedtak.length > 0 ? (
        <section aria-labelledby="vedtak">
          <Heading level={2} data-size="sm" id="vedtak">
            {tr("mineSaker.vedtak.tittel")}
          </Heading>
          <div className="tabell-rulling" role="region" aria-labelledby="vedtak" tabIndex={0}>
            <Table data-size="sm">
              <caption className="ds-sr-only">{tr("mineSaker.vedtak.tittel")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("mineSaker.vedtak.kol.dato")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("mineSaker.vedtak.kol.utfall")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("mineSaker.vedtak.kol.klagefrist")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("mineSaker.vedtak.kol.brev")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.vedtak.map((v) => (
                  <Table.Row key={v.id}>
                    <Table.Cell>{dato(v.vedtaksdato)}</Table.Cell>
                    <Table.Cell>
                      <Tag
                        data-color={
                          v.utfall === "avslag" ? "danger" : v.utfall === "innvilget" ? "success" : "info"
                        }
                      >
                        {tr(`mineSaker.utfall.${v.utfall}`)}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>
                      {v.klagefrist ? dato(v.klagefrist) : tr("mineSaker.vedtak.klagefristIkkeStartet")}
                    </Table.Cell>
                    <Table.Cell>
                      <Link href={`/mine-saker/${d.sak.id}/vedtak/${v.id}.pdf`}>
                        {tr("mineSaker.vedtak.pdf", { dato: dato(v.vedtaksdato) })}
                      </Link>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph data-size="sm">{tr("mineSaker.vedtak.apneForklaring")}</Paragraph>
        </section>
      ) : null}

      {d.forelopigeSvar.length > 0 ? (
        <section aria-labelledby="brev">
          <Heading level={2} data-size="sm" id="brev">
            {tr("mineSaker.forelopigSvar.tittel")}
          </Heading>
          <div className="tabell-rulling" role="region" aria-labelledby="brev" tabIndex={0}>
            <Table data-size="sm">
              <caption className="ds-sr-only">{tr("mineSaker.forelopigSvar.tittel")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("mineSaker.forelopigSvar.kol.sendt")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("mineSaker.forelopigSvar.kol.forventet")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("mineSaker.forelopigSvar.kol.brev")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.forelopigeSvar.map((f) => (
                  <Table.Row key={f.id}>
                    <Table.Cell>{dato(f.sendt)}</Table.Cell>
                    <Table.Cell>{dato(f.forventetVedtak)}</Table.Cell>
                    <Table.Cell>
                      <Link href={`/mine-saker/${d.sak.id}/forelopig-svar/${f.id}.pdf`}>
                        {tr("mineSaker.forelopigSvar.pdf", { dato: dato(f.sendt) })}
                      </Link>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph data-size="sm">{tr("mineSaker.forelopigSvar.forklaring")}</Paragraph>
        </section>
      ) : null}

      {d.klager.length > 0 ? (
        <section aria-labelledby="klager">
          <Heading level={2} data-size="sm" id="klager">
            {tr("mineSaker.klager.tittel")}
          </Heading>
          {d.klager.map((k) => (
            <Card key={k.id}>
              <Paragraph>
                {tr("mineSaker.klager.mottatt", { dato: dato(k.mottatt) })}{" "}
                {tr(k.iTide ? "mineSaker.klager.iTide" : "mineSaker.klager.forSent")}
              </Paragraph>
              <Paragraph>
                <strong>{tr(`mineSaker.klagestatus.${k.status}`)}</strong>
              </Paragraph>
              {k.utfall && k.avgjort ? (
                <Paragraph>
                  {tr(`mineSaker.klageutfall.${k.utfall}`, {
                    dato: dato(k.avgjort),
                    instans: tr(`mineSaker.klageinstans.${k.klageinstans}`),
                  })}
                </Paragraph>
              ) : null}
            </Card>
          ))}
        </section>
      ) : null}

      {d.klage.kanKlage ? (
        <section aria-labelledby="klage">
          <Heading level={2} data-size="sm" id="klage">
            {tr("mineSaker.klage.tittel")}
          </Heading>
          {d.klage.iTide ? (
            <Paragraph>
              {d.klage.klagefrist
                ? tr("mineSaker.klage.innen", { dato: dato(d.klage.klagefrist) })
                : tr("mineSaker.klage.ikkeStartet")}
            </Paragraph>
          ) : d.klage.forSentForAlltid ? (
            <Paragraph>{tr("mineSaker.klage.etterEttAar")}</Paragraph>
          ) : (
            <Paragraph>
              {tr("mineSaker.klage.forSent", { dato: d.klage.klagefrist ? dato(d.klage.klagefrist) : "" })}
            </Paragraph>
          )}
          {d.klage.forSentForAlltid ? null : (
            <Button asChild variant={d.klage.iTide ? "primary" : "secondary"}>
              <a href={`/mine-saker/${d.sak.id}/klage`}>{tr("mineSaker.klage.knapp")}</a>
            </Button>
          )}
        </section>
      ) : null}
    </div>
  );
}
