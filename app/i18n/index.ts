import { en } from "./en";
import { nb, type MessageKey } from "./nb";

export type { MessageKey } from "./nb";

export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { nb, en };

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.hasOwn(nb, value);
}

/**
 * The message for `key` in `locale`, with {placeholders} filled from `params`.
 * An unknown locale falls back to bokmål; a missing parameter is left as written
 * so the gap is visible rather than silently empty.
 */
export function t(
  locale: Locale | string | null | undefined,
  key: MessageKey,
  params?: MessageParams,
): string {
  const catalogue = CATALOGUES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  const message = catalogue[key] ?? nb[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a message uses, e.g. ["navn"] for "Hei, {navn}". */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}
