import { Tag } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { MessageKey } from "../../../i18n";
import { useT } from "../../../i18n/use-t";
import "./bomiljo.css";

type Farge = "neutral" | "info" | "warning" | "success" | "danger";

const FARGE: Record<string, Farge> = {
  ikke_startet: "neutral",
  planlagt: "info",
  i_gang: "warning",
  pa_plass: "success",
  gjennomfort: "success",
  avsluttet: "neutral",
  forsinket: "danger",
};

/** A status as a coloured tag with its name in words (never colour alone). */
export function PlanStatus({ status }: { status: string }) {
  const tr = useT();
  return (
    <Tag data-color={FARGE[status] ?? "neutral"} data-size="sm">
      {tr(`bomiljo.status.${status}` as MessageKey)}
    </Tag>
  );
}

/** A wide table that scrolls sideways on a phone; focusable so keyboard users can scroll it. */
export function Rullbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="bm-rull" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
