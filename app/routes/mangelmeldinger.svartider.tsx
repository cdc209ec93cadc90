import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Form } from "react-router";
import type { Route } from "./+types/mangelmeldinger.svartider";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { Valgfelt } from "../components/skjema/felt";
import { formatDato, formatTall } from "../modules/housing-stock/format";
import "../modules/mangelmelding/components/mangelmelding.css";
import { MINSTE_CELLE_ANALYTIKER } from "../modules/mangelmelding/config";
import { getResponseTimes, type Svartidsrad } from "../modules/mangelmelding/response-times.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mangel.svartider.tittel");

/** Response times per district, and per address in one district (aggregates only). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.svartider");
  const bydelId = new URL(request.url).searchParams.get("bydel");
  const svartider = await getResponseTimes({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    bydelId,
  });
  return { ...svartider, analytiker: actor.rolle === "analytiker" };
}

function Tabell({ rader, tittel }: { rader: readonly Svartidsrad[]; tittel: string }) {
  const tr = useT();
  const sprak = useLocale();
  const tall = (n: number | null, desimaler: 0 | 1 = 0) =>
    n === null ? "–" : formatTall(n, desimaler, sprak);
  return (
    <div className="mangel-tabell-wrap">
      <Table zebra data-size="sm">
        <caption>{tittel}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{tr("mangel.svartider.navn")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("mangel.svartider.mottatt")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("mangel.svartider.lukket")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("mangel.svartider.median")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("mangel.svartider.andel")}</Table.HeaderCell>
            <Table.HeaderCell>{tr("mangel.svartider.forsinket")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rader.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">{r.navn}</Table.HeaderCell>
              {r.skjult ? (
                <Table.Cell colSpan={5}>{tr("mangel.svartider.skjult")}</Table.Cell>
              ) : (
                <>
                  <Table.Cell>{tall(r.mottatt)}</Table.Cell>
                  <Table.Cell>{tall(r.lukket)}</Table.Cell>
                  <Table.Cell>{tall(r.medianDager, 1)}</Table.Cell>
                  <Table.Cell>
                    {r.andelInnenFrist === null
                      ? "–"
                      : tr("mangel.svartider.prosent", { prosent: r.andelInnenFrist })}
                  </Table.Cell>
                  <Table.Cell>{tall(r.forsinket)}</Table.Cell>
                </>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export default function Svartider({ loaderData: d }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <div>
      <Breadcrumbs
        items={[{ label: tr("app.forside"), href: "/" }, { label: tr("mangel.svartider.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.svartider.tittel")}
      </Heading>
      <Paragraph>
        {tr("mangel.svartider.ingress", { fra: formatDato(d.fra, sprak), til: formatDato(d.til, sprak) })}
      </Paragraph>
      {d.analytiker ? (
        <Paragraph>
          {tr("mangel.svartider.kunBydel")}{" "}
          {tr("mangel.svartider.skjultForklaring", { antall: MINSTE_CELLE_ANALYTIKER })}
        </Paragraph>
      ) : null}
      <Heading level={2} data-size="md">
        {tr("mangel.svartider.bydeler")}
      </Heading>
      <Tabell rader={d.bydeler} tittel={tr("mangel.svartider.bydeler")} />
      {!d.analytiker && d.kanVelge.length > 1 ? (
        <Form method="get" action="/mangelmeldinger/svartider" className="mangel-filter">
          <Valgfelt
            name="bydel"
            label={tr("mangel.svartider.velgBydel")}
            verdi={d.valgtBydel?.id ?? ""}
            tomtValg={tr("soknad.velg")}
            valg={d.kanVelge.map((b) => ({ verdi: b.id, tekst: b.navn }))}
          />
          <div>
            <Button type="submit" variant="secondary">
              {tr("mangel.svartider.vis")}
            </Button>
          </div>
        </Form>
      ) : null}
      {d.adresser && d.valgtBydel ? (
        <>
          <Heading level={2} data-size="md">
            {tr("mangel.svartider.adresser", { bydel: d.valgtBydel.navn })}
          </Heading>
          <Tabell rader={d.adresser} tittel={tr("mangel.svartider.adresser", { bydel: d.valgtBydel.navn })} />
        </>
      ) : null}
    </div>
  );
}
