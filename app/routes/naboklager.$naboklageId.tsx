import { Alert, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect } from "react-router";
import type { Route } from "./+types/naboklager.$naboklageId";
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
import { feltfeil } from "../modules/bekymring/schemas";
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

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = aktor(state);
  const naboklageId = parseId(params.naboklageId);
  const form = await request.formData();
  const felt = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const handling = felt("intent");
  const versjon = Number(felt("versjon"));
  if ((handling !== "steg" && handling !== "avslutt") || !Number.isInteger(versjon) || versjon < 1)
    fail("ugyldig");
  const verdier = { type: felt("type"), notat: felt("notat"), utfall: felt("utfall") };
  const sjekk =
    handling === "steg" ? stegSchema.safeParse(verdier) : avsluttNaboklageSchema.safeParse(verdier);
  if (!sjekk.success) {
    return data<Skjemasvar>({ intent: handling, feil: feltfeil(sjekk.error), verdier }, { status: 422 });
  }
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, naboklageId, versjon };
  try {
    if (handling === "steg") await addStep({ ...ctx, type: verdier.type, notat: verdier.notat });
    else await closeComplaint({ ...ctx, utfall: verdier.utfall });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data<Skjemasvar>({ intent: handling, verdier, konflikt: true }, { status: 409 });
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
  const svar = actionData as Skjemasvar | undefined;
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
          <section className="soknad-side" aria-labelledby="nytt-steg">
            <Heading level={2} data-size="sm" id="nytt-steg">
              {tr("naboklage.steg.ny")}
            </Heading>
            <Skjema
              intent="steg"
              versjon={k.versjon}
              svar={svar}
              knapp={tr("naboklage.steg.send")}
              etiketter={{ type: tr("naboklage.steg.type"), notat: tr("naboklage.steg.notat") }}
            >
              <Radiovalg
                felt="type"
                legend={tr("naboklage.steg.type")}
                valg={STEG_FOR_SIDE[k.side].map((t) => ({
                  verdi: t,
                  tekst: tr(`naboklage.steg.${t}` as MessageKey),
                }))}
              />
              <Tekstfelt
                felt="notat"
                label={tr("naboklage.steg.notat")}
                beskrivelse={tr(
                  k.side === "bydel"
                    ? "naboklage.steg.notat.hjelp.bydel"
                    : "naboklage.steg.notat.hjelp.boligbygg",
                )}
                flerlinje
                maks={5000}
              />
            </Skjema>
          </section>
          {k.side === "bydel" ? (
            <section className="soknad-side" aria-labelledby="avslutt">
              <Heading level={2} data-size="sm" id="avslutt">
                {tr("naboklage.avslutt")}
              </Heading>
              <Skjema
                intent="avslutt"
                versjon={k.versjon}
                svar={svar}
                knapp={tr("naboklage.avslutt.send")}
                knappVariant="secondary"
                etiketter={{ utfall: tr("naboklage.avslutt.utfall") }}
              >
                <Radiovalg
                  felt="utfall"
                  legend={tr("naboklage.avslutt.utfall")}
                  valg={NABOKLAGE_UTFALL.map((u) => ({
                    verdi: u,
                    tekst: tr(`naboklage.utfall.${u}` as MessageKey),
                  }))}
                />
              </Skjema>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
