import { randomUUID } from "node:crypto";
import { Button, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/soknad._index";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { datoInOslo } from "../lib/frister";
import { listOwnDrafts } from "../modules/cases/list-own-drafts.server";
import { startDraft } from "../modules/cases/start-draft.server";
import { formatDato } from "../modules/housing-stock/format";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "soknad.start.tittel");

/** The resident's start page: what the application asks for, their unsent drafts, and "Start ny søknad". */
export async function loader({ context }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.soke");
  const utkast = await listOwnDrafts({ db: deps(context).db, actor, requestId: state.requestId });
  // The new draft's id is chosen here and sent back by the form: a double click makes one draft.
  return {
    nyttUtkastId: randomUUID(),
    utkast: utkast.map((u) => ({ utkastId: u.utkastId, type: u.type, endret: datoInOslo(u.endret) })),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.soke");
  const form = await request.formData();
  const utkastId = String(form.get("utkastId") ?? "");
  const { utkastId: id } = await startDraft({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    utkastId,
  });
  return redirect(`/soknad/${id}`);
}

export default function SoknadStart({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  return (
    <div className="soknad-side">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("soknad.start.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("soknad.start.tittel")}
      </Heading>
      <Paragraph data-size="lg">{tr("soknad.start.ingress")}</Paragraph>
      <section aria-labelledby="trenger">
        <Heading level={2} data-size="sm" id="trenger">
          {tr("soknad.start.trenger.tittel")}
        </Heading>
        <Paragraph>{tr("soknad.start.trenger.tekst")}</Paragraph>
      </section>
      {loaderData.utkast.length > 0 ? (
        <section aria-labelledby="utkast">
          <Heading level={2} data-size="sm" id="utkast">
            {tr("soknad.start.utkast.tittel")}
          </Heading>
          <ul className="soknad-utkastliste">
            {loaderData.utkast.map((u) => (
              <li key={u.utkastId}>
                <Card>
                  <Link href={`/soknad/${u.utkastId}`}>
                    {u.type && isMessageKey(`soknad.type.${u.type}`)
                      ? tr(`soknad.type.${u.type}` as never)
                      : tr("soknad.start.utkast.uten")}
                  </Link>
                  <Paragraph data-size="sm">
                    {tr("soknad.start.utkast.lagret", { dato: formatDato(u.endret, sprak) })}
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="utkastId" value={loaderData.nyttUtkastId} />
        <Button type="submit">{tr("soknad.start.knapp")}</Button>
      </Form>
      <Paragraph data-size="sm">{tr("soknad.start.papir")}</Paragraph>
    </div>
  );
}
