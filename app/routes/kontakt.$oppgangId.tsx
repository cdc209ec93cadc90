import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Route } from "./+types/kontakt.$oppgangId";
import "../modules/bomiljo/components/kontaktkort.css";
import { deps } from "../context";
import { notFound, parseId } from "../lib/errors";
import { useT } from "../i18n/use-t";
import { getOffentligKontaktkort } from "../modules/bomiljo/get-kontaktkort.server";
import {
  FASTE_NUMMER,
  fyllInn,
  isKontaktkortSprak,
  KONTAKTKORT,
  KONTAKTKORT_SPRAK,
  mangelLenke,
} from "../modules/bomiljo/kontaktkort-tekster";

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData
    ? [
        {
          title: `${KONTAKTKORT[loaderData.sprak].tittel} – ${loaderData.kort.oppgang.gateadresse} – Bomiljø`,
        },
      ]
    : [{ title: "Bomiljø" }];

/**
 * The public "who to contact" card of a stairwell (Oslostandard measure 8), in bokmål or one of the residents'
 * languages (/kontakt/:oppgangId/:sprak). Open to anyone: it holds the address, the district's coordinators
 * (work contact details) and fixed numbers, never anything about residents. Unknown ids and languages are 404.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const oppgangId = parseId(params.oppgangId);
  const sprak = params.sprak ?? "nb";
  if (!isKontaktkortSprak(sprak)) notFound();
  const { db, config } = deps(context);
  const kort = await getOffentligKontaktkort({ db, oppgangId });
  return {
    kort,
    sprak,
    mangelUrl: mangelLenke(config.publicUrl, kort.oppgang.id),
  };
}

function tel(nummer: string): string {
  return `tel:+47${nummer.replace(/[^0-9]/g, "")}`;
}

/** A phone number or e-mail address: always left-to-right, also inside right-to-left text. */
function Ltr({ children }: { children: string }) {
  return <bdi dir="ltr">{children}</bdi>;
}

export default function Kontaktkort({ loaderData }: Route.ComponentProps) {
  const tr = useT();
  const { kort, sprak, mangelUrl } = loaderData;
  const t = KONTAKTKORT[sprak];
  const adresse = `${kort.oppgang.gateadresse}, ${kort.oppgang.postnummer} ${kort.oppgang.poststed}`;
  const grunn = `/kontakt/${kort.oppgang.id}`;
  return (
    <>
      <nav aria-label={tr("kontaktkort.sprak")} className="bm-ikke-utskrift">
        <Paragraph data-size="sm">{tr("kontaktkort.sprak")}</Paragraph>
        <ul className="bm-sprakliste">
          {KONTAKTKORT_SPRAK.map((s) => (
            <li key={s}>
              <Link asChild>
                <RouterLink
                  to={s === "nb" ? grunn : `${grunn}/${s}`}
                  lang={KONTAKTKORT[s].lang}
                  dir={KONTAKTKORT[s].dir}
                  aria-current={s === sprak ? "page" : undefined}
                >
                  {KONTAKTKORT[s].navn}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <article className="bm-kontaktkort" lang={t.lang} dir={t.dir}>
        <Heading level={1} data-size="xl">
          {t.tittel}
        </Heading>
        <Paragraph data-size="lg">{fyllInn(t.ingress, { adresse })}</Paragraph>

        <section aria-labelledby="kk-koordinator">
          <Heading level={2} data-size="md" id="kk-koordinator">
            {fyllInn(t.koordinator, { bydel: kort.bydel.navn })}
          </Heading>
          <Paragraph>{t.koordinatorHva}</Paragraph>
          {kort.koordinatorer.map((k) => (
            <Paragraph key={k.epost}>
              <strong>{k.navn}</strong>
              <br />
              {t.telefon}:{" "}
              <a href={tel(k.telefon)}>
                <Ltr>{k.telefon}</Ltr>
              </a>
              <br />
              {t.epost}:{" "}
              <a href={`mailto:${k.epost}`}>
                <Ltr>{k.epost}</Ltr>
              </a>
            </Paragraph>
          ))}
        </section>

        <section aria-labelledby="kk-boligbygg">
          <Heading level={2} data-size="md" id="kk-boligbygg">
            {t.boligbygg}
          </Heading>
          <Paragraph>{t.boligbyggHva}</Paragraph>
          <Paragraph>
            {t.telefon}:{" "}
            <a href={tel(FASTE_NUMMER.boligbyggKundesenter.telefon)}>
              <Ltr>{FASTE_NUMMER.boligbyggKundesenter.telefon}</Ltr>
            </a>
            <br />
            {t.epost}:{" "}
            <a href={`mailto:${FASTE_NUMMER.boligbyggKundesenter.epost}`}>
              <Ltr>{FASTE_NUMMER.boligbyggKundesenter.epost}</Ltr>
            </a>
          </Paragraph>
        </section>

        <section aria-labelledby="kk-vakt">
          <Heading level={2} data-size="md" id="kk-vakt">
            {t.vakt}
          </Heading>
          <Paragraph>{t.vaktHva}</Paragraph>
          <Paragraph>
            {t.telefon}:{" "}
            <a href={tel(FASTE_NUMMER.vakttelefon.telefon)}>
              <Ltr>{FASTE_NUMMER.vakttelefon.telefon}</Ltr>
            </a>
          </Paragraph>
        </section>

        <section aria-labelledby="kk-mangel">
          <Heading level={2} data-size="md" id="kk-mangel">
            {t.mangel}
          </Heading>
          <div className="bm-qr">
            <img src={`${grunn}/qr.svg`} alt={`QR: ${t.mangel}`} width={144} height={144} />
            <div>
              <Paragraph>{t.mangelHva}</Paragraph>
              <Paragraph data-size="sm">
                <a href={mangelUrl}>
                  <Ltr>{mangelUrl}</Ltr>
                </a>
              </Paragraph>
            </div>
          </div>
        </section>

        <section aria-labelledby="kk-nod" className="bm-nod">
          <Heading level={2} data-size="md" id="kk-nod">
            {t.nod}
          </Heading>
          <ul className="bm-nodnumre">
            {(
              [
                [FASTE_NUMMER.brann, t.brann],
                [FASTE_NUMMER.politi, t.politi],
                [FASTE_NUMMER.ambulanse, t.ambulanse],
              ] as const
            ).map(([nummer, navn]) => (
              <li key={nummer}>
                <a href={`tel:${nummer}`}>
                  <strong>
                    <Ltr>{nummer}</Ltr>
                  </strong>
                </a>
                {navn}
              </li>
            ))}
          </ul>
        </section>
      </article>
      <div className="bm-ikke-utskrift">
        <Paragraph>
          <a href={`${grunn}/${sprak}/plakat.pdf`}>{tr("kontaktkort.plakat")}</a>
        </Paragraph>
      </div>
    </>
  );
}
