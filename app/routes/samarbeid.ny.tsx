import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/samarbeid.ny";
import "../modules/samarbeid/components/samarbeid.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useT } from "../i18n/use-t";
import { MotserieSkjema } from "../modules/samarbeid/components/motserie-skjema";
import type { Skjemasvar } from "../components/skjema/ramme";
import { tolkSerie } from "../modules/samarbeid/motserie-skjema.server";
import { createMotserie } from "../modules/samarbeid/motserie.server";
import { nokkel, tolk } from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches }) => [
  { title: pageTitle(metaLocale(matches), t(metaLocale(matches), "samarbeid.serie.ny")) },
];

/** /samarbeid/ny — a coordinator makes a standing meeting series in the own district. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  requirePermission(state.actor, "motserie.endre");
  return { nokkel: randomUUID() };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "motserie.endre");
  const form = await request.formData();
  const tolket = tolkSerie(form);
  if (!tolket.ok) {
    return data<Skjemasvar>({ intent: "serie", feil: tolket.feil, verdier: tolket.verdier }, { status: 400 });
  }
  const n = tolk(z.object({ nokkel: nokkel() }), form);
  const { id } = await createMotserie({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    bydelId: null,
    ...tolket.data,
    nokkel: n.ok ? n.data.nokkel : undefined,
  });
  return redirect(`/samarbeid/${id}?lagret=1`);
}

export default function NyMotserie({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[{ label: tr("nav.samarbeid"), href: "/samarbeid" }, { label: tr("samarbeid.serie.ny") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("samarbeid.serie.ny")}
      </Heading>
      <Paragraph>{tr("samarbeid.serie.nyIngress")}</Paragraph>
      <MotserieSkjema
        intent="serie"
        svar={actionData}
        knapp={tr("samarbeid.serie.opprett")}
        skjulte={{ nokkel: loaderData.nokkel }}
        standard={{ navn: "", type: "bydel_boligbygg", hyppighet: "ukentlig", dagsorden: "" }}
      />
    </div>
  );
}
