import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/nettverk.$samlingId";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Rullbar } from "../modules/bomiljo/components/status";
import { addDeltaker, getSamling } from "../modules/bomiljo/nettverk.server";
import { skjemaverdier } from "../modules/bomiljo/schemas";
import { Tekstfelt } from "../components/skjema/felt";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, loaderData?.samling.tittel ?? t(locale, "nettverk.tittel")) }];
};

/** One gathering of the network with its participants; Velferdsetaten registers who took part. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "nettverk.les");
  const samling = await getSamling({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    samlingId: parseId(params.samlingId),
  });
  return { ...samling, kanEndre: can(actor, "nettverk.endre") };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "nettverk.endre");
  const samlingId = parseId(params.samlingId);
  const verdier = skjemaverdier(await request.formData(), ["navn", "virksomhet"]);
  const r = await addDeltaker({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    samlingId,
    input: verdier as never,
  });
  if (!r.ok) return data({ feil: r.feil, verdier }, { status: 422 });
  return redirect(`/nettverk/${samlingId}`);
}

export default function Samling({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const navigation = useNavigation();
  const { samling, deltakere, kanEndre } = loaderData;
  const feil = (actionData?.feil ?? {}) as Record<string, string>;
  const v = (actionData?.verdier ?? {}) as Record<string, string>;
  const fe = (felt: string) => (feil[felt] ? tr(feil[felt] as MessageKey) : undefined);
  return (
    <div className="bm-side">
      <Breadcrumbs items={[{ label: tr("nettverk.tittel"), href: "/nettverk" }, { label: samling.tittel }]} />
      <Heading level={1} data-size="lg">
        {samling.tittel}
      </Heading>
      <Paragraph>
        {formatDato(samling.dato, sprak)}, {samling.sted}
      </Paragraph>
      {samling.tema ? <Paragraph className="bm-tekst">{samling.tema}</Paragraph> : null}
      <section aria-labelledby="deltakere" className="bm-side">
        <Heading level={2} data-size="md" id="deltakere">
          {tr("nettverk.deltakere")}
        </Heading>
        {deltakere.length === 0 ? (
          <Paragraph>{tr("nettverk.ingenDeltakere")}</Paragraph>
        ) : (
          <Rullbar label={tr("nettverk.deltakere")}>
            <Table zebra data-size="sm">
              <caption>{tr("nettverk.deltakereTabell", { samling: samling.tittel })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("bomiljo.koordinatorer.navn")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("nettverk.virksomhet")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {deltakere.map((d) => (
                  <Table.Row key={d.id}>
                    <Table.Cell>{d.navn}</Table.Cell>
                    <Table.Cell>{d.virksomhet}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Rullbar>
        )}
      </section>
      {kanEndre ? (
        <section aria-labelledby="ny-deltaker" className="bm-side">
          <Heading level={2} data-size="md" id="ny-deltaker">
            {tr("nettverk.nyDeltaker")}
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
              name="virksomhet"
              label={tr("nettverk.virksomhet")}
              hjelp={tr("nettverk.virksomhetHjelp")}
              verdi={v.virksomhet ?? ""}
              feil={fe("virksomhet")}
            />
            <div className="bm-knapper">
              <Button type="submit" disabled={navigation.state === "submitting"}>
                {tr("nettverk.leggTilDeltaker")}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
