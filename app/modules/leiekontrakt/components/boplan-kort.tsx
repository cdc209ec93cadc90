import { Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Boplanmaal } from "../../../db/schema";
import type { MessageKey } from "../../../i18n";
import { useLocale, useT } from "../../../i18n/use-t";
import { formatDato } from "../../housing-stock/format";

/** Min bolig: the goal of the resident's boplan and a link to see and comment on it. */
export function BoplanKort({
  maal,
  nesteGjennomgang,
}: {
  maal: Boplanmaal;
  nesteGjennomgang: string | null;
}) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <Card>
      <Heading level={2} data-size="sm">
        {tr("bp.min.tittel")}
      </Heading>
      <Paragraph>
        {tr("bp.min.maal", { maal: tr(`bp.maal.${maal}` as MessageKey) })}
        {nesteGjennomgang
          ? ` ${tr("bp.min.gjennomgang", { dato: formatDato(nesteGjennomgang, sprak) })}`
          : ""}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/min-bolig/boplan">{tr("bp.min.lenke")}</RouterLink>
        </Link>
      </Paragraph>
    </Card>
  );
}
