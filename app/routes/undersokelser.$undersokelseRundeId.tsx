import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
} from "@digdir/designsystemet-react";
import { Form } from "react-router";
import type { Route } from "./+types/undersokelser.$undersokelseRundeId";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { pageTitle, metaLocale } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import "../modules/undersokelse/components/undersokelse.css";
import { getRunde } from "../modules/undersokelse/runder.server";
import { SKJEMATEKSTER, SVARSPRAK } from "../modules/undersokelse/sprak";

export const meta: Route.MetaFunction = ({ loaderData, matches }) => [
  { title: pageTitle(metaLocale(matches), loaderData?.runde.navn) },
];

/** /undersokelser/:id — one round: response rate per address (counted at every page load), letters, paper entry. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.administrer");
  const runde = await getRunde({ db: deps(context).db, actor, rundeId: parseId(params.undersokelseRundeId) });
  return {
    runde,
    kanPapir: can(actor, "undersokelse.registrer"),
    brevsprak: SVARSPRAK.map((s) => ({ sprak: s, navn: SKJEMATEKSTER[s].navn })),
  };
}

export default function Runde({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { runde, kanPapir, brevsprak } = loaderData;
  const husstander = runde.adresser.reduce((a, b) => a + b.husstander, 0);
  const svar = runde.adresser.reduce((a, b) => a + b.svar, 0);
  const prosent = (s: number, h: number) => (h > 0 ? `${formatTall((s / h) * 100, 0, sprak)} %` : "–");
  return (
    <>
      <Breadcrumbs
        items={[{ label: tr("undersokelse.tittel"), href: "/undersokelser" }, { label: runde.navn }]}
      />
      <Heading level={1} data-size="lg">
        {runde.navn}
      </Heading>
      <Paragraph>
        {tr("undersokelse.runde.periode", {
          fra: formatDato(runde.startdato, sprak),
          til: formatDato(runde.sluttdato, sprak),
        })}
      </Paragraph>
      <Paragraph>
        {tr("undersokelse.runde.svarTotalt", { svar, husstander, prosent: prosent(svar, husstander) })}
      </Paragraph>
      {runde.lokale.length > 0 ? (
        <>
          <Heading level={2} data-size="sm">
            {tr("undersokelse.ny.lokale")}
          </Heading>
          <ul>
            {runde.lokale.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={2} data-size="md">
        {tr("undersokelse.runde.svarprosent")}
      </Heading>
      <div className="us-rull" role="region" aria-label={tr("undersokelse.runde.svarprosent")} tabIndex={0}>
        <Table zebra>
          <caption>{tr("undersokelse.runde.svarprosentTabell")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("undersokelse.kol.adresse")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("undersokelse.kol.bydel")}</Table.HeaderCell>
              <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.husstander")}</Table.HeaderCell>
              <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.brev")}</Table.HeaderCell>
              <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svar")}</Table.HeaderCell>
              <Table.HeaderCell className="us-tall">{tr("undersokelse.kol.svarprosent")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {runde.adresser.map((a) => (
              <Table.Row key={a.eiendomId}>
                <Table.HeaderCell scope="row">
                  {a.navn}
                  <br />
                  <small>{a.gateadresse}</small>
                </Table.HeaderCell>
                <Table.Cell>{a.bydel}</Table.Cell>
                <Table.Cell className="us-tall">{a.husstander}</Table.Cell>
                <Table.Cell className="us-tall">{a.brev}</Table.Cell>
                <Table.Cell className="us-tall">{a.svar}</Table.Cell>
                <Table.Cell className="us-tall">{prosent(a.svar, a.husstander)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>

      <Heading level={2} data-size="md">
        {tr("undersokelse.brev.tittel")}
      </Heading>
      <Paragraph>{tr("undersokelse.brev.ingress")}</Paragraph>
      <Form method="post" action={`/undersokelser/${runde.id}/brev`} reloadDocument className="us-skjema">
        <CsrfField />
        <Fieldset>
          <Fieldset.Legend>{tr("undersokelse.brev.adresser")}</Fieldset.Legend>
          <Fieldset.Description>{tr("undersokelse.brev.adresserHjelp")}</Fieldset.Description>
          <div className="us-adressevalg">
            {runde.adresser.map((a, i) => (
              <Checkbox
                key={a.eiendomId}
                id={`brev-${i}`}
                name="eiendom"
                value={a.eiendomId}
                label={a.navn}
              />
            ))}
          </div>
        </Fieldset>
        <Field>
          <Label htmlFor="brev-sprak">{tr("undersokelse.brev.sprak")}</Label>
          <Select id="brev-sprak" name="sprak" defaultValue="nb" aria-describedby="brev-sprak-hjelp">
            {brevsprak.map((s) => (
              <Select.Option key={s.sprak} value={s.sprak} lang={s.sprak}>
                {s.navn}
              </Select.Option>
            ))}
          </Select>
          <Paragraph id="brev-sprak-hjelp" data-size="sm">
            {tr("undersokelse.brev.sprakHjelp")}
          </Paragraph>
        </Field>
        <Button type="submit">{tr("undersokelse.brev.skrivUt")}</Button>
      </Form>

      <Heading level={2} data-size="md">
        {tr("undersokelse.runde.andreKanaler")}
      </Heading>
      <ul>
        {kanPapir ? (
          <li>
            <Link href="/undersokelser/papir">{tr("undersokelse.papir.tittel")}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/bomiljoundersokelse/kiosk">{tr("undersokelse.kiosk.lenke")}</Link>{" "}
          {tr("undersokelse.kiosk.forklaring")}
        </li>
      </ul>
    </>
  );
}
