import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/bekymringer.$bekymringId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { Tekstfelt, Tekstomrade } from "../components/skjema/felt";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/bekymring/components/bekymring.css";
import { Feiloppsummering, Radiogruppe } from "../components/skjema/felt";
import { getConcern } from "../modules/bekymring/get-concern.server";
import {
  acknowledgeConcern,
  closeConcern,
  replyToReporter,
} from "../modules/bekymring/handle-concern.server";
import { avsluttSchema, feltfeil, meldingSchema, UTFALL, type Feltfeil } from "../modules/bekymring/schemas";
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

type Handling = "kvitter" | "svar" | "avslutt";
type Svar = { handling: Handling; feil: Feltfeil; verdier: Record<string, string>; konflikt?: boolean };

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "bekymring.behandle");
  const bekymringId = parseId(params.bekymringId);
  const form = await request.formData();
  const felt = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const handling = felt("handling");
  const versjon = Number(felt("versjon"));
  if (!["kvitter", "svar", "avslutt"].includes(handling) || !Number.isInteger(versjon) || versjon < 1) {
    fail("ugyldig");
  }
  const h = handling as Handling;
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
      return data<Svar>(
        { handling: h, feil: { tekst: sjekk.error.issues[0]?.message }, verdier },
        { status: 422 },
      );
    }
  }
  if (h === "avslutt") {
    const sjekk = avsluttSchema.safeParse(verdier);
    if (!sjekk.success)
      return data<Svar>({ handling: h, feil: feltfeil(sjekk.error), verdier }, { status: 422 });
  }
  try {
    if (h === "kvitter") await acknowledgeConcern(ctx);
    if (h === "svar") await replyToReporter({ ...ctx, tekst: verdier.tekst });
    if (h === "avslutt") await closeConcern({ ...ctx, ...verdier });
  } catch (error) {
    // A stale page (a colleague acted first, or a double click): refuse with a message, keep the text.
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data<Svar>({ handling: h, feil: {}, verdier, konflikt: true }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/bekymringer/${bekymringId}?lagret=${h}`);
}

export default function BekymringSide({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bekymring: b, meldinger, frist } = loaderData;
  const dato = (d: string) => formatDato(d, sprak);
  const tekst = (key: string | undefined) => (key && isMessageKey(key) ? tr(key) : undefined);
  const svar = actionData as Svar | undefined;
  const feilFor = (h: Handling) => (svar?.handling === h ? svar.feil : {});
  const verdiFor = (h: Handling, f: string) => (svar?.handling === h ? (svar.verdier[f] ?? "") : "");
  const feilliste = (h: Handling) =>
    Object.entries(feilFor(h)).flatMap(([f, key]) => {
      const t = tekst(key);
      return t ? [[f, t] as [string, string]] : [];
    });
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
      {svar?.konflikt ? (
        <Alert data-color="danger">
          <Paragraph>{tr("bekymringer.konflikt")}</Paragraph>
        </Alert>
      ) : null}
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
        <Form method="post" className="soknad-side">
          <CsrfField />
          <input type="hidden" name="handling" value="kvitter" />
          <input type="hidden" name="versjon" value={b.versjon} />
          <Paragraph>{tr("bekymringer.kvitter.hjelp")}</Paragraph>
          <div>
            <Button type="submit">{tr("bekymringer.kvitter")}</Button>
          </div>
        </Form>
      ) : null}

      {b.status !== "avsluttet" ? (
        <>
          <Form method="post" noValidate className="soknad-side">
            <CsrfField />
            <input type="hidden" name="handling" value="svar" />
            <input type="hidden" name="versjon" value={b.versjon} />
            <Heading level={2} data-size="sm">
              {tr("bekymringer.svar")}
            </Heading>
            <Feiloppsummering tittel={tr("bekymring.feil.oppsummering")} feil={feilliste("svar")} />
            <Tekstomrade
              name="tekst"
              label={tr("bekymringer.svar.tekst")}
              hjelp={tr("bekymringer.svar.hjelp")}
              verdi={verdiFor("svar", "tekst")}
              feil={tekst(feilFor("svar").tekst)}
              maxLength={5000}
            />
            <div>
              <Button type="submit" variant="secondary">
                {tr("bekymringer.svar.send")}
              </Button>
            </div>
          </Form>
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
          <Form method="post" noValidate className="soknad-side">
            <CsrfField />
            <input type="hidden" name="handling" value="avslutt" />
            <input type="hidden" name="versjon" value={b.versjon} />
            <Heading level={2} data-size="sm">
              {tr("bekymringer.avslutt")}
            </Heading>
            <Paragraph>{tr("bekymringer.avslutt.hjelp")}</Paragraph>
            <Feiloppsummering tittel={tr("bekymring.feil.oppsummering")} feil={feilliste("avslutt")} />
            <Radiogruppe
              name="utfall"
              legend={tr("bekymringer.avslutt.utfall")}
              verdi={verdiFor("avslutt", "utfall")}
              feil={tekst(feilFor("avslutt").utfall)}
              valg={UTFALL.map((u) => ({ verdi: u, tekst: tr(`bekymringer.utfall.${u}` as MessageKey) }))}
            />
            <Tekstomrade
              name="oppsummering"
              label={tr("bekymringer.avslutt.oppsummering")}
              verdi={verdiFor("avslutt", "oppsummering")}
              feil={tekst(feilFor("avslutt").oppsummering)}
              maxLength={5000}
            />
            <Tekstfelt
              name="henvistTil"
              label={tr("bekymringer.avslutt.henvistTil")}
              hjelp={tr("bekymringer.avslutt.henvistTil.hjelp")}
              verdi={verdiFor("avslutt", "henvistTil")}
              feil={tekst(feilFor("avslutt").henvistTil)}
            />
            <div>
              <Button type="submit" variant="secondary">
                {tr("bekymringer.avslutt.send")}
              </Button>
            </div>
          </Form>
        </>
      ) : null}
    </div>
  );
}
