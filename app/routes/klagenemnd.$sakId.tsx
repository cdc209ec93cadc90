import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import "../modules/cases/components/klagenemnd/klagenemnd.css";
import { data, redirect, Link as RouterLink, type ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/klagenemnd.$sakId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { decideAppeal } from "../modules/cases/decide-appeal.server";
import { getForwardedAppeal } from "../modules/cases/get-forwarded-appeal.server";
import { Vedlegg } from "../modules/cases/components/saksbehandling/vedlegg";
import {
  erKonflikt,
  tolkAvgjorelse,
  type Avgjorelsessvar,
} from "../modules/cases/components/klagenemnd/avgjorelse";
import {
  Avgjort,
  AvgjorSkjema,
  Dokumenter,
  Klagen,
  OmSaken,
  PaklagetVedtak,
} from "../modules/cases/components/klagenemnd/klagesak";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const nummer = loaderData?.sak.saksnummer;
  return [
    {
      title: pageTitle(
        locale,
        nummer ? t(locale, "klagenemnd.sak.tittel", { saksnummer: nummer }) : t(locale, "nav.klagenemnd"),
      ),
    },
  ];
};

/** /klagenemnd/:sakId — one appeal forwarded to the board; any other case is 404. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "klage.avgjore");
  const sak = await getForwardedAppeal({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    sakId: parseId(params.sakId),
  });
  return { ...sak, lagret: new URL(request.url).searchParams.has("lagret") };
}

/**
 * The board records its outcome: parse (errors at the field, with what was typed) → decideAppeal. A stale
 * version (the case changed since the page was loaded) is answered 409 with the typed text kept.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "klage.avgjore");
  const sakId = parseId(params.sakId);
  const tolket = tolkAvgjorelse(await request.formData());
  if (!tolket.ok) {
    if (tolket.versjonMangler) fail("ugyldig");
    return data<Avgjorelsessvar>({ feil: tolket.feil, verdier: tolket.verdier }, { status: 400 });
  }
  const { utfall, begrunnelse, versjon } = tolket.data;
  try {
    await decideAppeal({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      sakId,
      versjon,
      utfall,
      begrunnelse,
    });
  } catch (error) {
    if (!erKonflikt(error)) throw error;
    return data<Avgjorelsessvar>({ konflikt: true, verdier: { utfall, begrunnelse } }, { status: 409 });
  }
  return redirect(`/klagenemnd/${sakId}?lagret`);
}

/**
 * After a stale save (409) the page is loaded again, also with JavaScript on, so the form carries the case's
 * new version and shows what changed — as a browser without JavaScript does anyway.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 ? true : defaultShouldRevalidate;

export default function KlagenemndSak({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const sak = loaderData;
  const tittel = tr("klagenemnd.sak.tittel", { saksnummer: sak.sak.saksnummer });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("nav.klagenemnd"), href: "/klagenemnd" },
          { label: tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Paragraph>
        {tr("klagenemnd.sak.ingress", { bydel: sak.sak.bydel, dato: formatDato(sak.klage.oversendt, sprak) })}
      </Paragraph>
      {sak.lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("klagenemnd.avgjor.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <OmSaken data={sak} />
      <PaklagetVedtak data={sak} />
      <Klagen data={sak} />
      <Dokumenter data={sak} />
      <Vedlegg sakId={sak.sak.id} vedlegg={sak.vedlegg} />
      {actionData?.konflikt && !sak.kanAvgjore ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            <strong>{tr("klagenemnd.avgjor.konflikt.tittel")}</strong>
          </Paragraph>
          <Paragraph>{tr("klagenemnd.avgjor.konflikt.avgjort")}</Paragraph>
          {actionData.verdier.begrunnelse.trim() ? (
            <>
              <Paragraph>{tr("klagenemnd.avgjor.konflikt.dittUtkast")}</Paragraph>
              <Paragraph className="kn-fritekst">{actionData.verdier.begrunnelse}</Paragraph>
            </>
          ) : null}
        </Alert>
      ) : null}
      {sak.kanAvgjore ? (
        <AvgjorSkjema versjon={sak.sak.versjon} svar={actionData ?? null} />
      ) : (
        <Avgjort data={sak} />
      )}
      <Paragraph data-size="sm">{tr("klagenemnd.sak.logget")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/klagenemnd">{tr("klagenemnd.sak.tilbake")}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
