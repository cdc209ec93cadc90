import { Button, SkipLink } from "@digdir/designsystemet-react";
import { EnterIcon, GlobeIcon, LeaveIcon } from "@navikt/aksel-icons";
import { Form, Link, useLocation, useRouteLoaderData } from "react-router";
import { isRolle } from "../auth/actor";
import type { Locale } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { CsrfField } from "./csrf-field";
import { activeHref, FLAT_MENU_MAX, groupByOmrade, type NavItem } from "./navigation";

export type LayoutActor = { navn: string; rolle: string; enhet: string } | null;

/**
 * What the layout reads from the root loader. In the error boundary the root
 * loader may not have run: then everything is missing and the page is shown
 * signed out, in bokmål, without navigation.
 */
type RootData = { actor?: LayoutActor; navigation?: NavItem[]; locale?: Locale };

export function useRootData(): RootData {
  return (useRouteLoaderData("root") as RootData | undefined) ?? {};
}

/** The page frame: skip link, header with product name, user and language, main menu, footer. */
export function Layout({ children }: { children: React.ReactNode }) {
  const tr = useT();
  const { actor = null, navigation = [] } = useRootData();
  const { pathname, search } = useLocation();
  const current = activeHref(navigation, pathname);

  return (
    <div className="app-shell">
      <SkipLink href="#hovedinnhold">{tr("app.hoppTilInnhold")}</SkipLink>
      <header className="app-header">
        <div className="app-container app-header__bar">
          <Link to="/" className="app-brand">
            <span className="app-brand__owner">{tr("app.eier")}</span>
            <span className="app-brand__name">{tr("app.navn")}</span>
          </Link>
          <div className="app-header__tools">
            {actor ? <UserPanel actor={actor} /> : null}
            {actor ? <LogoutForm /> : null}
            <LanguageSwitch />
            {actor ? null : (
              <Link
                to={loginHref(pathname, search)}
                className="ds-button"
                data-variant="primary"
                data-size="sm"
                reloadDocument
              >
                <EnterIcon aria-hidden fontSize="1.25em" />
                {tr("app.loggInn")}
              </Link>
            )}
          </div>
        </div>
        {navigation.length > 0 ? (
          <nav aria-label={tr("app.hovedmeny")} className="app-nav">
            {navigation.length <= FLAT_MENU_MAX ? (
              <ul className="app-container app-nav__list">
                {navigation.map((item) => (
                  <li key={item.href}>
                    <NavLink item={item} current={current} />
                  </li>
                ))}
              </ul>
            ) : (
              // Keyed by the path so every drop-down is closed again after a navigation.
              <GroupedMenu key={pathname} navigation={navigation} current={current} />
            )}
          </nav>
        ) : null}
      </header>
      <main id="hovedinnhold" className="app-container app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <div className="app-container app-footer__inner">
          <div>
            <p className="app-footer__brand">
              {tr("app.eier")} · {tr("app.navn")}
            </p>
            <p className="app-footer__about">{tr("app.bunntekst.om")}</p>
          </div>
          <nav aria-label={tr("app.bunntekst.lenker")}>
            <ul className="app-footer__links">
              <li>
                <Link to="/personvern">{tr("app.bunntekst.personvern")}</Link>
              </li>
              <li>
                <Link to="/tilgjengelighet">{tr("app.bunntekst.tilgjengelighet")}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}

function NavLink({ item, current }: { item: NavItem; current: string | null }) {
  const tr = useT();
  return (
    <Link to={item.href} className="app-nav__link" aria-current={item.href === current ? "page" : undefined}>
      {tr(item.label)}
    </Link>
  );
}

/**
 * A long menu (a coordinator has fifteen pages) as one drop-down per area of work: a native `<details>`, so it
 * opens with the keyboard and without JavaScript. An area with one page is a plain link. The area holding the
 * current page is marked.
 */
function GroupedMenu({ navigation, current }: { navigation: readonly NavItem[]; current: string | null }) {
  const tr = useT();
  return (
    <ul className="app-container app-nav__list">
      {groupByOmrade(navigation).map((group) =>
        group.items.length === 1 ? (
          <li key={group.omrade}>
            <NavLink item={group.items[0]!} current={current} />
          </li>
        ) : (
          <li key={group.omrade} className="app-nav__group">
            <details>
              <summary
                className="app-nav__link"
                data-current={group.items.some((item) => item.href === current) ? "true" : undefined}
              >
                {tr(`nav.omrade.${group.omrade}`)}
              </summary>
              <ul className="app-nav__panel">
                {group.items.map((item) => (
                  <li key={item.href}>
                    <NavLink item={item} current={current} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ),
      )}
    </ul>
  );
}

/** The login page, coming back here afterwards (not from the front page or the login page itself). */
function loginHref(pathname: string, search: string): string {
  if (pathname === "/" || pathname.startsWith("/logg-inn")) return "/logg-inn";
  return `/logg-inn?returnTo=${encodeURIComponent(`${pathname}${search}`)}`;
}

/** Who is signed in: name, role and unit (residents have no unit to show). */
function UserPanel({ actor }: { actor: NonNullable<LayoutActor> }) {
  const tr = useT();
  return (
    <div className="app-user">
      <span className="app-user__name">{actor.navn}</span>
      <span className="app-user__role">{roleAndUnit(actor, tr)}</span>
    </div>
  );
}

export function roleLabel(rolle: string, tr: ReturnType<typeof useT>): string {
  return isRolle(rolle) ? tr(`rolle.${rolle}`) : rolle;
}

function roleAndUnit(actor: NonNullable<LayoutActor>, tr: ReturnType<typeof useT>): string {
  const rolle = roleLabel(actor.rolle, tr);
  return actor.rolle === "beboer" || !actor.enhet ? rolle : `${rolle}, ${actor.enhet}`;
}

/** A full page load on logout: no client state survives the session. */
function LogoutForm() {
  const tr = useT();
  return (
    <Form method="post" action="/auth/logg-ut" reloadDocument className="app-logout">
      <CsrfField />
      <Button type="submit" variant="secondary" data-size="sm">
        <LeaveIcon aria-hidden fontSize="1.25em" />
        {tr("app.loggUt")}
      </Button>
    </Form>
  );
}

/** A plain form, so switching language works without JavaScript; the server redirects back here. */
function LanguageSwitch() {
  const tr = useT();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const target: Locale = locale === "nb" ? "en" : "nb";
  return (
    <Form method="post" action="/sprak" reloadDocument className="app-language">
      <CsrfField />
      <input type="hidden" name="sprak" value={target} />
      <input type="hidden" name="tilbake" value={`${pathname}${search}`} />
      <Button
        type="submit"
        variant="tertiary"
        data-size="sm"
        lang={target}
        aria-label={tr("app.sprak.byttBeskrivelse")}
      >
        <GlobeIcon aria-hidden fontSize="1.25em" />
        {tr("app.sprak.bytt")}
      </Button>
    </Form>
  );
}
