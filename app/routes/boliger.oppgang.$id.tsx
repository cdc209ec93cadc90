import { Card, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/boliger.oppgang.$id";
import { requirePermission } from "../auth/policy.server";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { notFound, parseId } from "../lib/errors";
import {
  Fakta,
  RegisterBreadcrumbs,
  RullbarTabell,
  StatusTag,
} from "../modules/housing-stock/components/register";
import { formatAreal, formatTall } from "../modules/housing-stock/format";
import { getOppgang } from "../modules/housing-stock/get-oppgang.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, loaderData?.oppgang.gateadresse ?? t(locale, "nav.boliger")) }];
};

/**
 * A stairwell's units, and — for district roles with sammensetning.les only —
 * its composition as counts. The module leaves the key out for everyone else.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "boligregister.les");
  const oppgangId = parseId(params.id);
  const data = await getOppgang({ db: deps(context).db, actor, oppgangId });
  if (!data) notFound();
  return data;
}

export default function OppgangSide({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { oppgang, eiendom, bydel, boliger, sammensetning } = loaderData;
  const jaNei = (verdi: boolean) => (verdi ? tr("boliger.ja") : tr("boliger.nei"));
  return (
    <>
      <RegisterBreadcrumbs
        bydel={bydel}
        eiendom={eiendom}
        oppgang={{ id: oppgang.id, navn: oppgang.gateadresse }}
      />
      <Heading level={1} data-size="lg">
        {oppgang.gateadresse}
      </Heading>
      <Fakta
        rader={[
          [tr("boliger.kol.adresse"), `${oppgang.gateadresse}, ${eiendom.postnummer} ${eiendom.poststed}`],
          [tr("boliger.kol.eiendom"), eiendom.navn],
          [tr("boliger.oppgang.bygning"), oppgang.bygning],
          [tr("boliger.kol.boliger"), formatTall(boliger.length, 0, sprak)],
        ]}
      />

      {sammensetning ? (
        <Card data-color="accent" variant="tinted" className="hs-seksjon">
          <Heading level={2} data-size="sm">
            {tr("boliger.sammensetning.tittel")}
          </Heading>
          <Paragraph data-size="sm">{tr("boliger.sammensetning.forklaring")}</Paragraph>
          <Fakta
            rader={[
              [tr("boliger.sammensetning.husstander"), formatTall(sammensetning.husstander, 0, sprak)],
              [tr("boliger.sammensetning.personer"), formatTall(sammensetning.personer, 0, sprak)],
              [tr("boliger.sammensetning.barn"), formatTall(sammensetning.barn, 0, sprak)],
              [tr("boliger.sammensetning.eldre"), formatTall(sammensetning.eldre, 0, sprak)],
              [tr("boliger.sammensetning.oppfolging"), formatTall(sammensetning.oppfolging, 0, sprak)],
            ]}
          />
        </Card>
      ) : null}

      <section className="hs-seksjon" aria-labelledby="boliger-tittel">
        <Heading level={2} data-size="md" id="boliger-tittel">
          {tr("boliger.oppgang.boliger")}
        </Heading>
        {boliger.length === 0 ? (
          <Paragraph>{tr("boliger.oppgang.ingenBoliger")}</Paragraph>
        ) : (
          <RullbarTabell label={tr("boliger.oppgang.tabell", { oppgang: oppgang.gateadresse })}>
            <Table zebra>
              <caption>{tr("boliger.oppgang.tabell", { oppgang: oppgang.gateadresse })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("boliger.kol.bolignummer")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("boliger.kol.rom")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("boliger.kol.areal")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("boliger.kol.etasje")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.heis")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.universell")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.rullestol")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {boliger.map((b) => (
                  <Table.Row key={b.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/boliger/bolig/${b.id}`}>{b.bolignummer}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="hs-tall">{b.rom}</Table.Cell>
                    <Table.Cell className="hs-tall">{formatAreal(b.arealM2, sprak)}</Table.Cell>
                    <Table.Cell className="hs-tall">{b.etasje}</Table.Cell>
                    <Table.Cell>{jaNei(b.heis)}</Table.Cell>
                    <Table.Cell>{jaNei(b.universeltUtformet)}</Table.Cell>
                    <Table.Cell>{jaNei(b.rullestoltilpasset)}</Table.Cell>
                    <Table.Cell>
                      <StatusTag status={b.status} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </RullbarTabell>
        )}
      </section>
    </>
  );
}
