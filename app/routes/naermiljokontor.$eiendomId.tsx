import { Alert, Fieldset, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, redirect } from "react-router";
import type { Route } from "./+types/naermiljokontor.$eiendomId";
import "../modules/samarbeid/components/samarbeid.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { formatDato } from "../modules/housing-stock/format";
import { getKontor, lagreKontor, registrerKontakter } from "../modules/naermiljokontor/kontor.server";
import { sisteUker, TEMAER, TJENESTER, ukenummer } from "../modules/naermiljokontor/regler";
import {
  KontaktSchema,
  KontorSchema,
  tilKontorInput,
  tolk,
  type KontaktInput,
} from "../modules/naermiljokontor/schemas";
import { Avkrysning, Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.naermiljokontor");

/** /naermiljokontor/:eiendomId — one address's office: hours, room, services; counts per topic and week. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "naermiljokontor.les");
  const kontor = await getKontor({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    eiendomId: parseId(params.eiendomId),
  });
  const sok = new URL(request.url).searchParams;
  return {
    kontor,
    nokkel: randomUUID(),
    uker: sisteUker(todayInOslo()),
    lagret: sok.has("lagret"),
    registrert: sok.has("registrert"),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "naermiljokontor.endre");
  const eiendomId = parseId(params.eiendomId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, eiendomId };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent === "kontor") {
    const t = tolk(KontorSchema, form);
    if (!t.ok) return data<Skjemasvar>({ intent, feil: t.feil, verdier: t.verdier }, { status: 400 });
    const r = await lagreKontor({ ...ctx, input: tilKontorInput(t.data) });
    if (!r.ok) {
      const verdier = Object.fromEntries(
        [...form].filter(([n, v]) => n !== "_csrf" && n !== "versjon" && typeof v === "string"),
      ) as Record<string, string>;
      return data<Skjemasvar>({ intent, konflikt: true, verdier }, { status: 409 });
    }
    return redirect(`/naermiljokontor/${eiendomId}?lagret=1`);
  }
  if (intent === "kontakt") {
    const t = tolk(KontaktSchema, form);
    if (!t.ok) return data<Skjemasvar>({ intent, feil: t.feil, verdier: t.verdier }, { status: 400 });
    const r = await registrerKontakter({ ...ctx, input: t.data as KontaktInput });
    if (!r.ok) {
      return data<Skjemasvar>(
        {
          intent,
          melding: `naermiljo.feil.${r.grunn}` as MessageKey,
          verdier: Object.fromEntries(
            [...form].filter(([n, v]) => n !== "_csrf" && typeof v === "string"),
          ) as Record<string, string>,
        },
        { status: 409 },
      );
    }
    return redirect(`/naermiljokontor/${eiendomId}?registrert=1`);
  }
  fail("ugyldig");
}

export default function Naermiljokontor({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { kontor: k, nokkel, uker, lagret, registrert } = loaderData;
  const ukeTekst = (u: string) =>
    `${tr("naermiljo.ukeKort", { uke: String(ukenummer(u as never)) })} (${formatDato(u, sprak)})`;
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[{ label: tr("nav.naermiljokontor"), href: "/naermiljokontor" }, { label: k.adresse }]}
      />
      <Heading level={1} data-size="lg">
        {tr("naermiljo.tittel")}: {k.adresse}
      </Heading>
      <Paragraph>{k.bydel}</Paragraph>
      {lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("naermiljo.lagret")}</Paragraph>
        </Alert>
      ) : null}
      {registrert && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("naermiljo.registrert")}</Paragraph>
        </Alert>
      ) : null}
      <section className="sa-seksjon" aria-labelledby="kontoret">
        <Heading level={2} data-size="md" id="kontoret">
          {tr("naermiljo.kontoret")}
        </Heading>
        {k.kontor ? (
          <dl className="sa-kort" data-testid="kontoret">
            <dt>{tr("naermiljo.kol.apningstider")}</dt>
            <dd>{k.kontor.apningstider}</dd>
            <dt>{tr("naermiljo.kol.sted")}</dt>
            <dd>{k.kontor.sted}</dd>
            <dt>{tr("naermiljo.kol.tjenester")}</dt>
            <dd>
              {k.kontor.tjenester.length === 0
                ? tr("naermiljo.ingenTjenester")
                : k.kontor.tjenester.map((t) => tr(`naermiljo.tjeneste.${t}` as MessageKey)).join(", ")}
            </dd>
          </dl>
        ) : (
          <Paragraph>{tr("naermiljo.ingenKontor")}</Paragraph>
        )}
        {!k.kontakter ? <Paragraph>{tr("naermiljo.boligbyggSerIkke")}</Paragraph> : null}
      </section>
      {k.kanEndre ? (
        <section className="sa-seksjon" aria-labelledby="endre">
          <Heading level={2} data-size="md" id="endre">
            {tr("naermiljo.endre")}
          </Heading>
          <Skjema
            intent="kontor"
            svar={actionData}
            knapp={tr("naermiljo.lagre")}
            skjulte={{ versjon: k.kontor?.versjon ?? 0 }}
            etiketter={{ apningstider: tr("naermiljo.felt.apningstider"), sted: tr("naermiljo.felt.sted") }}
          >
            <Tekstfelt
              felt="apningstider"
              label={tr("naermiljo.felt.apningstider")}
              beskrivelse={tr("naermiljo.felt.apningstiderHjelp")}
              standard={k.kontor?.apningstider ?? ""}
            />
            <Tekstfelt
              felt="sted"
              label={tr("naermiljo.felt.sted")}
              beskrivelse={tr("naermiljo.felt.stedHjelp")}
              standard={k.kontor?.sted ?? ""}
            />
            <Fieldset>
              <Fieldset.Legend>{tr("naermiljo.felt.tjenester")}</Fieldset.Legend>
              {TJENESTER.map((t) => (
                <Avkrysning
                  key={t}
                  felt={`tjeneste_${t}`}
                  label={tr(`naermiljo.tjeneste.${t}` as MessageKey)}
                  standard={k.kontor?.tjenester.includes(t) ?? false}
                />
              ))}
            </Fieldset>
          </Skjema>
        </section>
      ) : null}
      {k.kontakter ? (
        <section className="sa-seksjon" aria-labelledby="kontakter">
          <Heading level={2} data-size="md" id="kontakter">
            {tr("naermiljo.kontakter")}
          </Heading>
          <Paragraph>{tr("naermiljo.kontakterBeskrivelse")}</Paragraph>
          <div className="sa-rull">
            <Table data-testid="kontakttabell">
              <caption className="ds-sr-only">{tr("naermiljo.kontakter")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("naermiljo.kol.tema")}</Table.HeaderCell>
                  {k.kontakter.uker.map((u) => (
                    <Table.HeaderCell key={u} title={formatDato(u, sprak)}>
                      {tr("naermiljo.ukeKort", { uke: String(ukenummer(u)) })}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell>{tr("naermiljo.kol.sum")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {TEMAER.map((tema) => {
                  const rad = k.kontakter!.tall[tema];
                  const sum = Object.values(rad).reduce((a, b) => a + b, 0);
                  return (
                    <Table.Row key={tema}>
                      <Table.HeaderCell scope="row">
                        {tr(`naermiljo.tema.${tema}` as MessageKey)}
                      </Table.HeaderCell>
                      {k.kontakter!.uker.map((u) => (
                        <Table.Cell key={u}>{rad[u] ?? 0}</Table.Cell>
                      ))}
                      <Table.Cell>{sum}</Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        </section>
      ) : null}
      {k.kanEndre && k.kontakter ? (
        <section className="sa-seksjon" aria-labelledby="registrer">
          <Heading level={2} data-size="md" id="registrer">
            {tr("naermiljo.registrer")}
          </Heading>
          {k.kontor ? (
            <>
              <Paragraph>{tr("naermiljo.registrerBeskrivelse")}</Paragraph>
              <Skjema
                intent="kontakt"
                svar={actionData}
                knapp={tr("naermiljo.registrerKnapp")}
                skjulte={{ idempotensnokkel: nokkel }}
                etiketter={{
                  uke: tr("naermiljo.felt.uke"),
                  tema: tr("naermiljo.felt.tema"),
                  antall: tr("naermiljo.felt.antall"),
                }}
              >
                <Valg
                  felt="uke"
                  label={tr("naermiljo.felt.uke")}
                  standard={uker[0]}
                  valg={uker.map((u) => ({ verdi: u, tekst: ukeTekst(u) }))}
                />
                <Valg
                  felt="tema"
                  label={tr("naermiljo.felt.tema")}
                  valg={[
                    { verdi: "", tekst: tr("naermiljo.velgTema") },
                    ...TEMAER.map((t) => ({ verdi: t, tekst: tr(`naermiljo.tema.${t}` as MessageKey) })),
                  ]}
                />
                <Tekstfelt
                  felt="antall"
                  type="number"
                  label={tr("naermiljo.felt.antall")}
                  beskrivelse={tr("naermiljo.felt.antallHjelp")}
                />
              </Skjema>
            </>
          ) : (
            <Paragraph>{tr("naermiljo.lagForst")}</Paragraph>
          )}
        </section>
      ) : null}
    </div>
  );
}
