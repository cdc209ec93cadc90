import { Alert, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/hms._index";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { adresserForPlan, listKampanjer, planleggKampanje } from "../modules/hms/kampanjer.server";
import { KampanjeSchema, tolk, UTFORERE } from "../modules/hms/schemas";
import { verdierFra } from "../modules/samarbeid/schemas";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.hms");

/** /hms — HMS campaigns in the actor's districts (Boligbygg: all); the coordinator plans new ones. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "hms.les");
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const kanPlanlegge = can(actor, "hms.planlegge");
  const url = new URL(request.url);
  const eiendom = url.searchParams.get("eiendom") ?? "";
  const eiendomId = /^[0-9a-f-]{36}$/i.test(eiendom) ? eiendom.toLowerCase() : null;
  // `?fra=<bekymringId>`: planned from an anonymous concern (checked when saved: open, own district).
  const fra = url.searchParams.get("fra") ?? "";
  const bekymringId =
    kanPlanlegge && can(actor, "bekymring.behandle") && /^[0-9a-f-]{36}$/i.test(fra)
      ? fra.toLowerCase()
      : null;
  return {
    eiendomId,
    bekymringId,
    kampanjer: await listKampanjer({ ...ctx, eiendomId }),
    adresser: kanPlanlegge ? await adresserForPlan(ctx) : [],
    kanPlanlegge,
    nokkel: randomUUID(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "hms.planlegge");
  const form = await request.formData();
  if (form.get("intent") !== "planlegg") fail("ugyldig");
  const tolket = tolk(KampanjeSchema, form);
  if (!tolket.ok) return data<Skjemasvar>({ intent: "planlegg", ...tolket }, { status: 400 });
  try {
    const r = await planleggKampanje({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      input: tolket.data,
    });
    return redirect(`/hms/${r.id}`);
  } catch (error) {
    // The concern it was planned from was closed meanwhile (or is not the district's): nothing saved.
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data<Skjemasvar>(
        { intent: "planlegg", verdier: verdierFra(form), melding: "hms.feil.bekymringAvsluttet" },
        { status: 409 },
      );
    }
    throw error;
  }
}

export default function HmsKampanjer({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { kampanjer, adresser, kanPlanlegge, nokkel, eiendomId, bekymringId } = loaderData;
  return (
    <div className="sa-side">
      <Breadcrumbs items={[{ label: tr("nav.hms") }]} />
      <Heading level={1} data-size="lg">
        {tr("hms.tittel")}
      </Heading>
      <Paragraph>{tr("hms.ingress")}</Paragraph>
      <Paragraph>{tr("hms.boligbyggSerIkke")}</Paragraph>
      <section className="sa-seksjon" aria-labelledby="kampanjer">
        <Heading level={2} data-size="md" id="kampanjer">
          {tr("hms.kampanjer")}
        </Heading>
        {eiendomId ? (
          <Paragraph>
            <Link asChild>
              <RouterLink to="/hms">{tr("hms.visAlle")}</RouterLink>
            </Link>
          </Paragraph>
        ) : null}
        {kampanjer.length === 0 ? (
          <Paragraph>{tr("hms.ingenKampanjer")}</Paragraph>
        ) : (
          <div className="sa-rull">
            <Table>
              <caption className="ds-sr-only">{tr("hms.kampanjer")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("hms.kol.adresse")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.tittel")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.bydel")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.periode")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.utfores")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.ferdige")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {kampanjer.map((k) => (
                  <Table.Row key={k.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/hms/${k.id}`}>{k.adresse}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{k.tittel}</Table.Cell>
                    <Table.Cell>{k.bydel}</Table.Cell>
                    <Table.Cell className="sa-nowrap">
                      {tr("hms.periode", {
                        fra: formatDato(k.fraDato, sprak),
                        til: formatDato(k.tilDato, sprak),
                      })}
                    </Table.Cell>
                    <Table.Cell>{tr(`hms.utforer.${k.gjennomforesAv}` as MessageKey)}</Table.Cell>
                    <Table.Cell>
                      {k.ferdige} / {k.dorer}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      {kanPlanlegge ? (
        <section className="sa-seksjon" aria-labelledby="planlegg">
          <Heading level={2} data-size="md" id="planlegg">
            {tr("hms.planlegg")}
          </Heading>
          <Paragraph>{tr("hms.planleggBeskrivelse")}</Paragraph>
          {bekymringId ? (
            <Alert data-color="info">
              <Paragraph>{tr("hms.fraBekymring")}</Paragraph>
            </Alert>
          ) : null}
          <Skjema
            intent="planlegg"
            svar={actionData}
            knapp={tr("hms.lagreKampanje")}
            skjulte={bekymringId ? { idempotensnokkel: nokkel, bekymringId } : { idempotensnokkel: nokkel }}
            etiketter={{
              eiendomId: tr("hms.felt.eiendom"),
              tittel: tr("hms.felt.tittel"),
              fraDato: tr("hms.felt.fra"),
              tilDato: tr("hms.felt.til"),
              gjennomforesAv: tr("hms.felt.utfores"),
            }}
          >
            <Valg
              felt="eiendomId"
              label={tr("hms.felt.eiendom")}
              standard={eiendomId ?? ""}
              valg={[
                { verdi: "", tekst: tr("hms.velgAdresse") },
                ...adresser.map((a) => ({ verdi: a.id, tekst: a.navn })),
              ]}
            />
            <Tekstfelt felt="tittel" label={tr("hms.felt.tittel")} beskrivelse={tr("hms.felt.tittelHjelp")} />
            <Tekstfelt
              felt="fraDato"
              type="date"
              label={tr("hms.felt.fra")}
              beskrivelse={tr("hms.felt.datoHjelp")}
            />
            <Tekstfelt
              felt="tilDato"
              type="date"
              label={tr("hms.felt.til")}
              beskrivelse={tr("hms.felt.datoHjelp")}
            />
            <Valg
              felt="gjennomforesAv"
              label={tr("hms.felt.utfores")}
              valg={UTFORERE.map((u) => ({ verdi: u, tekst: tr(`hms.utforer.${u}` as MessageKey) }))}
            />
          </Skjema>
        </section>
      ) : null}
    </div>
  );
}
