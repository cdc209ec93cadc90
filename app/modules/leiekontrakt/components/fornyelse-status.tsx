import { Tag } from "@digdir/designsystemet-react";
import type { MessageKey } from "../../../i18n";
import { useT } from "../../../i18n/use-t";
import type { Tilstand } from "../fornyelsesstatus";

const FARGE: Record<Tilstand, "success" | "info" | "warning" | "danger" | "neutral"> = {
  fornyet: "success",
  avslag: "neutral",
  innvilget: "warning",
  til_behandling: "info",
  ingen_soknad: "danger",
};

/** The renewal state as a tag; the text always says it, the colour only helps. */
export function FornyelseTag({ tilstand }: { tilstand: Tilstand }) {
  const tr = useT();
  return (
    <Tag data-color={FARGE[tilstand]} data-size="sm">
      {tr(`lk.tilstand.${tilstand}` as MessageKey)}
    </Tag>
  );
}

/** "Bydelen har handlet" / "Bydelen har ikke handlet ennå", explicitly (Oslostandard 4.5). */
export function HandletTekst({ handlet }: { handlet: boolean }) {
  const tr = useT();
  return <span>{tr(handlet ? "lk.handlet.ja" : "lk.handlet.nei")}</span>;
}
