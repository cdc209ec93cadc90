/**
 * The message catalogue in bokmål: the source of every key. English (en.ts)
 * must have exactly the same keys. Add keys additively, grouped by page or
 * component; placeholders are written {name} and filled by t(…, { name }).
 */
export const nb = {
  // The application shell
  "app.navn": "Bomiljø",
  "app.eier": "Oslo kommune",
  "app.tilForsiden": "Bomiljø, til forsiden",
  "app.hoppTilInnhold": "Hopp til hovedinnhold",
  "app.hovedmeny": "Hovedmeny",
  "app.loggInn": "Logg inn",
  "app.loggUt": "Logg ut",
  "app.sprak.bytt": "English",
  "app.sprak.byttBeskrivelse": "Change language to English",
  "app.forside": "Forside",
  "app.brodsmuler": "Du er her:",
  "app.tilbakeTil": "Tilbake til {side}",
  "app.sidetittel": "{side} – Bomiljø",
  "app.bunntekst.om": "Bomiljø er Oslo kommunes tjeneste for kommunale utleieboliger og gode bomiljø.",
  "app.bunntekst.lenker": "Om tjenesten",
  "app.bunntekst.personvern": "Personvern",
  "app.bunntekst.tilgjengelighet": "Tilgjengelighetserklæring",

  // Roles, as the user sees them
  "rolle.beboer": "Beboer",
  "rolle.saksbehandler": "Saksbehandler",
  "rolle.booppfolger": "Booppfølger",
  "rolle.bomiljokoordinator": "Bomiljøkoordinator",
  "rolle.forvalter": "Forvalter",
  "rolle.analytiker": "Analytiker",
  "rolle.klagenemnd": "Medlem av klagenemnda",
  "rolle.leder": "Leder",
  "rolle.systemadministrator": "Systemadministrator",

  // Primary navigation (label) and the home page cards (beskrivelse)
  "nav.boliger": "Boligregister",
  "nav.boliger.beskrivelse": "Eiendommer, oppganger og boliger, med status for hver bolig.",
  "nav.boligsok": "Søk i adresser",
  "nav.boligsok.beskrivelse": "Finn en adresse, en oppgang eller en bolig.",
  "nav.statistikk": "Statistikk",
  "nav.statistikk.beskrivelse": "Tall for bydelene og hele byen. Ingen opplysninger om enkeltpersoner.",
  "nav.minBolig": "Min bolig",
  "nav.minBolig.beskrivelse": "Boligen din, leiekontrakten og hvem du kan kontakte.",
  "nav.innsyn": "Hvem har sett opplysningene mine",
  "nav.innsyn.beskrivelse": "Se hvem i kommunen som har sett eller endret opplysninger om deg, og når.",
  "nav.admin": "Administrasjon",
  "nav.admin.beskrivelse": "Innstillinger, brukere og roller, og kontroll av tilgangsloggen.",

  // Home page
  "hjem.tittel": "Bomiljø",
  "hjem.ingress":
    "Bomiljø samler arbeidet med kommunale utleieboliger i Oslo: fra søknad og tildeling til leiekontrakt og et godt og trygt sted å bo.",
  "hjem.avsnitt":
    "Ansatte i bydelene, Boligbygg og Velferdsetaten bruker tjenesten i arbeidet sitt. Bor du i en kommunal bolig, kan du logge inn med ID-porten og se boligen din og hvem som har sett opplysningene dine.",
  "hjem.loggInn": "Logg inn",
  "hjem.utlogget": "Du er logget ut.",
  "hjem.hilsen": "Hei, {navn}",
  "hjem.rolle": "Du er logget inn som {rolle}.",
  "hjem.rolleOgEnhet": "Du er logget inn som {rolle} i {enhet}.",
  "hjem.dineSider": "Dette kan du gjøre i Bomiljø",
  "hjem.ingenSider":
    "Rollen din har ikke tilgang til noen sider i Bomiljø ennå. Ta kontakt med lederen din hvis du mener du skal ha tilgang.",

  // Error pages
  "feil.400.tittel": "Noe var galt med forespørselen",
  "feil.400.tekst": "Forespørselen var ugyldig. Gå tilbake og prøv igjen.",
  "feil.401.tittel": "Du må logge inn",
  "feil.401.tekst": "Du må logge inn for å se denne siden.",
  "feil.403.tittel": "Du har ikke tilgang",
  "feil.403.tekst":
    "Du har ikke tilgang til denne siden med rollen du er logget inn med. Ta kontakt med lederen din hvis du mener du skal ha tilgang.",
  "feil.403.skjema": "Skjemaet var utløpt eller ugyldig. Last siden på nytt og prøv igjen.",
  "feil.404.tittel": "Siden finnes ikke",
  "feil.404.tekst":
    "Vi fant ikke siden du lette etter. Kanskje adressen er skrevet feil, eller siden er flyttet.",
  "feil.409.tittel": "Noen andre har endret dette",
  "feil.409.tekst": "Noen andre har endret dette i mellomtiden. Last siden på nytt og prøv igjen.",
  "feil.413.tittel": "Forespørselen var for stor",
  "feil.413.tekst": "Det du sendte var for stort. Prøv med mindre innhold, for eksempel en mindre fil.",
  "feil.429.tittel": "For mange forespørsler",
  "feil.429.tekst": "Du har sendt for mange forespørsler på kort tid. Vent litt og prøv igjen.",
  "feil.500.tittel": "Noe gikk galt",
  "feil.500.tekst": "Noe gikk galt hos oss. Prøv igjen om litt.",
  "feil.tilForsiden": "Gå til forsiden",
  "feil.loggInn": "Logg inn",

  // Sign-in (/logg-inn, /auth/callback/*)
  "innlogging.tittel": "Logg inn",
  "innlogging.ingress": "Velg hvordan du vil logge inn.",
  "innlogging.beboer.tittel": "Søker eller beboer",
  "innlogging.beboer.tekst": "Logg inn med BankID, MinID eller en annen elektronisk ID gjennom ID-porten.",
  "innlogging.beboer.knapp": "Logg inn med ID-porten",
  "innlogging.ansatt.tittel": "Ansatt i Oslo kommune",
  "innlogging.ansatt.tekst": "Logg inn med jobbkontoen din (Entra ID).",
  "innlogging.ansatt.knapp": "Logg inn som ansatt",
  "innlogging.alleredeInnlogget":
    "Du er logget inn som {navn}. Logger du inn på nytt, blir den innloggingen avsluttet.",
  "innlogging.utilgjengelig": "Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.",
  "innlogging.provIgjen": "Prøv å logge inn igjen",
  "innlogging.feil.tittel": "Innloggingen kunne ikke fullføres",
  "innlogging.feil.utlopt":
    "Innloggingen tok for lang tid, eller den ble startet i en annen fane. Start innloggingen på nytt.",
  "innlogging.feil.ugyldig": "Vi kunne ikke bekrefte innloggingen. Start innloggingen på nytt.",
  "innlogging.feil.avbrutt.tittel": "Innloggingen ble avbrutt",
  "innlogging.feil.avbrutt": "Du avbrøt innloggingen. Du kan logge inn igjen når du vil.",
  "innlogging.avvist.ukjent_rolle.tittel": "Du har ikke tilgang til Bomiljø",
  "innlogging.avvist.ukjent_rolle":
    "Brukeren din har ingen rolle i Bomiljø, eller en rolle vi ikke kjenner. Be lederen din om å gi deg riktig rolle.",
  "innlogging.avvist.flere_roller.tittel": "Du har mer enn én rolle",
  "innlogging.avvist.flere_roller":
    "Brukeren din har flere roller i Bomiljø, men en innlogging kan bare ha én. Be lederen din om å rydde i rollene dine.",
  "innlogging.avvist.mangler_bydel.tittel": "Vi vet ikke hvilken bydel du jobber i",
  "innlogging.avvist.mangler_bydel":
    "Rollen din gjelder én bydel, men brukeren din er ikke knyttet til en bydel vi kjenner. Be lederen din om å registrere bydelen din.",
  "innlogging.avvist.mangler_identitet.tittel": "Innloggingen manglet opplysninger",
  "innlogging.avvist.mangler_identitet":
    "Vi fikk ikke nok opplysninger om deg fra innloggingstjenesten. Prøv igjen, eller kontakt bydelen din.",
  "innlogging.avvist.for_lavt_sikkerhetsniva.tittel": "Du må logge inn med et høyere sikkerhetsnivå",
  "innlogging.avvist.for_lavt_sikkerhetsniva":
    "Bomiljø krever innlogging med BankID, Buypass, Commfides eller MinID. Prøv igjen med en av dem.",
  "innlogging.avvist.testidentitet.tittel": "Testbrukere kan ikke logge inn her",
  "innlogging.avvist.testidentitet":
    "Dette er en testidentitet. Testidentiteter kan bare brukes i test- og demoutgaven av Bomiljø.",

  // Privacy statement (/personvern)
  "personvern.tittel": "Personvern i Bomiljø",
  "personvern.ingress":
    "Her forklarer vi hvilke opplysninger Bomiljø behandler, hvorfor, hvem som kan se dem, og hvilke rettigheter du har.",
  "personvern.demo":
    "Denne utgaven av Bomiljø er en demonstrasjon. Alle personer, adresser og saker i den er oppdiktet.",
  "personvern.ansvarlig.tittel": "Hvem er ansvarlig",
  "personvern.ansvarlig.tekst":
    "Oslo kommune er behandlingsansvarlig. Bydelen du bor i, eller som behandler saken din, har ansvaret for opplysningene om deg. Boligbygg Oslo KF har ansvaret for opplysninger om bygninger, boliger og leiekontrakter.",
  "personvern.hva.tittel": "Hvilke opplysninger vi behandler",
  "personvern.hva.tekst":
    "Vi behandler opplysninger om boliger og bygninger, om leieforhold (hvem som leier, fra når og til hvilken pris) og om husstanden din. For noen saker trenger bydelen også opplysninger om helse eller andre særlige behov. Slike opplysninger er særlig beskyttet og vises bare til ansatte som trenger dem i arbeidet sitt.",
  "personvern.hvorfor.tittel": "Hvorfor vi behandler opplysningene",
  "personvern.hvorfor.tekst":
    "Kommunen har plikt til å hjelpe vanskeligstilte på boligmarkedet, etter lov om kommunenes ansvar på det boligsosiale feltet. Vi bruker opplysningene til å behandle søknader, tildele og leie ut boliger, følge opp beboere og arbeide for gode bomiljø.",
  "personvern.tilgang.tittel": "Hvem kan se opplysningene",
  "personvern.tilgang.tekst":
    "Ansatte ser bare det rollen deres trenger. En saksbehandler ser saker i sin egen bydel. Boligbygg ser bygninger og leiekontrakter, men ikke helseopplysninger eller saker. Velferdsetaten og ledere ser bare tall, aldri opplysninger om enkeltpersoner.",
  "personvern.logg.tittel": "Vi logger hvem som ser opplysningene dine",
  "personvern.logg.tekst":
    "Hver gang en ansatt ser eller endrer personopplysninger, lagrer vi hvem det var, hvilken rolle og enhet de har, når det skjedde og hva slags opplysninger det gjaldt. Vi lagrer ikke selve opplysningene i loggen. Bor du i en kommunal bolig, kan du logge inn og se denne loggen selv.",
  "personvern.informasjonskapsler.tittel": "Informasjonskapsler",
  "personvern.informasjonskapsler.tekst":
    "Bomiljø bruker bare to informasjonskapsler. Den ene holder deg innlogget og slettes når du logger ut. Den andre husker hvilket språk du har valgt, i ett år. Vi bruker ikke analyseverktøy, annonser eller tjenester fra andre selskaper som følger med på hva du gjør.",
  "personvern.teknisk.tittel": "Teknisk logg",
  "personvern.teknisk.tekst":
    "For å holde tjenesten i drift logger vi hvilke sider som blir åpnet, når, og om det gikk bra. Vi logger ikke hva du søker etter eller skriver inn.",
  "personvern.rettigheter.tittel": "Dine rettigheter",
  "personvern.rettigheter.tekst":
    "Du har rett til å få vite hvilke opplysninger kommunen har om deg, og til å få rettet opplysninger som er feil. Ta kontakt med bydelen din for å be om innsyn eller retting. Mener du at vi behandler opplysningene dine i strid med reglene, kan du klage til Datatilsynet.",
  "personvern.datatilsynet": "Datatilsynet (datatilsynet.no)",

  // Accessibility statement (/tilgjengelighet)
  "tilgjengelighet.tittel": "Tilgjengelighetserklæring for Bomiljø",
  "tilgjengelighet.ingress":
    "Oslo kommune skal lage nettsider som alle kan bruke. Her forteller vi hvor tilgjengelig Bomiljø er i dag, og hva vi ikke har på plass ennå.",
  "tilgjengelighet.krav.tittel": "Kravene vi følger",
  "tilgjengelighet.krav.tekst":
    "Offentlige nettsider i Norge skal følge kravene i WCAG 2.1 på nivå A og AA. Bomiljø er laget med Designsystemet, som er laget for å oppfylle disse kravene.",
  "tilgjengelighet.status.tittel": "Slik tester vi",
  "tilgjengelighet.status.tekst":
    "Vi tester sidene automatisk med verktøyet axe for hver endring, både på stor skjerm og på mobil. Vi sjekker at alt kan brukes med tastatur, at fokus alltid er synlig, og at skjemaer virker uten JavaScript.",
  "tilgjengelighet.mangler.tittel": "Det vi ikke har på plass ennå",
  "tilgjengelighet.mangler.tekst":
    "Bomiljø er under utvikling. Vi har ikke gjort en fullstendig manuell gjennomgang av alle kravene, og vi har ikke testet alle sider med skjermleser. Automatiske tester finner ikke alle feil. Derfor kan det finnes feil vi ikke kjenner til.",
  "tilgjengelighet.tilbakemelding.tittel": "Si fra om feil",
  "tilgjengelighet.tilbakemelding.tekst":
    "Opplever du noe som er vanskelig å bruke, vil vi gjerne vite det. Ta kontakt med bydelen din eller med den som ga deg tilgang til Bomiljø, og fortell hvilken side det gjelder og hva som ikke virket.",
  "tilgjengelighet.tilsyn.tittel": "Klage til tilsynet",
  "tilgjengelighet.tilsyn.tekst":
    "Hvis du ikke får svar, eller ikke er fornøyd med svaret, kan du si fra til Tilsynet for universell utforming av ikt.",
  "tilgjengelighet.tilsyn.lenke": "Tilsynet for universell utforming av ikt (uutilsynet.no)",
  "tilgjengelighet.oppdatert": "Erklæringen ble sist oppdatert 22. november 2026.",

  // Access log for residents (/innsyn)
  "innsyn.tittel": "Hvem har sett opplysningene mine",
  "innsyn.ingress":
    "Her ser du når ansatte i kommunen har sett eller endret opplysninger om deg og barna dine under 18 år, hvilken rolle og enhet de jobber i, og hva slags opplysninger det gjaldt.",
  "innsyn.hvorfor":
    "Ansatte i kommunen har taushetsplikt og skal bare se det de trenger i arbeidet sitt. Derfor lagrer vi hver gang noen ser eller endrer opplysninger om deg. Listen viser ikke navnet på den ansatte, og ikke selve opplysningene.",
  "innsyn.kontakt.tittel": "Ser noe feil ut?",
  "innsyn.kontakt.tekst":
    "Tror du at noen har sett opplysningene dine uten grunn, kan du kontakte boligkontoret i bydelen din eller personvernombudet i bydelen. Oppgi tidspunktet og enheten fra listen, så kan de finne ut hvem det var og hvorfor. Du kan også klage til Datatilsynet.",
  "innsyn.ikkeRegistrert":
    "Vi finner deg ikke i boligregisteret. Det betyr at vi ikke har opplysninger om deg i Bomiljø, og at ingen har sett noe om deg her. Tror du dette er feil, kan du kontakte boligkontoret i bydelen din.",
  "innsyn.tom": "Ingen har sett eller endret opplysninger om deg ennå.",
  "innsyn.antall.en": "1 oppføring. Side {side} av {sider}.",
  "innsyn.antall": "{antall} oppføringer. Side {side} av {sider}.",
  "innsyn.tabell": "Hvem har sett opplysningene dine, nyeste først",
  "innsyn.kol.nar": "Når",
  "innsyn.kol.hvem": "Hvem",
  "innsyn.kol.enhet": "Enhet",
  "innsyn.kol.opplysninger": "Opplysninger",
  "innsyn.kol.handling": "Hva ble gjort",
  "innsyn.kol.gjelder": "Gjelder",
  "innsyn.tidspunkt": "{dato} kl. {tid}",
  "innsyn.duSelv": "Du selv",
  "innsyn.gjelder.deg": "Deg",
  "innsyn.gjelder.barn": "{fornavn} (barnet ditt)",
  "innsyn.rolle.ukjent": "Ansatt i kommunen",
  "innsyn.kategori.ukjent": "Andre opplysninger",
  "innsyn.handling.les": "Lest",
  "innsyn.handling.opprett": "Opprettet",
  "innsyn.handling.endre": "Endret",
  "innsyn.handling.slett": "Slettet",
  "innsyn.sider": "Sider i loggen",
  "innsyn.forrige": "Forrige side",
  "innsyn.neste": "Neste side",

  // System administration (/admin)
  "admin.tittel": "Administrasjon",
  "admin.ingress":
    "Roller, tilganger og kontroll av revisjonsloggen. Siden viser ingen saker og ingen opplysninger om personer.",
  "admin.tilganger.tittel": "Roller og tilganger",
  "admin.tilganger.tekst":
    "Hver tilgang gir lov til én ting. En rolle har bare tilgangene der det står «Ja». Alt annet er stengt.",
  "admin.tilganger.tabell": "Hvilke roller som har hvilke tilganger",
  "admin.tilganger.kol.tilgang": "Tilgang",
  "admin.tilganger.ja": "Ja",
  "admin.tilganger.nei": "Nei",
  "admin.tilgang.boligregister.les": "Se boligregisteret",
  "admin.tilgang.sammensetning.les": "Se sammensetningen i en oppgang som tall",
  "admin.tilgang.leiekontrakt.les": "Se leiekontrakter",
  "admin.tilgang.statistikk.les": "Se statistikk for bydeler og byen",
  "admin.tilgang.minbolig.les": "Se egen bolig og leiekontrakt",
  "admin.tilgang.innsyn.les": "Se hvem som har sett egne opplysninger",
  "admin.tilgang.admin.les": "Administrasjon og kontroll av revisjonsloggen",
  "admin.sesjoner.tittel": "Innlogginger",
  "admin.sesjoner.totalt": "Aktive innlogginger nå: {antall}",
  "admin.sesjoner.tabell": "Aktive innlogginger per rolle",
  "admin.sesjoner.kol.rolle": "Rolle",
  "admin.sesjoner.kol.antall": "Antall",
  "admin.kontroll.tittel": "Kontroll av revisjonsloggen",
  "admin.kontroll.tekst":
    "Revisjonsloggen er en kjede der hver rad bygger på raden før. Kontrollen regner gjennom hele kjeden og viser om noen rader er endret, slettet eller flyttet.",
  "admin.kontroll.knapp": "Kontroller revisjonsloggen",
  "admin.kontroll.ok": "Revisjonsloggen er intakt: {antall} rader er kontrollert.",
  "admin.kontroll.sisteRad": "Siste rad har seq {seq} og hash {hash}.",
  "admin.kontroll.brutt": "Revisjonsloggen er brutt ved seq {seq}.",
  "admin.kontroll.foran": "De {antall} radene før er i orden.",
  "admin.kontroll.grunn.endret": "Innholdet i raden stemmer ikke med hashen. Raden er endret.",
  "admin.kontroll.grunn.mangler_rad":
    "Raden peker ikke på raden før, og det er hull i seq. Rader er slettet.",
  "admin.kontroll.grunn.rekkefolge":
    "Raden peker på en annen rad enn den før. Rader er flyttet eller byttet om.",
  "admin.kontroll.grunn.brutt_lenke":
    "Raden peker ikke på raden før, men ingen rad mangler. En av dem er endret, og hashen er regnet ut på nytt.",
  "admin.kontroll.grunn.feil_start":
    "Første rad bygger ikke på startverdien. Rader i starten er slettet, eller startverdien er feil.",
  "admin.kontroll.tidspunkt": "Kontrollert {tidspunkt}.",
  // Housing register (/boliger …), engineer B2
  "boliger.ingress":
    "Her finner du eiendommene, oppgangene og boligene du har tilgang til, med status for hver bolig. Velg en bydel, eller søk etter en adresse.",
  "boliger.ingenBydeler": "Du har ikke tilgang til boliger i noen bydel.",
  "boliger.bydelNavn": "Bydel {navn}",
  "boliger.bydeler.tabell": "Bydeler du har tilgang til",
  "boliger.kol.bydel": "Bydel",
  "boliger.kol.boliger": "Boliger",
  "boliger.kol.ledige": "Ledige",
  "boliger.kol.eiendom": "Eiendom",
  "boliger.kol.adresse": "Adresse",
  "boliger.kol.type": "Type",
  "boliger.kol.oppgang": "Oppgang",
  "boliger.kol.bolignummer": "Bolignummer",
  "boliger.kol.rom": "Rom",
  "boliger.kol.areal": "Areal",
  "boliger.kol.etasje": "Etasje",
  "boliger.kol.heis": "Heis",
  "boliger.kol.universell": "Universelt utformet",
  "boliger.kol.rullestol": "Tilpasset rullestol",
  "boliger.kol.status": "Status",
  "boliger.type.gard": "Gård",
  "boliger.type.spredt": "Spredt bolig",
  "boliger.status.utleid": "Utleid",
  "boliger.status.ledig": "Ledig",
  "boliger.status.reservert": "Reservert",
  "boliger.status.under_oppussing": "Under oppussing",
  "boliger.status.ute_av_drift": "Ute av drift",
  "boliger.ja": "Ja",
  "boliger.nei": "Nei",
  "boliger.utenSluttdato": "Uten sluttdato",
  "boliger.perMaaned": "{belop} per måned",
  "boliger.sok.label": "Søk etter adresse",
  "boliger.sok.beskrivelse": "Skriv minst {min} tegn av gateadressen eller navnet på eiendommen.",
  "boliger.sok.knapp": "Søk",
  "boliger.sok.forKort": "Skriv minst {min} tegn.",
  "boliger.sok.ingenTreff":
    "Vi fant ingen adresser som passer med «{sok}». Sjekk skrivemåten, eller prøv en kortere del av adressen.",
  "boliger.sok.antall": "{antall} treff på «{sok}».",
  "boliger.sok.flere": "Viser de {maks} første treffene. Skriv mer av adressen for å få færre treff.",
  "boliger.sok.tabell": "Adresser som passer med «{sok}»",
  "boliger.treff.eiendom": "Eiendom",
  "boliger.treff.oppgang": "Oppgang",
  "boliger.bydel.filter": "Finn adresse i bydelen",
  "boliger.bydel.filterBeskrivelse": "Skriv hele eller deler av adressen.",
  "boliger.bydel.antall": "{antall} eiendommer i bydelen.",
  "boliger.bydel.antallFiltrert": "{antall} eiendommer passer med «{sok}».",
  "boliger.bydel.ingen": "Bydelen har ingen kommunale eiendommer i registeret.",
  "boliger.bydel.ingenTreff": "Ingen eiendommer i bydelen passer med «{sok}».",
  "boliger.bydel.tabell": "Eiendommer i {bydel}",
  "boliger.sider.navn": "Sider",
  "boliger.sider.forrige": "Forrige side",
  "boliger.sider.neste": "Neste side",
  "boliger.sider.av": "Side {side} av {antall}",
  "boliger.eiendom.byggeaar": "Byggeår",
  "boliger.eiendom.ingenBygninger": "Eiendommen har ingen bygninger i registeret.",
  "boliger.eiendom.ingenOppganger": "Bygningen har ingen oppganger i registeret.",
  "boliger.eiendom.bygningFakta": "{etasjer} etasjer, {heis}.",
  "boliger.eiendom.medHeis": "med heis",
  "boliger.eiendom.utenHeis": "uten heis",
  "boliger.eiendom.tabell": "Oppganger i {bygning}",
  "boliger.oppgang.bygning": "Bygning",
  "boliger.oppgang.boliger": "Boliger i oppgangen",
  "boliger.oppgang.ingenBoliger": "Oppgangen har ingen boliger i registeret.",
  "boliger.oppgang.tabell": "Boliger i {oppgang}",
  "boliger.sammensetning.tittel": "Hvem bor i oppgangen",
  "boliger.sammensetning.forklaring":
    "Tallene gjelder husstander med aktiv leiekontrakt i oppgangen. De viser ikke hvem det gjelder, hvilken bolig eller hvorfor.",
  "boliger.sammensetning.husstander": "Husstander",
  "boliger.sammensetning.personer": "Personer",
  "boliger.sammensetning.barn": "Barn under 18 år",
  "boliger.sammensetning.eldre": "Personer 67 år eller eldre",
  "boliger.sammensetning.oppfolging": "Husstander med behov for oppfølging",
  "boliger.bolig.tittel": "Bolig {bolignummer}, {adresse}",
  "boliger.bolig.kort": "Bolig {bolignummer}",
  "boliger.bolig.leiekontrakt": "Leiekontrakt",
  "boliger.bolig.ingenKontrakt": "Boligen har ingen aktiv leiekontrakt.",
  "boliger.bolig.start": "Startdato",
  "boliger.bolig.slutt": "Sluttdato",
  "boliger.bolig.avsluttet": "Avsluttet",
  "boliger.bolig.husleie": "Husleie",
  "boliger.bolig.parter": "Leietakere",
  "boliger.bolig.logget":
    "Det er registrert i tilgangsloggen at du har sett navnene på leietakerne. Leietakerne kan selv se dette.",
  "boliger.bolig.historikk": "Tidligere og nåværende leiekontrakter",
  "boliger.bolig.historikkTabell": "Leiekontrakter for boligen, nyeste først",
  "boliger.bolig.ingenHistorikk": "Boligen har ingen leiekontrakter i registeret.",
  "boliger.bolig.tilbake": "Tilbake til {oppgang}",
  "boliger.partRolle.hovedperson": "hovedleietaker",
  "boliger.partRolle.medsoker": "medleietaker",
  "boliger.partRolle.annen": "annen voksen i husstanden",
  "boliger.kontraktStatus.aktiv": "Aktiv",
  "boliger.kontraktStatus.avsluttet": "Avsluttet",

  // District statistics (/statistikk), engineer B2
  "statistikk.tittel": "Statistikk for bydelene",
  "statistikk.ingress":
    "Tall for kommunale boliger i hver bydel. Tabellen inneholder ingen opplysninger om enkeltpersoner eller enkeltboliger.",
  "statistikk.periode": "Leiekontrakter og gjennomtrekk gjelder perioden {fra} til {til}.",
  "statistikk.tabell": "Kommunale boliger per bydel",
  "statistikk.kol.bydel": "Bydel",
  "statistikk.kol.innbyggere": "Innbyggere",
  "statistikk.kol.boliger": "Kommunale boliger",
  "statistikk.kol.per1000": "Boliger per 1 000 innbyggere",
  "statistikk.kol.ledige": "Ledige boliger",
  "statistikk.kol.nye": "Nye leiekontrakter siste 12 måneder",
  "statistikk.kol.gjennomtrekk": "Gjennomtrekk (%)",
  "statistikk.sum": "Oslo i alt",
  "statistikk.skjult": "Skjult: færre enn {grense}",
  "statistikk.skjultForklaring":
    "{tegn} betyr at tallet er skjult fordi det bygger på færre enn {grense} boliger eller leiekontrakter. Små tall kan avsløre hvem det gjelder. Summen for Oslo er også skjult i kolonner der en bydel er skjult, så det skjulte tallet ikke kan regnes ut.",
  "statistikk.begreper": "Slik er tallene regnet ut",
  "statistikk.forklaring.nye":
    "Alle leiekontrakter som startet i perioden, også fornyelser for samme husstand.",
  "statistikk.forklaring.gjennomtrekk":
    "Boliger som fikk en ny husstand i perioden, delt på antall kommunale boliger i bydelen. Fornyelser for samme husstand regnes ikke med.",
  "statistikk.lastNed": "Last ned tabellen som CSV-fil (for regneark)",

  // Min bolig (/min-bolig), engineer B2
  "minBolig.bolig.tittel": "Boligen din",
  "minBolig.kontrakt.tittel": "Leiekontrakten din",
  "minBolig.kontrakt.fornyelse":
    "Vil du bo videre etter sluttdatoen? Søk om ny kontrakt i god tid før den går ut. Bydelen kan hjelpe deg.",
  "minBolig.ingen.tittel": "Vi fant ingen aktiv leiekontrakt",
  "minBolig.ingen.tekst":
    "Vi fant ingen aktiv leiekontrakt der du er med i husstanden. Har du nettopp flyttet inn, eller tror du noe er feil? Ta kontakt med Boligbygg kundesenter, så hjelper de deg.",
  "minBolig.kontakt.tittel": "Hvem kontakter du?",
  "minBolig.kontakt.telefon": "Telefon:",
  "minBolig.kontakt.epost": "E-post:",
  "minBolig.nod.tittel": "Ved fare: ring nødnummer",
} as const;

export type MessageKey = keyof typeof nb;
