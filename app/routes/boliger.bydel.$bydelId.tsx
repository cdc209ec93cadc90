import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/boliger.bydel.$bydelId";
import { requirePermission } from "../auth/policy.server";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useLocale, useT } from "../i18n/use-t";
import { notFound } from "../lib/errors";
import {
  AdresseSokSkjema,
  RegisterBreadcrumbs,
  RullbarTabell,
} from "../modules/housing-stock/components/register";
import { formatTall } from "../modules/housing-stock/format";
import { getBydel } from "../modules/housing-stock/get-bydel.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  return [
    {
      title: pageTitle(
        locale,
        loaderData
          ? t(locale, "boliger.bydelNavn", { navn: loaderData.bydel.navn })
          : t(locale, "nav.boliger"),
      ),
    },
  ];
};

const BydelId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const Query = z.object({
  q: z.string().max(200).catch(""),
  side: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** One district's addresses with type, units and vacancies; ?q= filters by address, ?side= pages. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "boligregister.les");
  const bydelId = BydelId.safeParse(params.bydelId);
  if (!bydelId.success) notFound();
  const url = new URL(request.url);
  const { q, side } = Query.parse({
    q: url.searchParams.get("q") ?? "",
    side: url.searchParams.get("side") ?? 1,
  });
  const data = await getBydel({ db: deps(context).db, actor, bydelId: bydelId.data, sok: q, side });
  if (!data) notFound();
  return data;
}

function sideLenke(bydelId: string, sok: string, side: number): string {
  const params = new URLSearchParams();
  if (sok) params.set("q", sok);
  if (side > 1) params.set("side", String(side));
  const query = params.toString();
  return `/boliger/bydel/${bydelId}${query ? `?${query}` : ""}`;
}

export default function BydelSide({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const sprak = useLocale();
  const { bydel, eiendommer, sok, side, antallSider, antallTreff } = loaderData;
  const tittel = tr("boliger.bydelNavn", { navn: bydel.navn });
  return (
    <>
      <RegisterBreadcrumbs bydel={bydel} />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <AdresseSokSkjema
        action={`/boliger/bydel/${bydel.id}`}
        label={tr("boliger.bydel.filter")}
        beskrivelse={tr("boliger.bydel.filterBeskrivelse")}
        verdi={sok}
      />
      <Paragraph aria-live="polite">
        {sok
          ? tr("boliger.bydel.antallFiltrert", { antall: formatTall(antallTreff, 0, sprak), sok })
          : tr("boliger.bydel.antall", { antall: formatTall(antallTreff, 0, sprak) })}
      </Paragraph>
      {eiendommer.length === 0 ? (
        <Paragraph>{sok ? tr("boliger.bydel.ingenTreff", { sok }) : tr("boliger.bydel.ingen")}</Paragraph>
      ) : (
        <RullbarTabell label={tr("boliger.bydel.tabell", { bydel: tittel })}>
          <Table zebra>
            <caption>{tr("boliger.bydel.tabell", { bydel: tittel })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tr("boliger.kol.eiendom")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("boliger.kol.adresse")}</Table.HeaderCell>
                <Table.HeaderCell>{tr("boliger.kol.type")}</Table.HeaderCell>
                <Table.HeaderCell className="hs-tall">{tr("boliger.kol.boliger")}</Table.HeaderCell>
                <Table.HeaderCell className="hs-tall">{tr("boliger.kol.ledige")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {eiendommer.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/boliger/eiendom/${e.id}`}>{e.navn}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{e.gateadresse}</Table.Cell>
                  <Table.Cell>{tr(`boliger.type.${e.type}`)}</Table.Cell>
                  <Table.Cell className="hs-tall">{formatTall(e.boliger, 0, sprak)}</Table.Cell>
                  <Table.Cell className="hs-tall">{formatTall(e.ledige, 0, sprak)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </RullbarTabell>
      )}
      {antallSider > 1 ? (
        <nav aria-label={tr("boliger.sider.navn")} className="hs-sider">
          {side > 1 ? (
            <Link asChild>
              <RouterLink to={sideLenke(bydel.id, sok, side - 1)}>{tr("boliger.sider.forrige")}</RouterLink>
            </Link>
          ) : null}
          <span>{tr("boliger.sider.av", { side, antall: antallSider })}</span>
          {side < antallSider ? (
            <Link asChild>
              <RouterLink to={sideLenke(bydel.id, sok, side + 1)}>{tr("boliger.sider.neste")}</RouterLink>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
