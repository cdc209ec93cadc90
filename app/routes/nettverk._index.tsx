import { randomUUID } from "node:crypto";
import { Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/nettverk._index";
import { can, requirePermission } from "../auth/policy.server";
import { CsrfField } from "../components/csrf-field";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t, type MessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { Rullbar } from "../modules/bomiljo/components/status";
import { addMateriale, addSamling, listNettverk } from "../modules/bomiljo/nettverk.server";
import { skjemaverdier } from "../modules/bomiljo/schemas";
import { Tekstfelt, Tekstomrade } from "../components/skjema/felt";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => {
  const locale = metaLocale(matches);
  return [{ title: pageTitle(locale, t(locale, "nettverk.tittel")) }];
};

/** Velferdsetaten's bomiljø network (measure 6): gatherings and shared material. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "nettverk.les");
  const nettverk = await listNettverk({ db: deps(context).db, actor, requestId: state.requestId });
  return {
    ...nettverk,
    kanEndre: can(actor, "nettverk.endre"),
    nokkelSamling: randomUUID(),
    nokkelMateriale: randomUUID(),
  };
}

const SAMLING = ["tittel", "dato", "sted", "tema"] as const;
const MATERIALE = ["materialeTittel", "lenke", "tekst"] as const;

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "nettverk.endre");
  const form = await request.formData();
  const ctx = { db: deps(context).db, actor, requestId: state.requestId };
  const nokkel = String(form.get("idempotensnokkel") ?? "");
  const handling = form.get("handling");
  if (!nokkel || (handling !== "samling" && handling !== "materiale")) {
    return data({ handling: "", feil: { skjema: "bomiljo.feil.skjema" }, verdier: {} }, { status: 400 });
  }
  if (handling === "samling") {
    const verdier = skjemaverdier(form, SAMLING);
    const r = await addSamling({ ...ctx, idempotensnokkel: nokkel, input: verdier as never });
    if (!r.ok) return data({ handling, feil: r.feil, verdier }, { status: 422 });
    return redirect(`/nettverk/${r.id}`);
  }
  const verdier = skjemaverdier(form, MATERIALE);
  const r = await addMateriale({
    ...ctx,
    idempotensnokkel: nokkel,
    input: { tittel: verdier.materialeTittel ?? "", lenke: verdier.lenke ?? "", tekst: verdier.tekst ?? "" },
  });
  if (!r.ok) {
    // Field names differ from the gathering form's (ids must be unique on the page): tittel → materialeTittel.
    const { tittel, ...andre } = r.feil;
    const feil = tittel ? { ...andre, materialeTittel: tittel } : andre;
    return data({ handling, feil, verdier }, { status: 422 });
  }
  return redirect("/nettverk?delt=1#materiale");
}

export default function Nettverk({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const navigation = useNavigation();
  const { samlinger, materiale, kanEndre, nokkelSamling, nokkelMateriale } = loaderData;
  const feilFor = (handling: string) =>
    (actionData?.handling === handling ? actionData.feil : {}) as Record<string, string>;
  const verdiFor = (handling: string) =>
    (actionData?.handling === handling ? actionData.verdier : {}) as Record<string, string>;
  const fs = feilFor("samling");
  const fm = feilFor("materiale");
  const vs = verdiFor("samling");
  const vm = verdiFor("materiale");
  const fe = (feil: Record<string, string>, felt: string) =>
    feil[felt] ? tr(feil[felt] as MessageKey) : undefined;
  return (
    <div className="bm-side">
      <Heading level={1} data-size="lg">
        {tr("nettverk.tittel")}
      </Heading>
      <Paragraph>{tr("nettverk.ingress")}</Paragraph>

      <section aria-labelledby="samlinger" className="bm-side">
        <Heading level={2} data-size="md" id="samlinger">
          {tr("nettverk.samlinger")}
        </Heading>
        {samlinger.length === 0 ? (
          <Paragraph>{tr("nettverk.ingenSamlinger")}</Paragraph>
        ) : (
          <Rullbar label={tr("nettverk.samlinger")}>
            <Table zebra data-size="sm">
              <caption>{tr("nettverk.samlinger")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("nettverk.dato")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("nettverk.samling")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("nettverk.sted")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("nettverk.deltakere")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {samlinger.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.Cell>{formatDato(s.dato, sprak)}</Table.Cell>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/nettverk/${s.id}`}>{s.tittel}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{s.sted}</Table.Cell>
                    <Table.Cell>{s.deltakere}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Rullbar>
        )}
      </section>

      <section aria-labelledby="materiale" className="bm-side">
        <Heading level={2} data-size="md" id="materiale">
          {tr("nettverk.materiale")}
        </Heading>
        {materiale.length === 0 ? (
          <Paragraph>{tr("nettverk.ingenMateriale")}</Paragraph>
        ) : (
          <ul>
            {materiale.map((m) => (
              <li key={m.id}>
                {m.lenke ? (
                  <Link href={m.lenke} rel="noopener noreferrer">
                    {m.tittel}
                  </Link>
                ) : (
                  <strong>{m.tittel}</strong>
                )}
                {m.tekst ? <Paragraph className="bm-tekst">{m.tekst}</Paragraph> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {kanEndre ? (
        <>
          <section aria-labelledby="ny-samling" className="bm-side">
            <Heading level={2} data-size="md" id="ny-samling">
              {tr("nettverk.nySamling")}
            </Heading>
            <Form method="post" noValidate className="bm-skjema">
              <CsrfField />
              <input type="hidden" name="idempotensnokkel" value={nokkelSamling} />
              <Tekstfelt
                name="tittel"
                label={tr("nettverk.samling")}
                verdi={vs.tittel ?? ""}
                feil={fe(fs, "tittel")}
              />
              <Tekstfelt
                name="dato"
                type="date"
                label={tr("nettverk.dato")}
                hjelp={tr("nettverk.datoHjelp")}
                verdi={vs.dato ?? ""}
                feil={fe(fs, "dato")}
                bredde="kort"
              />
              <Tekstfelt
                name="sted"
                label={tr("nettverk.sted")}
                verdi={vs.sted ?? ""}
                feil={fe(fs, "sted")}
              />
              <Tekstomrade
                name="tema"
                label={tr("nettverk.tema")}
                valgfri={tr("bomiljo.valgfri")}
                verdi={vs.tema ?? ""}
                feil={fe(fs, "tema")}
                maxLength={4000}
              />
              <div className="bm-knapper">
                <Button
                  type="submit"
                  name="handling"
                  value="samling"
                  disabled={navigation.state === "submitting"}
                >
                  {tr("nettverk.leggTilSamling")}
                </Button>
              </div>
            </Form>
          </section>
          <section aria-labelledby="nytt-materiale" className="bm-side">
            <Heading level={2} data-size="md" id="nytt-materiale">
              {tr("nettverk.nyttMateriale")}
            </Heading>
            <Form method="post" noValidate className="bm-skjema">
              <CsrfField />
              <input type="hidden" name="idempotensnokkel" value={nokkelMateriale} />
              <Tekstfelt
                name="materialeTittel"
                label={tr("nettverk.materialeTittel")}
                verdi={vm.materialeTittel ?? ""}
                feil={fe(fm, "materialeTittel")}
              />
              <Tekstfelt
                name="lenke"
                label={tr("nettverk.lenke")}
                hjelp={tr("nettverk.lenkeHjelp")}
                verdi={vm.lenke ?? ""}
                feil={fe(fm, "lenke")}
                maxLength={2000}
              />
              <Tekstomrade
                name="tekst"
                label={tr("nettverk.tekst")}
                valgfri={tr("bomiljo.valgfri")}
                verdi={vm.tekst ?? ""}
                feil={fe(fm, "tekst")}
                maxLength={8000}
              />
              <div className="bm-knapper">
                <Button
                  type="submit"
                  name="handling"
                  value="materiale"
                  disabled={navigation.state === "submitting"}
                >
                  {tr("nettverk.del")}
                </Button>
              </div>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
