import { Alert, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/bomiljo.koordinatorer";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Rullbar } from "../modules/bomiljo/components/status";
import {
  addKoordinator,
  listKoordinatorer,
  removeKoordinator,
} from "../modules/bomiljo/koordinatorer.server";
import { skjemaverdier, versjonFelt } from "../modules/bomiljo/schemas";
import { Tekstfelt } from "../components/skjema/felt";

export const meta: Route.MetaFunction = ({ matches }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, t(locale, "bomiljo.koordinatorer.tittel")) }];
};

const FELT = ["navn", "telefon", "epost", "omrade"] as const;

/** The district's named bomiljø coordinators (measure 5): shown on every contact card in the district. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.les");
  return listKoordinatorer({ db: deps(context).db, actor, requestId: state.requestId });
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.endre");
  const form = await request.formData();
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  if (form.get("handling") === "fjern") {
    const versjon = versjonFelt.safeParse(form.get("versjon") ?? "");
    if (!versjon.success)
      return data({ feil: { skjema: "bomiljo.feil.skjema" }, verdier: {} }, { status: 400 });
    try {
      await removeKoordinator({ ...ctx, id: parseId(String(form.get("id") ?? "")), versjon: versjon.data });
    } catch (error) {
      if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
        return data({ feil: { skjema: "bomiljo.feil.konfliktListe" }, verdier: {} }, { status: 409 });
      }
      throw error;
    }
    return redirect("/bomiljo/koordinatorer?lagret=1");
  }
  const verdier = skjemaverdier(form, FELT);
  const resultat = await addKoordinator({ ...ctx, input: verdier as never });
  if (!resultat.ok) return data({ feil: resultat.feil, verdier }, { status: 422 });
  return redirect("/bomiljo/koordinatorer?lagret=1");
}

export default function Koordinatorer({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const navigation = useNavigation();
  const { bydel, koordinatorer } = loaderData;
  const feil = (actionData?.feil ?? {}) as Record<string, string>;
  const fe = (felt: string) => (feil[felt] ? tr(feil[felt] as MessageKey) : undefined);
  const v = (actionData?.verdier ?? {}) as Record<string, string>;
  return (
    <div className="bm-side">
      <Breadcrumbs
        items={[
          { label: tr("bomiljo.plan.bydel", { bydel: bydel.navn }), href: "/bomiljo" },
          { label: tr("bomiljo.koordinatorer.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("bomiljo.koordinatorer.tittel")}
      </Heading>
      <Paragraph>{tr("bomiljo.koordinatorer.ingress")}</Paragraph>
      {feil.skjema ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tr(feil.skjema as MessageKey)}</Paragraph>
        </Alert>
      ) : null}
      {koordinatorer.length === 0 ? (
        <Alert data-color="warning">
          <Paragraph>{tr("bomiljo.koordinatorer.ingen")}</Paragraph>
        </Alert>
      ) : (
        <Rullbar label={tr("bomiljo.koordinatorer.tittel")}>
          <Table zebra data-size="sm">
            <caption>{tr("bomiljo.koordinatorer.tabell", { bydel: bydel.navn })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("bomiljo.koordinatorer.navn")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.koordinatorer.telefon")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.koordinatorer.epost")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.koordinatorer.omrade")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("bomiljo.koordinatorer.handling")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {koordinatorer.map((k) => (
                <Table.Row key={k.id}>
                  <Table.Cell>{k.navn}</Table.Cell>
                  <Table.Cell>{k.telefon}</Table.Cell>
                  <Table.Cell>{k.epost}</Table.Cell>
                  <Table.Cell>{k.omrade ?? "–"}</Table.Cell>
                  <Table.Cell>
                    <Form method="post">
                      <CsrfField />
                      <input type="hidden" name="id" value={k.id} />
                      <input type="hidden" name="versjon" value={k.versjon} />
                      <Button
                        type="submit"
                        name="handling"
                        value="fjern"
                        variant="secondary"
                        data-size="sm"
                        aria-label={tr("bomiljo.koordinatorer.fjernNavn", { navn: k.navn })}
                      >
                        {tr("bomiljo.koordinatorer.fjern")}
                      </Button>
                    </Form>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Rullbar>
      )}
      <section aria-labelledby="ny-koordinator" className="bm-side">
        <Heading level={2} data-size="md" id="ny-koordinator">
          {tr("bomiljo.koordinatorer.ny")}
        </Heading>
        <Form method="post" noValidate className="bm-skjema">
          <CsrfField />
          <Tekstfelt
            name="navn"
            label={tr("bomiljo.koordinatorer.navn")}
            verdi={v.navn ?? ""}
            feil={fe("navn")}
            autoComplete="off"
          />
          <Tekstfelt
            name="telefon"
            type="tel"
            label={tr("bomiljo.koordinatorer.telefon")}
            verdi={v.telefon ?? ""}
            feil={fe("telefon")}
            autoComplete="off"
            bredde="kort"
          />
          <Tekstfelt
            name="epost"
            type="email"
            label={tr("bomiljo.koordinatorer.epost")}
            verdi={v.epost ?? ""}
            feil={fe("epost")}
            autoComplete="off"
          />
          <Tekstfelt
            name="omrade"
            label={tr("bomiljo.koordinatorer.omrade")}
            valgfri={tr("bomiljo.valgfri")}
            verdi={v.omrade ?? ""}
            feil={fe("omrade")}
          />
          <div className="bm-knapper">
            <Button
              type="submit"
              name="handling"
              value="legg_til"
              disabled={navigation.state === "submitting"}
            >
              {tr("bomiljo.koordinatorer.leggTil")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
