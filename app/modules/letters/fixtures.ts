/** Example inputs for tests, the benchmark and the docs. All names, addresses and numbers are invented. */
import type { ForelopigSvarInput, VedtaksbrevInput } from "./types";

export const AVSENDER = {
  bydel: "Bydel Søndre Nordstrand",
  enhet: "Boligkontoret",
  adresselinjer: ["Postboks 13 Holmlia", "1201 Oslo"],
  telefon: "21 80 21 80",
  klageUrl: "https://www.oslo.kommune.no/klage",
  epost: "postmottak.bydel-sondre-nordstrand@bydel.example",
};

export const MOTTAKER = { navn: "Åse Ødegård Ærø", adresselinjer: ["Bjørnåsveien 12 B", "1272 Oslo"] };

/** A waiting-list decision on an application for a municipal flat. */
export function ventelisteVedtak(over: Partial<VedtaksbrevInput> = {}): VedtaksbrevInput {
  return {
    avsender: AVSENDER,
    mottaker: MOTTAKER,
    saksnummer: "26/04711",
    brevdato: "2026-03-13",
    sakstype: "kommunal_bolig",
    soknadMottattDato: "2026-01-20",
    vedtak: {
      utfall: "venteliste",
      bolig: { boligtype: "leilighet", antallRom: 3, arealKvm: 62, leieperiodeAar: 5 },
      forventetVentetid: "6–12 måneder",
    },
    begrunnelse: {
      regler: [
        {
          henvisning: "Forskrift om tildeling av kommunal bolig i Oslo § 4",
          forklaring: "Du kan få kommunal bolig hvis du ikke klarer å skaffe deg en egnet bolig selv.",
        },
        { lov: "boligsosial_6" },
      ],
      faktum: [
        "Du bor med to barn i en ettromsleilighet på 28 m² som du leier privat.",
        "Husstanden har inntekt under grensen for å få kommunal bolig.",
      ],
      hovedhensyn: [
        "Barna trenger et trygt og stabilt sted å bo nær skolen på Holmlia.",
        "Vi har ingen ledig treromsleilighet i bydelen nå.",
      ],
    },
    mottattDato: "2026-03-16",
    saksbehandler: { navn: "Øystein Brænne", tittel: "Rådgiver" },
    ...over,
  };
}

/** A refusal of lease renewal. */
export function fornyelseAvslag(over: Partial<VedtaksbrevInput> = {}): VedtaksbrevInput {
  return ventelisteVedtak({
    sakstype: "fornyelse",
    vedtak: { utfall: "avslag" },
    begrunnelse: {
      regler: [
        {
          henvisning: "Forskrift om tildeling av kommunal bolig i Oslo § 11",
          forklaring: "Leiekontrakten kan fornyes når du fortsatt oppfyller vilkårene for kommunal bolig.",
        },
      ],
      faktum: ["Husstanden har hatt inntekt over grensen de siste to årene."],
      hovedhensyn: ["Du har mulighet til å leie eller kjøpe bolig selv, blant annet med startlån."],
    },
    ...over,
  });
}

/** Individual assistance under the boligsosial lov § 6, granted. */
export function bistandInnvilget(over: Partial<VedtaksbrevInput> = {}): VedtaksbrevInput {
  return ventelisteVedtak({
    sakstype: "boligsosial_bistand",
    vedtak: {
      utfall: "innvilget",
      bistand: ["Hjelp til å søke etter bolig på det private markedet", "Råd om startlån og bostøtte"],
    },
    begrunnelse: {
      regler: [{ lov: "boligsosial_6" }],
      faktum: ["Du må flytte fra boligen din innen tre måneder fordi utleier skal selge den."],
      hovedhensyn: [],
    },
    ...over,
  });
}

export function forelopigSvar(over: Partial<ForelopigSvarInput> = {}): ForelopigSvarInput {
  return {
    avsender: AVSENDER,
    mottaker: MOTTAKER,
    saksnummer: "26/04711",
    brevdato: "2026-02-18",
    sakstype: "kommunal_bolig",
    soknadMottattDato: "2026-01-20",
    grunn:
      "Vi venter på opplysninger fra Nav om økonomien din. Vi har bedt om dem og regner med å få dem snart.",
    forventetVedtakDato: "2026-03-20",
    saksbehandler: { navn: "Øystein Brænne", tittel: "Rådgiver" },
    ...over,
  };
}
