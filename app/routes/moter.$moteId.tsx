import { Alert, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { randomUUID } from "node:crypto";
import { data, Link as RouterLink, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/moter.$moteId";
import "../modules/samarbeid/components/samarbeid.css";
import { can, requirePermission } from "../auth/policy.server";
import type { Actor } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { fail, parseId } from "../lib/errors";
import { formatDato } from "../modules/housing-stock/format";
import { k, TiltakStatus } from "../modules/samarbeid/components/format";
import { Avkrysning, Skjema, Tekstfelt, Valg, type Skjemasvar } from "../components/skjema/ramme";
import { TiltakSkjema } from "../modules/samarbeid/components/tiltak-skjema";
import { eiendommerIBydel, finnMote, getMote } from "../modules/samarbeid/moter.server";
import { addDagsordenpunkt, setMotestatus, writeReferat } from "../modules/samarbeid/referat.server";
import { avkrysset, tekst, tolk, uuid, valgfriTekst, versjon } from "../modules/samarbeid/schemas";
import { serSosialt } from "../modules/samarbeid/scope.server";
import { TILTAKSFEIL_FELT, tolkTiltak } from "../modules/samarbeid/tiltak-skjema.server";
import { createTiltakspunkt, erForfalt } from "../modules/samarbeid/tiltak.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const m = loaderData?.mote;
  return [
    {
      title: pageTitle(
        locale,
        m ? t(locale, "samarbeid.mote.tittel", { navn: m.kilde.navn, dato: m.dato }) : undefined,
      ),
    },
  ];
};

/** A series meeting is read and written under samarbeid.*, a resident body's meeting under beboerrad.*. */
function tillatelse(kilde: "serie" | "beboerorgan", skriv: boolean): Permission {
  if (kilde === "serie") return skriv ? "samarbeid.skriv" : "samarbeid.les";
  return skriv ? "beboerrad.skriv" : "beboerrad.les";
}

/**
 * The first check, before the meeting is looked up: the samarbeid permission (today held by exactly the roles
 * that hold beboerrad.les). Once the meeting's kind is known, its own permission is required as well.
 */
function forsteTilgang(actor: Actor | null, skriv: boolean): Actor {
  return requirePermission(actor, skriv ? "samarbeid.skriv" : "samarbeid.les");
}

/** /moter/:moteId — one meeting: agenda, minutes and decisions per point, action items; social content only for district roles. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = forsteTilgang(state.actor, false);
  const db = deps(context).db;
  const r = await getMote({ db, actor, requestId: state.requestId, moteId: parseId(params.moteId) });
  requirePermission(actor, tillatelse(r.mote.kilde.type, false));
  const kanSkrive = can(actor, tillatelse(r.mote.kilde.type, true));
  const tilbake =
    r.mote.kilde.type === "serie" ? `/samarbeid/${r.mote.kilde.id}` : `/beboerrad/${r.mote.kilde.id}`;
  return {
    ...r,
    tiltak: r.tiltak.map((x) => ({ ...x, forfalt: erForfalt(x) })),
    kanSkrive,
    serSosialt: serSosialt(actor),
    eiendommer: kanSkrive ? await eiendommerIBydel(db, r.mote.bydel_id) : [],
    nokkel: randomUUID(),
    tilbake,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = forsteTilgang(state.actor, true);
  const moteId = parseId(params.moteId);
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const mote = await finnMote(ctx.db, ctx, moteId);
  requirePermission(actor, tillatelse(mote.kilde.type, true));
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const ferdig = () => redirect(`/moter/${moteId}?lagret=${intent}`);
  const svar = (s: Skjemasvar, status: number) => data<Skjemasvar>(s, { status });
  if (intent === "referat") {
    const tolket = tolk(
      z.object({
        dagsordenpunktId: uuid(),
        versjon: versjon(),
        referat: valgfriTekst(10_000),
        vedtak: valgfriTekst(4000),
        sosialt: avkrysset(),
      }),
      form,
    );
    if (!tolket.ok)
      return svar({ intent: `referat-${String(form.get("dagsordenpunktId"))}`, ...tolket }, 400);
    const r = await writeReferat({ ...ctx, ...tolket.data });
    if (!r.ok) {
      return svar(
        {
          intent: `referat-${tolket.data.dagsordenpunktId}`,
          konflikt: true,
          verdier: Object.fromEntries(
            [...form].filter(([n]) => n !== "_csrf").map(([n, v]) => [n, String(v)]),
          ),
        },
        409,
      );
    }
    return ferdig();
  }
  if (intent === "punkt") {
    const tolket = tolk(z.object({ tittel: tekst(300), sosialt: avkrysset() }), form);
    if (!tolket.ok) return svar({ intent, ...tolket }, 400);
    await addDagsordenpunkt({ ...ctx, moteId, ...tolket.data });
    return ferdig();
  }
  if (intent === "tiltak") {
    const tolket = tolkTiltak(form);
    if (!tolket.ok) return svar({ intent, ...tolket }, 400);
    const r = await createTiltakspunkt({ ...ctx, moteId, ...tolket.data });
    if (!r.ok) {
      const [felt, melding] = TILTAKSFEIL_FELT[r.felt];
      return svar(
        {
          intent,
          feil: { [felt]: melding },
          verdier: Object.fromEntries(
            [...form].filter(([n]) => n !== "_csrf").map(([n, v]) => [n, String(v)]),
          ),
        },
        400,
      );
    }
    return ferdig();
  }
  if (intent === "status") {
    const tolket = tolk(z.object({ versjon: versjon(), status: z.enum(["holdt", "avlyst"]) }), form);
    if (!tolket.ok) return svar({ intent, ...tolket }, 400);
    const r = await setMotestatus({ ...ctx, moteId, ...tolket.data });
    if (!r.ok) return svar({ intent, konflikt: true, verdier: {} }, 409);
    return ferdig();
  }
  fail("ugyldig");
}

export default function Mote({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { mote, punkter, tiltak, deltakere, kanSkrive } = loaderData;
  const tittel = tr("samarbeid.mote.tittel", { navn: mote.kilde.navn, dato: formatDato(mote.dato, sprak) });
  return (
    <div className="sa-side">
      <Breadcrumbs
        items={[
          mote.kilde.type === "serie"
            ? { label: tr("nav.samarbeid"), href: "/samarbeid" }
            : { label: tr("nav.beboerrad"), href: "/beboerrad" },
          { label: mote.kilde.navn, href: loaderData.tilbake },
          { label: formatDato(mote.dato, sprak) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Paragraph>
        {mote.bydel_navn} ·{" "}
        <Tag data-color={mote.status === "holdt" ? "success" : "info"}>
          {tr(k("motestatus", mote.status))}
        </Tag>
      </Paragraph>
      {!loaderData.serSosialt ? (
        <Alert data-color="info">
          <Paragraph>{tr("samarbeid.mote.skjultSosialt")}</Paragraph>
        </Alert>
      ) : null}
      <section className="sa-seksjon" aria-labelledby="dagsorden">
        <Heading level={2} data-size="md" id="dagsorden">
          {tr("samarbeid.mote.dagsorden")}
        </Heading>
        <ol className="sa-liste">
          {punkter.map((p) => (
            <li key={p.id} className="sa-kort">
              <Heading level={3} data-size="xs">
                {p.nr}. {p.tittel}{" "}
                {p.sosialt ? <Tag data-color="warning">{tr("samarbeid.sosialt")}</Tag> : null}
              </Heading>
              {p.referat ? (
                <Paragraph className="sa-tekst">
                  <strong>{tr("samarbeid.felt.referat")}:</strong> {p.referat}
                </Paragraph>
              ) : null}
              {p.vedtak ? (
                <Paragraph className="sa-tekst">
                  <strong>{tr("samarbeid.felt.vedtak")}:</strong> {p.vedtak}
                </Paragraph>
              ) : null}
              {kanSkrive ? (
                <details>
                  <summary>{tr("samarbeid.mote.skrivReferat", { nr: p.nr })}</summary>
                  <Skjema
                    intent="referat"
                    svarnokkel={`referat-${p.id}`}
                    svar={actionData}
                    knapp={tr("samarbeid.lagre")}
                    skjulte={{ dagsordenpunktId: p.id, versjon: p.versjon }}
                  >
                    <Tekstfelt
                      felt="referat"
                      label={tr("samarbeid.felt.referat")}
                      flerlinje
                      standard={p.referat ?? ""}
                    />
                    <Tekstfelt
                      felt="vedtak"
                      label={tr("samarbeid.felt.vedtak")}
                      flerlinje
                      standard={p.vedtak ?? ""}
                    />
                    {loaderData.serSosialt ? (
                      <Avkrysning felt="sosialt" label={tr("samarbeid.felt.sosialt")} standard={p.sosialt} />
                    ) : null}
                  </Skjema>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
        {kanSkrive ? (
          <details>
            <summary>{tr("samarbeid.mote.nyttPunkt")}</summary>
            <Skjema
              intent="punkt"
              svar={actionData}
              knapp={tr("samarbeid.mote.leggTilPunkt")}
              etiketter={{ tittel: tr("samarbeid.felt.tittel") }}
            >
              <Tekstfelt felt="tittel" label={tr("samarbeid.felt.tittel")} />
              {loaderData.serSosialt ? (
                <Avkrysning felt="sosialt" label={tr("samarbeid.felt.sosialt")} />
              ) : null}
            </Skjema>
          </details>
        ) : null}
      </section>
      <section className="sa-seksjon" aria-labelledby="tiltak">
        <Heading level={2} data-size="md" id="tiltak">
          {tr("samarbeid.tiltak.tittel")}
        </Heading>
        {tiltak.length === 0 ? (
          <Paragraph>{tr("samarbeid.tiltak.ingen")}</Paragraph>
        ) : (
          <div className="sa-rull">
            <Table>
              <caption>{tr("samarbeid.tiltak.tittel")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("samarbeid.felt.beskrivelse")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("samarbeid.felt.eier")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("samarbeid.felt.frist")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("samarbeid.kol.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {tiltak.map((x) => (
                  <Table.Row key={x.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/oppgaver/${x.id}`}>{x.beskrivelse}</RouterLink>
                      </Link>
                      {x.eiendom_adresse ? (
                        <>
                          <br />
                          {x.eiendom_adresse}
                          {x.bolignummer ? `, ${x.bolignummer}` : ""}
                        </>
                      ) : null}
                      {x.saksnummer ? (
                        <>
                          <br />
                          {tr("samarbeid.tiltak.sak", { saksnummer: x.saksnummer })}
                        </>
                      ) : null}
                      {x.mangel_status ? (
                        <>
                          <br />
                          {tr("samarbeid.tiltak.mangel", {
                            status: tr(`mangel.status.${x.mangel_status}` as MessageKey),
                          })}
                        </>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      {x.eier_navn} ({tr(k("eierorganisasjon", x.eier_organisasjon))})
                    </Table.Cell>
                    <Table.Cell className="sa-nowrap">{formatDato(x.frist, sprak)}</Table.Cell>
                    <Table.Cell>
                      <TiltakStatus status={x.status} forfalt={x.forfalt} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        {kanSkrive ? (
          <details open={actionData?.intent === "tiltak"}>
            <summary>{tr("samarbeid.tiltak.nytt")}</summary>
            <TiltakSkjema
              svar={actionData}
              nokkel={loaderData.nokkel}
              deltakere={deltakere}
              eiendommer={loaderData.eiendommer}
              serSosialt={loaderData.serSosialt}
            />
          </details>
        ) : null}
      </section>
      {kanSkrive && mote.status === "planlagt" ? (
        <section className="sa-seksjon" aria-labelledby="motestatus">
          <Heading level={2} data-size="sm" id="motestatus">
            {tr("samarbeid.mote.statusTittel")}
          </Heading>
          <Skjema
            intent="status"
            svar={actionData}
            knapp={tr("samarbeid.lagre")}
            skjulte={{ versjon: mote.versjon }}
          >
            <Valg
              felt="status"
              label={tr("samarbeid.kol.status")}
              valg={[
                { verdi: "holdt", tekst: tr("samarbeid.motestatus.holdt") },
                { verdi: "avlyst", tekst: tr("samarbeid.motestatus.avlyst") },
              ]}
            />
          </Skjema>
        </section>
      ) : null}
    </div>
  );
}
