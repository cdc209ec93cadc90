import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/min-bolig.boplan";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { feltId, Tekstomrade } from "../components/skjema/felt";
import { kommentarSchema } from "../modules/leiekontrakt/boplan-schemas";
import { BoplanVisning } from "../modules/leiekontrakt/components/boplan-visning";
import { commentOnBoplan } from "../modules/leiekontrakt/comment-on-boplan.server";
import { getOwnBoplan } from "../modules/leiekontrakt/get-own-boplan.server";
import { feltfeil } from "../modules/leiekontrakt/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "bp.min.tittel");

/** /min-bolig/boplan — the resident's own boplan, and a comment on it (only their own household's plan). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "minbolig.les");
  return { plan: await getOwnBoplan({ db: deps(context).db, actor, requestId: state.requestId }) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "minbolig.les");
  const form = await request.formData();
  const tekst = String(form.get("tekst") ?? "").slice(0, 5000);
  const sjekk = kommentarSchema.safeParse({ tekst });
  if (!sjekk.success) return data({ feil: feltfeil(sjekk.error), tekst }, { status: 422 });
  await commentOnBoplan({ db: deps(context).db, actor, requestId: state.requestId, tekst: sjekk.data.tekst });
  return redirect("/min-bolig/boplan?kommentert=1");
}

export default function MinBoplan({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { plan } = loaderData;
  const feil = actionData?.feil;
  return (
    <>
      <Breadcrumbs
        items={[{ label: tr("nav.minBolig"), href: "/min-bolig" }, { label: tr("bp.min.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("bp.min.tittel")}
      </Heading>
      {!plan ? (
        <Alert data-color="info">
          <Paragraph>{tr("bp.min.ingen")}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{tr("bp.min.ingress")}</Paragraph>
          <BoplanVisning plan={plan} />
          <Heading level={2} data-size="sm">
            {tr("bp.min.kommenter")}
          </Heading>
          {feil ? (
            <ErrorSummary>
              <ErrorSummary.Heading>{tr("bp.feil")}</ErrorSummary.Heading>
              <ErrorSummary.List>
                {Object.entries(feil).map(([f, m]) => (
                  <ErrorSummary.Item key={f}>
                    <ErrorSummary.Link href={`#${feltId(f)}`}>{m}</ErrorSummary.Link>
                  </ErrorSummary.Item>
                ))}
              </ErrorSummary.List>
            </ErrorSummary>
          ) : null}
          <Form method="post" noValidate className="lk-skjema">
            <CsrfField />
            <Tekstomrade
              name="tekst"
              label={tr("bp.kommentar")}
              hjelp={tr("bp.min.kommentar.hjelp")}
              verdi={actionData?.tekst ?? ""}
              feil={feil?.tekst}
            />
            <div>
              <Button type="submit">{tr("bp.kommenter.knapp")}</Button>
            </div>
          </Form>
        </>
      )}
    </>
  );
}
