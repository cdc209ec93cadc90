import { Alert, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, redirect } from "react-router";
import type { Route } from "./+types/bomiljo.adresse.$eiendomId.tiltak.$adresseTiltakId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { ADRESSE_FELT, AdresseTiltakSkjema } from "../modules/bomiljo/components/adresse-tiltak-skjema";
import { PlanStatus, Rullbar } from "../modules/bomiljo/components/status";
import { getAdresseTiltak } from "../modules/bomiljo/get-adresse-tiltak.server";
import { oslostandardTiltak } from "../modules/bomiljo/oslostandard";
import { updateAdresseTiltak } from "../modules/bomiljo/save-adresse-tiltak.server";
import { skjemaverdier, versjonFelt } from "../modules/bomiljo/schemas";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, loaderData?.tiltak.tittel ?? t(locale, "bomiljo.adresser.tittel")) }];
};

/** One measure of an address's plan: change it, and see every earlier version. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.les");
  const tiltak = await getAdresseTiltak({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    eiendomId: parseId(params.eiendomId),
    tiltakId: parseId(params.adresseTiltakId),
    today: todayInOslo(),
  });
  return { ...tiltak, lagret: new URL(request.url).searchParams.has("lagret") };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.endre");
  const eiendomId = parseId(params.eiendomId);
  const tiltakId = parseId(params.adresseTiltakId);
  const form = await request.formData();
  const verdier = skjemaverdier(form, ADRESSE_FELT);
  const versjon = versjonFelt.safeParse(form.get("versjon") ?? "");
  if (!versjon.success || versjon.data < 1) {
    return data({ feil: { skjema: "bomiljo.feil.skjema" }, verdier }, { status: 400 });
  }
  try {
    const resultat = await updateAdresseTiltak({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      eiendomId,
      tiltakId,
      versjon: versjon.data,
      input: verdier as never,
    });
    if (!resultat.ok) return data({ feil: resultat.feil, verdier }, { status: 422 });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data({ feil: { skjema: "bomiljo.feil.konflikt" }, verdier }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/bomiljo/adresse/${eiendomId}/tiltak/${tiltakId}?lagret=1`);
}

export default function AdresseTiltakSide({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { adresse, tiltak, historikk, lagret } = loaderData;
  const overskrift = oslostandardTiltak(tiltak.tiltakNummer);
  const verdier = actionData?.verdier ?? {
    tiltakNummer: String(tiltak.tiltakNummer),
    tittel: tiltak.tittel,
    beskrivelse: tiltak.beskrivelse,
    ansvarlig: tiltak.ansvarlig,
    ansvarligPerson: tiltak.ansvarligPerson ?? "",
    status: tiltak.status,
    fristType: tiltak.pagaende ? "pagaende" : tiltak.frist ? "dato" : "ingen",
    frist: tiltak.frist ?? "",
    forventetEndring: tiltak.forventetEndring,
    indikator: tiltak.indikator,
  };
  return (
    <div className="bm-side">
      <Breadcrumbs
        items={[
          { label: tr("bomiljo.plan.bydel", { bydel: adresse.bydel.navn }), href: "/bomiljo" },
          { label: tr("bomiljo.adresser.tittel"), href: "/bomiljo/adresser" },
          { label: adresse.gateadresse, href: `/bomiljo/adresse/${adresse.id}` },
          { label: tiltak.tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tiltak.tittel}
      </Heading>
      <Paragraph>
        {tr("bomiljo.adresse.underOverskrift", {
          adresse: adresse.gateadresse,
          overskrift: overskrift
            ? `${overskrift.nummer}. ${sprak === "en" ? overskrift.titleEn : overskrift.tittel}`
            : "",
        })}
      </Paragraph>
      <Paragraph>
        {tr("bomiljo.tiltak.naa")} <PlanStatus status={tiltak.forsinket ? "forsinket" : tiltak.status} />
      </Paragraph>
      {lagret && !actionData ? (
        <Alert data-color="success">
          <Paragraph>{tr("bomiljo.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="endre-tittel" className="bm-side">
        <Heading level={2} data-size="md" id="endre-tittel">
          {tr("bomiljo.adresse.endre")}
        </Heading>
        <AdresseTiltakSkjema
          verdier={verdier}
          feil={(actionData?.feil ?? {}) as Record<string, string>}
          skjult={{ versjon: tiltak.versjon }}
          knapp={tr("bomiljo.lagre")}
        />
      </section>
      <section aria-labelledby="historikk-tittel" className="bm-side">
        <Heading level={2} data-size="md" id="historikk-tittel">
          {tr("bomiljo.historikk.tittel")}
        </Heading>
        <Rullbar label={tr("bomiljo.historikk.tittel")}>
          <Table zebra data-size="sm">
            <caption>{tr("bomiljo.historikk.tabell", { tiltak: tiltak.tittel })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("bomiljo.kol.versjon")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.kol.endret")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.kol.endretAv")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.adresse.tittel")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.adresse.ansvarlig")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.kol.frist")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {historikk.map((h) => (
                <Table.Row key={h.versjon}>
                  <Table.Cell>{h.versjon}</Table.Cell>
                  <Table.Cell>{formatDato(h.endret.slice(0, 10), sprak)}</Table.Cell>
                  <Table.Cell>{h.endretAvNavn}</Table.Cell>
                  <Table.Cell>
                    <PlanStatus status={h.status} />
                  </Table.Cell>
                  <Table.Cell>{h.tittel}</Table.Cell>
                  <Table.Cell>
                    {tr(`bomiljo.ansvarlig.${h.ansvarlig}` as MessageKey)}
                    {h.ansvarligPerson ? ` (${h.ansvarligPerson})` : ""}
                  </Table.Cell>
                  <Table.Cell>
                    {h.pagaende ? tr("bomiljo.frist.pagaende") : h.frist ? formatDato(h.frist, sprak) : "–"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Rullbar>
      </section>
    </div>
  );
}
