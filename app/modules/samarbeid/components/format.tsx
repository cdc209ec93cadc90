import { Tag } from "@digdir/designsystemet-react";
import type { MessageKey } from "../../../i18n";
import { useT } from "../../../i18n/use-t";
import type { Aktivitetsstatus, Beboerorganstatus, Tiltaksstatus } from "../../../db/schema";

/** Catalogue keys for the module's enum values: `samarbeid.<gruppe>.<verdi>`. */
export const k = (gruppe: string, verdi: string) => `samarbeid.${gruppe}.${verdi}` as MessageKey;

export function useValg() {
  const tr = useT();
  return (gruppe: string, verdier: readonly string[]) =>
    verdier.map((v) => ({ verdi: v, tekst: tr(k(gruppe, v)) }));
}

const TILTAK_FARGE: Record<Tiltaksstatus, "info" | "warning" | "success" | "neutral"> = {
  apen: "info",
  pagar: "warning",
  utfort: "success",
  avbrutt: "neutral",
};

export function TiltakStatus({ status, forfalt }: { status: Tiltaksstatus; forfalt?: boolean }) {
  const tr = useT();
  return (
    <>
      <Tag data-color={TILTAK_FARGE[status]}>{tr(k("tiltaksstatus", status))}</Tag>
      {forfalt ? (
        <>
          {" "}
          <Tag data-color="danger">{tr("samarbeid.tiltak.forfalt")}</Tag>
        </>
      ) : null}
    </>
  );
}

const AKTIVITET_FARGE: Record<Aktivitetsstatus, "info" | "warning" | "success" | "neutral" | "danger"> = {
  planlagt: "info",
  bekreftet: "success",
  utsatt: "warning",
  avlyst: "danger",
  gjennomfort: "neutral",
};

export function AktivitetStatus({ status }: { status: Aktivitetsstatus }) {
  const tr = useT();
  return <Tag data-color={AKTIVITET_FARGE[status]}>{tr(k("aktivitetsstatus", status))}</Tag>;
}

export function OrganStatus({ status }: { status: Beboerorganstatus }) {
  const tr = useT();
  return (
    <Tag data-color={status === "aktiv" ? "success" : status === "nedlagt" ? "neutral" : "info"}>
      {tr(k("organstatus", status))}
    </Tag>
  );
}
