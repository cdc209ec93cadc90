import { Alert, Button, Fieldset, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/bomiljo.tiltak.$nummer";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { notFound } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { PlanStatus, Rullbar } from "../modules/bomiljo/components/status";
import { getBydelTiltak } from "../modules/bomiljo/get-bydel-tiltak.server";
import { BYDEL_TILTAK_STATUS, TILTAK_ANSVARLIG } from "../modules/bomiljo/oslostandard";
import { saveBydelTiltak } from "../modules/bomiljo/save-bydel-tiltak.server";
import { skjemaverdier, versjonFelt } from "../modules/bomiljo/schemas";
import { Avkrysning, Tekstfelt, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const navn = loaderData
    ? `${loaderData.rad.tiltak.nummer}. ${locale === "en" ? loaderData.rad.tiltak.titleEn : loaderData.rad.tiltak.tittel}`
    : t(locale, "bomiljo.plan.tittel");
  return [{ title: pageTitle(locale, navn) }];
};

function parseNummer(value: string | undefined): number {
  if (!value || !/^[0-9]{1,2}$/.test(value)) notFound();
  const n = Number(value);
  if (n < 1 || n > 15) notFound();
  return n;
}

const FELT = ["ansvarlig", "ansvarligPerson", "hvaSkalUtfores", "status", "fristType", "frist"] as const;

/** One measure of the district's plan: the standard's requirement, the district's row, and its history. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.les");
  const tiltak = await getBydelTiltak({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    today: todayInOslo(),
    nummer: parseNummer(params.nummer),
  });
  return { ...tiltak, lagret: new URL(request.url).searchParams.has("lagret") };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bomiljoplan.endre");
  const nummer = parseNummer(params.nummer);
  const form = await request.formData();
  const verdier = skjemaverdier(form, FELT);
  const versjon = versjonFelt.safeParse(form.get("versjon") ?? "");
  if (!versjon.success) return data({ feil: { skjema: "bomiljo.feil.skjema" }, verdier }, { status: 400 });
  try {
    const resultat = await saveBydelTiltak({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      nummer,
      versjon: versjon.data,
      input: verdier as never,
    });
    if (!resultat.ok) return data({ feil: resultat.feil, verdier }, { status: 422 });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data({ feil: { skjema: "bomiljo.feil.konflikt" }, verdier }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/bomiljo/tiltak/${nummer}?lagret=1`);
}

export default function BydelTiltakSide({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const navigation = useNavigation();
  const { bydel, rad, historikk, lagret } = loaderData;
  const tittel = `${rad.tiltak.nummer}. ${sprak === "en" ? rad.tiltak.titleEn : rad.tiltak.tittel}`;
  const feil = (actionData?.feil ?? {}) as Record<string, string>;
  const fe = (felt: string) => (feil[felt] ? tr(feil[felt] as MessageKey) : undefined);
  const v = actionData?.verdier ?? {
    ansvarlig: rad.ansvarlig,
    ansvarligPerson: rad.ansvarligPerson ?? "",
    hvaSkalUtfores: rad.hvaSkalUtfores,
    status: rad.status,
    fristType: rad.pagaende ? "pagaende" : rad.tidsfrist ? "dato" : "ingen",
    frist: rad.tidsfrist ?? "",
  };
  const fristTekst = (f: { pagaende: boolean; tidsfrist: string | null }) =>
    f.pagaende ? tr("bomiljo.frist.pagaende") : f.tidsfrist ? formatDato(f.tidsfrist, sprak) : "–";
  return (
    <div className="bm-side">
      <Breadcrumbs
        items={[
          { label: tr("bomiljo.plan.bydel", { bydel: bydel.navn }), href: "/bomiljo" },
          { label: tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Paragraph>
        <strong>{tr(`bomiljo.kravniva.${rad.tiltak.kravniva}` as MessageKey)}</strong>{" "}
        {tr("bomiljo.tiltak.kapittel", { kapittel: rad.tiltak.kapittel })}
      </Paragraph>
      <Paragraph>{rad.tiltak.krav}</Paragraph>
      <Paragraph>
        {tr("bomiljo.tiltak.naa")} <PlanStatus status={rad.forsinket ? "forsinket" : rad.status} />
      </Paragraph>
      {lagret && !actionData ? (
        <Alert data-color="success">
          <Paragraph>{tr("bomiljo.lagret")}</Paragraph>
        </Alert>
      ) : null}
      {feil.skjema ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tr(feil.skjema as MessageKey)}</Paragraph>
        </Alert>
      ) : null}
      <Form method="post" noValidate className="bm-skjema" aria-labelledby="skjema-tittel">
        <Heading level={2} data-size="md" id="skjema-tittel">
          {tr("bomiljo.tiltak.endre")}
        </Heading>
        <CsrfField />
        <input type="hidden" name="versjon" value={rad.versjon} />
        <Valgfelt
          name="ansvarlig"
          label={tr("bomiljo.kol.ansvarlig")}
          verdi={v.ansvarlig ?? ""}
          feil={fe("ansvarlig")}
          valg={TILTAK_ANSVARLIG.map((a) => ({
            verdi: a,
            tekst: tr(`bomiljo.ansvarlig.${a}` as MessageKey),
          }))}
        />
        <Tekstfelt
          name="ansvarligPerson"
          label={tr("bomiljo.kol.ansvarligPerson")}
          valgfri={tr("bomiljo.valgfri")}
          verdi={v.ansvarligPerson ?? ""}
          feil={fe("ansvarligPerson")}
          autoComplete="off"
        />
        <Tekstomrade
          name="hvaSkalUtfores"
          label={tr("bomiljo.kol.hvaSkalUtfores")}
          hjelp={tr("bomiljo.tiltak.hvaHjelp")}
          verdi={v.hvaSkalUtfores ?? ""}
          feil={fe("hvaSkalUtfores")}
          maxLength={4000}
        />
        <Fieldset>
          <Fieldset.Legend>{tr("bomiljo.kol.frist")}</Fieldset.Legend>
          {(["dato", "pagaende", "ingen"] as const).map((ft) => (
            <Avkrysning
              key={ft}
              type="radio"
              name="fristType"
              value={ft}
              idSuffiks={ft}
              label={tr(`bomiljo.fristType.${ft}` as MessageKey)}
              checked={v.fristType === ft}
            />
          ))}
        </Fieldset>
        <Tekstfelt
          name="frist"
          type="date"
          label={tr("bomiljo.frist.dato")}
          hjelp={tr("bomiljo.frist.hjelp")}
          verdi={v.frist ?? ""}
          feil={fe("frist")}
          bredde="kort"
        />
        <Valgfelt
          name="status"
          label={tr("bomiljo.kol.status")}
          verdi={v.status ?? ""}
          feil={fe("status")}
          valg={BYDEL_TILTAK_STATUS.map((s) => ({
            verdi: s,
            tekst: tr(`bomiljo.status.${s}` as MessageKey),
          }))}
        />
        <div className="bm-knapper">
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {tr("bomiljo.lagre")}
          </Button>
        </div>
      </Form>
      <section aria-labelledby="historikk-tittel" className="bm-side">
        <Heading level={2} data-size="md" id="historikk-tittel">
          {tr("bomiljo.historikk.tittel")}
        </Heading>
        {historikk.length === 0 ? (
          <Paragraph>{tr("bomiljo.historikk.ingen")}</Paragraph>
        ) : (
          <Rullbar label={tr("bomiljo.historikk.tittel")}>
            <Table zebra data-size="sm">
              <caption>{tr("bomiljo.historikk.tabell", { tiltak: tittel })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("bomiljo.kol.versjon")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.endret")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.endretAv")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.ansvarlig")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.ansvarligPerson")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.frist")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("bomiljo.kol.hvaSkalUtfores")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {historikk.map((h) => (
                  <Table.Row key={h.versjon}>
                    <Table.Cell>{h.versjon}</Table.Cell>
                    <Table.Cell>{formatDato(h.endret.slice(0, 10), sprak)}</Table.Cell>
                    <Table.Cell>{h.endretAvNavn}</Table.Cell>
                    <Table.Cell>
                      <PlanStatus status={h.status} />
                    </Table.Cell>
                    <Table.Cell>{tr(`bomiljo.ansvarlig.${h.ansvarlig}` as MessageKey)}</Table.Cell>
                    <Table.Cell>{h.ansvarligPerson ?? "–"}</Table.Cell>
                    <Table.Cell>{fristTekst(h)}</Table.Cell>
                    <Table.Cell className="bm-tekst">{h.hvaSkalUtfores || "–"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Rullbar>
        )}
      </section>
    </div>
  );
}
