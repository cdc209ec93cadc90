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
import { feltId, Tekstfelt } from "../modules/cases/components/soknad/felt";
import { Fakta } from "../modules/housing-stock/components/register";
import { formatDato, formatKroner } from "../modules/housing-stock/format";
import { FornyelseTag, HandletTekst } from "../modules/leiekontrakt/components/fornyelse-status";
import { getLease } from "../modules/leiekontrakt/get-lease.server";
import { leiekontraktIEgenBydel } from "../modules/leiekontrakt/queries.server";
import { renewLease } from "../modules/leiekontrakt/renew-lease.server";
import { feltfeil, fornyLeiekontraktSchema } from "../modules/leiekontrakt/schemas";

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
  return { kontrakt, kanFornye: can(actor, "fornyelse.behandle"), kanBoplan: can(actor, "boplan.behandle") };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "fornyelse.behandle");
  const leiekontraktId = parseId(params.leiekontraktId);
  // Another district's lease is "not found" before the form is even read.
  if (!(await leiekontraktIEgenBydel(deps(context).db, actor, leiekontraktId))) fail("ikke_funnet");
  const form = await request.formData();
  const verdier = {
    vedtakId: String(form.get("vedtakId") ?? ""),
    husleie: String(form.get("husleie") ?? ""),
  };
  const sjekk = fornyLeiekontraktSchema.safeParse(verdier);
  if (!sjekk.success) return data({ feil: feltfeil(sjekk.error), verdier }, { status: 422 });
  const { nyLeiekontraktId } = await renewLease({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    leiekontraktId,
    vedtakId: sjekk.data.vedtakId,
    husleieKr: sjekk.data.husleie,
  });
  return redirect(`/leiekontrakter/${nyLeiekontraktId}`);
}

export default function Leiekontrakt({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { kontrakt: k, kanFornye, kanBoplan } = loaderData;
  const f = k.fornyelse;
  const feil = actionData?.feil;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          ...(kanFornye ? [{ label: tr("nav.fornyelser"), href: "/fornyelser" }] : []),
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
                <input type="hidden" name="vedtakId" value={f.innvilget.vedtakId} />
                <Tekstfelt
                  name="husleie"
                  label={tr("lk.forny.husleie")}
                  hjelp={tr("lk.forny.husleie.hjelp")}
                  verdi={actionData?.verdier.husleie ?? String(k.husleieKr)}
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
    </>
  );
}
