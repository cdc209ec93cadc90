import { Alert, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/mine-saker._index";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { listOwnCases } from "../modules/cases/list-own-cases.server";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.mineSaker");

/** The resident's own cases, newest first, with the status in plain words (the read is audited). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.les");
  return { saker: await listOwnCases({ db: deps(context).db, actor, requestId: state.requestId }) };
}

export default function MineSaker({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <div className="soknad-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("nav.mineSaker") }]} />
      <Heading level={1} data-size="lg">
        {tr("nav.mineSaker")}
      </Heading>
      <Paragraph>{tr("mineSaker.ingress")}</Paragraph>
      {loaderData.saker.length === 0 ? (
        <Alert data-color="info">
          <Paragraph>{tr("mineSaker.ingen")}</Paragraph>
          <Paragraph>
            <Link href="/soknad">{tr("nav.soknad")}</Link>
          </Paragraph>
        </Alert>
      ) : (
        <ul className="mine-saker-liste">
          {loaderData.saker.map((s) => (
            <li key={s.sakId}>
              <Card>
                <Heading level={2} data-size="xs">
                  <Link href={`/mine-saker/${s.sakId}`}>
                    {tr(`soknad.type.${s.type}`)} – {tr("mineSaker.saksnummer", { saksnummer: s.saksnummer })}
                  </Link>
                </Heading>
                <Paragraph>{tr(`mineSaker.status.${s.status}`)}</Paragraph>
                <Paragraph data-size="sm">
                  {tr("mineSaker.mottatt", { dato: formatDato(s.mottatt, sprak) })}
                  {s.forventetVedtak
                    ? ` ${tr("mineSaker.forventet", { dato: formatDato(s.forventetVedtak, sprak) })}`
                    : ""}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
