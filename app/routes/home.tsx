import { Alert, Card, Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import type { Route } from "./+types/home";
import { can } from "../auth/policy.server";
import { roleLabel, useRootData } from "../components/layout";
import { FLAT_MENU_MAX, groupByOmrade, type NavItem } from "../components/navigation";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { countOwnDefectNews } from "../modules/mangelmelding/count-own-news.server";
import { useT } from "../i18n/use-t";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches);

export async function loader({ request, context }: Route.LoaderArgs) {
  const { actor } = requestState(context);
  return {
    utlogget: new URL(request.url).searchParams.get("utlogget") === "1",
    /** A resident's reports with a step from Boligbygg they have not seen (the notice of each step). */
    nyttIMangler:
      actor && can(actor, "egen_mangelmelding.melde")
        ? await countOwnDefectNews({ db: deps(context).db, actor })
        : 0,
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { actor } = useRootData();
  return (
    <>
      {loaderData.utlogget && !actor ? <LoggedOutNotice /> : null}
      {actor && loaderData.nyttIMangler > 0 ? <NyttIMangler antall={loaderData.nyttIMangler} /> : null}
      {actor ? <Dashboard actor={actor} /> : <Welcome />}
    </>
  );
}

function LoggedOutNotice() {
  const tr = useT();
  return (
    <Alert data-color="success" className="app-notice" role="status">
      <Paragraph>{tr("hjem.utlogget")}</Paragraph>
    </Alert>
  );
}

/** Boligbygg has moved one of the resident's reports on since they last looked. */
function NyttIMangler({ antall }: { antall: number }) {
  const tr = useT();
  return (
    <Alert data-color="info" className="app-notice">
      <Paragraph>
        {tr(antall === 1 ? "hjem.nyttIMangler.en" : "hjem.nyttIMangler", { antall })}{" "}
        <DsLink asChild>
          <Link to="/mangler">{tr("hjem.nyttIMangler.se")}</Link>
        </DsLink>
      </Paragraph>
    </Alert>
  );
}

/** Signed out: what Bomiljø is, and the way in. */
function Welcome() {
  const tr = useT();
  return (
    <section className="app-hero" aria-labelledby="hjem-tittel">
      <div className="app-hero__text">
        <Heading level={1} data-size="xl" id="hjem-tittel">
          {tr("hjem.tittel")}
        </Heading>
        <Paragraph data-size="lg" className="app-hero__lead">
          {tr("hjem.ingress")}
        </Paragraph>
        <Paragraph>{tr("hjem.avsnitt")}</Paragraph>
        <p>
          <Link to="/logg-inn" className="ds-button" data-variant="primary" reloadDocument>
            {tr("hjem.loggInn")}
          </Link>
        </p>
      </div>
    </section>
  );
}

/** Signed in: a greeting and one card per page the role may use (the same list as the main menu). */
function Dashboard({ actor }: { actor: { navn: string; rolle: string; enhet: string } }) {
  const tr = useT();
  const { navigation = [] } = useRootData();
  const rolle = roleLabel(actor.rolle, tr);
  const rolleInSentence = rolle.charAt(0).toLocaleLowerCase() + rolle.slice(1);
  const who =
    actor.rolle === "beboer" || !actor.enhet
      ? tr("hjem.rolle", { rolle: rolleInSentence })
      : tr("hjem.rolleOgEnhet", { rolle: rolleInSentence, enhet: actor.enhet });
  return (
    <div className="app-stack">
      <Heading level={1} data-size="lg">
        {tr("hjem.hilsen", { navn: actor.navn })}
      </Heading>
      <Paragraph data-size="lg">{who}</Paragraph>
      {navigation.length === 0 ? (
        <Paragraph>{tr("hjem.ingenSider")}</Paragraph>
      ) : navigation.length <= FLAT_MENU_MAX ? (
        <section aria-labelledby="dine-sider" className="app-section">
          <Heading level={2} data-size="sm" id="dine-sider">
            {tr("hjem.dineSider")}
          </Heading>
          <Kort items={navigation} />
        </section>
      ) : (
        groupByOmrade(navigation).map((group) => (
          <section key={group.omrade} aria-labelledby={`omrade-${group.omrade}`} className="app-section">
            <Heading level={2} data-size="sm" id={`omrade-${group.omrade}`}>
              {tr(`nav.omrade.${group.omrade}`)}
            </Heading>
            <Kort items={group.items} />
          </section>
        ))
      )}
    </div>
  );
}

/** One card per page; the whole card is clickable, the link is the heading. */
function Kort({ items }: { items: readonly NavItem[] }) {
  const tr = useT();
  return (
    <ul className="app-cards">
      {items.map((item) => {
        const id = `kort-${item.href.replace(/[^a-z0-9]+/g, "-")}`;
        return (
          <li key={item.href}>
            <Card data-color="neutral" data-clickdelegatefor={id} className="app-card">
              <Heading level={3} data-size="xs">
                <Link to={item.href} id={id}>
                  {tr(item.label)}
                </Link>
              </Heading>
              <Paragraph>{tr(item.description)}</Paragraph>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
