import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Route } from "./+types/boliger.bolig.$id";
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
import { formatAreal, formatDato, formatKroner } from "../modules/housing-stock/format";
import { getBolig } from "../modules/housing-stock/get-bolig.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [
    {
      title: pageTitle(
        locale,
        loaderData
          ? t(locale, "boliger.bolig.tittel", {
              bolignummer: loaderData.bolig.bolignummer,
              adresse: loaderData.oppgang.gateadresse,
            })
          : t(locale, "nav.boliger"),
      ),
    },
  ];
};

/**
 * A unit's facts; for leiekontrakt.les also the active lease with the names of
 * its parties (each audited in the module) and the lease history, dates only.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "boligregister.les");
  const boligId = parseId(params.id);
  const data = await getBolig({ db: deps(context).db, actor, requestId: state.requestId, boligId });
  if (!data) notFound();
  return data;
}

export default function BoligSide({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bolig, oppgang, eiendom, bydel, leieforhold, historikk } = loaderData;
  const jaNei = (verdi: boolean) => (verdi ? tr("boliger.ja") : tr("boliger.nei"));
  const tittel = tr("boliger.bolig.tittel", { bolignummer: bolig.bolignummer, adresse: oppgang.gateadresse });
  return (
    <>
      <RegisterBreadcrumbs
        bydel={bydel}
        eiendom={eiendom}
        oppgang={{ id: oppgang.id, navn: oppgang.gateadresse }}
        bolig={{ id: bolig.id, navn: tr("boliger.bolig.kort", { bolignummer: bolig.bolignummer }) }}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Fakta
        rader={[
          [tr("boliger.kol.adresse"), `${oppgang.gateadresse}, ${eiendom.postnummer} ${eiendom.poststed}`],
          [tr("boliger.kol.bolignummer"), bolig.bolignummer],
          [tr("boliger.kol.status"), <StatusTag key="status" status={bolig.status} />],
          [tr("boliger.kol.rom"), String(bolig.rom)],
          [tr("boliger.kol.areal"), formatAreal(bolig.arealM2, sprak)],
          [tr("boliger.kol.etasje"), String(bolig.etasje)],
          [tr("boliger.kol.heis"), jaNei(bolig.heis)],
          [tr("boliger.kol.universell"), jaNei(bolig.universeltUtformet)],
          [tr("boliger.kol.rullestol"), jaNei(bolig.rullestoltilpasset)],
        ]}
      />

      {leieforhold !== undefined ? (
        <section className="hs-seksjon" aria-labelledby="leiekontrakt-tittel">
          <Heading level={2} data-size="md" id="leiekontrakt-tittel">
            {tr("boliger.bolig.leiekontrakt")}
          </Heading>
          {leieforhold === null ? (
            <Paragraph>{tr("boliger.bolig.ingenKontrakt")}</Paragraph>
          ) : (
            <>
              <Fakta
                rader={[
                  [tr("boliger.bolig.start"), formatDato(leieforhold.startdato, sprak)],
                  [
                    tr("boliger.bolig.slutt"),
                    leieforhold.sluttdato
                      ? formatDato(leieforhold.sluttdato, sprak)
                      : tr("boliger.utenSluttdato"),
                  ],
                  [
                    tr("boliger.bolig.husleie"),
                    tr("boliger.perMaaned", { belop: formatKroner(leieforhold.husleieKr, sprak) }),
                  ],
                  [
                    tr("boliger.bolig.parter"),
                    <ul key="parter" className="hs-liste">
                      {leieforhold.parter.map((p) => (
                        <li key={`${p.rolle}-${p.navn}`}>
                          {p.navn} ({tr(`boliger.partRolle.${p.rolle}`)})
                        </li>
                      ))}
                    </ul>,
                  ],
                ]}
              />
              <Paragraph data-size="sm">{tr("boliger.bolig.logget")}</Paragraph>
            </>
          )}
        </section>
      ) : null}

      {historikk ? (
        <section className="hs-seksjon" aria-labelledby="historikk-tittel">
          <Heading level={2} data-size="md" id="historikk-tittel">
            {tr("boliger.bolig.historikk")}
          </Heading>
          {historikk.length === 0 ? (
            <Paragraph>{tr("boliger.bolig.ingenHistorikk")}</Paragraph>
          ) : (
            <RullbarTabell label={tr("boliger.bolig.historikk")}>
              <Table zebra>
                <caption>{tr("boliger.bolig.historikkTabell")}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{tr("boliger.bolig.start")}</Table.HeaderCell>
                    <Table.HeaderCell>{tr("boliger.bolig.slutt")}</Table.HeaderCell>
                    <Table.HeaderCell>{tr("boliger.bolig.avsluttet")}</Table.HeaderCell>
                    <Table.HeaderCell>{tr("boliger.kol.status")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {historikk.map((h) => (
                    <Table.Row key={`${h.startdato}-${h.status}-${h.avsluttetDato ?? ""}`}>
                      <Table.Cell>{formatDato(h.startdato, sprak)}</Table.Cell>
                      <Table.Cell>
                        {h.sluttdato ? formatDato(h.sluttdato, sprak) : tr("boliger.utenSluttdato")}
                      </Table.Cell>
                      <Table.Cell>{h.avsluttetDato ? formatDato(h.avsluttetDato, sprak) : "–"}</Table.Cell>
                      <Table.Cell>{tr(`boliger.kontraktStatus.${h.status}`)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </RullbarTabell>
          )}
        </section>
      ) : null}
      <Paragraph>
        <Link href={`/boliger/oppgang/${oppgang.id}`}>
          {tr("boliger.bolig.tilbake", { oppgang: oppgang.gateadresse })}
        </Link>
      </Paragraph>
    </>
  );
}
