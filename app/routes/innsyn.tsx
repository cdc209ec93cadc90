import { Alert, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/innsyn";
import "../modules/audit/components/access-log.css";
import { isRolle } from "../auth/actor";
import { requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { isMessageKey, t, type Locale } from "../i18n";
import { useT } from "../i18n/use-t";
import { AUDIT_KATEGORIER } from "../modules/audit/categories";
import { listOwnAccess, type OwnAccessRow } from "../modules/audit/list-own-access.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "innsyn.tittel");

const Query = z.object({ side: z.coerce.number().int().min(1).max(1_000_000).catch(1) });

/**
 * "Hvem har sett opplysningene mine": the resident's own access log, newest
 * first, 50 a page (?side=2). Shows role and unit, never the colleague's name
 * or id. Reading it writes no audit rows (see listOwnAccess).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { db } = deps(context);
  const state = requestState(context);
  const actor = requirePermission(state.actor, "innsyn.les");
  const { side } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listOwnAccess({ db, actor, side });
  if (!page.registrert) return { registrert: false as const };
  return {
    registrert: true as const,
    side: page.side,
    antallSider: page.antallSider,
    totalt: page.totalt,
    visGjelder: page.antallBarn > 0,
    rader: page.rader.map((row) => present(row, state.locale)),
  };
}

type Rad = {
  nokkel: number;
  iso: string;
  nar: string;
  hvem: string;
  enhet: string;
  opplysninger: string;
  handling: string;
  gjelder: string;
};

const OSLO_DATO: Record<Locale, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat("nb-NO", {
    timeZone: "Europe/Oslo",
    day: "numeric",
    month: "long",
    year: "numeric",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    day: "numeric",
    month: "long",
    year: "numeric",
  }),
};
const OSLO_TID = new Intl.DateTimeFormat("nb-NO", {
  timeZone: "Europe/Oslo",
  hour: "2-digit",
  minute: "2-digit",
});

function present(row: OwnAccessRow, locale: Locale): Rad {
  const dato = OSLO_DATO[locale].format(row.tidspunkt);
  const tid = OSLO_TID.format(row.tidspunkt);
  const rolleKey = `rolle.${row.rolle ?? ""}`;
  const kategori = Object.hasOwn(AUDIT_KATEGORIER, row.kategori)
    ? AUDIT_KATEGORIER[row.kategori as keyof typeof AUDIT_KATEGORIER][locale]
    : t(locale, "innsyn.kategori.ukjent");
  return {
    nokkel: row.seq,
    iso: row.tidspunkt.toISOString(),
    nar: t(locale, "innsyn.tidspunkt", { dato, tid }),
    hvem: row.duSelv
      ? t(locale, "innsyn.duSelv")
      : isRolle(row.rolle) && isMessageKey(rolleKey)
        ? t(locale, rolleKey)
        : t(locale, "innsyn.rolle.ukjent"),
    enhet: row.enhet ?? "",
    opplysninger: kategori,
    handling: t(locale, `innsyn.handling.${row.handling}` as const),
    gjelder:
      row.gjelder.type === "barn"
        ? t(locale, "innsyn.gjelder.barn", { fornavn: row.gjelder.fornavn })
        : t(locale, "innsyn.gjelder.deg"),
  };
}

export default function Innsyn({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  return (
    <div className="side-stabel">
      <Heading level={1} data-size="lg">
        {tr("innsyn.tittel")}
      </Heading>
      <Paragraph data-size="lg">{tr("innsyn.ingress")}</Paragraph>
      <Paragraph>{tr("innsyn.hvorfor")}</Paragraph>
      <Heading level={2} data-size="xs">
        {tr("innsyn.kontakt.tittel")}
      </Heading>
      <Paragraph>{tr("innsyn.kontakt.tekst")}</Paragraph>

      {!loaderData.registrert ? (
        <Alert data-color="info">
          <Paragraph>{tr("innsyn.ikkeRegistrert")}</Paragraph>
        </Alert>
      ) : loaderData.totalt === 0 ? (
        <Alert data-color="info">
          <Paragraph>{tr("innsyn.tom")}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            {tr(loaderData.totalt === 1 ? "innsyn.antall.en" : "innsyn.antall", {
              antall: loaderData.totalt,
              side: loaderData.side,
              sider: loaderData.antallSider,
            })}
          </Paragraph>
          <Table className="tilgangslogg" zebra>
            <caption className="ds-sr-only">{tr("innsyn.tabell")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("innsyn.kol.nar")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("innsyn.kol.hvem")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("innsyn.kol.enhet")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("innsyn.kol.opplysninger")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("innsyn.kol.handling")}</Table.HeaderCell>
                {loaderData.visGjelder ? (
                  <Table.HeaderCell>{tr("innsyn.kol.gjelder")}</Table.HeaderCell>
                ) : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {loaderData.rader.map((rad) => (
                <Table.Row key={rad.nokkel}>
                  <Table.Cell data-label={tr("innsyn.kol.nar")}>
                    <time dateTime={rad.iso}>{rad.nar}</time>
                  </Table.Cell>
                  <Table.Cell data-label={tr("innsyn.kol.hvem")}>{rad.hvem}</Table.Cell>
                  <Table.Cell data-label={tr("innsyn.kol.enhet")}>{rad.enhet}</Table.Cell>
                  <Table.Cell data-label={tr("innsyn.kol.opplysninger")}>{rad.opplysninger}</Table.Cell>
                  <Table.Cell data-label={tr("innsyn.kol.handling")}>{rad.handling}</Table.Cell>
                  {loaderData.visGjelder ? (
                    <Table.Cell data-label={tr("innsyn.kol.gjelder")}>{rad.gjelder}</Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {loaderData.antallSider > 1 ? (
            <nav aria-label={tr("innsyn.sider")} className="tilgangslogg-sider">
              {loaderData.side > 1 ? (
                <Button asChild variant="secondary">
                  <Link to={`?side=${loaderData.side - 1}`}>{tr("innsyn.forrige")}</Link>
                </Button>
              ) : null}
              {loaderData.side < loaderData.antallSider ? (
                <Button asChild variant="secondary">
                  <Link to={`?side=${loaderData.side + 1}`}>{tr("innsyn.neste")}</Link>
                </Button>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
