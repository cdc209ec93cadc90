import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/tildeling.tilbud.$tilbudId";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { lesSvar, SvarSkjema, TilbudFakta, type SvarFeil } from "../modules/allocation/components/tilbud";
import { getOffer } from "../modules/allocation/get-offer.server";
import { answerOffer, bookViewing } from "../modules/allocation/offers.server";
import { requireOfferInScope } from "../modules/allocation/queries.server";
import { visningSchema } from "../modules/allocation/schemas";
import { Tekstfelt } from "../components/skjema/felt";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "tildeling.tilbud.tittel");

/** /tildeling/tilbud/:tilbudId — the caseworker's offer page: book the viewing, register the applicant's answer. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.les");
  const tilbud = await getOffer({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    tilbudId: parseId(params.tilbudId),
  });
  return { tilbud };
}

const erKonflikt = (error: unknown) =>
  (error as { data?: { code?: string } } | null)?.data?.code === "konflikt";
const KONFLIKT =
  "Tilbudet er endret av noen andre i mellomtiden, eller allerede besvart. Last siden på nytt.";

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.behandle");
  const tilbudId = parseId(params.tilbudId);
  const db = deps(context).db;
  await requireOfferInScope({ db, actor, requestId: state.requestId, tilbudId });
  const form = await request.formData();
  const versjon = Number(form.get("versjon"));
  const intent = String(form.get("intent") ?? "");
  if (intent === "visning") {
    const input = {
      dato: String(form.get("visningDato") ?? ""),
      klokkeslett: String(form.get("klokkeslett") ?? "").trim(),
      sted: String(form.get("sted") ?? "").slice(0, 1000),
      deltakere: String(form.get("deltakere") ?? "").slice(0, 1000),
    };
    const sjekk = visningSchema.safeParse(input);
    if (!sjekk.success) {
      const feil: Record<string, string> = {};
      for (const i of sjekk.error.issues) feil[String(i.path[0])] ??= i.message;
      return data({ visningFeil: feil, visning: input, svarFeil: null, svar: null }, { status: 422 });
    }
    try {
      await bookViewing({ db, actor, requestId: state.requestId, tilbudId, versjon, input: sjekk.data });
    } catch (error) {
      if (erKonflikt(error))
        return data(
          { visningFeil: { skjema: KONFLIKT }, visning: input, svarFeil: null, svar: null },
          { status: 409 },
        );
      throw error;
    }
    return redirect(`/tildeling/tilbud/${tilbudId}`);
  }
  const { input, feil } = lesSvar(form, tilbudId);
  if (feil)
    return data(
      { svarFeil: feil as SvarFeil, svar: input, visningFeil: null, visning: null },
      { status: 422 },
    );
  try {
    await answerOffer({ db, actor, requestId: state.requestId, tilbudId, versjon, input });
  } catch (error) {
    if (erKonflikt(error))
      return data(
        { svarFeil: { skjema: KONFLIKT } as SvarFeil, svar: input, visningFeil: null, visning: null },
        { status: 409 },
      );
    throw error;
  }
  return redirect(`/tildeling/tilbud/${tilbudId}`);
}

export default function Tilbud({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { tilbud } = loaderData;
  const vf: Record<string, string> = actionData?.visningFeil ?? {};
  const vv = actionData?.visning ?? null;
  return (
    <div className="tl-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("tildeling.tittel"), href: "/tildeling" },
          { label: tr("tildeling.runde.tittel"), href: `/tildeling/${tilbud.rundeId}` },
          { label: tr("tildeling.tilbud.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("tildeling.tilbud.overskrift", { navn: tilbud.soker, saksnummer: tilbud.saksnummer })}
      </Heading>
      <TilbudFakta tilbud={tilbud} />
      {tilbud.status === "sendt" ? (
        <>
          <Card className="tl-kort" data-color="neutral">
            <Form method="post" noValidate className="tl-skjema">
              <CsrfField />
              <input type="hidden" name="intent" value="visning" />
              <input type="hidden" name="versjon" value={tilbud.versjon} />
              <Heading level={2} data-size="sm">
                {tr(tilbud.visning ? "tildeling.visning.flytt" : "tildeling.visning.avtal")}
              </Heading>
              {vf.skjema ? (
                <Alert data-color="danger">
                  <Paragraph>{vf.skjema}</Paragraph>
                </Alert>
              ) : null}
              <Tekstfelt
                name="visningDato"
                type="date"
                label={tr("tildeling.visning.dato")}
                verdi={vv?.dato ?? tilbud.visning?.dato ?? ""}
                feil={vf.dato}
                bredde="kort"
              />
              <Tekstfelt
                name="klokkeslett"
                label={tr("tildeling.visning.klokkeslett")}
                hjelp={tr("tildeling.visning.klokkeslett.hjelp")}
                verdi={vv?.klokkeslett ?? tilbud.visning?.tid ?? ""}
                feil={vf.klokkeslett}
                inputMode="numeric"
                bredde="kort"
              />
              <Tekstfelt
                name="sted"
                label={tr("tildeling.visning.sted")}
                verdi={vv?.sted ?? tilbud.visning?.sted ?? `${tilbud.bolig.adresse}`}
                feil={vf.sted}
                maxLength={300}
              />
              <Tekstfelt
                name="deltakere"
                label={tr("tildeling.visning.deltakere")}
                hjelp={tr("tildeling.visning.deltakere.hjelp")}
                verdi={vv?.deltakere ?? tilbud.visning?.deltakere ?? ""}
                feil={vf.deltakere}
                maxLength={500}
              />
              <div>
                <Button type="submit">{tr("tildeling.visning.lagre")}</Button>
              </div>
            </Form>
          </Card>
          <Card className="tl-kort" data-color="neutral">
            <SvarSkjema
              tilbud={tilbud}
              hvem="saksbehandler"
              feil={actionData?.svarFeil ?? {}}
              verdier={actionData?.svar ?? {}}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}
