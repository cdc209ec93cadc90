import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/mangler.$mangelmeldingId";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { Feiloppsummering, Tekstomrade } from "../components/skjema/felt";
import { parseId } from "../lib/errors";
import { addInformation } from "../modules/mangelmelding/add-information.server";
import { Bilder } from "../modules/mangelmelding/components/bilder";
import { beboersSted, Bildefelt, MB } from "../modules/mangelmelding/components/mangel-felter";
import { rensBilde, type RensetBilde } from "../modules/mangelmelding/bilder.server";
import { Meldingsfakta, Statusfakta } from "../modules/mangelmelding/components/melders-fakta";
import { Tidslinje } from "../modules/mangelmelding/components/tidslinje";
import { MAKS_BILDER, MAKS_BILDER_TOTALT } from "../modules/mangelmelding/config";
import { getOwnDefect } from "../modules/mangelmelding/get-own-defect.server";
import { feltfeil, TilleggSchema } from "../modules/mangelmelding/schemas";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const kategori = loaderData ? t(locale, `mangel.kategori.${loaderData.mangel.kategori}`) : undefined;
  return [
    { title: pageTitle(locale, kategori ? t(locale, "mangel.detalj.tittel", { kategori }) : undefined) },
  ];
};

/** One of the resident's own reports with its timeline; visiting marks new steps as seen. Another's is 404. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_mangelmelding.melde");
  const detalj = await getOwnDefect({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    id: parseId(params.mangelmeldingId),
  });
  const q = new URL(request.url).searchParams;
  return {
    ...detalj,
    kvittering: q.get("kvittering") === "1",
    lagtTil: q.get("lagtTil") === "1",
    idempotensnokkel: crypto.randomUUID(),
  };
}

type Svar = { feil: Record<string, MessageKey>; tekst: string; idempotensnokkel: string; bildefeil: boolean };

/**
 * The resident adds information or photos to the report while it is open (a `tillegg` step Boligbygg sees
 * flagged in its queue). The photos get the same checks as in the report form. A hidden key makes a double
 * click add one step; a report closed in the meantime refuses the addition with a message.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_mangelmelding.melde");
  const id = parseId(params.mangelmeldingId);
  const form = await request.formData();
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const tekst = str("tekst");
  const idempotensnokkel = str("idempotensnokkel") || crypto.randomUUID();
  const feil: Record<string, MessageKey> = {};
  const tolket = TilleggSchema.safeParse({ tekst, idempotensnokkel });
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
  const avvis = (status = 422) =>
    data<Svar>({ feil, tekst, idempotensnokkel, bildefeil: filer.length > 0 }, { status });
  if (!tolket.success || feil.bilder) return avvis();
  const r = await addInformation({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    id,
    input: tolket.data,
    bilder,
  });
  if (!r.ok) {
    if (r.feil === "tom") feil.tekst = "mangel.tillegg.feil.tom";
    else if (r.feil === "for_mange_bilder") feil.bilder = "mangel.tillegg.feil.forMangeBilder";
    else feil.tekst = "mangel.tillegg.feil.lukket";
    return avvis(r.feil === "lukket" ? 409 : 422);
  }
  return redirect(`/mangler/${id}?lagtTil=1`);
}

export default function MinMangel({ loaderData: d, actionData }: Route.ComponentProps) {
  const tr = useT();
  const svar = actionData as Svar | undefined;
  const m = d.mangel;
  const kategori = tr(`mangel.kategori.${m.kategori}`);
  const apen = m.lukket === null;
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("mangel.mine.tittel"), href: "/mangler" },
          { label: tr("mangel.detalj.tittel", { kategori }) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("mangel.detalj.tittel", { kategori })}
      </Heading>
      {d.kvittering ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("mangel.kvittering")}</Paragraph>
        </Alert>
      ) : null}
      <Statusfakta mangel={m} gateadresse={d.gateadresse} />
      <Heading level={2} data-size="md">
        {tr("mangel.detalj.tidslinje")}
      </Heading>
      {d.lagtTil ? (
        <Alert data-color="success" role="status">
          <Paragraph>{tr("mangel.tillegg.lagret")}</Paragraph>
        </Alert>
      ) : null}
      <Tidslinje steg={d.steg} />
      {m.status === "mottatt" ? <Paragraph>{tr("mangel.steg.neste")}</Paragraph> : null}
      {apen ? (
        <LeggTil svar={svar} idempotensnokkel={d.idempotensnokkel} antallBilder={d.bilder.length} />
      ) : null}
      <Heading level={2} data-size="md">
        {tr("mangel.detalj.dinMelding")}
      </Heading>
      <Meldingsfakta mangel={m} stedTekst={beboersSted} />
      <Bilder mangelmeldingId={m.id} bilder={d.bilder} />
      <Paragraph>
        <Link href="/mangler">{tr("mangel.mine.tittel")}</Link>
      </Paragraph>
    </div>
  );
}

/** The form to add information or photos (only while the report is open). Works without JavaScript. */
function LeggTil({
  svar,
  idempotensnokkel,
  antallBilder,
}: {
  svar: Svar | undefined;
  idempotensnokkel: string;
  antallBilder: number;
}) {
  const tr = useT();
  const feil = svar?.feil ?? {};
  const plass = Math.min(MAKS_BILDER, MAKS_BILDER_TOTALT - antallBilder);
  const f = (k: string) =>
    feil[k] ? tr(feil[k]!, { antall: MAKS_BILDER, mb: MB, totalt: MAKS_BILDER_TOTALT }) : undefined;
  return (
    <section aria-labelledby="legg-til-tittel" className="soknad-skjema">
      <Heading level={2} data-size="md" id="legg-til-tittel">
        {tr("mangel.tillegg.tittel")}
      </Heading>
      <Paragraph>{tr("mangel.tillegg.ingress")}</Paragraph>
      <Feiloppsummering
        tittel={tr("mangel.feil.oppsummering")}
        feil={Object.keys(feil).map((k) => [k, f(k)!])}
      />
      <Form method="post" encType="multipart/form-data" noValidate className="soknad-skjema">
        <CsrfField />
        <input type="hidden" name="idempotensnokkel" value={svar?.idempotensnokkel ?? idempotensnokkel} />
        <Tekstomrade
          name="tekst"
          label={tr("mangel.tillegg.tekst")}
          hjelp={tr("mangel.tillegg.tekst.hjelp")}
          verdi={svar?.tekst ?? ""}
          feil={f("tekst")}
        />
        {plass > 0 ? (
          <Bildefelt antall={plass} feil={f("bilder")} velgIgjen={Boolean(svar?.bildefeil)} />
        ) : null}
        <div>
          <Button type="submit">{tr("mangel.tillegg.send")}</Button>
        </div>
      </Form>
    </section>
  );
}
