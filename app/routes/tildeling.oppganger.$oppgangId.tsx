import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/tildeling.oppganger.$oppgangId";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Regelhistorikk } from "../modules/allocation/components/regler";
import { prosent } from "../modules/allocation/regler";
import {
  getStairwellRules,
  requireStairwellInScope,
  saveStairwellRules,
} from "../modules/allocation/regler.server";
import { oppgangRegelSchema } from "../modules/allocation/schemas";
import { Avkrysning, Tekstfelt, Tekstomrade } from "../components/skjema/felt";

export const meta: Route.MetaFunction = ({ matches }) =>
  titleMeta(matches, "tildeling.regler.oppgang.tittel");

/**
 * /tildeling/oppganger/:oppgangId — one stairwell of the district: its counts, the `utrygg` flag and its limits
 * with a form to change them (reason required, row version), and the history of changes.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.les");
  requirePermission(actor, "sammensetning.les");
  return getStairwellRules({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    oppgangId: parseId(params.oppgangId),
  });
}

type Feil = Record<string, string>;

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.regler");
  const oppgangId = parseId(params.oppgangId);
  const db = deps(context).db;
  await requireStairwellInScope({ db, actor, requestId: state.requestId, oppgangId });
  const form = await request.formData();
  const verdier = {
    utrygg: form.get("utrygg") === "ja",
    maksPerRunde: String(form.get("maksPerRunde") ?? "").slice(0, 20),
    maksAndelProsent: String(form.get("maksAndelProsent") ?? "").slice(0, 20),
    begrunnelse: String(form.get("begrunnelse") ?? "").slice(0, 5000),
  };
  const sjekk = oppgangRegelSchema.safeParse(verdier);
  if (!sjekk.success) {
    const feil: Feil = {};
    for (const i of sjekk.error.issues) feil[String(i.path[0])] ??= i.message;
    return data({ feil, verdier }, { status: 422 });
  }
  try {
    await saveStairwellRules({
      db,
      actor,
      requestId: state.requestId,
      oppgangId,
      versjon: Number(form.get("versjon")),
      input: sjekk.data,
    });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data(
        {
          feil: {
            skjema:
              "Reglene er endret av noen andre i mellomtiden. Last siden på nytt og se endringen først.",
          } as Feil,
          verdier,
        },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirect(`/tildeling/oppganger/${oppgangId}`);
}

export default function Oppgang({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { oppgang, eksisterende, regler, bydelsregler, historikk } = loaderData;
  const feil: Feil = actionData?.feil ?? {};
  const v = actionData?.verdier;
  const grense = (n: number | null) => (n === null ? tr("tildeling.regler.ingenGrense") : String(n));
  const andel = (a: number | null) => (a === null ? tr("tildeling.regler.ingenGrense") : `${prosent(a)} %`);
  return (
    <div className="tl-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("tildeling.tittel"), href: "/tildeling" },
          { label: tr("tildeling.regler.oppganger.tittel"), href: "/tildeling/oppganger" },
          { label: oppgang.adresse },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("tildeling.regler.oppgang.overskrift", { adresse: oppgang.adresse })}
      </Heading>
      <dl className="tl-fakta">
        <dt>{tr("tildeling.regler.kol.eiendom")}</dt>
        <dd>{oppgang.eiendom}</dd>
        <dt>{tr("tildeling.regler.kol.boliger")}</dt>
        <dd>
          {tr("tildeling.regler.boligerLedige", { boliger: oppgang.boliger, ledige: oppgang.ledige })}
          {oppgang.heis ? `, ${tr("tildeling.heis")}` : ""}
        </dd>
        <dt>{tr("tildeling.regler.kol.husstander")}</dt>
        <dd>{eksisterende.husstander}</dd>
        <dt>{tr("tildeling.regler.kol.barnefamilier")}</dt>
        <dd>{eksisterende.barnefamilier}</dd>
        <dt>{tr("tildeling.regler.kol.hoyOppfolging")}</dt>
        <dd>{eksisterende.hoyOppfolging}</dd>
      </dl>
      <Paragraph data-size="sm">{tr("tildeling.regler.tall.forklaring")}</Paragraph>

      <Card className="tl-kort" data-color="neutral">
        <Form method="post" noValidate className="tl-skjema">
          <CsrfField />
          <input type="hidden" name="versjon" value={regler.versjon} />
          <Heading level={2} data-size="sm">
            {tr("tildeling.regler.oppgang.endre")}
          </Heading>
          {feil.skjema ? (
            <Alert data-color="danger">
              <Paragraph>{feil.skjema}</Paragraph>
            </Alert>
          ) : null}
          <Avkrysning
            type="checkbox"
            name="utrygg"
            value="ja"
            checked={v ? v.utrygg : regler.utrygg}
            label={tr("tildeling.regler.utrygg")}
          />
          <Tekstfelt
            name="maksPerRunde"
            label={tr("tildeling.regler.perRunde")}
            hjelp={tr("tildeling.regler.perRunde.oppgangHjelp", {
              standard: grense(bydelsregler.maksPerRunde),
            })}
            verdi={v ? v.maksPerRunde : regler.maksPerRunde === null ? "" : String(regler.maksPerRunde)}
            feil={feil.maksPerRunde}
            inputMode="numeric"
            bredde="kort"
            maxLength={3}
          />
          <Tekstfelt
            name="maksAndelProsent"
            label={tr("tildeling.regler.andel")}
            hjelp={tr("tildeling.regler.andel.oppgangHjelp", { standard: andel(bydelsregler.maksAndel) })}
            verdi={
              v ? v.maksAndelProsent : regler.maksAndel === null ? "" : String(prosent(regler.maksAndel))
            }
            feil={feil.maksAndelProsent}
            inputMode="numeric"
            bredde="kort"
            maxLength={3}
          />
          <Tekstomrade
            name="begrunnelse"
            label={tr("tildeling.regler.begrunnelse")}
            hjelp={tr("tildeling.regler.begrunnelse.hjelp")}
            verdi={v?.begrunnelse ?? ""}
            feil={feil.begrunnelse}
            maxLength={2000}
          />
          <div>
            <Button type="submit">{tr("tildeling.regler.lagre")}</Button>
          </div>
        </Form>
      </Card>
      <Regelhistorikk historikk={historikk} standardTekst={tr("tildeling.regler.standard")} />
    </div>
  );
}
