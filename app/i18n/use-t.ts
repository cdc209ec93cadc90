import { useCallback } from "react";
import { useRouteLoaderData } from "react-router";
import { DEFAULT_LOCALE, isLocale, t, type Locale, type MessageKey, type MessageParams } from "./index";

/**
 * The locale of this request, from the root loader. In an error boundary the
 * root loader's data may be missing; the page is then shown in bokmål.
 */
export function useLocale(): Locale {
  const root = useRouteLoaderData("root") as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/** `const tr = useT(); tr("app.loggInn")` — t() bound to the request's locale. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocale();
  return useCallback((key: MessageKey, params?: MessageParams) => t(locale, key, params), [locale]);
}
