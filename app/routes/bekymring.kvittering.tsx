import { Alert, Button, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink } from "react-router";
import type { Route } from "./+types/bekymring.kvittering";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps } from "../context";
import type { MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { Feiloppsummering, Tekstfelt, Tekstomrade } from "../components/skjema/felt";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/bekymring/components/bekymring.css";
import { addInformation } from "../modules/bekymring/add-information.server";
import { readWithCode, type BekymringForMelder } from "../modules/bekymring/read-with-code.server";
import { meldingSchema } from "../modules/bekymring/schemas";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "kvittering.tittel");

/**
 * /bekymring/kvittering — the reporter reads replies and adds information with the receipt code. The code
 * travels only in POST bodies (never in the address, so never in history, logs or a Referer), and the answer
 * is `no-store`. No permission check on purpose: the code is the only key.
 */
export function loader() {
  return null;
}

type Svar = {
  kode: string;
  bekymring: BekymringForMelder | null;
  feil: Partial<Record<"kode" | "tekst", MessageKey>>;
  tekst: string;
  lagtTil: boolean;
};

export async function action({ context, request }: Route.ActionArgs) {
  const { db } = deps(context);
  const form = await request.formData();
  const kode = String(form.get("kode") ?? "").slice(0, 60);
  const tekst = String(form.get("tekst") ?? "").slice(0, 6000);
  const svar = (s: Partial<Svar>, status = 200) =>
    data<Svar>({ kode, bekymring: null, feil: {}, tekst: "", lagtTil: false, ...s }, { status });

  if (form.get("handling") === "legg_til") {
    const sjekk = meldingSchema.safeParse(tekst);
    if (!sjekk.success) {
      const bekymring = await readWithCode({ db, kode });
      if (!bekymring) return svar({ feil: { kode: "kvittering.feil.ukjent" } }, 422);
      return svar({ bekymring, tekst, feil: { tekst: sjekk.error.issues[0]?.message as MessageKey } }, 422);
    }
    const utfall = await addInformation({ db, kode, tekst });
    if (utfall === "ukjent_kode") return svar({ feil: { kode: "kvittering.feil.ukjent" } }, 422);
    const bekymring = await readWithCode({ db, kode });
    if (utfall === "avsluttet") {
      return svar({ bekymring, tekst, feil: { tekst: "kvittering.feil.avsluttet" } }, 409);
    }
    return svar({ bekymring, lagtTil: true });
  }
  const bekymring = await readWithCode({ db, kode });
  if (!bekymring) return svar({ feil: { kode: "kvittering.feil.ukjent" } }, 422);
  return svar({ bekymring });
}

export default function Kvittering({ actionData }: Route.ComponentProps) {
  const tr = useT();
  const b = actionData?.bekymring ?? null;
  const feil = actionData?.feil ?? {};
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("app.forside"), href: "/" },
          { label: tr("bekymring.tittel"), href: "/bekymring" },
          { label: tr("kvittering.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("kvittering.tittel")}
      </Heading>
      {b === null ? (
        <>
          <Paragraph>{tr("kvittering.ingress")}</Paragraph>
          <Feiloppsummering
            tittel={tr("bekymring.feil.oppsummering")}
            feil={feil.kode ? [["kode", tr(feil.kode)]] : []}
          />
          <Form method="post" noValidate className="soknad-side">
            <CsrfField />
            <Tekstfelt
              name="kode"
              label={tr("kvittering.kode")}
              hjelp={tr("kvittering.kode.hjelp")}
              verdi={actionData?.kode ?? ""}
              feil={feil.kode ? tr(feil.kode) : undefined}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
            />
            <div>
              <Button type="submit">{tr("kvittering.les")}</Button>
            </div>
          </Form>
        </>
      ) : (
        <Visning
          b={b}
          kode={actionData?.kode ?? ""}
          feil={feil}
          tekst={actionData?.tekst ?? ""}
          lagtTil={actionData?.lagtTil ?? false}
        />
      )}
    </div>
  );
}

function Visning({
  b,
  kode,
  feil,
  tekst,
  lagtTil,
}: {
  b: BekymringForMelder;
  kode: string;
  feil: Svar["feil"];
  tekst: string;
  lagtTil: boolean;
}) {
  const tr = useT();
  const sprak = useLocale();
  const dato = (d: string) => formatDato(d, sprak);
  const status =
    b.status === "mottatt"
      ? tr("kvittering.status.mottatt", { dato: dato(b.kvitteringsfrist) })
      : b.status === "kvittert"
        ? tr("kvittering.status.kvittert", { dato: dato(b.kvittert ?? b.mottatt) })
        : tr("kvittering.status.avsluttet", { dato: dato(b.avsluttet ?? b.mottatt) });
  return (
    <>
      {lagtTil ? (
        <Alert data-color="success">
          <Paragraph>{tr("kvittering.lagtTil")}</Paragraph>
        </Alert>
      ) : null}
      <Alert data-color={b.status === "mottatt" ? "info" : "success"}>
        <Paragraph>{status}</Paragraph>
        {b.utfall ? <Paragraph>{tr(`kvittering.utfall.${b.utfall}` as MessageKey)}</Paragraph> : null}
      </Alert>
      <Card>
        <Heading level={2} data-size="sm">
          {tr("kvittering.melding")}
        </Heading>
        <Paragraph data-size="sm">
          {tr("kvittering.mottatt", { dato: dato(b.mottatt) })} ·{" "}
          {tr("kvittering.gjelder", {
            kategori: tr(`bekymring.kategori.${b.kategori}` as MessageKey),
            sted: b.adresse ?? tr("bekymring.adresse.annen"),
          })}
        </Paragraph>
        <Paragraph className="bekymring-tekst">{b.beskrivelse}</Paragraph>
      </Card>
      <Heading level={2} data-size="sm">
        {tr("kvittering.samtale")}
      </Heading>
      {b.meldinger.length === 0 ? (
        <Paragraph>{tr("kvittering.ingenSvar")}</Paragraph>
      ) : (
        <ol className="bekymring-trad">
          {b.meldinger.map((m) => (
            <li key={m.lopenummer}>
              <Card data-color={m.fra === "bydel" ? "accent" : "neutral"}>
                <Heading level={3} data-size="2xs">
                  {tr(m.fra === "bydel" ? "kvittering.fra.bydel" : "kvittering.fra.melder", {
                    dato: dato(m.dato),
                  })}
                </Heading>
                <Paragraph className="bekymring-tekst">{m.tekst}</Paragraph>
              </Card>
            </li>
          ))}
        </ol>
      )}
      {b.status !== "avsluttet" ? (
        <Form method="post" noValidate className="soknad-side">
          <CsrfField />
          <input type="hidden" name="kode" value={kode} />
          <input type="hidden" name="handling" value="legg_til" />
          <Heading level={2} data-size="sm">
            {tr("kvittering.leggTil")}
          </Heading>
          <Tekstomrade
            name="tekst"
            label={tr("kvittering.leggTil.tekst")}
            hjelp={tr("bekymring.beskrivelse.hjelp")}
            verdi={lagtTil ? "" : tekst}
            feil={feil.tekst ? tr(feil.tekst) : undefined}
            maxLength={5000}
          />
          <div>
            <Button type="submit">{tr("kvittering.leggTil.send")}</Button>
          </div>
        </Form>
      ) : (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/bekymring">{tr("nav.bekymring")}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </>
  );
}
