import { randomUUID } from "node:crypto";
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Table,
  Tag,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { data, Form, Link as RouterLink, redirect } from "react-router";
import type { Route } from "./+types/tildeling._index";
import "../modules/allocation/components/tildeling.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useLocale, useT } from "../i18n/use-t";
import { createRound } from "../modules/allocation/create-round.server";
import { listRounds } from "../modules/allocation/list-rounds.server";
import { nyRundeSchema } from "../modules/allocation/schemas";
import { Avkrysning, feltId, Tekstfelt } from "../components/skjema/felt";
import { RullbarTabell } from "../modules/housing-stock/components/register";
import { formatDato, formatTall } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "tildeling.tittel");

/** /tildeling — the district's allocation rounds, and a form to start one from the vacant units. */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.les");
  const { runder, ledige } = await listRounds({ db: deps(context).db, actor, requestId: state.requestId });
  return { runder, ledige, nokkel: randomUUID() };
}

type Feil = { navn?: string; boligIds?: string; skjema?: string };

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "tildeling.behandle");
  const form = await request.formData();
  const input = {
    navn: String(form.get("navn") ?? "").slice(0, 500),
    boligIds: form.getAll("boligId").map(String).slice(0, 200),
    idempotensnokkel: String(form.get("idempotensnokkel") ?? ""),
  };
  const sjekk = nyRundeSchema.safeParse(input);
  if (!sjekk.success) {
    const feil: Feil = {};
    for (const i of sjekk.error.issues) {
      const felt = i.path[0] === "navn" ? "navn" : i.path[0] === "boligIds" ? "boligIds" : "skjema";
      feil[felt] ??=
        felt === "boligIds" && i.code !== "too_small" && i.code !== "too_big"
          ? "Velg minst én ledig bolig"
          : i.message;
    }
    return data({ feil, input }, { status: 422 });
  }
  try {
    const { rundeId } = await createRound({
      db: deps(context).db,
      actor,
      requestId: state.requestId,
      input: sjekk.data,
    });
    return redirect(`/tildeling/${rundeId}`);
  } catch (error) {
    if ((error as { data?: { code?: string } } | null)?.data?.code === "konflikt") {
      return data(
        {
          feil: { skjema: "En eller flere av boligene er ikke ledige lenger. Velg på nytt." } as Feil,
          input,
        },
        { status: 409 },
      );
    }
    throw error;
  }
}

export default function Tildeling({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { runder, ledige, nokkel } = loaderData;
  const feil: Feil = actionData?.feil ?? {};
  const valgt = new Set(actionData?.input.boligIds ?? []);
  return (
    <div className="tl-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("tildeling.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("tildeling.tittel")}
      </Heading>
      <Paragraph>{tr("tildeling.ingress")}</Paragraph>
      <ul className="tl-liste">
        <li>
          <Link asChild>
            <RouterLink to="/tildeling/oppganger">{tr("tildeling.regler.oppganger.tittel")}</RouterLink>
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to="/tildeling/regler">{tr("tildeling.regler.tittel")}</RouterLink>
          </Link>
        </li>
      </ul>

      <section aria-labelledby="runder">
        <Heading level={2} data-size="md" id="runder">
          {tr("tildeling.runder")}
        </Heading>
        {runder.length === 0 ? (
          <Paragraph>{tr("tildeling.ingenRunder")}</Paragraph>
        ) : (
          <RullbarTabell label={tr("tildeling.runder")}>
            <Table zebra>
              <caption>{tr("tildeling.runder")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("tildeling.kol.runde")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("tildeling.kol.opprettet")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("tildeling.kol.boliger")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("tildeling.kol.status")}</Table.HeaderCell>
                  <Table.HeaderCell className="hs-tall">{tr("tildeling.kol.apneTilbud")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {runder.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/tildeling/${r.id}`}>{r.navn}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {formatDato(new Date(r.opprettet).toISOString().slice(0, 10), sprak)}
                    </Table.Cell>
                    <Table.Cell className="hs-tall">{r.boliger}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={r.status === "avlyst" ? "warning" : r.moteHoldt ? "success" : "info"}>
                        {tr(
                          r.status === "avlyst"
                            ? "tildeling.status.avlyst"
                            : r.moteHoldt
                              ? "tildeling.status.moteHoldt"
                              : "tildeling.status.apen",
                        )}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell className="hs-tall">{r.apneTilbud}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </RullbarTabell>
        )}
      </section>

      <section aria-labelledby="ny-runde">
        <Heading level={2} data-size="md" id="ny-runde">
          {tr("tildeling.ny.tittel")}
        </Heading>
        {ledige.length === 0 ? (
          <Paragraph>{tr("tildeling.ny.ingenLedige")}</Paragraph>
        ) : (
          <Form method="post" noValidate className="tl-skjema">
            <CsrfField />
            <input type="hidden" name="idempotensnokkel" value={nokkel} />
            {feil.skjema ? (
              <Alert data-color="danger">
                <Paragraph>{feil.skjema}</Paragraph>
              </Alert>
            ) : null}
            <Tekstfelt
              name="navn"
              label={tr("tildeling.ny.navn")}
              hjelp={tr("tildeling.ny.navn.hjelp")}
              verdi={actionData?.input.navn ?? ""}
              feil={feil.navn}
            />
            <Fieldset id={feltId("boligId")} aria-invalid={feil.boligIds ? true : undefined}>
              <Fieldset.Legend>
                {tr("tildeling.ny.boliger", { antall: formatTall(ledige.length, 0, sprak) })}
              </Fieldset.Legend>
              {ledige.map((b) => (
                <Avkrysning
                  key={b.id}
                  type="checkbox"
                  name="boligId"
                  idSuffiks={b.id}
                  value={b.id}
                  checked={valgt.has(b.id)}
                  label={
                    tr("tildeling.ny.bolig", {
                      adresse: b.adresse,
                      bolignummer: b.bolignummer,
                      rom: b.rom,
                      areal: formatTall(b.arealM2, 1, sprak),
                      etasje: b.etasje,
                    }) + (b.rullestol ? ` · ${tr("tildeling.rullestol")}` : "")
                  }
                />
              ))}
              {feil.boligIds ? <ValidationMessage>{feil.boligIds}</ValidationMessage> : null}
            </Fieldset>
            <div>
              <Button type="submit">{tr("tildeling.ny.knapp")}</Button>
            </div>
          </Form>
        )}
      </section>
    </div>
  );
}
