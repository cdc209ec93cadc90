import { Button, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Form } from "react-router";
import type { Route } from "./+types/mangelmeldinger._index";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/mangelmelding/components/mangelmelding.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { BYDELER } from "../db/reference/bydeler";
import type { Alvorlighet } from "../db/schema";
import { useT } from "../i18n/use-t";
import { Avkrysning, Valgfelt } from "../components/skjema/felt";
import { ALVORLIGHETER, KO_GRENSE } from "../modules/mangelmelding/config";
import { Frist, useFristerTekst } from "../modules/mangelmelding/components/tidslinje";
import { listDefectQueue } from "../modules/mangelmelding/list-defect-queue.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mangel.ko.tittel");

/** Boligbygg's queue of defect reports, most urgent deadline first, filtered by plain GET parameters. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.behandle");
  const q = new URL(request.url).searchParams;
  const bydelId = BYDELER.some((b) => b.id === q.get("bydel")) ? (q.get("bydel") ?? undefined) : undefined;
  const alvorlighet = (ALVORLIGHETER as readonly string[]).includes(q.get("alvorlighet") ?? "")
    ? (q.get("alvorlighet") as Alvorlighet)
    : undefined;
  const filter = {
    visning: q.get("visning") === "lukket" ? ("lukket" as const) : ("apne" as const),
    bydelId,
    alvorlighet,
    kunForsinket: q.get("forsinket") === "1",
    kunNyInformasjon: q.get("nyInformasjon") === "1",
  };
  const ko = await listDefectQueue({ db: deps(context).db, actor, requestId: state.requestId, filter });
  return { ...ko, filter };
}

export default function Mangelko({ loaderData: d }: Route.ComponentProps) {
  const tr = useT();
  const { filter } = d;
  const frister = useFristerTekst();
  return (
    <div>
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("mangel.ko.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("mangel.ko.tittel")}
      </Heading>
      <Paragraph>{tr("mangel.ko.ingress", { frister })}</Paragraph>
      <Form method="get" action="/mangelmeldinger" className="mangel-filter">
        <Valgfelt
          name="visning"
          label={tr("mangel.ko.visning")}
          verdi={filter.visning}
          valg={(["apne", "lukket"] as const).map((v) => ({ verdi: v, tekst: tr(`mangel.ko.visning.${v}`) }))}
        />
        <Valgfelt
          name="bydel"
          label={tr("mangel.ko.bydel")}
          verdi={filter.bydelId ?? ""}
          tomtValg={tr("mangel.ko.alleBydeler")}
          valg={BYDELER.map((b) => ({ verdi: b.id, tekst: b.navn }))}
        />
        <Valgfelt
          name="alvorlighet"
          label={tr("mangel.alvorlighet")}
          verdi={filter.alvorlighet ?? ""}
          tomtValg={tr("mangel.ko.alle")}
          valg={ALVORLIGHETER.map((a) => ({ verdi: a, tekst: tr(`mangel.alvorlighet.${a}`) }))}
        />
        <Avkrysning
          type="checkbox"
          name="forsinket"
          value="1"
          checked={filter.kunForsinket}
          label={tr("mangel.ko.kunForsinket")}
        />
        <Avkrysning
          type="checkbox"
          name="nyInformasjon"
          value="1"
          checked={filter.kunNyInformasjon}
          label={tr("mangel.ko.kunNyInformasjon")}
        />
        <div>
          <Button type="submit" variant="secondary">
            {tr("mangel.ko.filtrer")}
          </Button>
        </div>
      </Form>
      <Paragraph role="status">
        {d.antall > d.rader.length
          ? tr("mangel.ko.viserForste", { vist: KO_GRENSE, antall: d.antall })
          : tr("mangel.ko.antall", { antall: d.antall })}
      </Paragraph>
      {d.rader.length === 0 ? (
        <Paragraph>{tr("mangel.ko.ingen")}</Paragraph>
      ) : (
        <div className="mangel-tabell-wrap">
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.melding")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.adresse")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.kilde")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.alvorlighet")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.status")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.frist")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("mangel.ko.kolonne.ansvarlig")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {d.rader.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link href={`/mangelmeldinger/${r.id}`}>{tr(`mangel.kategori.${r.kategori}`)}</Link>
                    {r.nyInformasjon ? (
                      <>
                        {" "}
                        <Tag data-color="info" data-size="sm">
                          {tr("mangel.ko.nyInformasjon")}
                        </Tag>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    {r.gateadresse} ({r.bydelNavn})
                  </Table.Cell>
                  <Table.Cell>{tr(`mangel.kilde.${r.kilde}`)}</Table.Cell>
                  <Table.Cell>{tr(`mangel.alvorlighet.${r.alvorlighet}`)}</Table.Cell>
                  <Table.Cell>{tr(`mangel.status.${r.status}`)}</Table.Cell>
                  <Table.Cell>
                    <Frist
                      fristDato={r.fristDato}
                      fristTidspunkt={r.fristTidspunkt}
                      forsinket={r.forsinket}
                      lukket={filter.visning === "lukket"}
                    />
                  </Table.Cell>
                  <Table.Cell>{r.ansvarlig ?? tr("mangel.ko.ikkeTildelt")}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
