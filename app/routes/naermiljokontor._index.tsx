import { Button, Field, Heading, Label, Link, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import { Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/naermiljokontor._index";
import "../modules/samarbeid/components/samarbeid.css";
import "../components/skjema/skjema.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { adresserUtenKontor, listKontorer } from "../modules/naermiljokontor/kontor.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.naermiljokontor");

/**
 * /naermiljokontor — the offices in the own district (the city for Boligbygg and the analyst, read-only).
 * The coordinator picks an address to start a new office (`?ny=<eiendom>` goes to the address page).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "naermiljokontor.les");
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const ny = new URL(request.url).searchParams.get("ny") ?? "";
  if (/^[0-9a-f-]{36}$/i.test(ny)) throw redirect(`/naermiljokontor/${ny.toLowerCase()}`);
  const kanEndre = can(actor, "naermiljokontor.endre");
  return {
    kontorer: await listKontorer(ctx),
    adresser: kanEndre ? await adresserUtenKontor(ctx) : [],
    kanEndre,
    serTall: can(actor, "naermiljokontor.kontakter"),
  };
}

export default function Naermiljokontorer({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { kontorer, adresser, kanEndre, serTall } = loaderData;
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("nav.naermiljokontor") }]} />
      <Heading level={1} data-size="lg">
        {tr("naermiljo.tittel")}
      </Heading>
      <Paragraph>{tr("naermiljo.ingress")}</Paragraph>
      {!serTall ? <Paragraph>{tr("naermiljo.boligbyggSerIkke")}</Paragraph> : null}
      <section className="sa-seksjon" aria-labelledby="kontorer">
        <Heading level={2} data-size="md" id="kontorer">
          {tr("naermiljo.kontorer")}
        </Heading>
        {kontorer.length === 0 ? (
          <Paragraph>{tr("naermiljo.ingenKontorer")}</Paragraph>
        ) : (
          <div className="sa-rull">
            <Table>
              <caption className="ds-sr-only">{tr("naermiljo.kontorer")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("naermiljo.kol.adresse")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("naermiljo.kol.bydel")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("naermiljo.kol.apningstider")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("naermiljo.kol.sted")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("naermiljo.kol.tjenester")}</Table.HeaderCell>
                  {serTall ? <Table.HeaderCell>{tr("naermiljo.kol.kontakter")}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {kontorer.map((k) => (
                  <Table.Row key={k.eiendomId}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/naermiljokontor/${k.eiendomId}`}>{k.adresse}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{k.bydel}</Table.Cell>
                    <Table.Cell>{k.apningstider}</Table.Cell>
                    <Table.Cell>{k.sted}</Table.Cell>
                    <Table.Cell>
                      {k.tjenester.map((t) => tr(`naermiljo.tjeneste.${t}` as MessageKey)).join(", ")}
                    </Table.Cell>
                    {serTall ? <Table.Cell>{k.kontakter ?? 0}</Table.Cell> : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      {kanEndre && adresser.length > 0 ? (
        <section className="sa-seksjon" aria-labelledby="nytt">
          <Heading level={2} data-size="md" id="nytt">
            {tr("naermiljo.nytt")}
          </Heading>
          <Form method="get" className="skjema-ramme">
            <Field>
              <Label htmlFor="ny-adresse">{tr("naermiljo.kol.adresse")}</Label>
              <Field.Description>{tr("naermiljo.nyttBeskrivelse")}</Field.Description>
              <Select id="ny-adresse" name="ny" defaultValue="">
                <Select.Option value="">{tr("naermiljo.velgAdresse")}</Select.Option>
                {adresser.map((a) => (
                  <Select.Option key={a.id} value={a.id}>
                    {a.navn}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <div>
              <Button type="submit">{tr("naermiljo.gaTil")}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
