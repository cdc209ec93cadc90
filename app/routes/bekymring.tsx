import { Alert, Button, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink } from "react-router";
import type { Route } from "./+types/bekymring";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey, type MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { Feiloppsummering, Radiogruppe, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import "../modules/cases/components/soknad/soknad.css";
import { formatKode } from "../modules/bekymring/kvittering.server";
import { listAdresser, listBydeler } from "../modules/bekymring/list-addresses.server";
import { feltfeil, KATEGORIER, nyBekymringSchema, type Feltfeil } from "../modules/bekymring/schemas";
import { nyttSkjemaId, submitConcern } from "../modules/bekymring/submit-concern.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "bekymring.tittel");

/**
 * /bekymring — anyone reports a concern about a building, without signing in. No permission check on purpose
 * (DOMAIN.md §2: "Anonym" may send a concern report); nothing about the reporter is read or kept. The district
 * is chosen first (a GET form, so it works without JavaScript), then the address among its blocks.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { db } = deps(context);
  const bydeler = await listBydeler(db);
  const valgt = new URL(request.url).searchParams.get("bydel");
  const bydel = bydeler.find((b) => b.id === valgt) ?? null;
  return {
    bydeler,
    bydel,
    adresser: bydel ? await listAdresser(db, bydel.id) : [],
    skjemaId: nyttSkjemaId(),
    innlogget: requestState(context).actor !== null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const felt = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const skjema = {
    skjemaId: felt("skjemaId"),
    bydelId: felt("bydelId"),
    eiendomId: felt("eiendomId"),
    kategori: felt("kategori"),
    beskrivelse: felt("beskrivelse"),
  };
  const sjekk = nyBekymringSchema.safeParse(skjema);
  if (!sjekk.success)
    return data({ feil: feltfeil(sjekk.error), verdier: skjema, kode: null }, { status: 422 });
  try {
    const { kode } = await submitConcern({ db: deps(context).db, skjema });
    return { feil: null, verdier: null, kode: formatKode(kode) };
  } catch (error) {
    // An unknown district or an address outside it: say so at the address, keep what was typed.
    if ((error as { data?: { code?: string } } | null)?.data?.code === "ugyldig") {
      return data(
        { feil: { eiendomId: "bekymring.feil.adresse" } as Feltfeil, verdier: skjema, kode: null },
        { status: 422 },
      );
    }
    throw error;
  }
}

export default function Bekymring({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { bydeler, bydel, adresser, skjemaId, innlogget } = loaderData;
  const tekst = (key: string | undefined) => (key && isMessageKey(key) ? tr(key) : undefined);
  const feil: Feltfeil = actionData?.feil ?? {};
  const verdier = actionData?.verdier;

  if (actionData?.kode) {
    return (
      <div className="soknad-side">
        <Heading level={1} data-size="lg">
          {tr("bekymring.sendt.tittel")}
        </Heading>
        <Card data-color="accent">
          <Heading level={2} data-size="sm">
            {tr("bekymring.sendt.kode")}
          </Heading>
          <Paragraph data-size="xl">
            <strong data-testid="kvitteringskode" style={{ fontFamily: "monospace" }}>
              {actionData.kode}
            </strong>
          </Paragraph>
        </Card>
        <Alert data-color="warning">
          <Paragraph>{tr("bekymring.sendt.viktig")}</Paragraph>
        </Alert>
        <Paragraph>{tr("bekymring.sendt.bruk")}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/bekymring/kvittering">{tr("bekymring.sendt.lesSvar")}</RouterLink>
          </Link>
        </Paragraph>
      </div>
    );
  }

  const feilliste = Object.entries(feil).flatMap(([felt, key]) => {
    const t = tekst(key);
    return t ? [[felt, t] as [string, string]] : [];
  });
  return (
    <div className="soknad-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("bekymring.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("bekymring.tittel")}
      </Heading>
      <Paragraph>{tr("bekymring.ingress")}</Paragraph>
      <Alert data-color="danger">
        <Paragraph>{tr("bekymring.akutt")}</Paragraph>
      </Alert>
      <Card>
        <Heading level={2} data-size="xs">
          {tr("bekymring.anonymt.tittel")}
        </Heading>
        <Paragraph>{tr("bekymring.anonymt.tekst")}</Paragraph>
        {innlogget ? <Paragraph>{tr("bekymring.innlogget")}</Paragraph> : null}
      </Card>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/bekymring/kvittering">{tr("bekymring.lesSvar")}</RouterLink>
        </Link>
      </Paragraph>

      {bydel === null ? (
        <Form method="get" className="soknad-side">
          <Heading level={2} data-size="sm">
            {tr("bekymring.steg.bydel")}
          </Heading>
          <Valgfelt
            name="bydel"
            label={tr("bekymring.bydel")}
            verdi=""
            tomtValg={tr("bekymring.bydel.velg")}
            valg={bydeler.map((b) => ({ verdi: b.id, tekst: b.navn }))}
          />
          <div>
            <Button type="submit">{tr("bekymring.bydel.neste")}</Button>
          </div>
        </Form>
      ) : (
        <>
          <Heading level={2} data-size="sm">
            {tr("bekymring.steg.melding")}
          </Heading>
          <Paragraph>
            {tr("bekymring.bydel.valgt", { bydel: bydel.navn })}{" "}
            <Link asChild>
              <RouterLink to="/bekymring">{tr("bekymring.bydel.bytt")}</RouterLink>
            </Link>
          </Paragraph>
          <Feiloppsummering tittel={tr("bekymring.feil.oppsummering")} feil={feilliste} />
          <Form method="post" noValidate className="soknad-side">
            <CsrfField />
            <input type="hidden" name="skjemaId" value={skjemaId} />
            <input type="hidden" name="bydelId" value={bydel.id} />
            <Valgfelt
              name="eiendomId"
              label={tr("bekymring.adresse")}
              hjelp={tr("bekymring.adresse.hjelp")}
              verdi={verdier?.eiendomId ?? ""}
              feil={tekst(feil.eiendomId)}
              valg={[
                { verdi: "", tekst: tr("bekymring.adresse.annen") },
                ...adresser.map((a) => ({ verdi: a.id, tekst: `${a.gateadresse}, ${a.postnummer}` })),
              ]}
            />
            <Radiogruppe
              name="kategori"
              legend={tr("bekymring.kategori")}
              verdi={verdier?.kategori ?? ""}
              feil={tekst(feil.kategori)}
              valg={KATEGORIER.map((k) => ({ verdi: k, tekst: tr(`bekymring.kategori.${k}` as MessageKey) }))}
            />
            <Tekstomrade
              name="beskrivelse"
              label={tr("bekymring.beskrivelse")}
              hjelp={tr("bekymring.beskrivelse.hjelp")}
              verdi={verdier?.beskrivelse ?? ""}
              feil={tekst(feil.beskrivelse)}
              maxLength={5000}
            />
            <div>
              <Button type="submit">{tr("bekymring.send")}</Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
