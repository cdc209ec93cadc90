import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/tilgjengelighet";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "app.bunntekst.tilgjengelighet");

const SECTIONS: readonly { heading: MessageKey; text: MessageKey }[] = [
  { heading: "tilgjengelighet.krav.tittel", text: "tilgjengelighet.krav.tekst" },
  { heading: "tilgjengelighet.status.tittel", text: "tilgjengelighet.status.tekst" },
  { heading: "tilgjengelighet.mangler.tittel", text: "tilgjengelighet.mangler.tekst" },
  { heading: "tilgjengelighet.tilbakemelding.tittel", text: "tilgjengelighet.tilbakemelding.tekst" },
];

/** The accessibility statement (tilgjengelighetserklæring) required of Norwegian public services. Public. */
export default function Tilgjengelighet() {
  const tr = useT();
  return (
    <article className="app-prose">
      <Breadcrumbs
        items={[{ label: tr("app.forside"), href: "/" }, { label: tr("tilgjengelighet.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("tilgjengelighet.tittel")}
      </Heading>
      <Paragraph data-size="lg">{tr("tilgjengelighet.ingress")}</Paragraph>
      {SECTIONS.map((section) => (
        <section key={section.heading}>
          <Heading level={2} data-size="sm">
            {tr(section.heading)}
          </Heading>
          <Paragraph>{tr(section.text)}</Paragraph>
        </section>
      ))}
      <section>
        <Heading level={2} data-size="sm">
          {tr("tilgjengelighet.tilsyn.tittel")}
        </Heading>
        <Paragraph>{tr("tilgjengelighet.tilsyn.tekst")}</Paragraph>
        <Paragraph>
          <Link href="https://www.uutilsynet.no/">{tr("tilgjengelighet.tilsyn.lenke")}</Link>
        </Paragraph>
      </section>
      <Paragraph data-size="sm" className="app-muted">
        {tr("tilgjengelighet.oppdatert")}
      </Paragraph>
    </article>
  );
}
