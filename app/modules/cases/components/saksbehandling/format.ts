import type { Saksstatus, Sakstype } from "../../../../db/schema";
import type { MessageKey } from "../../../../i18n";

type Sprak = "nb" | "en";
const INTL: Record<Sprak, string> = { nb: "nb-NO", en: "en-GB" };

/** "2026-03-16" → "16. mars 2026" (a calendar date is already an Oslo date). */
export function formatDato(iso: string | null | undefined, sprak: Sprak = "nb"): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(INTL[sprak], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** An instant as Oslo date and time: "16. mars 2026 kl. 14:05". */
export function formatTidspunkt(t: Date | string, sprak: Sprak = "nb"): string {
  return new Intl.DateTimeFormat(INTL[sprak], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Oslo",
  }).format(typeof t === "string" ? new Date(t) : t);
}

export const statusKey = (s: Saksstatus) => `saker.status.${s}` as MessageKey;
export const typeKey = (t: Sakstype) => `saker.type.${t}` as MessageKey;

/** Designsystemet colour per case state (the text still says it). */
export const STATUS_FARGE: Record<Saksstatus, "neutral" | "success" | "info" | "warning" | "danger"> = {
  mottatt: "info",
  under_behandling: "neutral",
  venter_dokumentasjon: "warning",
  vedtatt: "success",
  klage_sen_vurdering: "warning",
  klage_under_forberedelse: "warning",
  klage_oversendt: "info",
  avsluttet: "neutral",
};
