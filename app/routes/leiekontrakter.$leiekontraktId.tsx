import { Alert, Button, Card, ErrorSummary, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/leiekontrakter.$leiekontraktId";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { feltId, Tekstfelt, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import { Fakta } from "../modules/housing-stock/components/register";
import { formatDato, formatKroner } from "../modules/housing-stock/format";
import { FornyelseTag, HandletTekst } from "../modules/leiekontrakt/components/fornyelse-status";
import { getLease } from "../modules/leiekontrakt/get-lease.server";
import { endLease } from "../modules/leiekontrakt/end-lease.server";
import { leiekontraktIScope } from "../modules/leiekontrakt/queries.server";
import { renewLease } from "../modules/leiekontrakt/renew-lease.server";
import {
  AVSLUTNINGSGRUNNER,
  avslutningSchema,
  feltfeil,
  fornyLeiekontraktSchema,
} from "../modules/leiekontrakt/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "lk.kontrakt.tittel");

/**
 * /leiekontrakter/:leiekontraktId — one lease: parties, dates, rent, renewal links (leiekontrakt.les: the
 * caseworker of the district, the property manager); for the caseworker also the renewal state and, after a
 * granted renewal decision, the form that makes the new lease.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "leiekontrakt.les");
  const kontrakt = await getLease({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    leiekontraktId: parseId(params.leiekontraktId),
  });
  return {
    kontrakt,
    kanBoplan: can(actor, "boplan.behandle"),
    kanAvslutte: can(actor, "leiekontrakt.avslutte"),
    idag: todayInOslo(),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "leiekontrakt.les");
  const leiekontraktId = parseId(params.leiekontraktId);
  const db = deps(context).db;
  // A lease outside the actor's scope is "not found" before the form is even read.
  if (!(await leiekontraktIScope(db, actor, leiekontraktId))) fail("ikke_funnet");
  const form = await request.formData();
  const felt = (navn: string) => String(form.get(navn) ?? "").slice(0, 5000);
  const handling = felt("handling");
  const ctx = { db, actor, requestId: state.requestId };
  if (handling === "forny") {
    requirePermission(actor, "fornyelse.behandle");
    const verdier = { vedtakId: felt("vedtakId"), husleie: felt("husleie") };
    const sjekk = fornyLeiekontraktSchema.safeParse(verdier);
    if (!sjekk.success) return data({ handling, feil: feltfeil(sjekk.error), verdier }, { status: 422 });
    const { nyLeiekontraktId } = await renewLease({
      ...ctx,
      leiekontraktId,
      vedtakId: sjekk.data.vedtakId,
      husleieKr: sjekk.data.husleie,
    });
    return redirect(`/leiekontrakter/${nyLeiekontraktId}`);
  }
  if (handling === "avslutt") {
    requirePermission(actor, "leiekontrakt.avslutte");
    const verdier = {
      utflyttet: felt("utflyttet"),
      grunn: felt("grunn"),
      boligStatus: felt("boligStatus"),
      merknad: felt("merknad"),
    };
    const sjekk = avslutningSchema.safeParse(verdier);
    if (!sjekk.success) return data({ handling, feil: feltfeil(sjekk.error), verdier }, { status: 422 });
    try {
      await endLease({ ...ctx, leiekontraktId, input: sjekk.data });
    } catch (error) {
      const code = (error as { data?: { code?: string } } | null)?.data?.code;
      if (code === "ugyldig") {
        return data(
          {
            handling,
            feil: { utflyttet: "Datoen kan ikke være etter i dag eller før kontrakten startet" },
            verdier,
          },
          { status: 422 },
        );
      }
      // Already ended (e.g. a double click): the page shows the recorded end.
      if (code === "konflikt") return redirect(`/leiekontrakter/${leiekontraktId}`);
      throw error;
    }
    return redirect(`/leiekontrakter/${leiekontraktId}?avsluttet=1`);
  }
  return data(
    { handling: null, feil: {} as Record<string, string>, verdier: {} as Record<string, string> },
    { status: 400 },
  );
}

export default function Leiekontrakt({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { kontrakt: k, kanBoplan, kanAvslutte, idag } = loaderData;
  const f = k.fornyelse;
  const feil = actionData?.handling === "forny" ? (actionData.feil as Record<string, string>) : undefined;
  const avFeil = actionData?.handling === "avslutt" ? (actionData.feil as Record<string, string>) : undefined;
  const avVerdi = (navn: string, standard: string) =>
    actionData?.handling === "avslutt"
      ? ((actionData.verdier as Record<string, string>)[navn] ?? standard)
      : standard;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("nav.leiekontrakter"), href: "/leiekontrakter" },
          { label: tr("lk.kontrakt.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("lk.kontrakt.tittel")}
      </Heading>
      <Paragraph>
        {k.bolig.adresse}, {tr("lk.bolignummer", { bolignummer: k.bolig.bolignummer })}, {k.bolig.postnummer}{" "}
        {k.bolig.poststed} ({k.bydel.navn})
      </Paragraph>
      <Card>
        <Heading level={2} data-size="sm">
          {tr("lk.kontrakt.fakta")}
        </Heading>
        <Fakta
          rader={[
            [tr("lk.kol.leietakere"), k.parter.map((p) => p.navn).join(", ") || "–"],
            [tr("lk.kol.start"), formatDato(k.startdato, sprak)],
            [
              tr("lk.kol.slutter"),
              k.sluttdato ? formatDato(k.sluttdato, sprak) : tr("boliger.utenSluttdato"),
            ],
            [tr("lk.kol.husleie"), tr("boliger.perMaaned", { belop: formatKroner(k.husleieKr, sprak) })],
            [
              tr("lk.kol.kontraktstatus"),
              k.status === "aktiv"
                ? tr("lk.status.aktiv")
                : tr("lk.status.avsluttet", {
                    dato: k.avsluttetDato ? formatDato(k.avsluttetDato, sprak) : "",
                  }),
            ],
          ]}
        />
        <ul>
          {k.fornyetFra ? (
            <li>
              <Link asChild>
                <RouterLink to={`/leiekontrakter/${k.fornyetFra}`}>{tr("lk.fornyetFra")}</RouterLink>
              </Link>
            </li>
          ) : null}
          {k.fornyetTil ? (
            <li>
              <Link asChild>
                <RouterLink to={`/leiekontrakter/${k.fornyetTil}`}>{tr("lk.fornyetTil")}</RouterLink>
              </Link>
            </li>
          ) : null}
          <li>
            <Link asChild>
              <RouterLink to={`/leiekontrakter/bolig/${k.bolig.id}`}>
                {tr("lk.historikk.bolig.lenke")}
              </RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to={`/leiekontrakter/husstand/${k.husstandId}`}>
                {tr("lk.historikk.husstand.lenke")}
              </RouterLink>
            </Link>
          </li>
          {kanBoplan ? (
            <li>
              <Link asChild>
                <RouterLink to={`/boplaner/${k.husstandId}`}>{tr("bp.lenke")}</RouterLink>
              </Link>
            </li>
          ) : null}
        </ul>
      </Card>
      {f ? (
        <section aria-labelledby="fornyelse">
          <Heading level={2} data-size="sm" id="fornyelse">
            {tr("lk.fornyelse.tittel")}
          </Heading>
          <Paragraph>
            <FornyelseTag tilstand={f.status.tilstand} />{" "}
            <HandletTekst handlet={f.status.bydelenHarHandlet} />
          </Paragraph>
          {f.sak ? (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/saker/${f.sak.sakId}`}>
                  {tr("lk.sakMottatt", {
                    saksnummer: f.sak.saksnummer,
                    dato: formatDato(f.sak.mottatt, sprak),
                  })}
                </RouterLink>
              </Link>
            </Paragraph>
          ) : (
            <Paragraph>
              {f.status.varsler.length === 0
                ? tr("lk.varsler.ingenEnna", {
                    dato: f.status.varselpunkter[0] ? formatDato(f.status.varselpunkter[0].dato, sprak) : "",
                  })
                : tr("lk.varsler.sendt", {
                    liste: f.status.varsler
                      .map((v) =>
                        tr("lk.varsler.en", { maaneder: v.maaneder, dato: formatDato(v.dato, sprak) }),
                      )
                      .join(", "),
                  })}
            </Paragraph>
          )}
          {f.status.varsleSaksbehandler ? (
            <Alert data-color="warning">
              <Paragraph>{tr(`lk.varsel.${f.status.tilstand}` as MessageKey)}</Paragraph>
            </Alert>
          ) : null}
          {f.innvilget && k.status === "aktiv" ? (
            <>
              <Heading level={3} data-size="xs">
                {tr("lk.forny.tittel")}
              </Heading>
              <Paragraph>
                {f.innvilget.leietidAar
                  ? tr("lk.forny.ingress", {
                      aar: f.innvilget.leietidAar,
                      dato: formatDato(f.innvilget.vedtaksdato, sprak),
                    })
                  : tr("lk.forny.ingressUtenLengde")}
              </Paragraph>
              {feil ? (
                <ErrorSummary>
                  <ErrorSummary.Heading>{tr("soknad.feil.oppsummering")}</ErrorSummary.Heading>
                  <ErrorSummary.List>
                    {Object.entries(feil).map(([felt, melding]) => (
                      <ErrorSummary.Item key={felt}>
                        <ErrorSummary.Link href={`#${feltId(felt)}`}>{melding}</ErrorSummary.Link>
                      </ErrorSummary.Item>
                    ))}
                  </ErrorSummary.List>
                </ErrorSummary>
              ) : null}
              <Form method="post" noValidate className="lk-skjema">
                <CsrfField />
                <input type="hidden" name="handling" value="forny" />
                <input type="hidden" name="vedtakId" value={f.innvilget.vedtakId} />
                <Tekstfelt
                  name="husleie"
                  label={tr("lk.forny.husleie")}
                  hjelp={tr("lk.forny.husleie.hjelp")}
                  verdi={
                    actionData?.handling === "forny"
                      ? ((actionData.verdier as Record<string, string>).husleie ?? "")
                      : String(k.husleieKr)
                  }
                  feil={feil?.husleie}
                  inputMode="numeric"
                  bredde="kort"
                />
                <div>
                  <Button type="submit">{tr("lk.forny.knapp")}</Button>
                </div>
              </Form>
            </>
          ) : null}
        </section>
      ) : null}
      {k.avslutning ? (
        <section aria-labelledby="avsluttet">
          <Heading level={2} data-size="sm" id="avsluttet">
            {tr("lk.avslutt.registrert")}
          </Heading>
          <Fakta
            rader={[
              [tr("lk.avslutt.utflyttet"), formatDato(k.avslutning.utflyttet, sprak)],
              [tr("lk.avslutt.grunn"), tr(`lk.grunn.${k.avslutning.grunn}` as MessageKey)],
              [
                tr("lk.avslutt.boligStatus"),
                tr(`lk.boligStatus.${k.avslutning.boligStatusEtter}` as MessageKey),
              ],
              ...(k.avslutning.merknad
                ? [[tr("lk.avslutt.merknad"), k.avslutning.merknad] as [string, string]]
                : []),
              [tr("lk.avslutt.registrertAv"), k.avslutning.registrertAv],
            ]}
          />
        </section>
      ) : null}
      {kanAvslutte && k.status === "aktiv" ? (
        <section aria-labelledby="avslutt">
          <Heading level={2} data-size="sm" id="avslutt">
            {tr("lk.avslutt.tittel")}
          </Heading>
          <Paragraph>{tr("lk.avslutt.ingress")}</Paragraph>
          {avFeil && Object.keys(avFeil).length > 0 ? (
            <ErrorSummary>
              <ErrorSummary.Heading>{tr("bp.feil")}</ErrorSummary.Heading>
              <ErrorSummary.List>
                {Object.entries(avFeil).map(([felt, melding]) => (
                  <ErrorSummary.Item key={felt}>
                    <ErrorSummary.Link href={`#${feltId(felt)}`}>{melding}</ErrorSummary.Link>
                  </ErrorSummary.Item>
                ))}
              </ErrorSummary.List>
            </ErrorSummary>
          ) : null}
          <Form method="post" noValidate className="lk-skjema">
            <CsrfField />
            <input type="hidden" name="handling" value="avslutt" />
            <Tekstfelt
              type="date"
              name="utflyttet"
              label={tr("lk.avslutt.utflyttet")}
              hjelp={tr("lk.avslutt.utflyttet.hjelp")}
              verdi={avVerdi("utflyttet", idag)}
              feil={avFeil?.utflyttet}
              bredde="kort"
            />
            <Valgfelt
              name="grunn"
              label={tr("lk.avslutt.grunn")}
              verdi={avVerdi("grunn", "")}
              tomtValg={tr("bp.velg")}
              valg={AVSLUTNINGSGRUNNER.map((g) => ({ verdi: g, tekst: tr(`lk.grunn.${g}` as MessageKey) }))}
              feil={avFeil?.grunn}
            />
            <Valgfelt
              name="boligStatus"
              label={tr("lk.avslutt.boligStatus")}
              verdi={avVerdi("boligStatus", "")}
              tomtValg={tr("bp.velg")}
              valg={(["ledig", "under_oppussing"] as const).map((b) => ({
                verdi: b,
                tekst: tr(`lk.boligStatus.${b}` as MessageKey),
              }))}
              feil={avFeil?.boligStatus}
            />
            <Tekstomrade
              name="merknad"
              label={tr("lk.avslutt.merknad")}
              valgfri={tr("lk.valgfri")}
              verdi={avVerdi("merknad", "")}
              feil={avFeil?.merknad}
              maxLength={1000}
            />
            <div>
              <Button type="submit">{tr("lk.avslutt.knapp")}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
