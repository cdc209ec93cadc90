import { Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/samarbeid.$motserieId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { k } from "../modules/samarbeid/components/format";
import { Skjema, Tekstfelt, type Skjemasvar } from "../modules/samarbeid/components/skjema";
import { getMotserie, planMote } from "../modules/samarbeid/moter.server";
import { dato, nokkel, tolk } from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.serie.navn) },
];

/** /samarbeid/:motserieId — one standing meeting series: participants, agenda template, meetings; plan the next. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.les");
  const r = await getMotserie({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    motserieId: parseId(params.motserieId),
  });
  return { ...r, kanSkrive: can(actor, "samarbeid.skriv"), nokkel: randomUUID() };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.skriv");
  const motserieId = parseId(params.motserieId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const form = await request.formData();
  if (form.get("intent") !== "planlegg") fail("ugyldig");
  const tolket = tolk(z.object({ dato: dato(), nokkel: nokkel() }), form);
  if (!tolket.ok) {
    await getMotserie({ ...ctx, motserieId });
    return data<Skjemasvar>(
      { intent: "planlegg", feil: tolket.feil, verdier: tolket.verdier },
      { status: 400 },
    );
  }
  const { moteId } = await planMote({ ...ctx, kilde: { motserieId }, ...tolket.data });
  return redirect(`/moter/${moteId}`);
}

export default function Motserie({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { serie, deltakere, moter } = loaderData;
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("nav.samarbeid"), href: "/samarbeid" }, { label: serie.navn }]} />
      <Heading level={1} data-size="lg">
        {serie.navn}
      </Heading>
      <Paragraph>
        {tr(k("serietype", serie.type))} · {serie.bydel_navn} · {tr(k("hyppighet", serie.hyppighet))}
      </Paragraph>
      <section className="sa-seksjon" aria-labelledby="dagsorden-mal">
        <Heading level={2} data-size="sm" id="dagsorden-mal">
          {tr("samarbeid.serie.mal")}
        </Heading>
        <List.Ordered>
          {serie.dagsorden.map((punkt) => (
            <List.Item key={punkt}>{punkt}</List.Item>
          ))}
        </List.Ordered>
      </section>
      <section className="sa-seksjon" aria-labelledby="deltakere">
        <Heading level={2} data-size="sm" id="deltakere">
          {tr("samarbeid.serie.deltakere")}
        </Heading>
        <List.Unordered>
          {deltakere.map((d) => (
            <List.Item key={d.aktor_id}>
              {d.navn} ({tr(k("organisasjon", d.organisasjon))})
            </List.Item>
          ))}
        </List.Unordered>
      </section>
      {loaderData.kanSkrive ? (
        <section className="sa-seksjon" aria-labelledby="planlegg">
          <Heading level={2} data-size="sm" id="planlegg">
            {tr("samarbeid.serie.planlegg")}
          </Heading>
          <Skjema
            intent="planlegg"
            svar={actionData}
            knapp={tr("samarbeid.serie.planleggKnapp")}
            skjulte={{ nokkel: loaderData.nokkel }}
            etiketter={{ dato: tr("samarbeid.felt.motedato") }}
          >
            <Tekstfelt felt="dato" type="date" label={tr("samarbeid.felt.motedato")} />
          </Skjema>
        </section>
      ) : null}
      <section className="sa-seksjon" aria-labelledby="moter">
        <Heading level={2} data-size="sm" id="moter">
          {tr("samarbeid.serie.moter")}
        </Heading>
        {moter.length === 0 ? (
          <Paragraph>{tr("samarbeid.serie.ingenMoter")}</Paragraph>
        ) : (
          <List.Unordered>
            {moter.map((m) => (
              <List.Item key={m.id}>
                <Link asChild>
                  <RouterLink to={`/moter/${m.id}`}>
                    {tr("samarbeid.mote.lenke", { dato: formatDato(m.dato, sprak) })}
                  </RouterLink>
                </Link>{" "}
                ({tr(k("motestatus", m.status))})
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>
    </div>
  );
}
