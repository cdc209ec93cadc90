import { Alert, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/mangler.$mangelmeldingId";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Frist, Tidslinje, formatTidspunkt } from "../modules/mangelmelding/components/tidslinje";
import { getOwnDefect } from "../modules/mangelmelding/get-own-defect.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const kategori = loaderData ? t(locale, `mangel.kategori.${loaderData.mangel.kategori}`) : undefined;
  return [
    { title: pageTitle(locale, kategori ? t(locale, "mangel.detalj.tittel", { kategori }) : undefined) },
  ];
};

/** One of the resident's own reports with its timeline; visiting marks new steps as seen. Another's is 404. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_mangelmelding.melde");
  const detalj = await getOwnDefect({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    id: parseId(params.mangelmeldingId),
  });
  return { ...detalj, kvittering: new URL(request.url).searchParams.get("kvittering") === "1" };
}

export default function MinMangel({ loaderData: d }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const m = d.mangel;
  const kategori = tr(`mangel.kategori.${m.kategori}`);
  const apen = m.lukket === null;
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("mangel.mine.tittel"), href: "/mangler" },
          { label: tr("mangel.detalj.tittel", { kategori }) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.detalj.tittel", { kategori })}
      </Heading>
      {d.kvittering ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("mangel.kvittering")}</Paragraph>
        </Alert>
      ) : null}
      <Card>
        <dl className="mangel-fakta">
          <dt>{tr("mangel.ko.kolonne.status")}</dt>
          <dd>{tr(`mangel.status.${m.status}`)}</dd>
          {apen ? (
            <>
              <dt>{tr("mangel.detalj.frist")}</dt>
              <dd>
                <Frist
                  fristDato={m.fristDato}
                  fristTidspunkt={m.fristTidspunkt}
                  forsinket={m.forsinket}
                  lukket={false}
                />
              </dd>
            </>
          ) : null}
          <dt>{tr("mangel.detalj.adresse")}</dt>
          <dd>{d.gateadresse}</dd>
        </dl>
      </Card>
      <Heading level={2} data-size="md">
        {tr("mangel.detalj.tidslinje")}
      </Heading>
      <Tidslinje steg={d.steg} />
      {m.status === "mottatt" ? <Paragraph>{tr("mangel.steg.neste")}</Paragraph> : null}
      <Heading level={2} data-size="md">
        {tr("mangel.detalj.dinMelding")}
      </Heading>
      <dl className="mangel-fakta">
        <dt>{tr("mangel.detalj.mottatt")}</dt>
        <dd>{formatTidspunkt(m.mottatt, sprak)}</dd>
        <dt>{tr("mangel.detalj.hvor")}</dt>
        <dd>
          {tr(`mangel.sted.${m.sted}`)}
          {m.stedDetalj ? ` – ${m.stedDetalj}` : ""}
        </dd>
        <dt>{tr("mangel.detalj.hastegrad")}</dt>
        <dd>{tr(`mangel.hastegrad.${m.hastegrad}`)}</dd>
        <dt>{tr("mangel.beskrivelse")}</dt>
        <dd className="mangel-steg-tekst">{m.beskrivelse}</dd>
      </dl>
      {d.bilder.length > 0 ? (
        <ul className="mangel-bilder">
          {d.bilder.map((b) => (
            <li key={b.id}>
              <Link href={`/mangler/${m.id}/bilder/${b.id}`}>
                <img
                  src={`/mangler/${m.id}/bilder/${b.id}`}
                  alt={tr("mangel.detalj.bilde", { nummer: b.nummer })}
                  width={b.bredde}
                  height={b.hoyde}
                />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <Paragraph>
        <Link href="/mangler">{tr("mangel.mine.tittel")}</Link>
      </Paragraph>
    </div>
  );
}
