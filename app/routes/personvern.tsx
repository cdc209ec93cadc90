import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/personvern";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps } from "../context";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "app.bunntekst.personvern");

/** Public page. Says so plainly when this installation runs on made-up demo data. */
export function loader({ context }: Route.LoaderArgs) {
  return { demo: deps(context).config.idpMode === "test" };
}

const SECTIONS: readonly { heading: MessageKey; text: MessageKey }[] = [
  { heading: "personvern.ansvarlig.tittel", text: "personvern.ansvarlig.tekst" },
  { heading: "personvern.hva.tittel", text: "personvern.hva.tekst" },
  { heading: "personvern.hvorfor.tittel", text: "personvern.hvorfor.tekst" },
  { heading: "personvern.tilgang.tittel", text: "personvern.tilgang.tekst" },
  { heading: "personvern.logg.tittel", text: "personvern.logg.tekst" },
  { heading: "personvern.informasjonskapsler.tittel", text: "personvern.informasjonskapsler.tekst" },
  { heading: "personvern.teknisk.tittel", text: "personvern.teknisk.tekst" },
  { heading: "personvern.rettigheter.tittel", text: "personvern.rettigheter.tekst" },
];

export default function Personvern({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  return (
    <article className="app-prose">
      <Breadcrumbs items={[{ label: tr("app.forside"), href: "/" }, { label: tr("personvern.tittel") }]} />
      <Heading level={1} data-size="lg">
        {tr("personvern.tittel")}
      </Heading>
      <Paragraph data-size="lg">{tr("personvern.ingress")}</Paragraph>
      {loaderData.demo ? (
        <Alert data-color="info" className="app-notice">
          <Paragraph>{tr("personvern.demo")}</Paragraph>
        </Alert>
      ) : null}
      {SECTIONS.map((section) => (
        <section key={section.heading}>
          <Heading level={2} data-size="sm">
            {tr(section.heading)}
          </Heading>
          <Paragraph>{tr(section.text)}</Paragraph>
        </section>
      ))}
      <Paragraph>
        <Link href="https://www.datatilsynet.no/">{tr("personvern.datatilsynet")}</Link>
      </Paragraph>
    </article>
  );
}
