import { Alert, Button, Card, ErrorSummary, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { z } from "zod";
import type { Route } from "./+types/boplaner.$husstandId";
import "../modules/leiekontrakt/components/leiekontrakt.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { feltId, Tekstfelt, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import { formatDato } from "../modules/housing-stock/format";
import { husstandIEgenBydel } from "../modules/leiekontrakt/boplan-queries.server";
import {
  BOPLANMAAL,
  endreMaalSchema,
  fullforSchema,
  gjennomgattSchema,
  kommentarSchema,
  opprettSchema,
  STEGANSVARLIGE,
  stegSchema,
} from "../modules/leiekontrakt/boplan-schemas";
import { BoplanVisning } from "../modules/leiekontrakt/components/boplan-visning";
import { commentOnBoplan } from "../modules/leiekontrakt/comment-on-boplan.server";
import { editBoplan, type Boplanendring } from "../modules/leiekontrakt/edit-boplan.server";
import { getBoplan } from "../modules/leiekontrakt/get-boplan.server";
import { feltfeil } from "../modules/leiekontrakt/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "bp.tittel");

/**
 * /boplaner/:husstandId — a household's boplan for the caseworker and the follow-up worker of its district:
 * make it, change the goal, add and complete steps, record the review at renewal, comment. Every edit carries
 * the plan's row version (a stale save is refused with a message).
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "boplan.behandle");
  const side = await getBoplan({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    husstandId: parseId(params.husstandId),
  });
  return { side, kanSeKontrakt: can(actor, "leiekontrakt.les") };
}

const HANDLINGER = ["opprett", "maal", "steg", "fullfor", "gjennomgatt", "kommentar"] as const;
type Handling = (typeof HANDLINGER)[number];

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "boplan.behandle");
  const husstandId = parseId(params.husstandId);
  const db = deps(context).db;
  // Another district's household is "not found" before the form is read.
  await husstandIEgenBydel(db, actor, husstandId);
  const form = await request.formData();
  const felt = (navn: string) => String(form.get(navn) ?? "").slice(0, 5000);
  const handling = felt("handling") as Handling;
  if (!HANDLINGER.includes(handling))
    return data(
      {
        handling: null,
        feil: { skjema: "Ukjent handling" } as Record<string, string>,
        verdier: {} as Record<string, string>,
      },
      { status: 400 },
    );
  const verdier: Record<string, string> = Object.fromEntries(
    [
      "maal",
      "maalBeskrivelse",
      "nesteGjennomgang",
      "beskrivelse",
      "ansvarlig",
      "frist",
      "stegId",
      "tekst",
      "versjon",
    ].map((n) => [n, felt(`${handling}-${n}`) || felt(n)]),
  );
  const ugyldig = (error: z.ZodError) => data({ handling, feil: feltfeil(error), verdier }, { status: 422 });
  const ctx = { db, actor, requestId: state.requestId };
  try {
    if (handling === "kommentar") {
      const sjekk = kommentarSchema.safeParse({ tekst: verdier.tekst });
      if (!sjekk.success) return ugyldig(sjekk.error);
      await commentOnBoplan({ ...ctx, husstandId, tekst: sjekk.data.tekst });
    } else {
      let endring: Boplanendring;
      const { maal, maalBeskrivelse, nesteGjennomgang, beskrivelse, ansvarlig, frist, stegId, versjon } =
        verdier;
      if (handling === "opprett") {
        const s = opprettSchema.safeParse({ maal, maalBeskrivelse, nesteGjennomgang });
        if (!s.success) return ugyldig(s.error);
        endring = { type: "opprett", ...s.data };
      } else if (handling === "maal") {
        const s = endreMaalSchema.safeParse({ maal, maalBeskrivelse, nesteGjennomgang, versjon });
        if (!s.success) return ugyldig(s.error);
        endring = { type: "maal", ...s.data };
      } else if (handling === "steg") {
        const s = stegSchema.safeParse({ beskrivelse, ansvarlig, frist, versjon });
        if (!s.success) return ugyldig(s.error);
        endring = { type: "steg", ...s.data };
      } else if (handling === "fullfor") {
        const s = fullforSchema.safeParse({ stegId, versjon });
        if (!s.success) return ugyldig(s.error);
        endring = { type: "fullfor", ...s.data };
      } else {
        const s = gjennomgattSchema.safeParse({ nesteGjennomgang, versjon });
        if (!s.success) return ugyldig(s.error);
        endring = { type: "gjennomgatt", ...s.data };
      }
      await editBoplan({ ...ctx, husstandId, endring });
    }
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data(
        { handling, feil: { skjema: "konflikt" } as Record<string, string>, verdier },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirect(`/boplaner/${husstandId}?lagret=${handling}`);
}

export default function BoplanSide({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { side, kanSeKontrakt } = loaderData;
  const { plan } = side;
  const tittel = tr("bp.tittelFor", { navn: side.leietaker || tr("lk.ukjentLeietaker") });
  const feilFor = (h: Handling): Record<string, string> | undefined =>
    actionData?.handling === h ? (actionData.feil as Record<string, string>) : undefined;
  const verdi = (h: Handling, navn: string, standard: string) =>
    actionData?.handling === h ? (actionData.verdier[navn] ?? standard) : standard;
  const konflikt = (actionData?.feil as Record<string, string> | undefined)?.skjema === "konflikt";
  const maalValg = BOPLANMAAL.map((m) => ({ verdi: m, tekst: tr(`bp.maal.${m}` as MessageKey) }));
  const ansvarValg = STEGANSVARLIGE.map((a) => ({ verdi: a, tekst: tr(`bp.ansvarlig.${a}` as MessageKey) }));

  const Feilliste = ({ h }: { h: Handling }) => {
    const feil = feilFor(h);
    const rader = feil ? Object.entries(feil).filter(([k]) => k !== "skjema") : [];
    if (rader.length === 0) return null;
    return (
      <ErrorSummary>
        <ErrorSummary.Heading>{tr("bp.feil")}</ErrorSummary.Heading>
        <ErrorSummary.List>
          {rader.map(([f, m]) => (
            <ErrorSummary.Item key={f}>
              <ErrorSummary.Link href={`#${feltId(`${h}-${f}`)}`}>{m}</ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
      </ErrorSummary>
    );
  };

  const maalFelter = (h: "opprett" | "maal") => (
    <>
      <Valgfelt
        name={`${h}-maal`}
        label={tr("bp.maal")}
        verdi={verdi(h, "maal", plan?.maal ?? "")}
        valg={maalValg}
        tomtValg={plan ? undefined : tr("bp.velg")}
        feil={feilFor(h)?.maal}
      />
      <Tekstomrade
        name={`${h}-maalBeskrivelse`}
        label={tr("bp.maalBeskrivelse")}
        hjelp={tr("bp.maalBeskrivelse.hjelp")}
        valgfri={tr("lk.valgfri")}
        verdi={verdi(h, "maalBeskrivelse", plan?.maalBeskrivelse ?? "")}
        feil={feilFor(h)?.maalBeskrivelse}
      />
      <Tekstfelt
        type="date"
        name={`${h}-nesteGjennomgang`}
        label={tr("bp.nesteGjennomgang")}
        hjelp={tr("bp.nesteGjennomgang.hjelp")}
        verdi={verdi(h, "nesteGjennomgang", plan?.nesteGjennomgang ?? side.forslagGjennomgang)}
        feil={feilFor(h)?.nesteGjennomgang}
        bredde="kort"
      />
    </>
  );

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("nav.boplaner"), href: "/boplaner" },
          { label: tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      {side.leiekontrakt?.sluttdato ? (
        <Paragraph>
          {tr("bp.kontraktSlutter", { dato: formatDato(side.leiekontrakt.sluttdato, sprak) })}{" "}
          {kanSeKontrakt ? (
            <Link asChild>
              <RouterLink to={`/leiekontrakter/${side.leiekontrakt.id}`}>{tr("bp.seKontrakten")}</RouterLink>
            </Link>
          ) : null}
        </Paragraph>
      ) : null}
      {konflikt ? (
        <Alert data-color="danger">
          <Paragraph>{tr("bp.konflikt")}</Paragraph>
        </Alert>
      ) : null}
      {!plan ? (
        <Card>
          <Heading level={2} data-size="sm">
            {tr("bp.opprett.tittel")}
          </Heading>
          <Paragraph>{tr("bp.opprett.ingress")}</Paragraph>
          <Feilliste h="opprett" />
          <Form method="post" noValidate className="lk-skjema">
            <CsrfField />
            <input type="hidden" name="handling" value="opprett" />
            {maalFelter("opprett")}
            <div>
              <Button type="submit">{tr("bp.opprett.knapp")}</Button>
            </div>
          </Form>
        </Card>
      ) : (
        <>
          <BoplanVisning
            plan={plan}
            stegHandling={(stegId) => (
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="handling" value="fullfor" />
                <input type="hidden" name="versjon" value={plan.versjon} />
                <input type="hidden" name="stegId" value={stegId} />
                <Button type="submit" variant="tertiary" data-size="sm">
                  {tr("bp.steg.merkGjort")}
                </Button>
              </Form>
            )}
          />
          <Card>
            <Heading level={2} data-size="sm">
              {tr("bp.nyttSteg.tittel")}
            </Heading>
            <Feilliste h="steg" />
            <Form method="post" noValidate className="lk-skjema">
              <CsrfField />
              <input type="hidden" name="handling" value="steg" />
              <input type="hidden" name="versjon" value={plan.versjon} />
              <Tekstfelt
                name="steg-beskrivelse"
                label={tr("bp.steg.hva")}
                verdi={verdi("steg", "beskrivelse", "")}
                feil={feilFor("steg")?.beskrivelse}
                maxLength={500}
              />
              <Valgfelt
                name="steg-ansvarlig"
                label={tr("bp.steg.ansvarlig")}
                verdi={verdi("steg", "ansvarlig", "")}
                valg={ansvarValg}
                tomtValg={tr("bp.velg")}
                feil={feilFor("steg")?.ansvarlig}
              />
              <Tekstfelt
                type="date"
                name="steg-frist"
                label={tr("bp.steg.frist")}
                verdi={verdi("steg", "frist", "")}
                feil={feilFor("steg")?.frist}
                bredde="kort"
              />
              <div>
                <Button type="submit">{tr("bp.nyttSteg.knapp")}</Button>
              </div>
            </Form>
          </Card>
          <Card>
            <Heading level={2} data-size="sm">
              {tr("bp.gjennomgang.tittel")}
            </Heading>
            <Paragraph>{tr("bp.gjennomgang.ingress")}</Paragraph>
            <Feilliste h="gjennomgatt" />
            <Form method="post" noValidate className="lk-skjema">
              <CsrfField />
              <input type="hidden" name="handling" value="gjennomgatt" />
              <input type="hidden" name="versjon" value={plan.versjon} />
              <Tekstfelt
                type="date"
                name="gjennomgatt-nesteGjennomgang"
                label={tr("bp.gjennomgang.neste")}
                verdi={verdi("gjennomgatt", "nesteGjennomgang", side.forslagGjennomgang)}
                feil={feilFor("gjennomgatt")?.nesteGjennomgang}
                bredde="kort"
              />
              <div>
                <Button type="submit">{tr("bp.gjennomgang.knapp")}</Button>
              </div>
            </Form>
          </Card>
          <Card>
            <Heading level={2} data-size="sm">
              {tr("bp.endreMaal.tittel")}
            </Heading>
            <Feilliste h="maal" />
            <Form method="post" noValidate className="lk-skjema">
              <CsrfField />
              <input type="hidden" name="handling" value="maal" />
              <input type="hidden" name="versjon" value={plan.versjon} />
              {maalFelter("maal")}
              <div>
                <Button type="submit">{tr("bp.endreMaal.knapp")}</Button>
              </div>
            </Form>
          </Card>
          <Card>
            <Heading level={2} data-size="sm">
              {tr("bp.kommenter.tittel")}
            </Heading>
            <Feilliste h="kommentar" />
            <Form method="post" noValidate className="lk-skjema">
              <CsrfField />
              <input type="hidden" name="handling" value="kommentar" />
              <Tekstomrade
                name="kommentar-tekst"
                label={tr("bp.kommentar")}
                verdi={verdi("kommentar", "tekst", "")}
                feil={feilFor("kommentar")?.tekst}
              />
              <div>
                <Button type="submit">{tr("bp.kommenter.knapp")}</Button>
              </div>
            </Form>
          </Card>
        </>
      )}
    </>
  );
}
