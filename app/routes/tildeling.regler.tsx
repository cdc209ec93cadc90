import { Alert, Button, Card, Fieldset, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/tildeling.regler";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { Regelhistorikk } from "../modules/allocation/components/regler";
import { prosent, VEKTNAVN } from "../modules/allocation/regler";
import { getDistrictRules, saveDistrictRules } from "../modules/allocation/regler.server";
import { bydelsregelSchema } from "../modules/allocation/schemas";
import { Tekstfelt, Tekstomrade } from "../components/skjema/felt";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "tildeling.regler.tittel");

/**
 * /tildeling/regler — the district's default composition limits for its stairwells and the weights of the
 * engine's objective, with a form to change them (reason required, row version) and the history of changes.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.les");
  return getDistrictRules({ db: deps(context).db, actor, requestId: state.requestId });
}

type Feil = Record<string, string>;

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.regler");
  const form = await request.formData();
  const felt = (n: string) => String(form.get(n) ?? "").slice(0, 20);
  const verdier = {
    maksPerRunde: felt("maksPerRunde"),
    maksAndelProsent: felt("maksAndelProsent"),
    malAndelProsent: felt("malAndelProsent"),
    vekter: Object.fromEntries(VEKTNAVN.map((v) => [v, felt(`vekt_${v}`)])) as Record<string, string>,
    begrunnelse: String(form.get("begrunnelse") ?? "").slice(0, 5000),
  };
  const sjekk = bydelsregelSchema.safeParse(verdier);
  if (!sjekk.success) {
    const feil: Feil = {};
    for (const i of sjekk.error.issues) {
      const navn = i.path[0] === "vekter" ? `vekt_${String(i.path[1])}` : String(i.path[0]);
      feil[navn] ??= i.message;
    }
    return data({ feil, verdier }, { status: 422 });
  }
  try {
    await saveDistrictRules({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
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
  return redirect("/tildeling/regler");
}

export default function Regler({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { bydelsregler: r, standard, historikk } = loaderData;
  const feil: Feil = actionData?.feil ?? {};
  const v = actionData?.verdier;
  const tall = (n: number | null) => (n === null ? "" : String(n));
  return (
    <div className="tl-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("tildeling.tittel"), href: "/tildeling" },
          { label: tr("tildeling.regler.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("tildeling.regler.tittel")}
      </Heading>
      <Paragraph>{tr("tildeling.regler.ingress")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/tildeling/oppganger">{tr("tildeling.regler.oppganger.tittel")}</RouterLink>
        </Link>
      </Paragraph>
      {r.versjon === 0 ? <Paragraph>{tr("tildeling.regler.brukerStandard")}</Paragraph> : null}

      <Card className="tl-kort" data-color="neutral">
        <Form method="post" noValidate className="tl-skjema">
          <CsrfField />
          <input type="hidden" name="versjon" value={r.versjon} />
          {feil.skjema ? (
            <Alert data-color="danger">
              <Paragraph>{feil.skjema}</Paragraph>
            </Alert>
          ) : null}
          <Fieldset>
            <Fieldset.Legend>{tr("tildeling.regler.sammensetning")}</Fieldset.Legend>
            <Tekstfelt
              name="maksPerRunde"
              label={tr("tildeling.regler.perRunde")}
              hjelp={tr("tildeling.regler.perRunde.bydelHjelp", { standard: tall(standard.maksPerRunde) })}
              verdi={v ? v.maksPerRunde : tall(r.maksPerRunde)}
              feil={feil.maksPerRunde}
              inputMode="numeric"
              bredde="kort"
              maxLength={3}
            />
            <Tekstfelt
              name="maksAndelProsent"
              label={tr("tildeling.regler.andel")}
              hjelp={tr("tildeling.regler.andel.bydelHjelp", { standard: tall(prosent(standard.maksAndel)) })}
              verdi={v ? v.maksAndelProsent : tall(prosent(r.maksAndel))}
              feil={feil.maksAndelProsent}
              inputMode="numeric"
              bredde="kort"
              maxLength={3}
            />
            <Tekstfelt
              name="malAndelProsent"
              label={tr("tildeling.regler.malAndel")}
              hjelp={tr("tildeling.regler.malAndel.hjelp", { standard: tall(prosent(standard.malAndel)) })}
              verdi={v ? v.malAndelProsent : tall(prosent(r.malAndel))}
              feil={feil.malAndelProsent}
              inputMode="numeric"
              bredde="kort"
              maxLength={3}
            />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{tr("tildeling.regler.vekter")}</Fieldset.Legend>
            <Fieldset.Description>{tr("tildeling.regler.vekter.hjelp")}</Fieldset.Description>
            {VEKTNAVN.map((n) => (
              <Tekstfelt
                key={n}
                name={`vekt_${n}`}
                label={tr(`tildeling.regler.felt.vekt.${n}`)}
                hjelp={tr("tildeling.regler.vekt.standard", { standard: standard.vekter[n] })}
                verdi={v ? (v.vekter[n] ?? "") : String(r.vekter[n])}
                feil={feil[`vekt_${n}`]}
                inputMode="numeric"
                bredde="kort"
                maxLength={4}
              />
            ))}
          </Fieldset>
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
      <Regelhistorikk historikk={historikk} standardTekst={tr("tildeling.regler.ingenGrense")} />
    </div>
  );
}
