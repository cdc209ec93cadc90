import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/tildeling.$tildelingsrundeId";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { todayInOslo } from "../lib/frister";
import { getRound } from "../modules/allocation/get-round.server";
import { sendOffer, unsafeForeslattHusleie } from "../modules/allocation/offers.server";
import { requireRoundInScope } from "../modules/allocation/queries.server";
import { cancelRound } from "../modules/allocation/cancel-round.server";
import { recordMeeting } from "../modules/allocation/record-meeting.server";
import { avlysSchema, moteSchema, tilbudSchema } from "../modules/allocation/schemas";
import { Avkrysning, Tekstfelt, Tekstomrade, Valgfelt } from "../components/skjema/felt";
import { formatDato, formatTall } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "tildeling.runde.tittel");

/**
 * /tildeling/:tildelingsrundeId — one round: the units, the candidates who fit each, and the engine's suggestion
 * with the factors that counted (before the meeting); the meeting's decisions and the offers (after it).
 * `?maa=<sakId>` (repeatable) asks the engine for a suggestion where those applicants must get a unit.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.les");
  const rundeId = parseId(params.tildelingsrundeId);
  const maa = new URL(request.url).searchParams
    .getAll("maa")
    .filter((s) => /^[0-9a-f-]{36}$/.test(s))
    .slice(0, 20);
  const db = deps(context).db;
  const runde = await getRound({ db, actor, requestId: state.requestId, rundeId, maaTildeles: maa });
  const husleie: Record<string, number> = {};
  for (const b of runde.mote?.beslutninger ?? []) {
    const bolig = runde.boliger.find((x) => x.id === b.boligId);
    if (b.sakId && !b.tilbud && bolig && actor.bydelId) {
      husleie[b.tildelingId] = await unsafeForeslattHusleie(db, actor.bydelId, bolig.id, bolig.arealM2);
    }
  }
  return { runde, maa, husleie, idag: todayInOslo() };
}

type Feil = Record<string, string>;

export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.behandle");
  const rundeId = parseId(params.tildelingsrundeId);
  const db = deps(context).db;
  await requireRoundInScope({ db, actor, requestId: state.requestId, rundeId });
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const verdier: Record<string, string> = {};
  for (const [k, v] of form.entries())
    if (typeof v === "string" && k !== "_csrf") verdier[k] = v.slice(0, 5000);

  if (intent === "avlys") {
    const grunn = String(form.get("avlysGrunn") ?? "").slice(0, 5000);
    const sjekk = avlysSchema.safeParse({ grunn });
    if (!sjekk.success) {
      return data({ feil: { avlysGrunn: sjekk.error.issues[0]!.message } as Feil, verdier }, { status: 422 });
    }
    try {
      await cancelRound({
        db,
        actor,
        requestId: state.requestId,
        rundeId,
        versjon: Number(form.get("versjon")),
        input: sjekk.data,
      });
    } catch (error) {
      if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
        return data(
          {
            feil: {
              avlysGrunn:
                "Runden er endret i mellomtiden (møtet er registrert, eller runden er avlyst). Last siden på nytt.",
            } as Feil,
            verdier,
          },
          { status: 409 },
        );
      }
      throw error;
    }
    return redirect(`/tildeling/${rundeId}`);
  }

  if (intent === "tilbud") {
    const tildelingId = parseId(String(form.get("tildelingId") ?? ""));
    const sjekk = tilbudSchema.safeParse({ husleieKr: form.get(`husleie_${tildelingId}`) });
    if (!sjekk.success) {
      return data(
        { feil: { [`husleie_${tildelingId}`]: sjekk.error.issues[0]!.message } as Feil, verdier },
        { status: 422 },
      );
    }
    const { tilbudId } = await sendOffer({
      db,
      actor,
      requestId: state.requestId,
      tildelingId,
      husleieKr: sjekk.data.husleieKr,
    });
    return redirect(`/tildeling/tilbud/${tilbudId}`);
  }

  const boligIds = form.getAll("boligId").map(String).slice(0, 80);
  const input = {
    dato: String(form.get("dato") ?? ""),
    deltakere: String(form.get("deltakere") ?? "").slice(0, 5000),
    beslutninger: boligIds.map((boligId) => ({
      boligId,
      sakId: String(form.get(`sak_${boligId}`) ?? ""),
      begrunnelse: String(form.get(`begrunnelse_${boligId}`) ?? "").slice(0, 5000),
    })),
  };
  const sjekk = moteSchema.safeParse(input);
  if (!sjekk.success) {
    const feil: Feil = {};
    for (const i of sjekk.error.issues) {
      const [a, n, c] = i.path;
      const felt = a === "beslutninger" && typeof n === "number" ? `${String(c)}_${boligIds[n]}` : String(a);
      feil[felt] ??= i.message;
    }
    return data({ feil, verdier }, { status: 422 });
  }
  try {
    await recordMeeting({ db, actor, requestId: state.requestId, rundeId, input: sjekk.data });
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data(
        {
          feil: {
            skjema:
              "Møtet er allerede registrert, eller en søker har fått et tilbud i mellomtiden. Last siden på nytt.",
          } as Feil,
          verdier,
        },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirect(`/tildeling/${rundeId}`);
}

export default function Runde({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { runde, maa, husleie, idag } = loaderData;
  const feil: Feil = actionData?.feil ?? {};
  const verdier: Record<string, string> = actionData?.verdier ?? {};
  const k = runde.kandidater;
  const sak = (id: string | null) => {
    const c = id ? k[id] : undefined;
    return c ? tr("tildeling.kandidat", { navn: c.navn, saksnummer: c.saksnummer }) : tr("tildeling.ukjent");
  };
  const husstand = (id: string) => {
    const c = k[id];
    if (!c) return "";
    const deler = [tr("tildeling.husstand", { voksne: c.voksne, barn: c.barn })];
    deler.push(
      tr("tildeling.venter", { dager: formatTall(c.ventedager, 0, sprak), prioritet: c.venteprioritet }),
    );
    if (c.behov.rullestol) deler.push(tr("tildeling.behov.rullestol"));
    if (c.behov.heis) deler.push(tr("tildeling.behov.heis"));
    if (c.behov.forsteEtasje) deler.push(tr("tildeling.behov.forsteEtasje"));
    if (c.hoyOppfolging) deler.push(tr("tildeling.hoyOppfolging"));
    if (c.nyttTilbud) deler.push(tr("tildeling.nyttTilbud"));
    return deler.join(" · ");
  };
  const mote = runde.mote;
  const avlyst = runde.runde.status === "avlyst";
  return (
    <div className="tl-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("tildeling.tittel"), href: "/tildeling" },
          { label: runde.runde.navn },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("tildeling.runde.overskrift", { navn: runde.runde.navn })}
      </Heading>
      <Paragraph>
        {tr("tildeling.runde.opprettet", {
          navn: runde.runde.opprettetAv,
          dato: formatDato(new Date(runde.runde.opprettet).toISOString().slice(0, 10), sprak),
          antall: runde.boliger.length,
        })}
      </Paragraph>
      {runde.runde.avlyst ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {tr("tildeling.avlyst.tittel")}
          </Heading>
          <Paragraph>
            {tr("tildeling.avlyst.tekst", {
              navn: runde.runde.avlyst.av,
              dato: formatDato(new Date(runde.runde.avlyst.tid).toISOString().slice(0, 10), sprak),
            })}
          </Paragraph>
          <Paragraph>{runde.runde.avlyst.grunn}</Paragraph>
        </Alert>
      ) : null}

      {runde.forslag ? (
        <Alert data-color={runde.forslag.status === "optimal" ? "info" : "warning"}>
          <Heading level={2} data-size="xs">
            {tr(runde.forslag.status === "umulig" ? "tildeling.umulig.tittel" : "tildeling.forslag.tittel")}
          </Heading>
          <Paragraph>{runde.forslag.beslutningsstotte}</Paragraph>
          {runde.forslag.status === "umulig" ? (
            <ul className="tl-liste">
              {runde.forslag.forklaring.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      {mote ? (
        <section aria-labelledby="mote" className="tl-side">
          <Heading level={2} data-size="md" id="mote">
            {tr("tildeling.mote.holdt", { dato: formatDato(mote.dato, sprak) })}
          </Heading>
          <dl className="tl-fakta">
            <dt>{tr("tildeling.mote.deltakere")}</dt>
            <dd>{mote.deltakere}</dd>
            <dt>{tr("tildeling.mote.registrertAv")}</dt>
            <dd>{mote.registrertAv}</dd>
          </dl>
          {runde.boliger.map((b) => {
            const besl = mote.beslutninger.find((x) => x.boligId === b.id);
            if (!besl) return null;
            return (
              <Card key={b.id} className="tl-kort" data-color="neutral">
                <Heading level={3} data-size="sm">
                  {tr("tildeling.bolig.tittel", { adresse: b.adresse, bolignummer: b.bolignummer })}
                </Heading>
                <dl className="tl-fakta">
                  <dt>{tr("tildeling.mote.beslutning")}</dt>
                  <dd>{besl.sakId ? sak(besl.sakId) : tr("tildeling.mote.ingen")}</dd>
                  <dt>{tr("tildeling.mote.forslaget")}</dt>
                  <dd>
                    {besl.foreslattSakId ? sak(besl.foreslattSakId) : tr("tildeling.mote.ingenForslag")}
                    {besl.foreslattSakId && besl.foreslattSakId !== besl.sakId
                      ? ` (${tr("tildeling.mote.avvik")})`
                      : ""}
                  </dd>
                  <dt>{tr("tildeling.mote.begrunnelse")}</dt>
                  <dd>{besl.begrunnelse}</dd>
                  <dt>{tr("tildeling.mote.vurderte")}</dt>
                  <dd>{besl.vurderte.map((v) => sak(v)).join(", ") || tr("tildeling.mote.ingen")}</dd>
                </dl>
                {besl.tilbud ? (
                  <Paragraph>
                    <Link asChild>
                      <RouterLink to={`/tildeling/tilbud/${besl.tilbud.id}`}>
                        {tr("tildeling.tilbud.lenke", {
                          status: tr(`tildeling.tilbud.status.${besl.tilbud.status}`),
                        })}
                      </RouterLink>
                    </Link>
                  </Paragraph>
                ) : besl.sakId && !avlyst ? (
                  <Form method="post" noValidate className="tl-skjema">
                    <CsrfField />
                    <input type="hidden" name="intent" value="tilbud" />
                    <input type="hidden" name="tildelingId" value={besl.tildelingId} />
                    <Tekstfelt
                      name={`husleie_${besl.tildelingId}`}
                      label={tr("tildeling.tilbud.husleie")}
                      hjelp={tr("tildeling.tilbud.husleie.hjelp")}
                      verdi={
                        verdier[`husleie_${besl.tildelingId}`] ?? String(husleie[besl.tildelingId] ?? "")
                      }
                      feil={feil[`husleie_${besl.tildelingId}`]}
                      inputMode="numeric"
                      bredde="kort"
                    />
                    <div>
                      <Button type="submit">{tr("tildeling.tilbud.send")}</Button>
                    </div>
                  </Form>
                ) : null}
              </Card>
            );
          })}
        </section>
      ) : avlyst ? null : (
        <Form method="post" noValidate className="tl-side">
          <CsrfField />
          <input type="hidden" name="intent" value="mote" />
          {feil.skjema ? (
            <Alert data-color="danger">
              <Paragraph>{feil.skjema}</Paragraph>
            </Alert>
          ) : null}
          {runde.boliger.map((b) => (
            <Card key={b.id} className="tl-kort" data-color="neutral">
              <input type="hidden" name="boligId" value={b.id} />
              <Heading level={2} data-size="sm">
                {tr("tildeling.bolig.tittel", { adresse: b.adresse, bolignummer: b.bolignummer })}
              </Heading>
              <Paragraph>
                {tr("tildeling.bolig.fakta", {
                  rom: b.rom,
                  areal: formatTall(b.arealM2, 1, sprak),
                  etasje: b.etasje,
                })}
                {b.rullestol ? ` · ${tr("tildeling.rullestol")}` : ""}
                {b.heis ? ` · ${tr("tildeling.heis")}` : ""}
              </Paragraph>
              {b.eksisterende ? (
                <Paragraph data-size="sm">
                  {tr("tildeling.sammensetning", {
                    husstander: b.eksisterende.husstander,
                    barnefamilier: b.eksisterende.barnefamilier,
                    hoy: b.eksisterende.hoyOppfolging,
                  })}
                  {b.utrygg ? ` ${tr("tildeling.utrygg")}` : ""}
                </Paragraph>
              ) : null}
              <Heading level={3} data-size="xs">
                {tr("tildeling.forslag.bolig")}
              </Heading>
              {b.forslag ? (
                <>
                  <Paragraph>
                    <strong>{sak(b.forslag.sakId)}</strong> — {husstand(b.forslag.sakId)}.{" "}
                    {tr("tildeling.poeng", { poeng: formatTall(b.forslag.poeng, 1, sprak) })}
                  </Paragraph>
                  <Paragraph data-size="sm">{tr("tildeling.faktorer")}</Paragraph>
                  <ul className="tl-liste">
                    {b.forslag.faktorer.map((f) => (
                      <li key={f.faktor}>
                        {f.grunnlag} ({tr("tildeling.poeng", { poeng: formatTall(f.poeng, 1, sprak) })})
                      </li>
                    ))}
                    {b.forslag.oppfylteKrav.map((kr) => (
                      <li key={kr}>{kr}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <Paragraph>{b.ikkeTildeltGrunn ?? tr("tildeling.forslag.ingen")}</Paragraph>
              )}
              <Heading level={3} data-size="xs">
                {tr("tildeling.kandidater", { antall: b.kandidater.length })}
              </Heading>
              {b.kandidater.length > 10 ? (
                <Paragraph data-size="sm">{tr("tildeling.kandidater.forste", { antall: 10 })}</Paragraph>
              ) : null}
              {b.kandidater.length === 0 ? (
                <Paragraph>{tr("tildeling.kandidater.ingen")}</Paragraph>
              ) : (
                <ol className="tl-liste">
                  {b.kandidater.slice(0, 10).map((c) => (
                    <li key={c.sakId}>
                      {sak(c.sakId)} — {husstand(c.sakId)} (
                      {tr("tildeling.poeng", { poeng: formatTall(c.poeng, 1, sprak) })})
                    </li>
                  ))}
                </ol>
              )}
              {b.passerIkke.length > 0 ? (
                <Paragraph data-size="sm">
                  {tr("tildeling.passerIkke")} {b.passerIkke.map((p) => `${p.antall}: ${p.grunn}`).join("; ")}
                  .
                </Paragraph>
              ) : null}
              <Valgfelt
                name={`sak_${b.id}`}
                label={tr("tildeling.mote.velg")}
                hjelp={tr("tildeling.mote.velg.hjelp")}
                verdi={verdier[`sak_${b.id}`] ?? b.forslag?.sakId ?? ""}
                tomtValg={tr("tildeling.mote.ingen")}
                valg={b.kandidater.map((c) => ({ verdi: c.sakId, tekst: sak(c.sakId) }))}
                feil={feil[`sakId_${b.id}`]}
              />
              <Tekstomrade
                name={`begrunnelse_${b.id}`}
                label={tr("tildeling.mote.begrunnelse")}
                hjelp={tr("tildeling.mote.begrunnelse.hjelp")}
                verdi={verdier[`begrunnelse_${b.id}`] ?? ""}
                feil={feil[`begrunnelse_${b.id}`]}
                maxLength={4000}
              />
            </Card>
          ))}
          {runde.boliger.length > 0 ? (
            <Card className="tl-kort" data-color="neutral">
              <Heading level={2} data-size="sm">
                {tr("tildeling.mote.tittel")}
              </Heading>
              <Paragraph>{tr("tildeling.mote.ingress")}</Paragraph>
              <Tekstfelt
                name="dato"
                type="date"
                label={tr("tildeling.mote.dato")}
                verdi={verdier.dato ?? idag}
                feil={feil.dato}
                bredde="kort"
              />
              <Tekstomrade
                name="deltakere"
                label={tr("tildeling.mote.deltakere")}
                hjelp={tr("tildeling.mote.deltakere.hjelp")}
                verdi={verdier.deltakere ?? ""}
                feil={feil.deltakere}
                maxLength={2000}
              />
              <div>
                <Button type="submit">{tr("tildeling.mote.lagre")}</Button>
              </div>
            </Card>
          ) : null}
        </Form>
      )}

      {!avlyst ? (
        <Card className="tl-kort" data-color="neutral">
          <Form method="post" noValidate className="tl-skjema">
            <CsrfField />
            <input type="hidden" name="intent" value="avlys" />
            <input type="hidden" name="versjon" value={runde.runde.versjon} />
            <Heading level={2} data-size="sm">
              {tr("tildeling.avlys.tittel")}
            </Heading>
            <Paragraph>{tr(mote ? "tildeling.avlys.ingressEtterMote" : "tildeling.avlys.ingress")}</Paragraph>
            <Tekstomrade
              name="avlysGrunn"
              label={tr("tildeling.avlys.grunn")}
              hjelp={tr("tildeling.avlys.grunn.hjelp")}
              verdi={verdier.avlysGrunn ?? ""}
              feil={feil.avlysGrunn}
              maxLength={2000}
            />
            <div>
              <Button type="submit" variant="secondary" data-color="danger">
                {tr("tildeling.avlys.knapp")}
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}

      {!mote && !avlyst && Object.keys(k).length > 0 ? (
        <section aria-labelledby="maa">
          <Heading level={2} data-size="sm" id="maa">
            {tr("tildeling.maa.tittel")}
          </Heading>
          <Paragraph>{tr("tildeling.maa.ingress")}</Paragraph>
          <Form method="get" className="tl-skjema">
            <fieldset className="tl-skjema">
              <legend>{tr("tildeling.maa.legend")}</legend>
              {Object.values(k)
                .slice(0, 30)
                .map((c) => (
                  <Avkrysning
                    key={c.sakId}
                    type="checkbox"
                    name="maa"
                    idSuffiks={c.sakId}
                    value={c.sakId}
                    checked={maa.includes(c.sakId)}
                    label={sak(c.sakId)}
                  />
                ))}
            </fieldset>
            <div>
              <Button type="submit" variant="secondary">
                {tr("tildeling.maa.knapp")}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
      {runde.forslag ? (
        <Paragraph data-size="sm">
          <Tag data-color="neutral">{tr("tildeling.logget")}</Tag>
        </Paragraph>
      ) : null}
    </div>
  );
}
