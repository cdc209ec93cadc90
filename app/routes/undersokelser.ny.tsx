import { randomUUID } from "node:crypto";
import {
  Button,
  Checkbox,
  ErrorSummary,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/undersokelser.ny";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import "../modules/undersokelse/components/undersokelse.css";
import { MAKS_LOKALE } from "../modules/undersokelse/instrument";
import { createRunde, listAdresserForRunde } from "../modules/undersokelse/runder.server";
import { rundeSkjema } from "../modules/undersokelse/schemas";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "undersokelse.ny.tittel");

type Verdier = {
  navn: string;
  startdato: string;
  sluttdato: string;
  omfang: string;
  eiendommer: string[];
  lokale: string[];
  idempotensnokkel: string;
};

/**
 * /undersokelser/ny — the coordinator sets up a round for chosen addresses or the whole district; Velferdsetaten
 * for the whole city or one district. A double click makes one round (idempotency key).
 */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.administrer");
  const { db } = deps(context);
  const adresser = await listAdresserForRunde({ db, actor });
  const bydeler =
    actor.rolle === "analytiker"
      ? await db.selectFrom("bydel").select(["id", "navn"]).orderBy("nummer").execute()
      : [];
  return {
    by: actor.rolle === "analytiker",
    adresser: actor.rolle === "analytiker" ? [] : adresser,
    bydeler,
    idempotensnokkel: randomUUID(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requirePermission(requestState(context).actor, "undersokelse.administrer");
  const form = await request.formData();
  const verdier: Verdier = {
    navn: String(form.get("navn") ?? ""),
    startdato: String(form.get("startdato") ?? ""),
    sluttdato: String(form.get("sluttdato") ?? ""),
    omfang: String(form.get("omfang") ?? ""),
    eiendommer: form.getAll("eiendom").map(String),
    lokale: Array.from({ length: MAKS_LOKALE }, (_, i) => String(form.get(`lokal_${i + 1}`) ?? "")),
    idempotensnokkel: String(form.get("idempotensnokkel") ?? ""),
  };
  const parsed = rundeSkjema.safeParse(verdier);
  if (!parsed.success) {
    const feil: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const felt = String(issue.path[0] ?? "skjema");
      feil[felt] ??= issue.message;
    }
    return data({ verdier, feil }, { status: 422 });
  }
  const { rundeId } = await createRunde({ db: deps(context).db, actor, input: parsed.data });
  return redirect(`/undersokelser/${rundeId}`);
}

const FEIL: Record<string, MessageKey> = {
  navn: "undersokelse.feil.navn",
  navnLang: "undersokelse.feil.navnLang",
  dato: "undersokelse.feil.dato",
  sluttForStart: "undersokelse.feil.sluttForStart",
  omfang: "undersokelse.feil.omfang",
  ingenAdresser: "undersokelse.feil.ingenAdresser",
  lokalLang: "undersokelse.feil.lokalLang",
};

export default function NyRunde({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const v = actionData?.verdier;
  const feil = actionData?.feil ?? {};
  const melding = (felt: string) =>
    feil[felt] ? tr(FEIL[feil[felt]] ?? "undersokelse.feil.skjema") : undefined;
  const feltId: Record<string, string> = {
    navn: "runde-navn",
    startdato: "runde-start",
    sluttdato: "runde-slutt",
    omfang: "omfang-0",
    eiendommer: "eiendom-0",
    lokale: "lokal_1",
    idempotensnokkel: "runde-navn",
  };
  const omfang = v?.omfang ?? (loaderData.by ? "by" : "bydel");
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("undersokelse.tittel"), href: "/undersokelser" },
          { label: tr("undersokelse.ny.tittel") },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tr("undersokelse.ny.tittel")}
      </Heading>
      <Paragraph>{tr("undersokelse.ny.ingress")}</Paragraph>
      {Object.keys(feil).length > 0 ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{tr("undersokelse.feil.oppsummering")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {Object.keys(feil).map((felt) => (
              <ErrorSummary.Item key={felt}>
                <ErrorSummary.Link href={`#${feltId[felt] ?? "runde-navn"}`}>
                  {melding(felt)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <Form method="post" className="us-skjema">
        <CsrfField />
        <input
          type="hidden"
          name="idempotensnokkel"
          value={v?.idempotensnokkel ?? loaderData.idempotensnokkel}
        />
        <Textfield
          id="runde-navn"
          name="navn"
          label={tr("undersokelse.ny.navn")}
          defaultValue={v?.navn ?? ""}
          error={melding("navn")}
        />
        <div className="us-skjemarad">
          <Textfield
            id="runde-start"
            name="startdato"
            type="date"
            label={tr("undersokelse.ny.start")}
            defaultValue={v?.startdato ?? ""}
            error={melding("startdato")}
          />
          <Textfield
            id="runde-slutt"
            name="sluttdato"
            type="date"
            label={tr("undersokelse.ny.slutt")}
            defaultValue={v?.sluttdato ?? ""}
            error={melding("sluttdato")}
          />
        </div>
        <Fieldset>
          <Fieldset.Legend>{tr("undersokelse.ny.omfang")}</Fieldset.Legend>
          {(loaderData.by
            ? [
                ["by", tr("undersokelse.heleByen")],
                ...loaderData.bydeler.map((b) => [b.id, tr("boliger.bydelNavn", { navn: b.navn })]),
              ]
            : [
                ["bydel", tr("undersokelse.ny.heleBydelen")],
                ["adresser", tr("undersokelse.ny.valgteAdresser")],
              ]
          ).map(([verdi, label], i) => (
            <Radio
              key={verdi}
              id={`omfang-${i}`}
              name="omfang"
              value={verdi}
              label={label}
              defaultChecked={omfang === verdi}
            />
          ))}
        </Fieldset>
        {loaderData.by ? null : (
          <Fieldset>
            <Fieldset.Legend>{tr("undersokelse.ny.adresser")}</Fieldset.Legend>
            <Fieldset.Description>{tr("undersokelse.ny.adresserHjelp")}</Fieldset.Description>
            {melding("eiendommer") ? <ValidationMessage>{melding("eiendommer")}</ValidationMessage> : null}
            <div className="us-adressevalg">
              {loaderData.adresser.map((a, i) => (
                <Checkbox
                  key={a.id}
                  id={`eiendom-${i}`}
                  name="eiendom"
                  value={a.id}
                  label={`${a.navn} (${a.gateadresse})`}
                  defaultChecked={v?.eiendommer.includes(a.id) ?? false}
                />
              ))}
            </div>
          </Fieldset>
        )}
        <Fieldset>
          <Fieldset.Legend>{tr("undersokelse.ny.lokale")}</Fieldset.Legend>
          <Fieldset.Description>{tr("undersokelse.ny.lokaleHjelp")}</Fieldset.Description>
          {Array.from({ length: MAKS_LOKALE }, (_, i) => (
            <Textfield
              key={i}
              id={`lokal_${i + 1}`}
              name={`lokal_${i + 1}`}
              label={tr("undersokelse.ny.lokalNr", { nr: i + 1 })}
              defaultValue={v?.lokale[i] ?? ""}
              error={i === 0 ? melding("lokale") : undefined}
              maxLength={200}
            />
          ))}
        </Fieldset>
        <Button type="submit">{tr("undersokelse.ny.opprett")}</Button>
      </Form>
    </>
  );
}
