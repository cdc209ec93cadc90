import { Alert, Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/naboklager.$naboklageId";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { Tekstomrade } from "../components/skjema/felt";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/bekymring/components/bekymring.css";
import { Feiloppsummering, Radiogruppe } from "../components/skjema/felt";
import type { Feltfeil } from "../modules/bekymring/schemas";
import { formatDato } from "../modules/housing-stock/format";
import { getComplaint, type Part } from "../modules/naboklage/get-complaint.server";
import { addStep, closeComplaint } from "../modules/naboklage/handle-complaint.server";
import {
  avsluttNaboklageSchema,
  NABOKLAGE_UTFALL,
  STEG_FOR_SIDE,
  stegSchema,
} from "../modules/naboklage/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "naboklage.tittel");

function aktor(state: ReturnType<typeof requestState>) {
  return requirePermission(state.actor, "naboklage.les");
}

/** /naboklager/:naboklageId — one complaint as the reader's side may see it (out of scope: 404). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = aktor(state);
  return getComplaint({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    naboklageId: parseId(params.naboklageId),
  });
}

type Handling = "steg" | "avslutt";
type Svar = { handling: Handling; feil: Feltfeil; verdier: Record<string, string>; konflikt?: boolean };

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = aktor(state);
  const naboklageId = parseId(params.naboklageId);
  const form = await request.formData();
  const felt = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const handling = felt("handling");
  const versjon = Number(felt("versjon"));
  if ((handling !== "steg" && handling !== "avslutt") || !Number.isInteger(versjon) || versjon < 1)
    fail("ugyldig");
  const verdier = { type: felt("type"), notat: felt("notat"), utfall: felt("utfall") };
  const sjekk =
    handling === "steg" ? stegSchema.safeParse(verdier) : avsluttNaboklageSchema.safeParse(verdier);
  if (!sjekk.success) {
    const feil: Feltfeil = {};
    for (const issue of sjekk.error.issues) feil[String(issue.path[0])] ??= issue.message;
    return data<Svar>({ handling, feil, verdier }, { status: 422 });
  }
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, naboklageId, versjon };
  try {
    if (handling === "steg") await addStep({ ...ctx, type: verdier.type, notat: verdier.notat });
    else await closeComplaint({ ...ctx, utfall: verdier.utfall });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data<Svar>({ handling, feil: {}, verdier, konflikt: true }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/naboklager/${naboklageId}`);
}

function PartTekst({ part }: { part: Part }) {
  const tr = useT();
  return (
    <>
      {tr("naboklage.sak.bolig", {
        oppgang: part.oppgang,
        bolignummer: part.bolignummer,
        etasje: part.etasje,
      })}
      . {tr(part.leieforholdAktivt ? "naboklage.sak.leieforhold.aktivt" : "naboklage.sak.leieforhold.ikke")}
    </>
  );
}

export default function NaboklageSide({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const k = loaderData;
  const dato = (d: string) => formatDato(d, sprak);
  const svar = actionData as Svar | undefined;
  const tekst = (key: string | undefined) => (key && isMessageKey(key) ? tr(key) : undefined);
  const feilFor = (h: Handling) => (svar?.handling === h ? svar.feil : {});
  const verdiFor = (h: Handling, f: string) => (svar?.handling === h ? (svar.verdier[f] ?? "") : "");
  const feilliste = (h: Handling) =>
    Object.entries(feilFor(h)).flatMap(([f, key]) => {
      const t = tekst(key);
      return t ? [[f, t] as [string, string]] : [];
    });
  const tittel = tr("naboklage.sak.tittel", { dato: dato(k.opprettet) });
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("naboklage.tittel"), href: "/naboklager" },
          { label: tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      {svar?.konflikt ? (
        <Alert data-color="danger">
          <Paragraph>{tr("naboklage.konflikt")}</Paragraph>
        </Alert>
      ) : null}
      {k.status === "avsluttet" && k.utfall ? (
        <Alert data-color="success">
          <Paragraph>
            {tr("naboklage.sak.avsluttet", {
              dato: dato(k.avsluttet ?? k.opprettet),
              utfall: tr(`naboklage.utfall.${k.utfall}` as MessageKey),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      <Card>
        <Paragraph>
          <strong>{tr("naboklage.sak.adresse")}:</strong> {k.adresse} ({k.bydel})
        </Paragraph>
        <Paragraph>
          <strong>{tr("naboklage.sak.kategori")}:</strong>{" "}
          {tr(`naboklage.kategori.${k.kategori}` as MessageKey)}
        </Paragraph>
        <Paragraph>
          <strong>{tr("naboklage.sak.behandler")}:</strong> {k.behandler}
        </Paragraph>
        {k.kilde === "bekymring" ? <Paragraph>{tr("naboklage.sak.kilde.bekymring")}</Paragraph> : null}
      </Card>
      <Heading level={2} data-size="sm">
        {tr("naboklage.sak.parter")}
      </Heading>
      <Card>
        <Heading level={3} data-size="2xs">
          {tr("naboklage.sak.klager")}
        </Heading>
        <Paragraph data-testid="klager">
          {k.klager === "skjult" ? (
            tr("naboklage.sak.klager.skjult")
          ) : k.klager === "ingen" ? (
            tr("naboklage.sak.klager.ingen")
          ) : (
            <PartTekst part={k.klager} />
          )}
        </Paragraph>
        {k.klagerSkjult && k.erBehandler ? (
          <Paragraph>{tr("naboklage.sak.klager.skjultForAndre")}</Paragraph>
        ) : null}
        <Heading level={3} data-size="2xs">
          {tr("naboklage.sak.innklaget")}
        </Heading>
        <Paragraph>
          <PartTekst part={k.innklaget} />
        </Paragraph>
      </Card>
      {k.beskrivelse !== null ? (
        <Card>
          <Heading level={2} data-size="xs">
            {tr("naboklage.sak.beskrivelse")}
          </Heading>
          <Paragraph className="bekymring-tekst">{k.beskrivelse}</Paragraph>
        </Card>
      ) : null}
      <Heading level={2} data-size="sm">
        {tr("naboklage.sak.steg")}
      </Heading>
      {k.steg.length === 0 ? (
        <Paragraph>{tr("naboklage.sak.ingenSteg")}</Paragraph>
      ) : (
        <ol className="bekymring-trad">
          {k.steg.map((s) => (
            <li key={s.lopenummer}>
              <Card data-color={s.side === "bydel" ? "neutral" : "accent"}>
                <Heading level={3} data-size="2xs">
                  {tr("naboklage.sak.stegLinje", {
                    dato: dato(s.dato),
                    type: tr(`naboklage.steg.${s.type}` as MessageKey),
                    side: tr(`naboklage.side.${s.side}` as MessageKey),
                    navn: s.registrertAv,
                  })}
                </Heading>
                <Paragraph className="bekymring-tekst">
                  {s.notat ?? tr("naboklage.sak.notatSkjult")}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ol>
      )}
      {k.status === "apen" ? (
        <>
          <Form method="post" noValidate className="soknad-side">
            <CsrfField />
            <input type="hidden" name="handling" value="steg" />
            <input type="hidden" name="versjon" value={k.versjon} />
            <Heading level={2} data-size="sm">
              {tr("naboklage.steg.ny")}
            </Heading>
            <Feiloppsummering tittel={tr("bekymring.feil.oppsummering")} feil={feilliste("steg")} />
            <Radiogruppe
              name="type"
              legend={tr("naboklage.steg.type")}
              verdi={verdiFor("steg", "type")}
              feil={tekst(feilFor("steg").type)}
              valg={STEG_FOR_SIDE[k.side].map((t) => ({
                verdi: t,
                tekst: tr(`naboklage.steg.${t}` as MessageKey),
              }))}
            />
            <Tekstomrade
              name="notat"
              label={tr("naboklage.steg.notat")}
              hjelp={tr(
                k.side === "bydel"
                  ? "naboklage.steg.notat.hjelp.bydel"
                  : "naboklage.steg.notat.hjelp.boligbygg",
              )}
              verdi={verdiFor("steg", "notat")}
              feil={tekst(feilFor("steg").notat)}
              maxLength={5000}
            />
            <div>
              <Button type="submit">{tr("naboklage.steg.send")}</Button>
            </div>
          </Form>
          {k.side === "bydel" ? (
            <Form method="post" noValidate className="soknad-side">
              <CsrfField />
              <input type="hidden" name="handling" value="avslutt" />
              <input type="hidden" name="versjon" value={k.versjon} />
              <Heading level={2} data-size="sm">
                {tr("naboklage.avslutt")}
              </Heading>
              <Feiloppsummering tittel={tr("bekymring.feil.oppsummering")} feil={feilliste("avslutt")} />
              <Radiogruppe
                name="utfall"
                legend={tr("naboklage.avslutt.utfall")}
                verdi={verdiFor("avslutt", "utfall")}
                feil={tekst(feilFor("avslutt").utfall)}
                valg={NABOKLAGE_UTFALL.map((u) => ({
                  verdi: u,
                  tekst: tr(`naboklage.utfall.${u}` as MessageKey),
                }))}
              />
              <div>
                <Button type="submit" variant="secondary">
                  {tr("naboklage.avslutt.send")}
                </Button>
              </div>
            </Form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
