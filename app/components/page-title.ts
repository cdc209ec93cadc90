import { DEFAULT_LOCALE, isLocale, t, type Locale, type MessageKey, type MessageParams } from "../i18n";

type MetaMatchLike = { id: string; loaderData?: unknown } | undefined;

/** The request's locale as seen from a meta function (the root loader's data, when there is any). */
export function metaLocale(matches: readonly MetaMatchLike[]): Locale {
  const root = matches.find((match) => match?.id === "root")?.loaderData as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/** "Boligregister – Bomiljø"; the bare product name when there is no page name. */
export function pageTitle(locale: Locale, page?: string): string {
  return page ? t(locale, "app.sidetittel", { side: page }) : t(locale, "app.navn");
}

/**
 * The meta for a page whose title is a catalogue key:
 * `export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.boliger");`
 * For a title built from data, use `pageTitle(metaLocale(matches), name)`.
 */
export function titleMeta(
  matches: readonly MetaMatchLike[],
  key?: MessageKey,
  params?: MessageParams,
): [{ title: string }] {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, key ? t(locale, key, params) : undefined) }];
}
