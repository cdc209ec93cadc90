import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect } from "react-router";
import type { Route } from "./+types/mine-tilbud";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { lesSvar, SvarSkjema, TilbudFakta, type SvarFeil } from "../modules/allocation/components/tilbud";
import { listOwnOffers } from "../modules/allocation/get-offer.server";
import { answerOffer } from "../modules/allocation/offers.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.mineTilbud");

/** /mine-tilbud — the resident's own offers of a home: the viewing, and yes or no online. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "eget_tilbud.svare");
  return { tilbud: await listOwnOffers({ db: deps(context).db, actor, requestId: state.requestId }) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "eget_tilbud.svare");
  const form = await request.formData();
  const ubehandlet = form.get("tilbudId");
  if (typeof ubehandlet !== "string" || ubehandlet === "") fail("ugyldig");
  const tilbudId = parseId(ubehandlet);
  const { input, feil } = lesSvar(form, tilbudId);
  if (feil) return data({ tilbudId, feil, svar: input }, { status: 422 });
  try {
    await answerOffer({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      tilbudId,
      versjon: Number(form.get("versjon")),
      input,
    });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data(
        {
          tilbudId,
          feil: { skjema: "Tilbudet er allerede besvart eller endret. Last siden på nytt." } as SvarFeil,
          svar: input,
        },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirect(input.svar === "ja" ? "/min-bolig" : "/mine-tilbud");
}

export default function MineTilbud({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { tilbud } = loaderData;
  return (
    <div className="tl-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.mineTilbud") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.mineTilbud")}
      </Heading>
      {tilbud.length === 0 ? (
        <Paragraph>{tr("tildeling.mine.ingen")}</Paragraph>
      ) : (
        <Paragraph>{tr("tildeling.mine.ingress")}</Paragraph>
      )}
      {tilbud.map((t) => (
        <Card key={t.id} className="tl-kort" data-color="neutral">
          <Heading level={2} data-size="sm">
            {tr("tildeling.mine.tilbud", { adresse: t.bolig.adresse })}
          </Heading>
          <TilbudFakta tilbud={t} />
          {t.status === "sendt" ? (
            <SvarSkjema
              tilbud={t}
              hvem="soker"
              feil={actionData?.tilbudId === t.id ? actionData.feil : {}}
              verdier={actionData?.tilbudId === t.id ? actionData.svar : {}}
            />
          ) : null}
        </Card>
      ))}
    </div>
  );
}
