import { Alert, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Form, useNavigation } from "react-router";
import type { Route } from "./+types/admin";
import "../modules/audit/components/access-log.css";
import { ROLLER } from "../auth/actor";
import { PERMISSIONS, type Permission } from "../auth/permissions";
import { requirePermission } from "../auth/policy.server";
import { csrfMatches } from "../auth/session.server";
import { CsrfField } from "../components/csrf-field";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { fail } from "../lib/errors";
import { countActiveSessions } from "../modules/admin/count-active-sessions.server";
import { verifyAuditChain, type ChainBreak } from "../modules/audit/verify-chain.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "admin.tittel");

/**
 * The system administrator's page: the roles and the permission registry, the
 * number of active sessions (counts only), and verification of the audit
 * chain. No case or personal data is read here, so nothing is audited.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const { db } = deps(context);
  requirePermission(requestState(context).actor, "admin.les");
  const tilganger = (Object.keys(PERMISSIONS) as Permission[]).map((tilgang) => ({
    tilgang,
    roller: [...PERMISSIONS[tilgang]] as string[],
  }));
  return { roller: [...ROLLER], tilganger, sesjoner: await countActiveSessions(db) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { db, logger } = deps(context);
  const state = requestState(context);
  requirePermission(state.actor, "admin.les");
  const form = await request.formData();
  if (!csrfMatches(state.csrfToken, form.get("_csrf"))) fail("ugyldig_skjema");
  if (form.get("handling") !== "kontroller") fail("ugyldig");

  const started = Date.now();
  const result = await verifyAuditChain(db, { batchSize: 2000 });
  // Operational log: the outcome only, no personal data (see docs/decisions/004-audit-log.md).
  logger.info(
    { requestId: state.requestId, ok: result.ok, rows: result.rows, ms: Date.now() - started },
    result.ok
      ? "revisjonsloggen kontrollert: intakt"
      : `revisjonsloggen kontrollert: brutt ved seq ${result.seq}`,
  );
  const kontrollert = new Intl.DateTimeFormat("nb-NO", {
    timeZone: "Europe/Oslo",
    dateStyle: "long",
    timeStyle: "medium",
  }).format(new Date());
  return result.ok
    ? {
        ok: true as const,
        rader: result.rows,
        sisteSeq: result.sisteSeq,
        sisteHash: result.sisteHash,
        kontrollert,
      }
    : { ok: false as const, seq: result.seq, grunn: result.reason, rader: result.rows, kontrollert };
}

export default function Admin({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const navigation = useNavigation();
  const kontrollerer = navigation.state === "submitting" && navigation.formMethod?.toLowerCase() === "post";
  const rolleNavn = (rolle: string) => {
    const key = `rolle.${rolle}`;
    return isMessageKey(key) ? tr(key) : rolle;
  };
  const tilgangNavn = (tilgang: string) => {
    const key = `admin.tilgang.${tilgang}`;
    return isMessageKey(key) ? tr(key) : null;
  };
  const grunn = (g: ChainBreak) => tr(`admin.kontroll.grunn.${g}` as const);

  return (
    <div className="side-stabel">
      <Heading level={1} data-size="lg">
        {tr("admin.tittel")}
      </Heading>
      <Paragraph data-size="lg">{tr("admin.ingress")}</Paragraph>

      <section aria-labelledby="kontroll">
        <Heading level={2} data-size="sm" id="kontroll">
          {tr("admin.kontroll.tittel")}
        </Heading>
        <Paragraph>{tr("admin.kontroll.tekst")}</Paragraph>
        <Form method="post">
          <CsrfField />
          <input type="hidden" name="handling" value="kontroller" />
          <Button type="submit" loading={kontrollerer}>
            {tr("admin.kontroll.knapp")}
          </Button>
        </Form>
        {actionData ? (
          <div role="status">
            {actionData.ok ? (
              <Alert data-color="success">
                <Paragraph>{tr("admin.kontroll.ok", { antall: actionData.rader })}</Paragraph>
                {actionData.sisteSeq !== null ? (
                  <Paragraph data-size="sm" className="bryt-ord">
                    {tr("admin.kontroll.sisteRad", { seq: actionData.sisteSeq, hash: actionData.sisteHash })}
                  </Paragraph>
                ) : null}
                <Paragraph data-size="sm">
                  {tr("admin.kontroll.tidspunkt", { tidspunkt: actionData.kontrollert })}
                </Paragraph>
              </Alert>
            ) : (
              <Alert data-color="danger">
                <Paragraph>
                  <strong>{tr("admin.kontroll.brutt", { seq: actionData.seq })}</strong>
                </Paragraph>
                <Paragraph>{grunn(actionData.grunn)}</Paragraph>
                <Paragraph data-size="sm">
                  {tr("admin.kontroll.foran", { antall: actionData.rader })}
                </Paragraph>
                <Paragraph data-size="sm">
                  {tr("admin.kontroll.tidspunkt", { tidspunkt: actionData.kontrollert })}
                </Paragraph>
              </Alert>
            )}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="tilganger">
        <Heading level={2} data-size="sm" id="tilganger">
          {tr("admin.tilganger.tittel")}
        </Heading>
        <Paragraph>{tr("admin.tilganger.tekst")}</Paragraph>
        <div className="tabell-rulling" role="region" aria-labelledby="tilganger-tabell" tabIndex={0}>
          <Table zebra data-size="sm">
            <caption id="tilganger-tabell">{tr("admin.tilganger.tabell")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("admin.tilganger.kol.tilgang")}</Table.HeaderCell>
                {loaderData.roller.map((rolle) => (
                  <Table.HeaderCell key={rolle}>{rolleNavn(rolle)}</Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {loaderData.tilganger.map(({ tilgang, roller }) => (
                <Table.Row key={tilgang}>
                  <Table.HeaderCell scope="row">
                    {tilgangNavn(tilgang) ?? tilgang}
                    <br />
                    <code>{tilgang}</code>
                  </Table.HeaderCell>
                  {loaderData.roller.map((rolle) => (
                    <Table.Cell key={rolle}>
                      {roller.includes(rolle) ? (
                        <span className="tilgang-ja">{tr("admin.tilganger.ja")}</span>
                      ) : (
                        <span className="tilgang-nei">{tr("admin.tilganger.nei")}</span>
                      )}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>

      <section aria-labelledby="sesjoner">
        <Heading level={2} data-size="sm" id="sesjoner">
          {tr("admin.sesjoner.tittel")}
        </Heading>
        <Paragraph>{tr("admin.sesjoner.totalt", { antall: loaderData.sesjoner.totalt })}</Paragraph>
        <Table zebra data-size="sm">
          <caption className="ds-sr-only">{tr("admin.sesjoner.tabell")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tr("admin.sesjoner.kol.rolle")}</Table.HeaderCell>
              <Table.HeaderCell>{tr("admin.sesjoner.kol.antall")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.sesjoner.perRolle.map(({ rolle, antall }) => (
              <Table.Row key={rolle}>
                <Table.Cell>{rolleNavn(rolle)}</Table.Cell>
                <Table.Cell>{antall}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </div>
  );
}
