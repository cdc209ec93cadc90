import { Alert, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/min-bolig";
import { requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { Kontaktkort } from "../modules/housing-stock/components/kontaktkort";
import { Fakta } from "../modules/housing-stock/components/register";
import { formatAreal, formatDato, formatKroner } from "../modules/housing-stock/format";
import { getMinBolig } from "../modules/housing-stock/get-min-bolig.server";
import { BoplanKort } from "../modules/leiekontrakt/components/boplan-kort";
import { FornyelseKort } from "../modules/leiekontrakt/components/fornyelse-kort";
import { getOwnBoplan } from "../modules/leiekontrakt/get-own-boplan.server";
import { getOwnRenewal } from "../modules/leiekontrakt/get-own-renewal.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.minBolig");

/** The resident's own unit, active lease and contact card (reading the lease is audited in the module). */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "minbolig.les");
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const minBolig = await getMinBolig(ctx);
  // leiekontrakt: the renewal notices and the renewal application (app/modules/leiekontrakt).
  const fornyelse = minBolig.leiekontrakt ? await getOwnRenewal(ctx) : null;
  const boplan = minBolig.leiekontrakt ? await getOwnBoplan(ctx) : null;
  return { ...minBolig, fornyelse, boplan };
}

export default function MinBoligSide({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bolig, leiekontrakt, kontakter, fornyelse, boplan } = loaderData;
  return (
    <>
      <Heading level={1} data-size="lg">
        {tr("nav.minBolig")}
      </Heading>
      {bolig && leiekontrakt ? (
        <div className="hs-kort">
          <Card>
            <Heading level={2} data-size="sm">
              {tr("minBolig.bolig.tittel")}
            </Heading>
            <Paragraph>
              {bolig.gateadresse}
              <br />
              {bolig.postnummer} {bolig.poststed}
            </Paragraph>
            <Fakta
              rader={[
                [tr("boliger.kol.bolignummer"), bolig.bolignummer],
                [tr("boliger.kol.rom"), String(bolig.rom)],
                [tr("boliger.kol.areal"), formatAreal(bolig.arealM2, sprak)],
                [tr("boliger.kol.etasje"), String(bolig.etasje)],
              ]}
            />
          </Card>
          <Card>
            <Heading level={2} data-size="sm">
              {tr("minBolig.kontrakt.tittel")}
            </Heading>
            <Fakta
              rader={[
                [tr("boliger.bolig.start"), formatDato(leiekontrakt.startdato, sprak)],
                [
                  tr("boliger.bolig.slutt"),
                  leiekontrakt.sluttdato
                    ? formatDato(leiekontrakt.sluttdato, sprak)
                    : tr("boliger.utenSluttdato"),
                ],
                [
                  tr("boliger.bolig.husleie"),
                  tr("boliger.perMaaned", { belop: formatKroner(leiekontrakt.husleieKr, sprak) }),
                ],
              ]}
            />
            {leiekontrakt.sluttdato && !fornyelse ? (
              <Paragraph data-size="sm">{tr("minBolig.kontrakt.fornyelse")}</Paragraph>
            ) : null}
          </Card>
        </div>
      ) : (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {tr("minBolig.ingen.tittel")}
          </Heading>
          <Paragraph>{tr("minBolig.ingen.tekst")}</Paragraph>
        </Alert>
      )}
      {fornyelse ? <FornyelseKort fornyelse={fornyelse} /> : null}
      {boplan ? <BoplanKort maal={boplan.maal} nesteGjennomgang={boplan.nesteGjennomgang} /> : null}
      <Kontaktkort kontakter={kontakter} />
    </>
  );
}
