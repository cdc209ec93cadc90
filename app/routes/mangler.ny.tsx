import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/mangler.ny";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { Feiloppsummering } from "../components/skjema/felt";
import { beboersSted, Bildefelt, MangelFelter, MB } from "../modules/mangelmelding/components/mangel-felter";
import { rensBilde, type RensetBilde } from "../modules/mangelmelding/bilder.server";
import { MAKS_BILDER } from "../modules/mangelmelding/config";
import { finnEgenAdresse } from "../modules/mangelmelding/egen-adresse.server";
import { reportDefect } from "../modules/mangelmelding/report-defect.server";
import { feltfeil, NyMangelSchema } from "../modules/mangelmelding/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "mangel.ny.tittel");

type Verdier = { kategori: string; sted: string; stedDetalj: string; beskrivelse: string; hastegrad: string };
const TOMME: Verdier = { kategori: "", sted: "", stedDetalj: "", beskrivelse: "", hastegrad: "" };

/**
 * GET /mangler/ny?oppgang=<oppgangId> — the form, also the QR code's target on an address's contact card.
 * Anonymous visitors are sent to sign in and come back here (with the same query). A resident can only report
 * at the address of their own active lease: another `oppgang` is ignored with a notice.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const url = new URL(request.url);
  if (!state.actor) throw redirect(`/logg-inn?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
  const actor = requirePermission(state.actor, "egen_mangelmelding.melde");
  const adresse = await finnEgenAdresse(deps(context).db, actor);
  const oppgang = url.searchParams.get("oppgang");
  return {
    adresse: adresse ? `${adresse.gateadresse}, ${adresse.postnummer} ${adresse.poststed}` : null,
    annenOppgang: Boolean(adresse && oppgang && oppgang.toLowerCase() !== adresse.oppgangId),
    idempotensnokkel: crypto.randomUUID(),
  };
}

type Svar = {
  feil: Record<string, MessageKey>;
  verdier: Verdier;
  idempotensnokkel: string;
  bildefeil: boolean;
};

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_mangelmelding.melde");
  const form = await request.formData();
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const verdier: Verdier = {
    kategori: str("kategori"),
    sted: str("sted"),
    stedDetalj: str("stedDetalj"),
    beskrivelse: str("beskrivelse"),
    hastegrad: str("hastegrad"),
  };
  const idempotensnokkel = str("idempotensnokkel") || crypto.randomUUID();
  const feil: Record<string, MessageKey> = {};
  const tolket = NyMangelSchema.safeParse({ ...verdier, idempotensnokkel });
  if (!tolket.success) {
    for (const [felt, kode] of Object.entries(feltfeil(tolket.error))) {
      if (felt !== "idempotensnokkel") feil[felt] = `mangel.feil.${kode}` as MessageKey;
    }
  }
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
  if (!tolket.success || feil.bilder) {
    return data<Svar>({ feil, verdier, idempotensnokkel, bildefeil: filer.length > 0 }, { status: 422 });
  }
  const { id } = await reportDefect({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    input: tolket.data,
    bilder,
  });
  return redirect(`/mangler/${id}?kvittering=1`);
}

export default function NyMangel({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const svar = actionData as Svar | undefined;
  const v = svar?.verdier ?? TOMME;
  const feil = svar?.feil ?? {};
  const f = (k: string) => (feil[k] ? tr(feil[k]!, { antall: MAKS_BILDER, mb: MB }) : undefined);
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[{ label: tr("mangel.mine.tittel"), href: "/mangler" }, { label: tr("mangel.ny.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.ny.tittel")}
      </Heading>
      {loaderData.adresse === null ? (
        <Alert data-color="warning">
          <Paragraph>{tr("mangel.ny.ingenBolig")}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{tr("mangel.ny.ingress")}</Paragraph>
          {loaderData.annenOppgang ? (
            <Alert data-color="info">
              <Paragraph>{tr("mangel.ny.annenOppgang", { adresse: loaderData.adresse })}</Paragraph>
            </Alert>
          ) : (
            <Paragraph>
              <strong>{tr("mangel.ny.adresse", { adresse: loaderData.adresse })}</strong>
            </Paragraph>
          )}
          <Feiloppsummering
            tittel={tr("mangel.feil.oppsummering")}
            feil={Object.keys(feil).map((k) => [k, f(k)!])}
          />
          <Form method="post" encType="multipart/form-data" noValidate className="soknad-skjema">
            <CsrfField />
            <input
              type="hidden"
              name="idempotensnokkel"
              value={svar?.idempotensnokkel ?? loaderData.idempotensnokkel}
            />
            <MangelFelter
              verdier={v}
              tekst={f}
              stedTekst={beboersSted}
              beskrivelseHjelp="mangel.beskrivelse.hjelp"
              akuttRad="mangel.akuttRad"
            />
            <Bildefelt antall={MAKS_BILDER} feil={f("bilder")} velgIgjen={Boolean(svar?.bildefeil)} />
            <div>
              <Button type="submit">{tr("mangel.ny.send")}</Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
