import { Alert, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { Route } from "./+types/mangelmeldinger.registrert";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/mangelmelding/components/mangelmelding.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { formatDato } from "../modules/housing-stock/format";
import { Frist, formatTidspunkt } from "../modules/mangelmelding/components/tidslinje";
import { KO_GRENSE } from "../modules/mangelmelding/config";
import { listRegisteredDefects } from "../modules/mangelmelding/list-registered-defects.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mangel.registrert.tittel");

/** The defect reports this staff member registered, newest first, with their status as it is now. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.registrere");
  const liste = await listRegisteredDefects({ db: deps(context).db, actor, requestId: state.requestId });
  const ny = new URL(request.url).searchParams.get("ny");
  return {
    ...liste,
    ny: ny && liste.rader.some((r) => r.id === ny) ? ny : null,
    kanBehandle: can(actor, "mangelmelding.behandle"),
  };
}

export default function RegistrerteMangler({ loaderData: d }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <div className="app-stack">
      <Breadcrumbs
        items={[{ label: tr("app.forside"), href: "/" }, { label: tr("mangel.registrert.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.registrert.tittel")}
      </Heading>
      {d.ny ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("mangel.registrert.kvittering")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{tr("mangel.registrert.ingress")}</Paragraph>
      <Paragraph>
        <Link href="/mangelmeldinger/ny">{tr("mangel.registrert.ny")}</Link>
      </Paragraph>
      <Paragraph role="status">
        {d.antall > d.rader.length
          ? tr("mangel.ko.viserForste", { vist: KO_GRENSE, antall: d.antall })
          : tr("mangel.ko.antall", { antall: d.antall })}
      </Paragraph>
      {d.rader.length === 0 ? (
        <Paragraph>{tr("mangel.registrert.ingen")}</Paragraph>
      ) : (
        <div className="mangel-tabell-wrap">
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.melding")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.adresse")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.registrert.kolonne.registrert")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.registrert.kolonne.hvaSkjer")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {d.rader.map((r) => (
                <Table.Row key={r.id} aria-current={r.id === d.ny ? "true" : undefined}>
                  <Table.Cell>
                    {/* Boligbygg opens its handling page; others the timeline of what they registered. */}
                    <Link
                      href={
                        d.kanBehandle ? `/mangelmeldinger/${r.id}` : `/mangelmeldinger/registrert/${r.id}`
                      }
                    >
                      {tr(`mangel.kategori.${r.kategori}`)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {r.gateadresse}
                    {r.bolignummer ? `, ${tr("mangel.behandle.bolig", { nummer: r.bolignummer })}` : ""} (
                    {r.bydelNavn})
                  </Table.Cell>
                  <Table.Cell>{formatTidspunkt(r.mottatt, sprak)}</Table.Cell>
                  <Table.Cell>{tr(`mangel.status.${r.status}`)}</Table.Cell>
                  <Table.Cell>
                    {r.resultat ? (
                      <span className="mangel-steg-tekst">{r.resultat}</span>
                    ) : r.planlagtDato ? (
                      tr("mangel.mine.planlagt", { dato: formatDato(r.planlagtDato, sprak) })
                    ) : (
                      <Frist
                        fristDato={r.fristDato}
                        fristTidspunkt={r.fristTidspunkt}
                        forsinket={r.forsinket}
                        lukket={false}
                      />
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
