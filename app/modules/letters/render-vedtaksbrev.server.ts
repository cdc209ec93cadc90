/**
 * The decision letter (vedtaksbrev) as a tagged PDF. Order follows klarspråk guidance for decisions: the
 * conclusion first, then the reasons (facts, the main considerations, the rules), then how to appeal, the right
 * to see the documents, and who to ask. The content requirements are forvaltningsloven §§ 24–25 (reasons) and
 * § 27 (appeal information); see docs/domain/brev.md.
 */
import { computeDeadline, formatDatoLang, type FristResultat } from "../../lib/frister";
import { STANDARD_BREV_CONFIG, type BrevConfig, type Klageinstans } from "./config";
import { brevHode, kortDato, lov, signatur, sporsmalSeksjon } from "./felles";
import { Brev, type Del, type Seksjon } from "./pdf.server";
import {
  vedtaksbrevSchema,
  type Bolig,
  type RenderOptions,
  type Vedtaksbrev,
  type VedtaksbrevInput,
} from "./types";

/** The appeal facts a letter states, computed from the input and configuration (also for the case page). */
export type Klageinformasjon = {
  frist: FristResultat;
  klageinstans: Klageinstans;
  utsattIverksetting: boolean;
};

export function klageinformasjon(
  v: Vedtaksbrev,
  config: BrevConfig = STANDARD_BREV_CONFIG,
): Klageinformasjon {
  const sak = config.sakstyper[v.sakstype];
  return {
    frist: computeDeadline("klagefrist", v.mottattDato, config.frister),
    klageinstans: sak.klageinstans,
    utsattIverksetting:
      v.utsattIverksetting ?? (v.vedtak.utfall === "avslag" && sak.utsattIverksettingVedAvslag),
  };
}

function boligPunkter(b: Bolig): string[] {
  const areal = b.arealKvm ? ` (omtrent ${b.arealKvm} m²)` : "";
  return [
    `Type bolig: ${b.boligtype}`,
    `Størrelse: ${b.antallRom} rom${areal}`,
    `Leiekontrakt: ${b.leieperiodeAar} år`,
  ];
}

function vedtakSeksjon(s: Seksjon, v: Vedtaksbrev, config: BrevConfig): void {
  const sak = config.sakstyper[v.sakstype];
  const { vedtak } = v;
  const soknad = `Du søkte om ${sak.soknadOm}${v.soknadMottattDato ? `. Vi fikk søknaden ${kortDato(v.soknadMottattDato)}` : ""}.`;
  switch (vedtak.utfall) {
    case "innvilget":
      if (v.sakstype === "boligsosial_bistand") {
        s.avsnitt([{ fet: "Du får bistand til å skaffe deg eller beholde en egnet bolig." }, ` ${soknad}`]);
        s.avsnitt("Bistanden består av dette:");
        s.liste(vedtak.bistand ?? []);
      } else if (v.sakstype === "fornyelse") {
        s.avsnitt([{ fet: "Du får fornye leiekontrakten din." }, ` ${soknad}`]);
        if (vedtak.bolig) s.liste(boligPunkter(vedtak.bolig));
        s.avsnitt("Vi kontakter deg for å skrive under den nye leiekontrakten.");
      } else {
        s.avsnitt([{ fet: "Du får kommunal bolig." }, ` ${soknad}`]);
        if (vedtak.bolig) s.liste(boligPunkter(vedtak.bolig));
        s.avsnitt(
          "Vi kontakter deg når vi har en bolig til deg. Du får se boligen før du skriver under leiekontrakten.",
        );
      }
      break;
    case "venteliste":
      s.avsnitt([
        { fet: "Du har rett til kommunal bolig, men du står på venteliste." },
        ` ${soknad} Vi har ikke en ledig bolig som passer for deg nå.`,
      ]);
      s.avsnitt("Du får en bolig av denne typen når den blir ledig:");
      s.liste(boligPunkter(vedtak.bolig));
      s.underoverskrift("Hva betyr det at du står på venteliste?");
      s.liste([
        "Du trenger ikke å søke på nytt.",
        "Når en bolig som passer blir ledig, tilbyr vi den til deg. Vi fordeler boligene etter behov og hvor lenge søkerne har ventet.",
        ...(vedtak.forventetVentetid ? [`Vi regner med at ventetiden er ${vedtak.forventetVentetid}.`] : []),
        "Si fra til oss hvis situasjonen din endrer seg, for eksempel hvis du flytter eller flere eller færre skal bo sammen med deg.",
      ]);
      break;
    case "avslag":
      if (v.sakstype === "boligsosial_bistand") {
        s.avsnitt([{ fet: "Du får ikke bistand til å skaffe deg eller beholde bolig." }, ` ${soknad}`]);
      } else if (v.sakstype === "fornyelse") {
        s.avsnitt([{ fet: "Du får ikke fornye leiekontrakten din." }, ` ${soknad}`]);
        s.avsnitt("Leiekontrakten din gjelder til den datoen som står i kontrakten.");
      } else {
        s.avsnitt([{ fet: "Du får ikke kommunal bolig." }, ` ${soknad}`]);
      }
      s.avsnitt("Nedenfor forklarer vi hvorfor.");
      break;
  }
}

function begrunnelseSeksjon(s: Seksjon, v: Vedtaksbrev, config: BrevConfig): void {
  const { begrunnelse } = v;
  s.underoverskrift("Dette har vi lagt til grunn");
  s.liste(begrunnelse.faktum);
  if (begrunnelse.hovedhensyn.length > 0) {
    s.underoverskrift("Dette har vi lagt vekt på");
    s.liste(begrunnelse.hovedhensyn);
  }
  s.underoverskrift("Reglene vi har brukt");
  const sak = config.sakstyper[v.sakstype];
  const regler = begrunnelse.regler.map((r) => ("lov" in r ? config.lover[r.lov] : r));
  // The case kind's own legal basis comes first, once.
  if (sak.hjemmel && !begrunnelse.regler.some((r) => "lov" in r && r.lov === sak.hjemmel)) {
    regler.unshift(config.lover[sak.hjemmel]);
  }
  for (const r of regler) s.avsnitt([{ fet: `${r.henvisning}: ` }, r.forklaring]);
}

function klageSeksjon(s: Seksjon, v: Vedtaksbrev, k: Klageinformasjon, config: BrevConfig): void {
  const { frist, klageinstans } = k;
  const a = v.avsender;
  s.avsnitt(`Du kan klage på vedtaket (${lov(config, "fvl_28")}).`);
  s.avsnitt([
    { fet: `Fristen for å klage er ${formatDatoLang(frist.due)}.` },
    ` Klagen kommer tidsnok hvis du sender den eller leverer den senest denne dagen (${lov(config, "fvl_30")}).`,
  ]);
  s.avsnitt(
    `Slik har vi regnet ut fristen: Vi regner med at du fikk vedtaket ${kortDato(frist.start)}. ${frist.forklaring}`,
  );
  s.avsnitt(
    `Kommer klagen for sent, kan den likevel bli behandlet hvis du ikke kan lastes for at den kom for sent, eller det er særlige grunner (${lov(config, "fvl_31")}).`,
  );
  s.underoverskrift("Slik klager du");
  const brevvei: Del[] = [
    `Du kan også sende klagen i posten til ${a.bydel}, ${a.enhet}, ${a.adresselinjer.join(", ")}, eller levere den hos oss.`,
  ];
  s.avsnitt(["Du kan klage digitalt her: ", { lenke: a.klageUrl }]);
  s.avsnitt(brevvei);
  s.avsnitt(`Skriv dette i klagen (${lov(config, "fvl_32")}):`);
  s.liste([
    `hvilket vedtak du klager på – oppgi saksnummeret ${v.saksnummer}`,
    "hva du vil at vi skal endre",
    "hvorfor du mener vedtaket er feil (dette bør du ha med)",
    "underskriften din hvis du sender klagen på papir",
  ]);
  s.underoverskrift("Dette skjer med klagen din");
  s.avsnitt(
    `Send klagen til ${a.bydel}, som har gjort vedtaket. Vi ser på saken på nytt og kan endre vedtaket selv (${lov(config, "fvl_33")}). Hvis vi ikke endrer vedtaket, sender vi klagen til ${klageinstans.navn}, som avgjør den. Vi gir deg beskjed når vi sender klagen videre.`,
  );
  if (k.utsattIverksetting) {
    s.underoverskrift("Du kan be om å få vente med å flytte");
    s.avsnitt(
      `Du kan be om at vedtaket ikke blir gjennomført før klagen er avgjort (${lov(config, "fvl_42")}). Skriv det i klagen.`,
    );
  }
}

/**
 * Validates the input (throws a ZodError with Norwegian messages when it is incomplete) and renders the decision
 * letter. `opprettet` fixes the PDF's creation date; with it the output is byte-identical for the same input.
 */
export async function renderVedtaksbrev(
  input: VedtaksbrevInput,
  options: RenderOptions = {},
  config: BrevConfig = STANDARD_BREV_CONFIG,
): Promise<Buffer> {
  const v = vedtaksbrevSchema.parse(input);
  const sak = config.sakstyper[v.sakstype];
  const k = klageinformasjon(v, config);
  const brev = new Brev({
    tittel: `${sak.tittel} – saksnummer ${v.saksnummer}`,
    forfatter: `Oslo kommune, ${v.avsender.bydel}`,
    emne: sak.tittel,
    opprettet: options.opprettet,
    fonter: config.fonter,
  });
  brev.hode(brevHode(v)).h1(sak.tittel);
  brev.seksjon("Vedtak", (s) => vedtakSeksjon(s, v, config));
  brev.seksjon("Begrunnelse", (s) => begrunnelseSeksjon(s, v, config));
  brev.seksjon("Du kan klage", (s) => klageSeksjon(s, v, k, config));
  brev.seksjon("Du har rett til å se dokumentene", (s) => {
    s.avsnitt(
      `Du har rett til å se dokumentene i saken din (${lov(config, "fvl_18")}). Noen opplysninger kan være unntatt, for eksempel opplysninger om andre personer. Kontakt oss hvis du vil se dokumentene.`,
    );
  });
  sporsmalSeksjon(brev, v);
  signatur(brev, v);
  return brev.ferdig();
}
