import { Alert, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { data, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/bekymringer.$bekymringId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { Radiovalg, Skjema, Tekstfelt, type Skjemasvar } from "../components/skjema/ramme";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/bekymring/components/bekymring.css";
import { getConcern } from "../modules/bekymring/get-concern.server";
import {
  acknowledgeConcern,
  closeConcern,
  replyToReporter,
} from "../modules/bekymring/handle-concern.server";
import { avsluttSchema, feltfeil, meldingSchema, UTFALL } from "../modules/bekymring/schemas";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "bekymringer.tittel");

/** /bekymringer/:bekymringId — one concern of the own district (another district's id is 404). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bekymring.behandle");
  return getConcern({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    bekymringId: parseId(params.bekymringId),
  });
}

const HANDLINGER = ["kvitter", "svar", "avslutt"] as const;
type Handling = (typeof HANDLINGER)[number];

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bekymring.behandle");
  const bekymringId = parseId(params.bekymringId);
  const form = await request.formData();
  const felt = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const h = felt("intent") as Handling;
  const versjon = Number(felt("versjon"));
  if (!HANDLINGER.includes(h) || !Number.isInteger(versjon) || versjon < 1) fail("ugyldig");
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, bekymringId, versjon };
  const verdier = {
    tekst: felt("tekst"),
    utfall: felt("utfall"),
    oppsummering: felt("oppsummering"),
    henvistTil: felt("henvistTil"),
  };
  if (h === "svar") {
    const sjekk = meldingSchema.safeParse(verdier.tekst);
    if (!sjekk.success) {
      return data<Skjemasvar>({ intent: h, feil: feltfeil(sjekk.error, "tekst"), verdier }, { status: 422 });
    }
  }
  if (h === "avslutt") {
    const sjekk = avsluttSchema.safeParse(verdier);
    if (!sjekk.success)
      return data<Skjemasvar>({ intent: h, feil: feltfeil(sjekk.error), verdier }, { status: 422 });
  }
  try {
    if (h === "kvitter") await acknowledgeConcern(ctx);
    if (h === "svar") await replyToReporter({ ...ctx, tekst: verdier.tekst });
    if (h === "avslutt") await closeConcern({ ...ctx, ...verdier });
  } catch (error) {
    // A stale page (a colleague acted first, or a double click): refuse with a message, keep the text.
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data<Skjemasvar>({ intent: h, verdier, konflikt: true }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/bekymringer/${bekymringId}?lagret=${h}`);
}

export default function BekymringSide({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bekymring: b, meldinger, frist, naboklageId, hmsKampanjeId } = loaderData;
  const dato = (d: string) => formatDato(d, sprak);
  const svar = actionData as Skjemasvar | undefined;
  const tittel = tr("bekymringer.melding.tittel", { dato: dato(b.mottatt) });
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("bekymringer.tittel"), href: "/bekymringer" },
          { label: tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Card>
        <Paragraph>
          <strong>{tr("bekymringer.melding.gjelder")}:</strong>{" "}
          {tr(`bekymring.kategori.${b.kategori}` as MessageKey)}
        </Paragraph>
        <Paragraph>
          <strong>{tr("bekymringer.melding.adresse")}:</strong>{" "}
          {b.adresse ? `${b.adresse}, ${b.postnummer ?? ""}` : tr("bekymringer.annenAdresse")} ({b.bydel})
        </Paragraph>
        <Heading level={2} data-size="xs">
          {tr("bekymringer.melding.tekst")}
        </Heading>
        <Paragraph className="bekymring-tekst">{b.beskrivelse}</Paragraph>
      </Card>

      {b.status === "mottatt" ? (
        <Alert data-color={frist.forfalt ? "danger" : "warning"}>
          <Heading level={2} data-size="xs">
            {tr("bekymringer.melding.frist")}: {dato(frist.forfall)}{" "}
            {frist.forfalt ? <Tag data-color="danger">{tr("bekymringer.fristPassert")}</Tag> : null}
          </Heading>
          <Paragraph>{frist.forklaring}</Paragraph>
        </Alert>
      ) : (
        <Alert data-color="success">
          <Paragraph>{tr("bekymringer.melding.kvittert", { dato: dato(b.kvittert ?? b.mottatt) })}</Paragraph>
          {b.utfall ? (
            <Paragraph>
              {tr("bekymringer.melding.avsluttet", {
                dato: dato(b.avsluttet ?? b.mottatt),
                utfall: tr(`bekymringer.utfall.${b.utfall}` as MessageKey),
              })}
            </Paragraph>
          ) : null}
          {b.henvist_til ? (
            <Paragraph>{tr("bekymringer.melding.henvistTil", { tjeneste: b.henvist_til })}</Paragraph>
          ) : null}
          {naboklageId ? (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/naboklager/${naboklageId}`}>{tr("bekymringer.seNaboklagen")}</RouterLink>
              </Link>
            </Paragraph>
          ) : null}
          {hmsKampanjeId ? (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/hms/${hmsKampanjeId}`}>{tr("bekymringer.seHmsKampanjen")}</RouterLink>
              </Link>
            </Paragraph>
          ) : null}
        </Alert>
      )}
      {b.utfall_oppsummering ? (
        <Card>
          <Heading level={2} data-size="xs">
            {tr("bekymringer.melding.oppsummering")}
          </Heading>
          <Paragraph className="bekymring-tekst">{b.utfall_oppsummering}</Paragraph>
        </Card>
      ) : null}

      <Heading level={2} data-size="sm">
        {tr("bekymringer.samtale")}
      </Heading>
      {meldinger.length === 0 ? (
        <Paragraph>{tr("kvittering.ingenSvar")}</Paragraph>
      ) : (
        <ol className="bekymring-trad">
          {meldinger.map((m) => (
            <li key={m.lopenummer}>
              <Card data-color={m.fra === "bydel" ? "accent" : "neutral"}>
                <Heading level={3} data-size="2xs">
                  {tr(m.fra === "bydel" ? "bekymringer.fra.bydel" : "bekymringer.fra.melder", {
                    dato: dato(m.dato),
                  })}
                </Heading>
                <Paragraph className="bekymring-tekst">{m.tekst}</Paragraph>
              </Card>
            </li>
          ))}
        </ol>
      )}

      {b.status === "mottatt" ? (
        <Skjema intent="kvitter" versjon={b.versjon} svar={svar} knapp={tr("bekymringer.kvitter")}>
          <Paragraph>{tr("bekymringer.kvitter.hjelp")}</Paragraph>
        </Skjema>
      ) : null}

      {b.status !== "avsluttet" ? (
        <>
          <section className="soknad-side" aria-labelledby="svar">
            <Heading level={2} data-size="sm" id="svar">
              {tr("bekymringer.svar")}
            </Heading>
            <Skjema
              intent="svar"
              versjon={b.versjon}
              svar={svar}
              knapp={tr("bekymringer.svar.send")}
              knappVariant="secondary"
              etiketter={{ tekst: tr("bekymringer.svar.tekst") }}
            >
              <Tekstfelt
                felt="tekst"
                label={tr("bekymringer.svar.tekst")}
                beskrivelse={tr("bekymringer.svar.hjelp")}
                flerlinje
                maks={5000}
              />
            </Skjema>
          </section>
          <section className="soknad-side" aria-labelledby="til-naboklage">
            <Heading level={2} data-size="sm" id="til-naboklage">
              {tr("bekymringer.tilNaboklage")}
            </Heading>
            <Paragraph>{tr("bekymringer.tilNaboklage.hjelp")}</Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink
                  to={`/naboklager/ny?fra=${b.id}${b.eiendom_id ? `&eiendom=${b.eiendom_id}` : ""}`}
                >
                  {tr("bekymringer.tilNaboklage")}
                </RouterLink>
              </Link>
            </Paragraph>
          </section>
          <section className="soknad-side" aria-labelledby="til-hms">
            <Heading level={2} data-size="sm" id="til-hms">
              {tr("bekymringer.tilHms")}
            </Heading>
            <Paragraph>{tr("bekymringer.tilHms.hjelp")}</Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/hms?fra=${b.id}${b.eiendom_id ? `&eiendom=${b.eiendom_id}` : ""}#planlegg`}>
                  {tr("bekymringer.tilHms")}
                </RouterLink>
              </Link>
            </Paragraph>
          </section>
          <section className="soknad-side" aria-labelledby="avslutt">
            <Heading level={2} data-size="sm" id="avslutt">
              {tr("bekymringer.avslutt")}
            </Heading>
            <Paragraph>{tr("bekymringer.avslutt.hjelp")}</Paragraph>
            <Skjema
              intent="avslutt"
              versjon={b.versjon}
              svar={svar}
              knapp={tr("bekymringer.avslutt.send")}
              knappVariant="secondary"
              etiketter={{
                utfall: tr("bekymringer.avslutt.utfall"),
                oppsummering: tr("bekymringer.avslutt.oppsummering"),
                henvistTil: tr("bekymringer.avslutt.henvistTil"),
              }}
            >
              <Radiovalg
                felt="utfall"
                legend={tr("bekymringer.avslutt.utfall")}
                valg={UTFALL.map((u) => ({ verdi: u, tekst: tr(`bekymringer.utfall.${u}` as MessageKey) }))}
              />
              <Tekstfelt
                felt="oppsummering"
                label={tr("bekymringer.avslutt.oppsummering")}
                flerlinje
                maks={5000}
              />
              <Tekstfelt
                felt="henvistTil"
                label={tr("bekymringer.avslutt.henvistTil")}
                beskrivelse={tr("bekymringer.avslutt.henvistTil.hjelp")}
              />
            </Skjema>
          </section>
        </>
      ) : null}
    </div>
  );
}
