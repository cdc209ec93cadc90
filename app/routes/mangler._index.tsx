import { Alert, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/mangler._index";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { formatDato } from "../modules/housing-stock/format";
import { Frist, formatTidspunkt } from "../modules/mangelmelding/components/tidslinje";
import { listOwnDefects } from "../modules/mangelmelding/list-own-defects.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mangel.mine.tittel");

/** The resident's own defect reports with the in-app notice of new steps (there is no e-mail or SMS). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_mangelmelding.melde");
  return { mangler: await listOwnDefects({ db: deps(context).db, actor, requestId: state.requestId }) };
}

export default function MineMangler({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const medNytt = loaderData.mangler.filter((m) => m.nye > 0).length;
  return (
    <div className="soknad-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("mangel.mine.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("mangel.mine.tittel")}
      </Heading>
      <Paragraph>{tr("mangel.mine.ingress")}</Paragraph>
      <Paragraph>
        <Link href="/mangler/ny">{tr("mangel.mine.ny")}</Link>
      </Paragraph>
      {medNytt > 0 ? (
        <Alert data-color="info" role="status">
          <Paragraph>{tr("mangel.mine.nytt", { antall: medNytt })}</Paragraph>
        </Alert>
      ) : null}
      {loaderData.mangler.length === 0 ? (
        <Paragraph>{tr("mangel.mine.ingen")}</Paragraph>
      ) : (
        <ul className="mangel-liste">
          {loaderData.mangler.map((m) => (
            <li key={m.id}>
              <Card>
                <Heading level={2} data-size="xs">
                  <Link href={`/mangler/${m.id}`}>{tr(`mangel.kategori.${m.kategori}`)}</Link>{" "}
                  {m.nye > 0 ? (
                    <Tag data-color="info" data-size="sm">
                      {tr("mangel.mine.nyMerke")}
                    </Tag>
                  ) : null}
                </Heading>
                <Paragraph>
                  {tr(`mangel.status.${m.status}`)}
                  {m.status === "planlagt" && m.planlagtDato
                    ? ` – ${tr("mangel.mine.planlagt", { dato: formatDato(m.planlagtDato, sprak) })}`
                    : ""}
                </Paragraph>
                <Paragraph data-size="sm">
                  {tr("mangel.mine.meldt", { dato: formatTidspunkt(m.mottatt, sprak) })}
                  {m.status === "mottatt" || m.status === "vurdert" || m.status === "planlagt" ? (
                    <>
                      {" · "}
                      {tr("mangel.detalj.frist")}:{" "}
                      <Frist
                        fristDato={m.fristDato}
                        fristTidspunkt={m.fristTidspunkt}
                        forsinket={m.forsinket}
                        lukket={false}
                      />
                    </>
                  ) : null}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
