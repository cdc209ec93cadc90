import { Alert, Button, Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/samarbeid.$motserieId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import type { Dato } from "../lib/frister";
import { formatDato } from "../modules/housing-stock/format";
import { k, useValg } from "../modules/samarbeid/components/format";
import { MotserieSkjema } from "../modules/samarbeid/components/motserie-skjema";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import { getMotserie, planMote } from "../modules/samarbeid/moter.server";
import { deltakerSchema, tolkSerie } from "../modules/samarbeid/motserie-skjema.server";
import {
  addMotedeltaker,
  nesteMotedato,
  removeMotedeltaker,
  updateMotserie,
} from "../modules/samarbeid/motserie.server";
import { dato, nokkel, ORGANISASJONER, tolk, uuid, versjon } from "../modules/samarbeid/schemas";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.serie.navn) },
];

/**
 * /samarbeid/:motserieId — one standing meeting series: participants, agenda template, meetings; plan the next
 * (the date suggested from the frequency). The own district's coordinator changes the series and its participants;
 * anyone who may write in the series may join it.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.les");
  const r = await getMotserie({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    motserieId: parseId(params.motserieId),
  });
  const sisteMote = (r.moter[0]?.dato ?? null) as Dato | null;
  return {
    ...r,
    kanSkrive: can(actor, "samarbeid.skriv"),
    kanEndre: can(actor, "motserie.endre"),
    erDeltaker: r.deltakere.some((d) => d.aktor_id === actor.id),
    nesteDato: nesteMotedato(r.serie.hyppighet, sisteMote),
    nokkel: randomUUID(),
    lagret: new URL(request.url).searchParams.has("lagret"),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "samarbeid.skriv");
  const motserieId = parseId(params.motserieId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const ferdig = () => redirect(`/samarbeid/${motserieId}?lagret=1`);
  if (intent === "planlegg") {
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
  if (intent === "bliMed") {
    await addMotedeltaker({ ...ctx, motserieId, deltaker: { type: "meg" } });
    return ferdig();
  }
  if (!["endre", "deltaker", "fjernDeltaker"].includes(intent)) fail("ugyldig");
  // Changing the series and its participants: the own district's coordinator.
  requirePermission(actor, "motserie.endre");
  if (intent === "endre") {
    const tolket = tolkSerie(form);
    const v = tolk(z.object({ versjon: versjon() }), form);
    if (!tolket.ok)
      return data<Skjemasvar>({ intent, feil: tolket.feil, verdier: tolket.verdier }, { status: 400 });
    if (!v.ok) fail("ugyldig");
    const r = await updateMotserie({ ...ctx, motserieId, versjon: v.data.versjon, ...tolket.data });
    if (!r.ok) {
      return data<Skjemasvar>(
        {
          intent,
          konflikt: true,
          verdier: Object.fromEntries(
            [...form].filter(([n]) => n !== "_csrf").map(([n, x]) => [n, String(x)]),
          ),
        },
        { status: 409 },
      );
    }
    return ferdig();
  }
  if (intent === "deltaker") {
    const tolket = tolk(deltakerSchema, form);
    if (!tolket.ok)
      return data<Skjemasvar>({ intent, feil: tolket.feil, verdier: tolket.verdier }, { status: 400 });
    await addMotedeltaker({ ...ctx, motserieId, deltaker: { type: "navngitt", ...tolket.data } });
    return ferdig();
  }
  if (intent === "fjernDeltaker") {
    const tolket = tolk(z.object({ deltakerId: uuid() }), form);
    if (!tolket.ok) fail("ugyldig");
    await removeMotedeltaker({ ...ctx, motserieId, deltakerId: tolket.data.deltakerId });
    return ferdig();
  }
  fail("ugyldig");
}

export default function Motserie({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const valg = useValg();
  const { serie, deltakere, moter } = loaderData;
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("nav.samarbeid"), href: "/samarbeid" }, { label: serie.navn }]} />
      <Heading level={1} data-size="lg">
        {serie.navn}
      </Heading>
      {loaderData.lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("samarbeid.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        {tr(k("serietype", serie.type))} · {serie.bydel_navn} · {tr(k("hyppighet", serie.hyppighet))}
      </Paragraph>
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
            <Tekstfelt
              felt="dato"
              type="date"
              label={tr("samarbeid.felt.motedato")}
              beskrivelse={tr("samarbeid.serie.nesteBeskrivelse", {
                hyppighet: tr(k("hyppighet", serie.hyppighet)),
              })}
              standard={loaderData.nesteDato}
            />
          </Skjema>
        </section>
      ) : null}
      <section className="sa-seksjon" aria-labelledby="dagsorden-mal">
        <Heading level={2} data-size="sm" id="dagsorden-mal">
          {tr("samarbeid.serie.mal")}
        </Heading>
        <List.Ordered>
          {serie.dagsorden.map((punkt) => (
            <List.Item key={punkt}>{punkt}</List.Item>
          ))}
        </List.Ordered>
        {loaderData.kanEndre ? (
          <details open={actionData?.intent === "endre"}>
            <summary>{tr("samarbeid.serie.endre")}</summary>
            <MotserieSkjema
              intent="endre"
              svar={actionData}
              knapp={tr("samarbeid.serie.lagreEndring")}
              skjulte={{ versjon: serie.versjon }}
              standard={{
                navn: serie.navn,
                type: serie.type,
                hyppighet: serie.hyppighet,
                dagsorden: serie.dagsorden.join("\n"),
              }}
            />
          </details>
        ) : null}
      </section>
      <section className="sa-seksjon" aria-labelledby="deltakere">
        <Heading level={2} data-size="sm" id="deltakere">
          {tr("samarbeid.serie.deltakere")}
        </Heading>
        {deltakere.length === 0 ? <Paragraph>{tr("samarbeid.serie.ingenDeltakere")}</Paragraph> : null}
        <ul className="sa-liste">
          {deltakere.map((d) => (
            <li key={d.id} className="sa-deltaker">
              <span>
                {d.navn} ({tr(k("organisasjon", d.organisasjon))})
              </span>
              {loaderData.kanEndre ? (
                <Form method="post" className="sa-inline">
                  <CsrfField />
                  <input type="hidden" name="intent" value="fjernDeltaker" />
                  <input type="hidden" name="deltakerId" value={d.id} />
                  <Button type="submit" variant="tertiary" data-size="sm">
                    {tr("samarbeid.serie.fjern", { navn: d.navn })}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
        {loaderData.kanSkrive && !loaderData.erDeltaker ? (
          <Form method="post">
            <CsrfField />
            <input type="hidden" name="intent" value="bliMed" />
            <Button type="submit" variant="secondary">
              {tr("samarbeid.serie.bliMed")}
            </Button>
          </Form>
        ) : null}
        {loaderData.kanEndre ? (
          <details open={actionData?.intent === "deltaker"}>
            <summary>{tr("samarbeid.serie.leggTilDeltaker")}</summary>
            <Skjema
              intent="deltaker"
              svar={actionData}
              knapp={tr("samarbeid.serie.leggTilDeltakerKnapp")}
              etiketter={{
                navn: tr("samarbeid.felt.deltakerNavn"),
                organisasjon: tr("samarbeid.felt.organisasjon"),
              }}
            >
              <Tekstfelt felt="navn" label={tr("samarbeid.felt.deltakerNavn")} />
              <Valg
                felt="organisasjon"
                label={tr("samarbeid.felt.organisasjon")}
                valg={valg("organisasjon", ORGANISASJONER)}
                standard="boligbygg"
              />
            </Skjema>
          </details>
        ) : null}
      </section>
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
