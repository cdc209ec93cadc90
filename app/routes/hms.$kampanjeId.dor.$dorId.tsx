import { Alert, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/hms.$kampanjeId.dor.$dorId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { getDor, hentDor, registrerForsok, type Dorside } from "../modules/hms/dor.server";
import { henvis, lukkFunn, registrerFunn, sendSomMangel } from "../modules/hms/funn.server";
import { kanHaFunn, kanLukkes, MAKS_FORSOK, TIDSROM, UTFALL } from "../modules/hms/regler";
import {
  ForsokSchema,
  FunnSchema,
  HenvisSchema,
  LukkSchema,
  SendSchema,
  TEMAER,
  TJENESTER,
  tolk,
} from "../modules/hms/schemas";
import { HASTEGRADER, KATEGORIER, STEDER } from "../modules/mangelmelding/config";
import { Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.hms");

/** /hms/:kampanjeId/dor/:dorId — one unit of a campaign: attempts, findings, and their follow-up. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "hms.les");
  const dor = await getDor({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    kampanjeId: parseId(params.kampanjeId),
    dorId: parseId(params.dorId),
  });
  return {
    dor,
    kanForsok: can(actor, "hms.planlegge"),
    kanFunn: can(actor, "hms.funn"),
    kanHenvise: can(actor, "hms.henvise") && dor.serBehov,
    serMangelkoen: can(actor, "mangelmelding.behandle"),
    nokkel: randomUUID(),
    idag: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date()),
    lagret: new URL(request.url).searchParams.has("lagret"),
  };
}

const GRUNN: Record<string, MessageKey> = {
  maks_forsok: "hms.feil.maks_forsok",
  dor_ferdig: "hms.feil.dor_ferdig",
  dato_for_tidlig: "hms.feil.dato_for_tidlig",
  dato_fremtid: "hms.feil.dato_fremtid",
  ikke_besok: "hms.feil.ikke_besok",
  ugyldig_overgang: "hms.feil.ugyldig_overgang",
  mangel_ikke_lukket: "hms.feil.mangel_ikke_lukket",
};

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "hms.les");
  const kampanjeId = parseId(params.kampanjeId);
  const dorId = parseId(params.dorId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId, kampanjeId, dorId };
  // A door outside the actor's scope is "not found" before the form is read.
  await hentDor(ctx.db, actor, kampanjeId, dorId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const funnId = String(form.get("funnId") ?? "");
  const svarnokkel = ["send", "henvis", "lukk"].includes(intent) ? `${intent}-${funnId}` : intent;
  const nektet = (grunn: string) =>
    data<Skjemasvar>(
      grunn === "konflikt"
        ? {
            intent: svarnokkel,
            konflikt: true,
            verdier: Object.fromEntries(
              [...form].filter(([n]) => n !== "_csrf" && n !== "versjon"),
            ) as Record<string, string>,
          }
        : { intent: svarnokkel, melding: GRUNN[grunn] ?? "hms.feil.ugyldig_overgang", verdier: {} },
      { status: 409 },
    );
  const ugyldig = (t: { feil: Skjemasvar["feil"]; verdier: Skjemasvar["verdier"] }) =>
    data<Skjemasvar>({ intent: svarnokkel, feil: t.feil, verdier: t.verdier }, { status: 400 });

  let r: { ok: true } | { ok: false; grunn: string };
  if (intent === "forsok") {
    requirePermission(actor, "hms.planlegge");
    const t = tolk(ForsokSchema, form);
    if (!t.ok) return ugyldig(t);
    r = await registrerForsok({ ...ctx, input: t.data });
  } else if (intent === "bygning" || intent === "behov") {
    requirePermission(actor, intent === "behov" ? "hms.henvise" : "hms.funn");
    const t = tolk(FunnSchema, form);
    if (!t.ok) return ugyldig(t);
    r = await registrerFunn({ ...ctx, input: t.data });
  } else if (intent === "send") {
    requirePermission(actor, "hms.funn");
    const t = tolk(SendSchema, form);
    if (!t.ok) return ugyldig(t);
    r = await sendSomMangel({ ...ctx, input: t.data });
  } else if (intent === "henvis") {
    requirePermission(actor, "hms.henvise");
    const t = tolk(HenvisSchema, form);
    if (!t.ok) return ugyldig(t);
    r = await henvis({ ...ctx, input: t.data });
  } else if (intent === "lukk") {
    requirePermission(actor, "hms.funn");
    const t = tolk(LukkSchema, form);
    if (!t.ok) return ugyldig(t);
    r = await lukkFunn({ ...ctx, input: t.data });
  } else {
    fail("ugyldig");
  }
  if (!r.ok) return nektet(r.grunn);
  return redirect(`/hms/${kampanjeId}/dor/${dorId}?lagret=1`);
}

function FunnOppfolging({
  funn,
  svar,
  kanFunn,
  kanHenvise,
  serMangelkoen,
}: {
  funn: Dorside["funn"][number];
  svar: Skjemasvar | undefined;
  kanFunn: boolean;
  kanHenvise: boolean;
  serMangelkoen: boolean;
}) {
  const tr = useT();
  const sprak = useLocale();
  const f = funn;
  return (
    <li className="sa-seksjon">
      <Heading level={3} data-size="xs">
        {tr(`hms.type.${f.type}` as MessageKey)}: {tr(`hms.funnstatus.${f.status}` as MessageKey)}
      </Heading>
      {f.beskrivelse ? <Paragraph className="sa-tekst">{f.beskrivelse}</Paragraph> : null}
      {f.tema ? <Paragraph>{tr(`hms.tema.${f.tema}` as MessageKey)}</Paragraph> : null}
      {f.mangelstatus ? (
        <Paragraph>
          {tr("hms.funn.mangelstatus", { status: tr(`mangel.status.${f.mangelstatus}` as MessageKey) })}
          {serMangelkoen && f.mangelmeldingId ? (
            <>
              {" "}
              <Link asChild>
                <RouterLink to={`/mangelmeldinger/${f.mangelmeldingId}`}>
                  {tr("hms.funn.apneMangel")}
                </RouterLink>
              </Link>
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {f.henvisning ? (
        <>
          <Paragraph>
            {tr("hms.funn.henvistTil", {
              tjeneste: tr(`hms.tjeneste.${f.henvisning.tjeneste}` as MessageKey),
              dato: formatDato(f.henvisning.henvistDato, sprak),
            })}
          </Paragraph>
          <Paragraph className="sa-tekst">{f.henvisning.oppsummering}</Paragraph>
        </>
      ) : null}
      {f.lukketDato ? (
        <Paragraph>{tr("hms.funn.lukketDato", { dato: formatDato(f.lukketDato, sprak) })}</Paragraph>
      ) : null}
      {kanFunn && f.type === "bygning" && f.status === "apen" ? (
        <details open={svar?.intent === `send-${f.id}`}>
          <summary>{tr("hms.funn.send")}</summary>
          <Skjema
            intent="send"
            svarnokkel={`send-${f.id}`}
            svar={svar}
            knapp={tr("hms.funn.sendKnapp")}
            skjulte={{ funnId: f.id, versjon: f.versjon }}
            etiketter={{
              kategori: tr("hms.felt.kategori"),
              sted: tr("hms.felt.sted"),
              hastegrad: tr("hms.felt.hastegrad"),
            }}
          >
            <Valg
              felt="kategori"
              label={tr("hms.felt.kategori")}
              valg={KATEGORIER.map((v) => ({ verdi: v, tekst: tr(`mangel.kategori.${v}` as MessageKey) }))}
            />
            <Valg
              felt="sted"
              label={tr("hms.felt.sted")}
              valg={STEDER.map((v) => ({ verdi: v, tekst: tr(`hms.sted.${v}` as MessageKey) }))}
            />
            <Valg
              felt="hastegrad"
              label={tr("hms.felt.hastegrad")}
              standard="snart"
              valg={HASTEGRADER.map((v) => ({ verdi: v, tekst: tr(`mangel.hastegrad.${v}` as MessageKey) }))}
            />
          </Skjema>
        </details>
      ) : null}
      {kanHenvise && f.type === "behov" && f.status === "apen" ? (
        <details open={svar?.intent === `henvis-${f.id}`}>
          <summary>{tr("hms.funn.henvis")}</summary>
          <Skjema
            intent="henvis"
            svarnokkel={`henvis-${f.id}`}
            svar={svar}
            knapp={tr("hms.funn.henvisKnapp")}
            skjulte={{ funnId: f.id, versjon: f.versjon }}
            etiketter={{ tjeneste: tr("hms.felt.tjeneste"), oppsummering: tr("hms.felt.oppsummering") }}
          >
            <Valg
              felt="tjeneste"
              label={tr("hms.felt.tjeneste")}
              valg={TJENESTER.map((v) => ({ verdi: v, tekst: tr(`hms.tjeneste.${v}` as MessageKey) }))}
            />
            <Tekstfelt
              felt="oppsummering"
              flerlinje
              label={tr("hms.felt.oppsummering")}
              beskrivelse={tr("hms.felt.oppsummeringHjelp")}
            />
          </Skjema>
        </details>
      ) : null}
      {kanFunn && kanLukkes(f.status, f.mangelstatus) && (kanHenvise || f.type === "bygning") ? (
        <Skjema
          intent="lukk"
          svarnokkel={`lukk-${f.id}`}
          svar={svar}
          knapp={tr("hms.funn.lukk")}
          skjulte={{ funnId: f.id, versjon: f.versjon }}
        />
      ) : null}
    </li>
  );
}

export default function HmsDor({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { dor, kanForsok, kanFunn, kanHenvise, serMangelkoen, nokkel, idag, lagret } = loaderData;
  const aapnet = dor.forsok.filter((f) => kanHaFunn(f.utfall));
  const besokValg = aapnet.map((b) => ({
    verdi: b.id,
    tekst: tr("hms.besokValg", { nr: b.forsok, dato: formatDato(b.dato, sprak) }),
  }));
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[
          { label: tr("nav.hms"), href: "/hms" },
          { label: dor.kampanjetittel, href: `/hms/${dor.kampanjeId}` },
          { label: tr("hms.dor.tittel", { nummer: dor.bolignummer }) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("hms.dor.tittel", { nummer: dor.bolignummer })}
      </Heading>
      <Paragraph>{tr("hms.dor.fakta", { oppgang: dor.oppgang, etasje: dor.etasje })}</Paragraph>
      {lagret && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("hms.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <section className="sa-seksjon" aria-labelledby="forsok">
        <Heading level={2} data-size="md" id="forsok">
          {tr("hms.forsok.tittel")}
        </Heading>
        <Paragraph>{tr("hms.forsok.brukt", { brukt: dor.status.brukt })}</Paragraph>
        {dor.forsok.length === 0 ? (
          <Paragraph>{tr("hms.forsok.ingen")}</Paragraph>
        ) : (
          <div className="sa-rull">
            <Table>
              <caption className="ds-sr-only">{tr("hms.forsok.tittel")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("hms.kol.nr")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.dato")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.tidsrom")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("hms.kol.utfall")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {dor.forsok.map((f) => (
                  <Table.Row key={f.id}>
                    <Table.Cell>{f.forsok}</Table.Cell>
                    <Table.Cell>{formatDato(f.dato, sprak)}</Table.Cell>
                    <Table.Cell>{tr(`hms.tidsrom.${f.tidsrom}` as MessageKey)}</Table.Cell>
                    <Table.Cell>{tr(`hms.utfall.${f.utfall}` as MessageKey)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        {dor.status.tilstand === "ferdig" ? <Paragraph>{tr("hms.forsok.ferdig")}</Paragraph> : null}
        {dor.status.tilstand === "ikke_naadd" ? <Paragraph>{tr("hms.forsok.oppbrukt")}</Paragraph> : null}
        {kanForsok && dor.status.igjen > 0 && dor.status.brukt < MAKS_FORSOK ? (
          <>
            <Heading level={3} data-size="sm">
              {tr("hms.forsok.registrer")}
            </Heading>
            <Paragraph>
              {tr("hms.forsok.forslag", {
                tidsrom: tr(`hms.tidsrom.${dor.foreslattTidsrom}` as MessageKey).toLowerCase(),
              })}
            </Paragraph>
            <Skjema
              intent="forsok"
              svar={actionData}
              knapp={tr("hms.forsok.lagre")}
              skjulte={{ versjon: dor.versjon, idempotensnokkel: nokkel }}
              etiketter={{
                dato: tr("hms.felt.dato"),
                tidsrom: tr("hms.felt.tidsrom"),
                utfall: tr("hms.felt.utfall"),
              }}
            >
              <Tekstfelt
                felt="dato"
                type="date"
                label={tr("hms.felt.dato")}
                beskrivelse={tr("hms.felt.datoHjelp")}
                standard={idag}
              />
              <Valg
                felt="tidsrom"
                label={tr("hms.felt.tidsrom")}
                standard={dor.foreslattTidsrom}
                valg={TIDSROM.map((v) => ({ verdi: v, tekst: tr(`hms.tidsrom.${v}` as MessageKey) }))}
              />
              <Valg
                felt="utfall"
                label={tr("hms.felt.utfall")}
                valg={UTFALL.map((v) => ({ verdi: v, tekst: tr(`hms.utfall.${v}` as MessageKey) }))}
              />
            </Skjema>
          </>
        ) : null}
      </section>
      <section className="sa-seksjon" aria-labelledby="funn">
        <Heading level={2} data-size="md" id="funn">
          {tr("hms.funn.tittel")}
        </Heading>
        {!dor.serBehov ? <Paragraph>{tr("hms.boligbyggSerIkke")}</Paragraph> : null}
        {dor.funn.length === 0 ? (
          <Paragraph>{tr("hms.funn.ingen")}</Paragraph>
        ) : (
          <ul className="sa-liste">
            {dor.funn.map((f) => (
              <FunnOppfolging
                key={f.id}
                funn={f}
                svar={actionData}
                kanFunn={kanFunn}
                kanHenvise={kanHenvise}
                serMangelkoen={serMangelkoen}
              />
            ))}
          </ul>
        )}
        {kanFunn && aapnet.length === 0 ? <Paragraph>{tr("hms.funn.ingenBesok")}</Paragraph> : null}
        {kanFunn && aapnet.length > 0 ? (
          <>
            <Heading level={3} data-size="sm">
              {tr("hms.funn.registrerBygning")}
            </Heading>
            <Skjema
              intent="bygning"
              svar={actionData}
              knapp={tr("hms.funn.lagre")}
              skjulte={{ type: "bygning", idempotensnokkel: nokkel }}
              etiketter={{ besokId: tr("hms.felt.besok"), beskrivelse: tr("hms.felt.beskrivelse") }}
            >
              <Valg
                felt="besokId"
                label={tr("hms.felt.besok")}
                standard={aapnet.at(-1)?.id}
                valg={besokValg}
              />
              <Tekstfelt
                felt="beskrivelse"
                flerlinje
                label={tr("hms.felt.beskrivelse")}
                beskrivelse={tr("hms.felt.beskrivelseHjelp")}
              />
            </Skjema>
          </>
        ) : null}
        {kanHenvise && aapnet.length > 0 ? (
          <>
            <Heading level={3} data-size="sm">
              {tr("hms.funn.registrerBehov")}
            </Heading>
            <Skjema
              intent="behov"
              svar={actionData}
              knapp={tr("hms.funn.lagre")}
              skjulte={{ type: "behov", idempotensnokkel: nokkel }}
              etiketter={{ besokId: tr("hms.felt.besok"), tema: tr("hms.felt.tema") }}
            >
              <Valg
                felt="besokId"
                label={tr("hms.felt.besok")}
                standard={aapnet.at(-1)?.id}
                valg={besokValg}
              />
              <Valg
                felt="tema"
                label={tr("hms.felt.tema")}
                beskrivelse={tr("hms.felt.temaHjelp")}
                valg={TEMAER.map((v) => ({ verdi: v, tekst: tr(`hms.tema.${v}` as MessageKey) }))}
              />
            </Skjema>
          </>
        ) : null}
      </section>
    </div>
  );
}
