import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/mine-saker.$sakId.klage";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { feltId, Tekstomrade } from "../components/skjema/felt";
import { getOwnCase } from "../modules/cases/get-own-case.server";
import { klagetekstSchema, submitOwnAppeal } from "../modules/cases/submit-own-appeal.server";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mineSaker.klage.tittel");

/** The resident's online appeal against the latest decision in their own case (another's case is 404). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.les");
  const sak = await getOwnCase({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    sakId: parseId(params.sakId),
  });
  return { sak: sak.sak, klage: sak.klage };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.les");
  const sakId = parseId(params.sakId);
  const form = await request.formData();
  const tekst = String(form.get("tekst") ?? "").slice(0, 20_000);
  const sjekk = klagetekstSchema.safeParse(tekst);
  if (!sjekk.success) {
    const feil = (sjekk.error.issues[0]?.message ?? "soknad.klage.feil.tom") as MessageKey;
    return data({ feil, tekst }, { status: 422 });
  }
  if (form.get("handling") !== "send") fail("ugyldig");
  try {
    await submitOwnAppeal({ db: deps(context).db, actor, requestId: state.requestId, sakId, tekst });
  } catch (error) {
    // Already appealed (e.g. a double click) or nothing to appeal: the page says which, in plain words.
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return redirect(`/mine-saker/${sakId}/klage`);
    }
    throw error;
  }
  return redirect(`/mine-saker/${sakId}?klage=1`);
}

export default function Klage({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { sak, klage } = loaderData;
  const feil = actionData?.feil ? tr(actionData.feil) : undefined;
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("nav.mineSaker"), href: "/mine-saker" },
          {
            label: tr("mineSaker.sak.tittel", { saksnummer: sak.saksnummer }),
            href: `/mine-saker/${sak.id}`,
          },
          { label: tr("mineSaker.klage.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("mineSaker.klage.tittel")}
      </Heading>
      {!klage.kanKlage || klage.forSentForAlltid ? (
        <Alert data-color="info">
          <Paragraph>
            {tr(klage.forSentForAlltid ? "mineSaker.klage.etterEttAar" : "mineSaker.klage.ikkeMulig")}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            {klage.iTide
              ? klage.klagefrist
                ? tr("mineSaker.klage.innen", { dato: formatDato(klage.klagefrist, sprak) })
                : tr("mineSaker.klage.ikkeStartet")
              : tr("mineSaker.klage.forSent", {
                  dato: klage.klagefrist ? formatDato(klage.klagefrist, sprak) : "",
                })}
          </Paragraph>
          <Paragraph>{tr("mineSaker.klage.hva")}</Paragraph>
          {feil ? (
            <ErrorSummary>
              <ErrorSummary.Heading>{tr("soknad.feil.oppsummering")}</ErrorSummary.Heading>
              <ErrorSummary.List>
                <ErrorSummary.Item>
                  <ErrorSummary.Link href={`#${feltId("tekst")}`}>{feil}</ErrorSummary.Link>
                </ErrorSummary.Item>
              </ErrorSummary.List>
            </ErrorSummary>
          ) : null}
          <Form method="post" noValidate className="soknad-side">
            <CsrfField />
            <Tekstomrade
              name="tekst"
              label={tr("mineSaker.klage.felt")}
              hjelp={tr("mineSaker.klage.felt.hjelp")}
              verdi={actionData?.tekst ?? ""}
              feil={feil}
              maxLength={10_000}
            />
            <div>
              <Button type="submit" name="handling" value="send">
                {tr("mineSaker.klage.send")}
              </Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
