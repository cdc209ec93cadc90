import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/sprak";
import { deps } from "../context";
import { LOCALES } from "../i18n";
import { fail, notFound } from "../lib/errors";

export const LANGUAGE_COOKIE = "sprak";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const LanguageForm = z.object({
  sprak: z.enum(LOCALES),
  tilbake: z.string().max(2000).optional(),
});

/**
 * Where to go back to after switching language: a path on this site only.
 * Anything else ("//evil.example", "https://…", "/\\evil") goes to the front page,
 * so the form cannot be used as an open redirect.
 */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return "/";
  try {
    const url = new URL(value, "http://bomiljo.invalid");
    if (url.origin !== "http://bomiljo.invalid") return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/** The Set-Cookie value for the chosen language: one year, whole site, not readable by scripts. */
export function languageCookie(locale: (typeof LOCALES)[number], secure: boolean): string {
  const parts = [
    `${LANGUAGE_COOKIE}=${locale}`,
    "Path=/",
    `Max-Age=${ONE_YEAR_SECONDS}`,
    "SameSite=Lax",
    "HttpOnly",
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** POST /sprak: remember the language and go back to the page the user was on. Works without JavaScript. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const parsed = LanguageForm.safeParse({
    sprak: form.get("sprak"),
    tilbake: form.get("tilbake") ?? undefined,
  });
  if (!parsed.success) fail("ugyldig");
  const secure = deps(context).config.publicUrl.startsWith("https://");
  return redirect(safeReturnPath(parsed.data.tilbake), {
    status: 303,
    headers: { "Set-Cookie": languageCookie(parsed.data.sprak, secure) },
  });
}

/** Switching language changes state, so it is a form POST only; there is no page here. */
export function loader(): never {
  notFound();
}
