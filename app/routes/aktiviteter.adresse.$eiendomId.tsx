import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/aktiviteter.adresse.$eiendomId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { planleggAktivitet } from "../modules/samarbeid/aktivitet-skjema.server";
import { addPartner, getEiendomskalender } from "../modules/samarbeid/aktiviteter.server";
import { AktivitetSkjema } from "../modules/samarbeid/components/aktivitet-skjema";
import { AktivitetStatus, k, useValg } from "../modules/samarbeid/components/format";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import { enumValg, PARTNERTYPER, tekst, tolk, valgfriTekst } from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.eiendom.gateadresse) },
];

/** /aktiviteter/adresse/:eiendomId — one address's activity calendar, its iCalendar feed and its external partners. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.les");
  const r = await getEiendomskalender({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    eiendomId: parseId(params.eiendomId),
  });
  return { ...r, kanSkrive: can(actor, "aktivitet.skriv"), nokkel: randomUUID() };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "aktivitet.skriv");
  const eiendomId = parseId(params.eiendomId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "partner") {
    const t = tolk(
      z.object({ navn: tekst(200), type: enumValg(PARTNERTYPER), kontakt: valgfriTekst(300) }),
      form,
    );
    if (!t.ok) {
      await getEiendomskalender({ ...ctx, eiendomId });
      return data<Skjemasvar>({ intent: "partner", ...t }, { status: 400 });
    }
    await addPartner({ ...ctx, eiendomId, ...t.data });
    return redirect(`/aktiviteter/adresse/${eiendomId}?lagret=partner#partnere`);
  }
  if (intent === "aktivitet") {
    form.set("eiendomId", eiendomId);
    const r = await planleggAktivitet(ctx, form);
    if (!r.ok)
      return data<Skjemasvar>({ intent: "aktivitet", feil: r.feil, verdier: r.verdier }, { status: 400 });
    return redirect(`/aktiviteter/${r.id}`);
  }
  fail("ugyldig");
}

export default function Adressekalender({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const valg = useValg();
  const { eiendom, aktiviteter, partnere } = loaderData;
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[{ label: tr("nav.aktiviteter"), href: "/aktiviteter" }, { label: eiendom.gateadresse }]}
      />
      <Heading level={1} data-size="lg">
        {tr("aktivitet.adresse.tittel", { adresse: eiendom.gateadresse })}
      </Heading>
      <Paragraph>
        {eiendom.navn} · {eiendom.postnummer} {eiendom.poststed} · {eiendom.bydel_navn}
      </Paragraph>
      <Paragraph>
        <Link href={`/aktiviteter/adresse/${eiendom.id}/kalender.ics`} download>
          {tr("aktivitet.adresse.ical")}
        </Link>
      </Paragraph>
      {aktiviteter.length === 0 ? (
        <Paragraph>{tr("aktivitet.ingen")}</Paragraph>
      ) : (
        <div className="sa-rull">
          <Table zebra>
            <caption>{tr("aktivitet.adresse.kalender")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("aktivitet.felt.dato")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("aktivitet.felt.tittel")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("aktivitet.felt.arrangor")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("samarbeid.kol.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("aktivitet.felt.deltakere")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {aktiviteter.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell className="sa-nowrap">
                    {formatDato(a.dato, sprak)} {a.start}
                  </Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/aktiviteter/${a.id}`}>{a.tittel}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {tr(k("arrangor", a.arrangor))}
                    {a.partner_navn ? `: ${a.partner_navn}` : ""}
                  </Table.Cell>
                  <Table.Cell>
                    <AktivitetStatus status={a.status} />
                  </Table.Cell>
                  <Table.Cell>{a.deltakere ?? "–"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <section className="sa-seksjon" aria-labelledby="partnere">
        <Heading level={2} data-size="md" id="partnere">
          {tr("aktivitet.partnere")}
        </Heading>
        {partnere.length === 0 ? (
          <Paragraph>{tr("aktivitet.ingenPartnere")}</Paragraph>
        ) : (
          <ul className="sa-liste">
            {partnere.map((p) => (
              <li key={p.id} className="sa-kort">
                <strong>{p.navn}</strong> ({tr(k("partnertype", p.type))}){p.kontakt ? ` · ${p.kontakt}` : ""}
              </li>
            ))}
          </ul>
        )}
        {loaderData.kanSkrive ? (
          <details open={actionData?.intent === "partner"}>
            <summary>{tr("aktivitet.nyPartner")}</summary>
            <Skjema
              intent="partner"
              svar={actionData}
              knapp={tr("aktivitet.nyPartnerKnapp")}
              etiketter={{ navn: tr("samarbeid.felt.eierNavn"), kontakt: tr("aktivitet.felt.kontakt") }}
            >
              <Tekstfelt felt="navn" label={tr("samarbeid.felt.eierNavn")} />
              <Valg
                felt="type"
                label={tr("aktivitet.felt.partnertype")}
                valg={valg("partnertype", PARTNERTYPER)}
              />
              <Tekstfelt felt="kontakt" label={tr("aktivitet.felt.kontakt")} />
            </Skjema>
          </details>
        ) : null}
      </section>
      {loaderData.kanSkrive ? (
        <section className="sa-seksjon" aria-labelledby="ny-aktivitet">
          <Heading level={2} data-size="md" id="ny-aktivitet">
            {tr("aktivitet.planlegg")}
          </Heading>
          <AktivitetSkjema
            svar={actionData}
            nokkel={loaderData.nokkel}
            partnere={partnere}
            eiendomId={eiendom.id}
          />
        </section>
      ) : null}
    </div>
  );
}
