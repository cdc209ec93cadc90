import { randomUUID } from "node:crypto";
import { Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/bomiljo.adresse.$eiendomId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { ADRESSE_FELT, AdresseTiltakSkjema } from "../modules/bomiljo/components/adresse-tiltak-skjema";
import { PlanStatus } from "../modules/bomiljo/components/status";
import { getAdresseplan } from "../modules/bomiljo/get-adresseplan.server";
import { OSLOSTANDARD } from "../modules/bomiljo/oslostandard";
import { createAdresseTiltak } from "../modules/bomiljo/save-adresse-tiltak.server";
import { skjemaverdier } from "../modules/bomiljo/schemas";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [
    {
      title: pageTitle(
        locale,
        loaderData
          ? t(locale, "bomiljo.adresse.tittelFor", { adresse: loaderData.adresse.gateadresse })
          : t(locale, "bomiljo.adresser.tittel"),
      ),
    },
  ];
};

/** An address's bomiljøplan: concrete measures under the 15 headings, and a form to add one. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.les");
  const plan = await getAdresseplan({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    eiendomId: parseId(params.eiendomId),
    today: todayInOslo(),
  });
  return { ...plan, idempotensnokkel: randomUUID() };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.endre");
  const eiendomId = parseId(params.eiendomId);
  const form = await request.formData();
  const verdier = skjemaverdier(form, ADRESSE_FELT);
  const nokkel = String(form.get("idempotensnokkel") ?? "");
  if (!nokkel) return data({ feil: { skjema: "bomiljo.feil.skjema" }, verdier }, { status: 400 });
  const resultat = await createAdresseTiltak({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    eiendomId,
    idempotensnokkel: nokkel,
    input: verdier as never,
  });
  if (!resultat.ok) return data({ feil: resultat.feil, verdier }, { status: 422 });
  return redirect(`/bomiljo/adresse/${eiendomId}/tiltak/${resultat.id}?lagret=1`);
}

export default function Adresseplan({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { adresse, tiltak, idempotensnokkel } = loaderData;
  const overskrifter = OSLOSTANDARD.filter((o) => tiltak.some((t) => t.tiltakNummer === o.nummer));
  return (
    <div className="bm-side">
      <Breadcrumbs
        items={[
          { label: tr("bomiljo.plan.bydel", { bydel: adresse.bydel.navn }), href: "/bomiljo" },
          { label: tr("bomiljo.adresser.tittel"), href: "/bomiljo/adresser" },
          { label: adresse.gateadresse },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("bomiljo.adresse.tittelFor", { adresse: adresse.gateadresse })}
      </Heading>
      <Paragraph>
        {adresse.navn}, {adresse.postnummer} {adresse.poststed}.{" "}
        {tr(`bomiljo.eiendomType.${adresse.type}` as MessageKey)}.
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/hms?eiendom=${adresse.id}`}>{tr("hms.adresse.lenke")}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/naermiljokontor/${adresse.id}`}>{tr("naermiljo.lenke")}</RouterLink>
        </Link>
      </Paragraph>
      <section aria-labelledby="kontaktkort" className="bm-side">
        <Heading level={2} data-size="md" id="kontaktkort">
          {tr("bomiljo.adresse.kontaktkort")}
        </Heading>
        <Paragraph>{tr("bomiljo.adresse.kontaktkortIngress")}</Paragraph>
        <ul>
          {adresse.oppganger.map((o) => (
            <li key={o.id}>
              <Link asChild>
                <RouterLink to={`/kontakt/${o.id}`}>
                  {tr("bomiljo.adresse.kontaktkortFor", { oppgang: o.gateadresse })}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <Paragraph>{tr("bomiljo.adresse.ingress")}</Paragraph>
      {tiltak.length === 0 ? <Paragraph>{tr("bomiljo.adresse.ingen")}</Paragraph> : null}
      {overskrifter.map((o) => (
        <section key={o.nummer} aria-labelledby={`overskrift-${o.nummer}`} className="bm-side">
          <Heading level={2} data-size="sm" id={`overskrift-${o.nummer}`}>
            {o.nummer}. {sprak === "en" ? o.titleEn : o.tittel}
          </Heading>
          {tiltak
            .filter((t) => t.tiltakNummer === o.nummer)
            .map((t) => (
              <Card key={t.id} data-color="neutral" variant="tinted">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={`/bomiljo/adresse/${adresse.id}/tiltak/${t.id}`}>{t.tittel}</RouterLink>
                  </Link>
                </Heading>
                <Paragraph data-size="sm">
                  <PlanStatus status={t.forsinket ? "forsinket" : t.status} />{" "}
                  {tr(`bomiljo.ansvarlig.${t.ansvarlig}` as MessageKey)}
                  {t.ansvarligPerson ? ` (${t.ansvarligPerson})` : ""} ·{" "}
                  {t.pagaende
                    ? tr("bomiljo.frist.pagaende")
                    : t.frist
                      ? tr("bomiljo.adresse.fristTekst", { dato: formatDato(t.frist, sprak) })
                      : tr("bomiljo.fristType.ingen")}
                </Paragraph>
                <Paragraph data-size="sm">
                  {tr("bomiljo.adresse.skalEndre")} {t.forventetEndring} (
                  {tr(`bomiljo.indikator.${t.indikator}` as MessageKey)})
                </Paragraph>
              </Card>
            ))}
        </section>
      ))}
      <section aria-labelledby="nytt-tiltak" className="bm-side">
        <Heading level={2} data-size="md" id="nytt-tiltak">
          {tr("bomiljo.adresse.nytt")}
        </Heading>
        <AdresseTiltakSkjema
          verdier={actionData?.verdier ?? { status: "planlagt", fristType: "dato", ansvarlig: "bydel" }}
          feil={(actionData?.feil ?? {}) as Record<string, string>}
          skjult={{ idempotensnokkel }}
          knapp={tr("bomiljo.adresse.leggTil")}
        />
      </section>
    </div>
  );
}
