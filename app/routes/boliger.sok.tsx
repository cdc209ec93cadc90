import { Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/boliger.sok";
import { requirePermission } from "../auth/policy.server";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import {
  AdresseSokSkjema,
  RegisterBreadcrumbs,
  RullbarTabell,
} from "../modules/housing-stock/components/register";
import { searchAdresser } from "../modules/housing-stock/search-adresser.server";
import { MAKS_TREFF, MINSTE_SOKELENGDE } from "../modules/housing-stock/sok";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "nav.boligsok");

/** /boliger/sok?q= — properties and stairwells by address, in the districts the actor may see. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requirePermission(requestState(context).actor, "boligregister.les");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
  return { resultat: await searchAdresser({ db: deps(context).db, actor, sok: q }) };
}

export default function AdresseSok({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { resultat } = loaderData;
  const verdi = resultat.status === "tomt" ? "" : resultat.sok;
  return (
    <>
      <RegisterBreadcrumbs ekstra={tr("nav.boligsok")} />
      <Heading level={1} data-size="lg">
        {tr("nav.boligsok")}
      </Heading>
      <AdresseSokSkjema
        action="/boliger/sok"
        label={tr("boliger.sok.label")}
        beskrivelse={tr("boliger.sok.beskrivelse", { min: MINSTE_SOKELENGDE })}
        verdi={verdi}
        feil={
          resultat.status === "for_kort" ? tr("boliger.sok.forKort", { min: MINSTE_SOKELENGDE }) : undefined
        }
      />
      {resultat.status === "ok" && resultat.treff.length === 0 ? (
        <Paragraph role="status">{tr("boliger.sok.ingenTreff", { sok: resultat.sok })}</Paragraph>
      ) : null}
      {resultat.status === "ok" && resultat.treff.length > 0 ? (
        <>
          <Paragraph role="status">
            {resultat.flere
              ? tr("boliger.sok.flere", { maks: MAKS_TREFF })
              : tr("boliger.sok.antall", { antall: resultat.treff.length, sok: resultat.sok })}
          </Paragraph>
          <RullbarTabell label={tr("boliger.sok.tabell", { sok: resultat.sok })}>
            <Table zebra>
              <caption>{tr("boliger.sok.tabell", { sok: resultat.sok })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{tr("boliger.kol.adresse")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.type")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.eiendom")}</Table.HeaderCell>
                  <Table.HeaderCell>{tr("boliger.kol.bydel")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {resultat.treff.map((treff) => (
                  <Table.Row key={`${treff.type}-${treff.id}`}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/boliger/${treff.type}/${treff.id}`}>{treff.tekst}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{tr(`boliger.treff.${treff.type}`)}</Table.Cell>
                    <Table.Cell>{treff.eiendom.navn}</Table.Cell>
                    <Table.Cell>{tr("boliger.bydelNavn", { navn: treff.bydel.navn })}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </RullbarTabell>
        </>
      ) : null}
    </>
  );
}
