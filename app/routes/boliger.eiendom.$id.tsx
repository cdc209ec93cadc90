import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/boliger.eiendom.$id";
import { requirePermission } from "../auth/policy.server";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { notFound, parseId } from "../lib/errors";
import { Fakta, RegisterBreadcrumbs, RullbarTabell } from "../modules/housing-stock/components/register";
import { formatTall } from "../modules/housing-stock/format";
import { getEiendom } from "../modules/housing-stock/get-eiendom.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, loaderData?.eiendom.navn ?? t(locale, "nav.boliger")) }];
};

/** A property: its buildings and their stairwells, with unit counts. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "boligregister.les");
  const eiendomId = parseId(params.id);
  const data = await getEiendom({ db: deps(context).db, actor, eiendomId });
  if (!data) notFound();
  return data;
}

export default function EiendomSide({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { eiendom, bydel, bygninger, boliger, ledige } = loaderData;
  return (
    <>
      <RegisterBreadcrumbs bydel={bydel} eiendom={eiendom} />
      <Heading level={1} data-size="lg">
        {eiendom.navn}
      </Heading>
      <Fakta
        rader={[
          [tr("boliger.kol.adresse"), `${eiendom.gateadresse}, ${eiendom.postnummer} ${eiendom.poststed}`],
          [tr("boliger.kol.type"), tr(`boliger.type.${eiendom.type}`)],
          [tr("boliger.kol.bydel"), tr("boliger.bydelNavn", { navn: bydel.navn })],
          ...(eiendom.byggeaar
            ? [[tr("boliger.eiendom.byggeaar"), String(eiendom.byggeaar)] as [string, string]]
            : []),
          [tr("boliger.kol.boliger"), formatTall(boliger, 0, sprak)],
          [tr("boliger.kol.ledige"), formatTall(ledige, 0, sprak)],
        ]}
      />
      {bygninger.length === 0 ? <Paragraph>{tr("boliger.eiendom.ingenBygninger")}</Paragraph> : null}
      {bygninger.map((bygning) => (
        <section key={bygning.id} className="hs-seksjon" aria-labelledby={`bygning-${bygning.id}`}>
          <Heading level={2} data-size="md" id={`bygning-${bygning.id}`}>
            {bygning.navn}
          </Heading>
          <Paragraph data-size="sm">
            {tr("boliger.eiendom.bygningFakta", {
              etasjer: bygning.etasjer,
              heis: bygning.heis ? tr("boliger.eiendom.medHeis") : tr("boliger.eiendom.utenHeis"),
            })}
          </Paragraph>
          {bygning.oppganger.length === 0 ? (
            <Paragraph>{tr("boliger.eiendom.ingenOppganger")}</Paragraph>
          ) : (
            <RullbarTabell label={tr("boliger.eiendom.tabell", { bygning: bygning.navn })}>
              <Table zebra>
                <caption>{tr("boliger.eiendom.tabell", { bygning: bygning.navn })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{tr("boliger.kol.oppgang")}</Table.HeaderCell>
                    <Table.HeaderCell className="hs-tall">{tr("boliger.kol.boliger")}</Table.HeaderCell>
                    <Table.HeaderCell className="hs-tall">{tr("boliger.kol.ledige")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {bygning.oppganger.map((o) => (
                    <Table.Row key={o.id}>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={`/boliger/oppgang/${o.id}`}>{o.gateadresse}</RouterLink>
                        </Link>
                      </Table.Cell>
                      <Table.Cell className="hs-tall">{formatTall(o.boliger, 0, sprak)}</Table.Cell>
                      <Table.Cell className="hs-tall">{formatTall(o.ledige, 0, sprak)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </RullbarTabell>
          )}
        </section>
      ))}
    </>
  );
}
