import { randomUUID } from "node:crypto";
import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/min-bolig.fornyelse";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { fail } from "../lib/errors";
import { feltId, Tekstfelt, Tekstomrade } from "../components/skjema/felt";
import { formatDato } from "../modules/housing-stock/format";
import { applyForRenewal } from "../modules/leiekontrakt/apply-for-renewal.server";
import { getOwnRenewal } from "../modules/leiekontrakt/get-own-renewal.server";
import { feltfeil, fornyelsessoknadSchema } from "../modules/leiekontrakt/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "lk.soknad.tittel");

/**
 * /min-bolig/fornyelse — the tenant applies to renew their own lease. The application becomes a case of type
 * `fornyelse` in the case journey (Mine saker). Without an active lease with an end date: 404.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.soke");
  const egen = await getOwnRenewal({ db: deps(context).db, actor, requestId: state.requestId });
  if (!egen) fail("ikke_funnet");
  // The form's idempotency key is chosen here: a double click makes one case.
  return { egen, nokkel: randomUUID() };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.soke");
  const form = await request.formData();
  const verdier = {
    idempotensnokkel: String(form.get("idempotensnokkel") ?? ""),
    inntekt: String(form.get("inntekt") ?? "").slice(0, 100),
    endringer: String(form.get("endringer") ?? "").slice(0, 5000),
  };
  const sjekk = fornyelsessoknadSchema.safeParse(verdier);
  if (!sjekk.success) return data({ feil: feltfeil(sjekk.error), verdier }, { status: 422 });
  const { sakId } = await applyForRenewal({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    input: verdier,
  });
  return redirect(`/mine-saker/${sakId}?kvittering=1`);
}

export default function Fornyelsessoknad({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { egen, nokkel } = loaderData;
  const feil = actionData?.feil;
  const verdier = actionData?.verdier;
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[{ label: tr("nav.minBolig"), href: "/min-bolig" }, { label: tr("lk.soknad.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("lk.soknad.tittel")}
      </Heading>
      {!egen.kanSoke ? (
        <Alert data-color="info">
          <Paragraph>
            {egen.sak
              ? tr("lk.soknad.alleredeSokt", { saksnummer: egen.sak.saksnummer })
              : tr("lk.soknad.ikkeNa", { dato: formatDato(egen.sluttdato, sprak) })}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{tr("lk.soknad.ingress", { dato: formatDato(egen.sluttdato, sprak) })}</Paragraph>
          {feil ? (
            <ErrorSummary>
              <ErrorSummary.Heading>{tr("soknad.feil.oppsummering")}</ErrorSummary.Heading>
              <ErrorSummary.List>
                {Object.entries(feil).map(([felt, melding]) => (
                  <ErrorSummary.Item key={felt}>
                    <ErrorSummary.Link href={`#${feltId(felt)}`}>{melding}</ErrorSummary.Link>
                  </ErrorSummary.Item>
                ))}
              </ErrorSummary.List>
            </ErrorSummary>
          ) : null}
          <Form method="post" noValidate className="lk-skjema">
            <CsrfField />
            <input type="hidden" name="idempotensnokkel" value={verdier?.idempotensnokkel ?? nokkel} />
            <Tekstfelt
              name="inntekt"
              label={tr("lk.soknad.inntekt")}
              hjelp={tr("lk.soknad.inntekt.hjelp")}
              verdi={verdier?.inntekt ?? ""}
              feil={feil?.inntekt}
              inputMode="numeric"
              bredde="kort"
            />
            <Tekstomrade
              name="endringer"
              label={tr("lk.soknad.endringer")}
              hjelp={tr("lk.soknad.endringer.hjelp")}
              valgfri={tr("lk.valgfri")}
              verdi={verdier?.endringer ?? ""}
              feil={feil?.endringer}
              maxLength={2000}
            />
            <div>
              <Button type="submit">{tr("lk.soknad.send")}</Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
