import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/mangelmeldinger.registrert.$mangelmeldingId";
import "../modules/cases/components/soknad/soknad.css";
import "../modules/mangelmelding/components/mangelmelding.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { metaLocale, pageTitle } from "../components/page-title";
import { deps, requestState } from "../context";
import { t } from "../i18n";
import { useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Bilder } from "../modules/mangelmelding/components/bilder";
import { ansattsSted } from "../modules/mangelmelding/components/mangel-felter";
import { Meldingsfakta, Statusfakta } from "../modules/mangelmelding/components/melders-fakta";
import { Tidslinje } from "../modules/mangelmelding/components/tidslinje";
import { getRegisteredDefect } from "../modules/mangelmelding/get-registered-defect.server";

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const locale = metaLocale(matches);
  const kategori = loaderData ? t(locale, `mangel.kategori.${loaderData.mangel.kategori}`) : undefined;
  return [{ title: pageTitle(locale, kategori && t(locale, "mangel.detalj.tittel", { kategori })) }];
};

/**
 * /mangelmeldinger/registrert/:id — a fault this staff member registered (a coordinator after an HMS round or a
 * meeting), with the timeline the resident would see. Read-only: Boligbygg handles it in its queue.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "mangelmelding.registrere");
  return getRegisteredDefect({
    db: deps(context).db,
    actor,
    requestId: state.requestId,
    id: parseId(params.mangelmeldingId),
  });
}

export default function RegistrertMangel({ loaderData: d }: Route.ComponentProps) {
  const tr = useT();
  const m = d.mangel;
  const tittel = tr("mangel.detalj.tittel", { kategori: tr(`mangel.kategori.${m.kategori}`) });
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[
          { label: tr("mangel.registrert.tittel"), href: "/mangelmeldinger/registrert" },
          { label: tittel },
        ]}
      />
      <Heading level={1} data-size="lg">
        {tittel}
      </Heading>
      <Statusfakta mangel={m} gateadresse={d.gateadresse} />
      <Heading level={2} data-size="md">
        {tr("mangel.detalj.tidslinje")}
      </Heading>
      <Tidslinje steg={d.steg} />
      {m.status === "mottatt" ? <Paragraph>{tr("mangel.steg.neste")}</Paragraph> : null}
      <Heading level={2} data-size="md">
        {tr("mangel.registrert.detalj.meldingen")}
      </Heading>
      <Meldingsfakta mangel={m} stedTekst={ansattsSted} />
      <Bilder mangelmeldingId={m.id} bilder={d.bilder} />
      <Paragraph>
        <Link href="/mangelmeldinger/registrert">{tr("mangel.registrert.tittel")}</Link>
      </Paragraph>
    </div>
  );
}
