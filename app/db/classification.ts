import type { Database } from "./schema";

/**
 * Data classification: every column of every table, with a short reason.
 *
 * - `ingen`: no personal data (buildings, units, technical values);
 * - `personopplysning`: personal data (GDPR art. 4 nr. 1) — anything about an identifiable person, including
 *   staff in the audit log;
 * - `saerlig`: special category (GDPR art. 9: health, and what reveals it, such as a need for follow-up), or
 *   data treated as strictly (child welfare, substance use).
 *
 * A new column must be classified here: tests/integration/classification.test.ts compares this list with
 * the database and fails on a column that is missing here or listed here but not in the database.
 */
export type Klasse = "ingen" | "personopplysning" | "saerlig";

export type Kolonneklasse = { klasse: Klasse; grunn: string };

type Klassifisering = {
  [T in keyof Database]?: { [C in keyof Database[T]]?: Kolonneklasse };
};

const ingen = (grunn: string): Kolonneklasse => ({ klasse: "ingen", grunn });
const person = (grunn: string): Kolonneklasse => ({ klasse: "personopplysning", grunn });
const saerlig = (grunn: string): Kolonneklasse => ({ klasse: "saerlig", grunn });

export const KLASSIFISERING = {
  bydel: {
    id: ingen("Kode for bydelen."),
    nummer: ingen("Bydelsnummer."),
    navn: ingen("Navnet på bydelen."),
    innbyggere: ingen("Folketall i bydelen, et offentlig tall."),
  },
  eiendom: {
    id: ingen("Teknisk nøkkel."),
    bydel_id: ingen("Hvilken bydel eiendommen ligger i."),
    navn: ingen("Navnet på eiendommen."),
    gateadresse: ingen("Adressen til en kommunal eiendom, uten opplysning om hvem som bor der."),
    postnummer: ingen("Del av adressen."),
    poststed: ingen("Del av adressen."),
    type: ingen("Gård eller spredt bolig."),
    byggeaar: ingen("Byggeår."),
  },
  bygning: {
    id: ingen("Teknisk nøkkel."),
    eiendom_id: ingen("Hvilken eiendom bygningen hører til."),
    navn: ingen("Navnet på bygningen."),
    etasjer: ingen("Antall etasjer."),
    heis: ingen("Om bygningen har heis."),
  },
  oppgang: {
    id: ingen("Teknisk nøkkel."),
    bygning_id: ingen("Hvilken bygning oppgangen hører til."),
    eiendom_id: ingen("Hvilken eiendom oppgangen hører til."),
    bydel_id: ingen("Hvilken bydel oppgangen ligger i."),
    navn: ingen("Navnet på oppgangen."),
    gateadresse: ingen("Adressen til oppgangen, uten opplysning om hvem som bor der."),
  },
  bolig: {
    id: ingen("Teknisk nøkkel."),
    oppgang_id: ingen("Hvilken oppgang boligen ligger i."),
    eiendom_id: ingen("Hvilken eiendom boligen hører til."),
    bydel_id: ingen("Hvilken bydel boligen ligger i."),
    bolignummer: ingen("Boligens nummer i oppgangen."),
    rom: ingen("Antall rom."),
    areal_m2: ingen("Boligens areal."),
    etasje: ingen("Etasjen boligen ligger i."),
    heis: ingen("Om boligen kan nås med heis."),
    universelt_utformet: ingen("Om boligen er universelt utformet."),
    rullestoltilpasset: ingen("Om boligen er tilpasset rullestol."),
    status: ingen("Utleid, ledig, reservert og lignende; sier ikke hvem som bor der."),
  },
  person: {
    id: person("Nøkkel som peker på én bestemt person."),
    fodselsnummer: person(
      "Fødselsnummer: entydig identitet, særlig vernet etter personopplysningsloven § 12.",
    ),
    fornavn: person("Navn."),
    etternavn: person("Navn."),
    fodselsdato: person("Fødselsdato, og dermed alder."),
    telefon: person("Kontaktopplysning."),
    epost: person("Kontaktopplysning."),
  },
  husstand: {
    id: person("Nøkkel som peker på én bestemt husstand."),
    bydel_id: person("Hvilken bydel husstanden får tjenester fra."),
  },
  husstand_medlem: {
    husstand_id: person("Hvem som bor sammen."),
    person_id: person("Hvem som bor sammen."),
    rolle: person("Forholdet i husstanden, for eksempel at noen er barn."),
  },
  husstand_oppfolging: {
    husstand_id: person("Hvilken husstand opplysningen gjelder."),
    oppfolgingsbehov: saerlig("Behov for oppfølging røper helse, rus eller andre forhold etter art. 9."),
    registrert: saerlig("Når oppfølgingsbehovet ble registrert; del av den særlige opplysningen."),
  },
  leiekontrakt: {
    id: person("Nøkkel som peker på én husstands leieforhold."),
    bolig_id: person("Hvor husstanden bor."),
    husstand_id: person("Hvem som leier."),
    startdato: person("Leieforholdets start."),
    sluttdato: person("Leieforholdets slutt."),
    husleie_kr: person("Husstandens husleie."),
    status: person("Om husstanden fortsatt leier."),
    avsluttet_dato: person("Når leieforholdet ble avsluttet."),
  },
  sesjon: {
    id: person("Hash av innloggingsnøkkelen til én innlogget person."),
    aktor: person("Navn, rolle, enhet og personnøkkel for den innloggede."),
    csrf_token: ingen("Tilfeldig verdi som beskytter skjemaer; sier ingenting om personen."),
    opprettet: person("Når personen logget inn."),
    utloper: person("Når personens innlogging utløper."),
  },
  audit_logg: {
    seq: ingen("Løpenummer i revisjonsloggen."),
    tidspunkt: person("Når en ansatt eller beboer så eller endret opplysninger."),
    aktor_id: person("Hvem som så eller endret opplysninger."),
    aktor_rolle: person("Rollen til den som så eller endret."),
    aktor_enhet: person("Enheten til den som så eller endret."),
    person_id: person("Hvem opplysningene gjaldt."),
    kategori: saerlig("Knyttet til en person røper for eksempel «helse» at det finnes helseopplysninger."),
    handling: person("Hva som ble gjort med personens opplysninger."),
    ressurs: person("Hvilken post om personen som ble berørt (type og nøkkel, aldri verdier)."),
    request_id: ingen("Tilfeldig nøkkel for forespørselen; driftsloggen har ingen personopplysninger."),
    forrige_hash: ingen("Kjedeverdi for å oppdage endringer."),
    hash: ingen("Kjedeverdi for å oppdage endringer."),
  },
  saksnummer_teller: {
    aar: ingen("Året saksnumrene gjelder."),
    siste: ingen("Siste saksnummer som er delt ut det året."),
  },
  sak: {
    id: person("Nøkkel som peker på én persons sak."),
    saksnummer: person("Saksnummeret identifiserer søkerens sak."),
    bydel_id: person("Hvilken bydel søkeren får tjenester fra."),
    type: person("At personen har søkt om bolig, fornyelse eller bistand."),
    status: person("Hvor langt personens sak er kommet."),
    soker_person_id: person("Hvem som har søkt."),
    husstand: person("Øyeblikksbilde av husstanden (antall voksne, barnas alder)."),
    innsender_rolle: person("Hvem som sendte søknaden for søkeren (pårørende, tjeneste, institusjon)."),
    innsender_aktor_id: person("Hvem som sendte søknaden."),
    innsender_navn: person("Navnet på den som sendte søknaden på vegne av søkeren."),
    samtykke: person("Om søkeren har samtykket til at andre søker for dem."),
    samtykke_grunnlag: person("Hvordan samtykket er gitt (fullmakt, muntlig)."),
    saksbehandler_id: person("Hvilken ansatt som har saken."),
    saksbehandler_navn: person("Navnet på saksbehandleren."),
    mottatt: person("Når søkerens søknad kom inn."),
    versjon: ingen("Radversjon som hindrer at to lagringer overskriver hverandre."),
    opprettet: person("Når saken ble registrert."),
    endret: person("Når saken sist ble endret."),
  },
  soknadsinnhold: {
    sak_id: person("Hvilken sak svarene hører til."),
    skjemaversjon: ingen("Versjonen av søknadsskjemaet."),
    boligsituasjon: person("Søkerens nåværende boligsituasjon."),
    okonomi: person("Søkerens inntekt, gjeld og økonomi."),
    helse_funksjon: saerlig("Helse- og funksjonsbehov og behov for tilrettelegging (art. 9)."),
    onsker: person("Søkerens ønsker om bolig og område."),
  },
  sakslogg: {
    seq: ingen("Løpenummer i saksloggen."),
    sak_id: person("Hvilken persons sak hendelsen gjelder."),
    tidspunkt: person("Når noe skjedde i saken."),
    aktor_id: person("Hvem som gjorde noe i saken."),
    aktor_navn: person("Navnet på den som gjorde noe i saken."),
    aktor_rolle: person("Rollen til den som gjorde noe i saken."),
    aktor_enhet: person("Enheten til den som gjorde noe i saken."),
    hendelse: person("Hva som skjedde i personens sak."),
    data: person("Nøkler, datoer og utfall for hendelsen; aldri særlige opplysninger."),
  },
  frist: {
    id: ingen("Teknisk nøkkel."),
    sak_id: person("Hvilken persons sak fristen gjelder."),
    type: person("Hvilken frist som løper i personens sak."),
    start: person("Når fristen begynte å løpe i personens sak."),
    forfall: person("Når fristen i personens sak går ut."),
    hjemmel: ingen("Lovhjemmelen for fristen."),
    status: person("Om fristen i personens sak er overholdt."),
    oppfylt_ved: person("Hva som oppfylte fristen i personens sak."),
    lukket: person("Når fristen i personens sak ble lukket."),
    opprettet: person("Når fristen ble registrert i personens sak."),
  },
  dokumentasjonskrav: {
    id: ingen("Teknisk nøkkel."),
    sak_id: person("Hvilken persons sak kravet gjelder."),
    beskrivelse: saerlig("Hva søkeren må dokumentere; kan røpe helse eller andre særlige forhold."),
    frist: person("Når dokumentasjonen skal være levert."),
    status: person("Om søkeren har levert."),
    etterspurt_av: person("Hvilken ansatt som ba om dokumentasjonen."),
    etterspurt: person("Når dokumentasjonen ble etterspurt."),
    mottatt: person("Når dokumentasjonen kom inn."),
  },
  notat: {
    id: ingen("Teknisk nøkkel."),
    sak_id: person("Hvilken persons sak notatet gjelder."),
    tekst: saerlig("Kartleggingsnotat: helse, rus, barnevern og andre særlige forhold."),
    skrevet_av_id: person("Hvilken ansatt som skrev notatet."),
    skrevet_av_navn: person("Navnet på den som skrev notatet."),
    opprettet: person("Når notatet ble skrevet."),
  },
  forelopig_svar: {
    id: ingen("Teknisk nøkkel."),
    sak_id: person("Hvilken persons sak svaret gjelder."),
    grunn: person("Hvorfor saken tar tid."),
    forventet_vedtak: person("Når søkeren kan vente et vedtak."),
    sendt: person("Når det foreløpige svaret ble sendt."),
    sendt_av_id: person("Hvilken ansatt som sendte svaret."),
    sendt_av_navn: person("Navnet på den som sendte svaret."),
  },
  vedtak: {
    id: person("Nøkkel som peker på ett vedtak om én person."),
    sak_id: person("Hvilken persons sak vedtaket gjelder."),
    utfall: person("Om søkeren fikk bolig, venteliste eller avslag."),
    boligtype: person("Hvilken boligtype søkeren har fått."),
    rom: person("Hvor mange rom søkeren har fått."),
    leietid_aar: person("Leietiden søkeren har fått."),
    begrunnelse_regler: person("Reglene vedtaket bygger på."),
    begrunnelse_faktum: saerlig("De faktiske forholdene, ofte helse eller andre særlige forhold."),
    begrunnelse_hovedhensyn: saerlig("Hovedhensynene i skjønnet; kan røpe særlige forhold."),
    vedtaksdato: person("Når vedtaket ble fattet."),
    sendt: person("Når vedtaket ble sendt til søkeren."),
    sendemaate: person("Om søkeren fikk vedtaket digitalt eller på papir."),
    apnet: person("Når søkeren åpnet vedtaket i appen."),
    mottatt: person("Når vedtaket kom fram til søkeren."),
    mottatt_regel: person("Hvordan mottaksdatoen ble fastsatt."),
    klagefrist: person("Søkerens klagefrist."),
    klageinstans: ingen("Hvem som avgjør en klage: følger av sakstypen."),
    grunnlag: person("Om vedtaket er et omgjøringsvedtak etter klage."),
    erstatter_vedtak_id: person("Hvilket tidligere vedtak som ble omgjort."),
    fattet_av_id: person("Hvilken ansatt som fattet vedtaket."),
    fattet_av_navn: person("Navnet på den som fattet vedtaket."),
    opprettet: person("Når vedtaket ble registrert."),
  },
  klage: {
    id: person("Nøkkel som peker på én persons klage."),
    sak_id: person("Hvilken persons sak klagen gjelder."),
    vedtak_id: person("Hvilket vedtak det klages på."),
    mottatt: person("Når klagen ble sendt eller levert."),
    i_tide: person("Om klagen kom i tide."),
    tidsvurdering: person("Hvordan det ble vurdert om klagen kom i tide."),
    ettarsgrense_passert: person("Om det er gått mer enn ett år siden vedtaket."),
    sen_klage_beslutning: person("Om en sen klage behandles (forvaltningsloven § 31)."),
    sen_klage_begrunnelse: saerlig("Hvorfor klageren ikke kan lastes; kan røpe sykdom."),
    status: person("Hvor langt klagen er kommet."),
    klageinstans: ingen("Hvem som avgjør klagen."),
    oversendt: person("Når klagen ble sendt til klageinstansen."),
    oversendelse_merknad: saerlig("Førsteinstansens vurdering til klageinstansen; kan røpe særlige forhold."),
    klager_underrettet: person("Når klageren fikk beskjed om oversendelsen."),
    utfall: person("Hva klageinstansen kom til."),
    utfall_begrunnelse: saerlig("Klageinstansens begrunnelse; kan røpe særlige forhold."),
    avgjort: person("Når klagen ble avgjort."),
    avgjort_av_id: person("Hvem som registrerte klageinstansens avgjørelse."),
    registrert_av_id: person("Hvem som registrerte klagen."),
    opprettet: person("Når klagen ble registrert."),
    klagetekst: saerlig("Klagen slik søkeren skrev den på nett; kan røpe helse eller andre særlige forhold."),
  },
  venteliste: {
    id: ingen("Teknisk nøkkel."),
    bydel_id: person("Hvilken bydels venteliste personen står på."),
    sak_id: person("Hvilken persons sak plassen gjelder."),
    prioritet: person("Personens prioritet på ventelisten."),
    dato: person("Når personen kom på ventelisten."),
    status: person("Om personen fortsatt står på ventelisten."),
    opprettet: person("Når plassen ble registrert."),
  },
  idempotens: {
    aktor_id: person("Hvem som sendte inn."),
    nokkel: ingen("Tilfeldig nøkkel fra skjemaet som hindrer dobbel innsending."),
    sak_id: person("Hvilken sak innsendingen ga."),
    opprettet: person("Når innsendingen kom."),
  },
  soknadsutkast: {
    id: ingen("Teknisk nøkkel."),
    eier_aktor_id: person("Hvem som skriver utkastet."),
    eier_person_id: person("Hvilken person som eier utkastet."),
    skjemaversjon: ingen("Hvilken versjon av skjemaet svarene følger."),
    svar: person("Svarene i søknaden: husstand, boligsituasjon, økonomi, ønsker og hvem det søkes for."),
    helse_funksjon: saerlig("Helse og funksjon som har betydning for boligen (GDPR art. 9)."),
    status: person("Om søknaden er sendt."),
    sak_id: person("Hvilken sak søknaden ble til."),
    versjon: ingen("Radversjon som hindrer at en eldre lagring overskriver en nyere."),
    opprettet: person("Når utkastet ble startet."),
    endret: person("Når utkastet sist ble lagret."),
  },
  vedlegg: {
    id: ingen("Teknisk nøkkel."),
    eier_aktor_id: person("Hvem som lastet opp filen."),
    utkast_id: person("Hvilket utkast filen hører til."),
    sak_id: person("Hvilken sak filen hører til."),
    filnavn: saerlig("Filnavnet kan røpe innholdet, for eksempel en legeerklæring."),
    mime: ingen("Filtypen (PDF, JPEG eller PNG)."),
    storrelse: ingen("Størrelsen på filen."),
    sha256: ingen("Sjekksum som viser at filen ikke er endret."),
    innhold: saerlig("Selve filen; den kan inneholde helseopplysninger."),
    opprettet: person("Når filen ble lastet opp."),
  },
  // bomiljoplan (migration 0008): plans about measures, never about residents. Staff names are personal data.
  bydel_tiltak: {
    id: ingen("Teknisk nøkkel."),
    bydel_id: ingen("Hvilken bydel planen gjelder."),
    tiltak_nummer: ingen("Hvilket av Oslostandardens 15 tiltak."),
    ansvarlig: ingen("Ansvarlig virksomhet (bydel, Boligbygg, Velferdsetaten)."),
    ansvarlig_person: person("Navnet på den ansatte som har ansvaret, i arbeidsrollen."),
    hva_skal_utfores: ingen("Hva som skal gjøres, skrevet om tiltaket, ikke om beboere."),
    tidsfrist: ingen("Frist for tiltaket."),
    pagaende: ingen("Om tiltaket er løpende."),
    status: ingen("Status for tiltaket."),
    versjon: ingen("Radversjon for optimistisk låsing."),
    endret: ingen("Når raden sist ble endret."),
    endret_av_id: person("Hvem som sist endret raden (ansatt-id)."),
    endret_av_navn: person("Navnet på den ansatte som sist endret raden."),
  },
  bydel_tiltak_historikk: {
    id: ingen("Teknisk nøkkel."),
    bydel_tiltak_id: ingen("Hvilken planrad versjonen hører til."),
    bydel_id: ingen("Hvilken bydel planen gjelder."),
    versjon: ingen("Versjonsnummer."),
    ansvarlig: ingen("Ansvarlig virksomhet i denne versjonen."),
    ansvarlig_person: person("Ansvarlig ansatt i denne versjonen."),
    hva_skal_utfores: ingen("Hva som skulle gjøres i denne versjonen."),
    tidsfrist: ingen("Frist i denne versjonen."),
    pagaende: ingen("Løpende i denne versjonen."),
    status: ingen("Status i denne versjonen."),
    endret: ingen("Når versjonen ble lagret."),
    endret_av_id: person("Hvem som lagret versjonen (ansatt-id)."),
    endret_av_navn: person("Navnet på den ansatte som lagret versjonen."),
  },
  adresse_tiltak: {
    id: ingen("Teknisk nøkkel."),
    eiendom_id: ingen("Hvilken adresse (eiendom) tiltaket gjelder."),
    bydel_id: ingen("Hvilken bydel adressen ligger i."),
    tiltak_nummer: ingen("Hvilket av Oslostandardens 15 tiltak det hører under."),
    tittel: ingen("Navnet på tiltaket."),
    beskrivelse: ingen("Hva som skal gjøres, skrevet om adressen, ikke om beboere."),
    ansvarlig: ingen("Hvem som eier tiltaket (virksomhet eller beboerne)."),
    ansvarlig_person: person("Navnet på den som har ansvaret, i arbeidsrollen."),
    frist: ingen("Frist for tiltaket."),
    pagaende: ingen("Om tiltaket er løpende."),
    status: ingen("Status for tiltaket."),
    forventet_endring: ingen("Hva tiltaket skal endre på adressen."),
    indikator: ingen("Hvilket spørsmål i bomiljøundersøkelsen som skal vise endringen."),
    idempotens_nokkel: ingen("Nøkkel som hindrer dobbel registrering ved dobbeltklikk."),
    versjon: ingen("Radversjon for optimistisk låsing."),
    opprettet: ingen("Når tiltaket ble registrert."),
    endret: ingen("Når tiltaket sist ble endret."),
    endret_av_id: person("Hvem som sist endret tiltaket (ansatt-id)."),
    endret_av_navn: person("Navnet på den ansatte som sist endret tiltaket."),
  },
  adresse_tiltak_historikk: {
    id: ingen("Teknisk nøkkel."),
    adresse_tiltak_id: ingen("Hvilket tiltak versjonen hører til."),
    bydel_id: ingen("Hvilken bydel adressen ligger i."),
    versjon: ingen("Versjonsnummer."),
    tittel: ingen("Navnet på tiltaket i denne versjonen."),
    beskrivelse: ingen("Beskrivelsen i denne versjonen."),
    ansvarlig: ingen("Eier i denne versjonen."),
    ansvarlig_person: person("Ansvarlig person i denne versjonen."),
    frist: ingen("Frist i denne versjonen."),
    pagaende: ingen("Løpende i denne versjonen."),
    status: ingen("Status i denne versjonen."),
    forventet_endring: ingen("Forventet endring i denne versjonen."),
    indikator: ingen("Indikator i denne versjonen."),
    endret: ingen("Når versjonen ble lagret."),
    endret_av_id: person("Hvem som lagret versjonen (ansatt-id)."),
    endret_av_navn: person("Navnet på den ansatte som lagret versjonen."),
  },
  bomiljokoordinator: {
    id: ingen("Teknisk nøkkel."),
    bydel_id: ingen("Hvilken bydel koordinatoren arbeider i."),
    navn: person("Navnet på koordinatoren, publisert på kontaktkortet i arbeidsrollen."),
    telefon: person("Jobbtelefonen til koordinatoren, publisert på kontaktkortet."),
    epost: person("Jobb-e-posten til koordinatoren, publisert på kontaktkortet."),
    omrade: ingen("Hvilke adresser eller områder koordinatoren har ansvar for."),
    aktiv: ingen("Om koordinatoren er i rollen nå."),
    rekkefolge: ingen("Rekkefølge på listen."),
    versjon: ingen("Radversjon for optimistisk låsing."),
    endret: ingen("Når raden sist ble endret."),
  },
  nettverk_samling: {
    id: ingen("Teknisk nøkkel."),
    tittel: ingen("Navnet på samlingen."),
    dato: ingen("Når samlingen er."),
    sted: ingen("Hvor samlingen er."),
    tema: ingen("Hva samlingen handler om."),
    idempotens_nokkel: ingen("Nøkkel som hindrer dobbel registrering."),
    opprettet: ingen("Når samlingen ble registrert."),
    opprettet_av_navn: person("Den ansatte i Velferdsetaten som registrerte samlingen."),
  },
  nettverk_deltaker: {
    id: ingen("Teknisk nøkkel."),
    samling_id: ingen("Hvilken samling."),
    navn: person("Navnet på en ansatt eller beboerrepresentant som deltok."),
    virksomhet: ingen("Hvilken virksomhet deltakeren kom fra (bydel, Boligbygg …)."),
  },
  nettverk_materiale: {
    id: ingen("Teknisk nøkkel."),
    tittel: ingen("Navnet på materialet."),
    lenke: ingen("Lenke til materialet."),
    tekst: ingen("Faglig tekst som deles i nettverket, ikke om enkeltpersoner."),
    idempotens_nokkel: ingen("Nøkkel som hindrer dobbel registrering."),
    opprettet: ingen("Når materialet ble delt."),
    opprettet_av_navn: person("Den ansatte som delte materialet."),
  },
} as const satisfies Klassifisering;

/** Every classified table. */
export function klassifiserteTabeller(): string[] {
  return Object.keys(KLASSIFISERING);
}

/** Every classified column as `{ tabell, kolonne, klasse, grunn }`. */
export function alleKolonner(): { tabell: string; kolonne: string; klasse: Klasse; grunn: string }[] {
  return Object.entries(KLASSIFISERING).flatMap(([tabell, kolonner]) =>
    Object.entries(kolonner as Record<string, Kolonneklasse>).map(([kolonne, k]) => ({
      tabell,
      kolonne,
      ...k,
    })),
  );
}

/** The class of one column, or undefined when it is not classified (treat as an error, never as `ingen`). */
export function klasseFor(tabell: string, kolonne: string): Kolonneklasse | undefined {
  const kolonner = (KLASSIFISERING as Record<string, Record<string, Kolonneklasse>>)[tabell];
  return kolonner && Object.hasOwn(kolonner, kolonne) ? kolonner[kolonne] : undefined;
}

/** Columns of a table in one class, e.g. the special-category columns a role must never receive. */
export function kolonnerMedKlasse(tabell: string, klasse: Klasse): string[] {
  return alleKolonner()
    .filter((k) => k.tabell === tabell && k.klasse === klasse)
    .map((k) => k.kolonne);
}

/** True when the table holds any personal or special-category column. */
export function harPersonopplysninger(tabell: string): boolean {
  return alleKolonner().some((k) => k.tabell === tabell && k.klasse !== "ingen");
}

/** True for special-category columns (GDPR art. 9). Unknown columns count as special: deny on doubt. */
export function erSaerlig(tabell: string, kolonne: string): boolean {
  return (klasseFor(tabell, kolonne)?.klasse ?? "saerlig") === "saerlig";
}
