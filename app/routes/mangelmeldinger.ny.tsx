import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/mangelmeldinger.ny";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/mangelmelding/components/mangelmelding.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { Feiloppsummering, Valgfelt } from "../components/skjema/felt";
import { fail, parseId } from "../lib/errors";
import { ansattsSted, Bildefelt, MangelFelter, MB } from "../modules/mangelmelding/components/mangel-felter";
import { rensBilde, type RensetBilde } from "../modules/mangelmelding/bilder.server";
import { MAKS_BILDER } from "../modules/mangelmelding/config";
import { registerDefectAsStaff } from "../modules/mangelmelding/register-defect-as-staff.server";
import { AnsattMangelSchema, feltfeil } from "../modules/mangelmelding/schemas";
import { staffAddressChoices } from "../modules/mangelmelding/staff-address.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mangel.ansatt.tittel");

type Verdier = {
  boligId: string;
  kategori: string;
  sted: string;
  stedDetalj: string;
  beskrivelse: string;
  hastegrad: string;
};
const TOMME: Verdier = {
  boligId: "",
  kategori: "",
  sted: "",
  stedDetalj: "",
  beskrivelse: "",
  hastegrad: "",
};

const valgfriId = (v: string | null) => (v ? parseId(v) : null);

/**
 * GET /mangelmeldinger/ny?bydel=&eiendom=&oppgang= — staff register a fault they found (HMS visit, meeting,
 * phone). Boligbygg chooses the district; a coordinator's own district is chosen for her. Address and
 * stairwell are plain GET choices (no JavaScript needed); then the form itself.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.registrere");
  const q = new URL(request.url).searchParams;
  const valg = await staffAddressChoices({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    bydelId: q.get("bydel") || null,
    eiendomId: valgfriId(q.get("eiendom")),
    oppgangId: valgfriId(q.get("oppgang")),
  });
  return { ...valg, idempotensnokkel: crypto.randomUUID() };
}

type Svar = {
  feil: Record<string, MessageKey>;
  verdier: Verdier;
  idempotensnokkel: string;
  bildefeil: boolean;
};

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.registrere");
  const form = await request.formData();
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const verdier: Verdier = {
    boligId: str("boligId"),
    kategori: str("kategori"),
    sted: str("sted"),
    stedDetalj: str("stedDetalj"),
    beskrivelse: str("beskrivelse"),
    hastegrad: str("hastegrad"),
  };
  // The stairwell comes from the address steps; without one the form was not sent from the page.
  const oppgangId = str("oppgangId").toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(oppgangId)) fail("ugyldig");
  const idempotensnokkel = str("idempotensnokkel") || crypto.randomUUID();
  const feil: Record<string, MessageKey> = {};
  const tolket = AnsattMangelSchema.safeParse({
    ...verdier,
    boligId: verdier.boligId || undefined,
    oppgangId,
    idempotensnokkel,
  });
  if (!tolket.success) {
    for (const [felt, kode] of Object.entries(feltfeil(tolket.error))) {
      if (felt !== "idempotensnokkel" && felt !== "oppgangId")
        feil[felt] = `mangel.feil.${kode}` as MessageKey;
    }
  }
  if (verdier.sted === "egen_bolig" && !verdier.boligId) feil.boligId = "mangel.ansatt.feil.bolig";
  const filer = form.getAll("bilder").filter((f): f is File => f instanceof File && f.size > 0);
  const bilder: RensetBilde[] = [];
  if (filer.length > MAKS_BILDER) feil.bilder = "mangel.feil.bilder.for_mange";
  else {
    for (const fil of filer) {
      const renset = await rensBilde(new Uint8Array(await fil.arrayBuffer()));
      if (!renset.ok) {
        feil.bilder = `mangel.feil.bilder.${renset.feil}`;
        break;
      }
      bilder.push(renset.bilde);
    }
  }
  if (!tolket.success || Object.keys(feil).length > 0) {
    return data<Svar>({ feil, verdier, idempotensnokkel, bildefeil: filer.length > 0 }, { status: 422 });
  }
  const { id } = await registerDefectAsStaff({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    input: tolket.data,
    bilder,
  });
  return redirect(`/mangelmeldinger/registrert?ny=${id}`);
}

export default function NyAnsattMangel({ loaderData: d, actionData }: Route.ComponentProps) {
  const tr = useT();
  const svar = actionData as Svar | undefined;
  const v = svar?.verdier ?? TOMME;
  const feil = svar?.feil ?? {};
  const f = (k: string) => (feil[k] ? tr(feil[k]!, { antall: MAKS_BILDER, mb: MB }) : undefined);
  const flereBydeler = d.bydeler.length > 1;
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("mangel.registrert.tittel"), href: "/mangelmeldinger/registrert" },
          { label: tr("mangel.ansatt.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.ansatt.tittel")}
      </Heading>
      <Paragraph>{tr("mangel.ansatt.ingress")}</Paragraph>

      {d.oppgang === null ? (
        <>
          {flereBydeler ? (
            <Form method="get" className="mangel-filter">
              <Valgfelt
                name="bydel"
                label={tr("mangel.ansatt.bydel")}
                verdi={d.bydelId ?? ""}
                tomtValg={tr("soknad.velg")}
                valg={d.bydeler.map((b) => ({ verdi: b.id, tekst: b.navn }))}
              />
              <div>
                <Button type="submit" variant="secondary">
                  {tr("mangel.ansatt.velgBydel")}
                </Button>
              </div>
            </Form>
          ) : null}
          {d.bydelId ? (
            <Form method="get" className="mangel-filter">
              {flereBydeler ? <input type="hidden" name="bydel" value={d.bydelId} /> : null}
              <Valgfelt
                name="eiendom"
                label={tr("mangel.ansatt.eiendom")}
                verdi={d.eiendomId ?? ""}
                tomtValg={tr("soknad.velg")}
                valg={d.eiendommer.map((e) => ({ verdi: e.id, tekst: e.navn }))}
              />
              <div>
                <Button type="submit" variant="secondary">
                  {tr("mangel.ansatt.velgEiendom")}
                </Button>
              </div>
            </Form>
          ) : null}
          {d.eiendomId ? (
            <Form method="get" className="mangel-filter">
              <Valgfelt
                name="oppgang"
                label={tr("mangel.ansatt.oppgang")}
                verdi=""
                tomtValg={tr("soknad.velg")}
                valg={d.oppganger.map((o) => ({ verdi: o.id, tekst: o.navn }))}
              />
              <div>
                <Button type="submit" variant="secondary">
                  {tr("mangel.ansatt.velgOppgang")}
                </Button>
              </div>
            </Form>
          ) : null}
        </>
      ) : (
        <>
          <Paragraph>
            <strong>
              {tr("mangel.ny.adresse", {
                adresse: `${d.oppgang.gateadresse}, ${d.oppgang.postnummer} ${d.oppgang.poststed} (${d.oppgang.bydelNavn})`,
              })}
            </strong>{" "}
            <Link href={`/mangelmeldinger/ny?bydel=${encodeURIComponent(d.bydelId ?? "")}`}>
              {tr("mangel.ansatt.annenAdresse")}
            </Link>
          </Paragraph>
          <Feiloppsummering
            tittel={tr("mangel.feil.oppsummering")}
            feil={Object.keys(feil).map((k) => [k, f(k)!])}
          />
          <Form method="post" encType="multipart/form-data" noValidate className="soknad-skjema">
            <CsrfField />
            <input
              type="hidden"
              name="idempotensnokkel"
              value={svar?.idempotensnokkel ?? d.idempotensnokkel}
            />
            <input type="hidden" name="oppgangId" value={d.oppgang.id} />
            <Valgfelt
              name="boligId"
              label={tr("mangel.ansatt.bolig")}
              hjelp={tr("mangel.ansatt.bolig.hjelp")}
              verdi={v.boligId}
              feil={f("boligId")}
              tomtValg={tr("mangel.ansatt.ingenBolig")}
              valg={d.boliger.map((b) => ({
                verdi: b.id,
                tekst: tr("mangel.ansatt.boligValg", { nummer: b.bolignummer, etasje: b.etasje }),
              }))}
            />
            <MangelFelter
              verdier={v}
              tekst={f}
              stedTekst={ansattsSted}
              beskrivelseHjelp="mangel.ansatt.beskrivelse.hjelp"
            />
            <Bildefelt antall={MAKS_BILDER} feil={f("bilder")} velgIgjen={Boolean(svar?.bildefeil)} />
            <div>
              <Button type="submit">{tr("mangel.ansatt.send")}</Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
