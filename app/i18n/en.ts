import type { MessageKey } from "./nb";

/** English. Exactly the keys of nb.ts (the type and tests/integration/i18n.test.ts check it). */
export const en: Record<MessageKey, string> = {
  // The application shell
  "app.navn": "Bomiljø",
  "app.eier": "City of Oslo",
  "app.tilForsiden": "Bomiljø, to the front page",
  "app.hoppTilInnhold": "Skip to main content",
  "app.hovedmeny": "Main menu",
  "app.loggInn": "Log in",
  "app.loggUt": "Log out",
  "app.sprak.bytt": "Norsk",
  "app.sprak.byttBeskrivelse": "Bytt språk til norsk",
  "app.forside": "Front page",
  "app.brodsmuler": "You are here:",
  "app.tilbakeTil": "Back to {side}",
  "app.sidetittel": "{side} – Bomiljø",
  "app.bunntekst.om":
    "Bomiljø is the City of Oslo's service for municipal rental housing and good housing environments.",
  "app.bunntekst.lenker": "About the service",
  "app.bunntekst.personvern": "Privacy",
  "app.bunntekst.tilgjengelighet": "Accessibility statement",

  // Roles, as the user sees them
  "rolle.beboer": "Resident",
  "rolle.saksbehandler": "Caseworker",
  "rolle.booppfolger": "Housing support worker",
  "rolle.bomiljokoordinator": "Housing environment coordinator",
  "rolle.forvalter": "Property manager",
  "rolle.analytiker": "Analyst",
  "rolle.klagenemnd": "Member of the appeal board",
  "rolle.leder": "Manager",
  "rolle.systemadministrator": "System administrator",

  // Primary navigation (label) and the home page cards (beskrivelse)
  "nav.boliger": "Housing register",
  "nav.boliger.beskrivelse": "Properties, stairwells and dwellings, with the status of each dwelling.",
  "nav.boligsok": "Search addresses",
  "nav.boligsok.beskrivelse": "Find an address, a stairwell or a dwelling.",
  "nav.statistikk": "Statistics",
  "nav.statistikk.beskrivelse":
    "Figures for the districts and the whole city. No information about individuals.",
  "nav.minBolig": "My home",
  "nav.minBolig.beskrivelse": "Your home, your tenancy agreement and who you can contact.",
  "nav.innsyn": "Who has seen my information",
  "nav.innsyn.beskrivelse":
    "See who in the municipality has seen or changed information about you, and when.",
  "nav.admin": "Administration",
  "nav.admin.beskrivelse": "Settings, users and roles, and checking the access log.",

  // Home page
  "hjem.tittel": "Bomiljø",
  "hjem.ingress":
    "Bomiljø brings together the work with municipal rental housing in Oslo: from application and allocation to the tenancy agreement and a good, safe place to live.",
  "hjem.avsnitt":
    "Staff in the districts, Boligbygg and Velferdsetaten use the service in their work. If you live in a municipal dwelling, you can log in with ID-porten to see your home and who has seen your information.",
  "hjem.loggInn": "Log in",
  "hjem.utlogget": "You are logged out.",
  "hjem.hilsen": "Hello, {navn}",
  "hjem.rolle": "You are logged in as {rolle}.",
  "hjem.rolleOgEnhet": "You are logged in as {rolle} in {enhet}.",
  "hjem.dineSider": "What you can do in Bomiljø",
  "hjem.ingenSider":
    "Your role does not have access to any pages in Bomiljø yet. Contact your manager if you think you should have access.",

  // Error pages
  "feil.400.tittel": "Something was wrong with the request",
  "feil.400.tekst": "The request was not valid. Go back and try again.",
  "feil.401.tittel": "You need to log in",
  "feil.401.tekst": "You need to log in to see this page.",
  "feil.403.tittel": "You do not have access",
  "feil.403.tekst":
    "Your role does not give you access to this page. Contact your manager if you think you should have access.",
  "feil.403.skjema": "The form had expired or was not valid. Reload the page and try again.",
  "feil.404.tittel": "Page not found",
  "feil.404.tekst":
    "We could not find the page you were looking for. The address may be wrong, or the page has moved.",
  "feil.409.tittel": "Someone else has changed this",
  "feil.409.tekst": "Someone else has changed this in the meantime. Reload the page and try again.",
  "feil.413.tittel": "The request was too large",
  "feil.413.tekst": "What you sent was too large. Try with less content, for example a smaller file.",
  "feil.429.tittel": "Too many requests",
  "feil.429.tekst": "You have sent too many requests in a short time. Wait a little and try again.",
  "feil.500.tittel": "Something went wrong",
  "feil.500.tekst": "Something went wrong on our side. Try again in a little while.",
  "feil.tilForsiden": "Go to the front page",
  "feil.loggInn": "Log in",

  // Sign-in (/logg-inn, /auth/callback/*)
  "innlogging.tittel": "Log in",
  "innlogging.ingress": "Choose how you want to log in.",
  "innlogging.beboer.tittel": "Applicant or resident",
  "innlogging.beboer.tekst": "Log in with BankID, MinID or another electronic ID through ID-porten.",
  "innlogging.beboer.knapp": "Log in with ID-porten",
  "innlogging.ansatt.tittel": "City of Oslo employee",
  "innlogging.ansatt.tekst": "Log in with your work account (Entra ID).",
  "innlogging.ansatt.knapp": "Log in as an employee",
  "innlogging.alleredeInnlogget": "You are logged in as {navn}. If you log in again, that session ends.",
  "innlogging.utilgjengelig": "The login service is not responding right now. Please try again shortly.",
  "innlogging.provIgjen": "Try to log in again",
  "innlogging.feil.tittel": "We could not complete the login",
  "innlogging.feil.utlopt":
    "The login took too long, or it was started in another tab. Start the login again.",
  "innlogging.feil.ugyldig": "We could not confirm the login. Start the login again.",
  "innlogging.feil.avbrutt.tittel": "The login was cancelled",
  "innlogging.feil.avbrutt": "You cancelled the login. You can log in again whenever you like.",
  "innlogging.avvist.ukjent_rolle.tittel": "You do not have access to Bomiljø",
  "innlogging.avvist.ukjent_rolle":
    "Your user has no role in Bomiljø, or a role we do not recognise. Ask your manager to give you the right role.",
  "innlogging.avvist.flere_roller.tittel": "You have more than one role",
  "innlogging.avvist.flere_roller":
    "Your user has several roles in Bomiljø, but a login can only have one. Ask your manager to tidy up your roles.",
  "innlogging.avvist.mangler_bydel.tittel": "We do not know which district you work in",
  "innlogging.avvist.mangler_bydel":
    "Your role applies to one district, but your user is not linked to a district we know. Ask your manager to register your district.",
  "innlogging.avvist.mangler_identitet.tittel": "The login was missing information",
  "innlogging.avvist.mangler_identitet":
    "We did not get enough information about you from the login service. Try again, or contact your district.",
  "innlogging.avvist.for_lavt_sikkerhetsniva.tittel": "You must log in with a higher security level",
  "innlogging.avvist.for_lavt_sikkerhetsniva":
    "Bomiljø requires logging in with BankID, Buypass, Commfides or MinID. Try again with one of them.",
  "innlogging.avvist.testidentitet.tittel": "Test users cannot log in here",
  "innlogging.avvist.testidentitet":
    "This is a test identity. Test identities can only be used in the test and demo versions of Bomiljø.",

  // Privacy statement (/personvern)
  "personvern.tittel": "Privacy in Bomiljø",
  "personvern.ingress":
    "Here we explain what information Bomiljø processes, why, who can see it, and what rights you have.",
  "personvern.demo":
    "This copy of Bomiljø is a demonstration. All people, addresses and cases in it are made up.",
  "personvern.ansvarlig.tittel": "Who is responsible",
  "personvern.ansvarlig.tekst":
    "The City of Oslo is the data controller. The district you live in, or that handles your case, is responsible for the information about you. Boligbygg Oslo KF is responsible for information about buildings, dwellings and tenancy agreements.",
  "personvern.hva.tittel": "What information we process",
  "personvern.hva.tekst":
    "We process information about dwellings and buildings, about tenancies (who rents, from when and at what rent) and about your household. For some cases the district also needs information about health or other special needs. Such information is specially protected and is shown only to staff who need it in their work.",
  "personvern.hvorfor.tittel": "Why we process the information",
  "personvern.hvorfor.tekst":
    "The municipality must help people who are disadvantaged on the housing market, under the Act on municipal responsibility in the social housing field. We use the information to handle applications, allocate and let dwellings, follow up residents and work for good housing environments.",
  "personvern.tilgang.tittel": "Who can see the information",
  "personvern.tilgang.tekst":
    "Staff see only what their role needs. A caseworker sees cases in their own district. Boligbygg sees buildings and tenancy agreements, but not health information or cases. Velferdsetaten and managers see figures only, never information about individuals.",
  "personvern.logg.tittel": "We log who sees your information",
  "personvern.logg.tekst":
    "Every time a member of staff sees or changes personal information, we store who it was, their role and unit, when it happened and what kind of information it concerned. We do not store the information itself in the log. If you live in a municipal dwelling, you can log in and see this log yourself.",
  "personvern.informasjonskapsler.tittel": "Cookies",
  "personvern.informasjonskapsler.tekst":
    "Bomiljø uses only two cookies. One keeps you logged in and is deleted when you log out. The other remembers which language you have chosen, for one year. We do not use analytics, advertising or services from other companies that track what you do.",
  "personvern.teknisk.tittel": "Technical log",
  "personvern.teknisk.tekst":
    "To keep the service running we log which pages are opened, when, and whether it worked. We do not log what you search for or type in.",
  "personvern.rettigheter.tittel": "Your rights",
  "personvern.rettigheter.tekst":
    "You have the right to know what information the municipality holds about you, and to have wrong information corrected. Contact your district to ask for access or correction. If you think we process your information against the rules, you can complain to the Norwegian Data Protection Authority (Datatilsynet).",
  "personvern.datatilsynet": "Datatilsynet (datatilsynet.no)",

  // Accessibility statement (/tilgjengelighet)
  "tilgjengelighet.tittel": "Accessibility statement for Bomiljø",
  "tilgjengelighet.ingress":
    "The City of Oslo must make web pages that everyone can use. Here we tell you how accessible Bomiljø is today, and what is not in place yet.",
  "tilgjengelighet.krav.tittel": "The requirements we follow",
  "tilgjengelighet.krav.tekst":
    "Public websites in Norway must meet WCAG 2.1 at level A and AA. Bomiljø is built with Designsystemet, which is made to meet these requirements.",
  "tilgjengelighet.status.tittel": "How we test",
  "tilgjengelighet.status.tekst":
    "We test the pages automatically with the axe tool for every change, on large screens and on mobile. We check that everything can be used with a keyboard, that focus is always visible, and that forms work without JavaScript.",
  "tilgjengelighet.mangler.tittel": "What is not in place yet",
  "tilgjengelighet.mangler.tekst":
    "Bomiljø is being developed. We have not yet done a full manual review of all the requirements, and we have not tested every page with a screen reader. Automatic tests do not find every problem, so there may be problems we do not know about.",
  "tilgjengelighet.tilbakemelding.tittel": "Tell us about problems",
  "tilgjengelighet.tilbakemelding.tekst":
    "If something is hard to use, we want to know. Contact your district or whoever gave you access to Bomiljø, and tell us which page it was and what did not work.",
  "tilgjengelighet.tilsyn.tittel": "Complain to the authority",
  "tilgjengelighet.tilsyn.tekst":
    "If you do not get an answer, or are not happy with the answer, you can tell the Authority for Universal Design of ICT.",
  "tilgjengelighet.tilsyn.lenke": "Authority for Universal Design of ICT (uutilsynet.no)",
  "tilgjengelighet.oppdatert": "This statement was last updated on 22 November 2026.",

  // Access log for residents (/innsyn)
  "innsyn.tittel": "Who has seen my information",
  "innsyn.ingress":
    "Here you can see when municipal staff have seen or changed information about you and your children under 18, which role and unit they work in, and what kind of information it was.",
  "innsyn.hvorfor":
    "Municipal staff have a duty of confidentiality and may only see what they need for their work. That is why we record every time someone sees or changes information about you. The list does not show the staff member's name, nor the information itself.",
  "innsyn.kontakt.tittel": "Does something look wrong?",
  "innsyn.kontakt.tekst":
    "If you think someone has seen your information without reason, contact the housing office in your district or the district's data protection officer. Give the time and the unit from the list, so they can find out who it was and why. You can also complain to the Norwegian Data Protection Authority (Datatilsynet).",
  "innsyn.ikkeRegistrert":
    "We cannot find you in the housing register. This means we hold no information about you in Bomiljø, and nobody has seen anything about you here. If you think this is wrong, contact the housing office in your district.",
  "innsyn.tom": "Nobody has seen or changed information about you yet.",
  "innsyn.antall.en": "1 entry. Page {side} of {sider}.",
  "innsyn.antall": "{antall} entries. Page {side} of {sider}.",
  "innsyn.tabell": "Who has seen your information, newest first",
  "innsyn.kol.nar": "When",
  "innsyn.kol.hvem": "Who",
  "innsyn.kol.enhet": "Unit",
  "innsyn.kol.opplysninger": "Information",
  "innsyn.kol.handling": "What was done",
  "innsyn.kol.gjelder": "About",
  "innsyn.tidspunkt": "{dato} at {tid}",
  "innsyn.duSelv": "You",
  "innsyn.gjelder.deg": "You",
  "innsyn.gjelder.barn": "{fornavn} (your child)",
  "innsyn.rolle.ukjent": "Municipal employee",
  "innsyn.kategori.ukjent": "Other information",
  "innsyn.handling.les": "Read",
  "innsyn.handling.opprett": "Created",
  "innsyn.handling.endre": "Changed",
  "innsyn.handling.slett": "Deleted",
  "innsyn.sider": "Pages of the log",
  "innsyn.forrige": "Previous page",
  "innsyn.neste": "Next page",

  // System administration (/admin)
  "admin.tittel": "Administration",
  "admin.ingress":
    "Roles, permissions and verification of the audit log. This page shows no cases and no information about persons.",
  "admin.tilganger.tittel": "Roles and permissions",
  "admin.tilganger.tekst":
    "Each permission allows one thing. A role holds only the permissions marked «Yes». Everything else is closed.",
  "admin.tilganger.tabell": "Which roles hold which permissions",
  "admin.tilganger.kol.tilgang": "Permission",
  "admin.tilganger.ja": "Yes",
  "admin.tilganger.nei": "No",
  "admin.tilgang.boligregister.les": "See the housing register",
  "admin.tilgang.sammensetning.les": "See the composition of a stairwell as counts",
  "admin.tilgang.leiekontrakt.les": "See leases",
  "admin.tilgang.statistikk.les": "See statistics for districts and the city",
  "admin.tilgang.minbolig.les": "See one's own home and lease",
  "admin.tilgang.innsyn.les": "See who has seen one's own information",
  "admin.tilgang.admin.les": "Administration and verification of the audit log",
  "admin.sesjoner.tittel": "Sign-ins",
  "admin.sesjoner.totalt": "Active sign-ins now: {antall}",
  "admin.sesjoner.tabell": "Active sign-ins per role",
  "admin.sesjoner.kol.rolle": "Role",
  "admin.sesjoner.kol.antall": "Number",
  "admin.kontroll.tittel": "Verify the audit log",
  "admin.kontroll.tekst":
    "The audit log is a chain where each row builds on the row before. The check recomputes the whole chain and shows whether any rows were changed, deleted or moved.",
  "admin.kontroll.knapp": "Verify the audit log",
  "admin.kontroll.ok": "The audit log is intact: {antall} rows checked.",
  "admin.kontroll.sisteRad": "The last row has seq {seq} and hash {hash}.",
  "admin.kontroll.brutt": "The audit log is broken at seq {seq}.",
  "admin.kontroll.foran": "The {antall} rows before it are intact.",
  "admin.kontroll.grunn.endret": "The row's content does not match its hash. The row was changed.",
  "admin.kontroll.grunn.mangler_rad":
    "The row does not point to the row before it, and seq has a gap. Rows were deleted.",
  "admin.kontroll.grunn.rekkefolge":
    "The row points to another row than the one before it. Rows were moved or swapped.",
  "admin.kontroll.grunn.brutt_lenke":
    "The row does not point to the row before it, but no row is missing. One of them was changed and its hash recomputed.",
  "admin.kontroll.grunn.feil_start":
    "The first row does not build on the starting value. Rows at the start were deleted, or the starting value is wrong.",
  "admin.kontroll.tidspunkt": "Checked {tidspunkt}.",
  // Housing register (/boliger …), engineer B2
  "boliger.ingress":
    "Here you find the properties, stairwells and homes you have access to, with the status of each home. Choose a district, or search for an address.",
  "boliger.ingenBydeler": "You do not have access to homes in any district.",
  "boliger.bydelNavn": "Bydel {navn}",
  "boliger.bydeler.tabell": "Districts you have access to",
  "boliger.kol.bydel": "District",
  "boliger.kol.boliger": "Homes",
  "boliger.kol.ledige": "Vacant",
  "boliger.kol.eiendom": "Property",
  "boliger.kol.adresse": "Address",
  "boliger.kol.type": "Type",
  "boliger.kol.oppgang": "Stairwell",
  "boliger.kol.bolignummer": "Flat number",
  "boliger.kol.rom": "Rooms",
  "boliger.kol.areal": "Area",
  "boliger.kol.etasje": "Floor",
  "boliger.kol.heis": "Lift",
  "boliger.kol.universell": "Universally designed",
  "boliger.kol.rullestol": "Wheelchair accessible",
  "boliger.kol.status": "Status",
  "boliger.type.gard": "Block",
  "boliger.type.spredt": "Scattered home",
  "boliger.status.utleid": "Let",
  "boliger.status.ledig": "Vacant",
  "boliger.status.reservert": "Reserved",
  "boliger.status.under_oppussing": "Being renovated",
  "boliger.status.ute_av_drift": "Out of use",
  "boliger.ja": "Yes",
  "boliger.nei": "No",
  "boliger.utenSluttdato": "No end date",
  "boliger.perMaaned": "{belop} per month",
  "boliger.sok.label": "Search for an address",
  "boliger.sok.beskrivelse": "Type at least {min} characters of the street address or the property's name.",
  "boliger.sok.knapp": "Search",
  "boliger.sok.forKort": "Type at least {min} characters.",
  "boliger.sok.ingenTreff":
    "We found no addresses matching “{sok}”. Check the spelling, or try a shorter part of the address.",
  "boliger.sok.antall": "{antall} results for “{sok}”.",
  "boliger.sok.flere": "Showing the first {maks} results. Type more of the address to narrow them down.",
  "boliger.sok.tabell": "Addresses matching “{sok}”",
  "boliger.treff.eiendom": "Property",
  "boliger.treff.oppgang": "Stairwell",
  "boliger.bydel.filter": "Find an address in the district",
  "boliger.bydel.filterBeskrivelse": "Type all or part of the address.",
  "boliger.bydel.antall": "{antall} properties in the district.",
  "boliger.bydel.antallFiltrert": "{antall} properties match “{sok}”.",
  "boliger.bydel.ingen": "The district has no municipal properties in the register.",
  "boliger.bydel.ingenTreff": "No properties in the district match “{sok}”.",
  "boliger.bydel.tabell": "Properties in {bydel}",
  "boliger.sider.navn": "Pages",
  "boliger.sider.forrige": "Previous page",
  "boliger.sider.neste": "Next page",
  "boliger.sider.av": "Page {side} of {antall}",
  "boliger.eiendom.byggeaar": "Year built",
  "boliger.eiendom.ingenBygninger": "The property has no buildings in the register.",
  "boliger.eiendom.ingenOppganger": "The building has no stairwells in the register.",
  "boliger.eiendom.bygningFakta": "{etasjer} floors, {heis}.",
  "boliger.eiendom.medHeis": "with lift",
  "boliger.eiendom.utenHeis": "without lift",
  "boliger.eiendom.tabell": "Stairwells in {bygning}",
  "boliger.oppgang.bygning": "Building",
  "boliger.oppgang.boliger": "Homes in the stairwell",
  "boliger.oppgang.ingenBoliger": "The stairwell has no homes in the register.",
  "boliger.oppgang.tabell": "Homes in {oppgang}",
  "boliger.sammensetning.tittel": "Who lives in the stairwell",
  "boliger.sammensetning.forklaring":
    "The figures count households with an active lease in the stairwell. They do not show who, which home or why.",
  "boliger.sammensetning.husstander": "Households",
  "boliger.sammensetning.personer": "People",
  "boliger.sammensetning.barn": "Children under 18",
  "boliger.sammensetning.eldre": "People aged 67 or older",
  "boliger.sammensetning.oppfolging": "Households needing follow-up",
  "boliger.bolig.tittel": "Flat {bolignummer}, {adresse}",
  "boliger.bolig.kort": "Flat {bolignummer}",
  "boliger.bolig.leiekontrakt": "Lease",
  "boliger.bolig.ingenKontrakt": "The home has no active lease.",
  "boliger.bolig.start": "Start date",
  "boliger.bolig.slutt": "End date",
  "boliger.bolig.avsluttet": "Ended",
  "boliger.bolig.husleie": "Rent",
  "boliger.bolig.parter": "Tenants",
  "boliger.bolig.logget":
    "The access log records that you have seen the tenants' names. The tenants can see this themselves.",
  "boliger.bolig.historikk": "Past and current leases",
  "boliger.bolig.historikkTabell": "Leases for the home, newest first",
  "boliger.bolig.ingenHistorikk": "The home has no leases in the register.",
  "boliger.bolig.tilbake": "Back to {oppgang}",
  "boliger.partRolle.hovedperson": "main tenant",
  "boliger.partRolle.medsoker": "joint tenant",
  "boliger.partRolle.annen": "other adult in the household",
  "boliger.kontraktStatus.aktiv": "Active",
  "boliger.kontraktStatus.avsluttet": "Ended",

  // District statistics (/statistikk), engineer B2
  "statistikk.tittel": "Statistics for the districts",
  "statistikk.ingress":
    "Figures for municipal homes in each district. The table holds no information about individual people or homes.",
  "statistikk.periode": "Leases and turnover cover the period {fra} to {til}.",
  "statistikk.tabell": "Municipal homes per district",
  "statistikk.kol.bydel": "District",
  "statistikk.kol.innbyggere": "Inhabitants",
  "statistikk.kol.boliger": "Municipal homes",
  "statistikk.kol.per1000": "Homes per 1,000 inhabitants",
  "statistikk.kol.ledige": "Vacant homes",
  "statistikk.kol.nye": "New leases in the last 12 months",
  "statistikk.kol.gjennomtrekk": "Turnover (%)",
  "statistikk.sum": "Oslo in total",
  "statistikk.skjult": "Hidden: fewer than {grense}",
  "statistikk.skjultForklaring":
    "{tegn} means the figure is hidden because it is based on fewer than {grense} homes or leases. Small figures can reveal who they are about. The Oslo total is hidden too in columns where a district is hidden, so the hidden figure cannot be worked out.",
  "statistikk.begreper": "How the figures are calculated",
  "statistikk.forklaring.nye":
    "Every lease that started in the period, including renewals for the same household.",
  "statistikk.forklaring.gjennomtrekk":
    "Homes that got a new household in the period, divided by the number of municipal homes in the district. Renewals for the same household are not counted.",
  "statistikk.lastNed": "Download the table as a CSV file (for spreadsheets)",

  // Min bolig (/min-bolig), engineer B2
  "minBolig.bolig.tittel": "Your home",
  "minBolig.kontrakt.tittel": "Your lease",
  "minBolig.kontrakt.fornyelse":
    "Do you want to stay after the end date? Apply for a new lease well before it runs out. The district can help you.",
  "minBolig.ingen.tittel": "We found no active lease",
  "minBolig.ingen.tekst":
    "We found no active lease for a household you belong to. Have you just moved in, or do you think something is wrong? Contact the Boligbygg customer centre and they will help you.",
  "minBolig.kontakt.tittel": "Who to contact",
  "minBolig.kontakt.telefon": "Phone:",
  "minBolig.kontakt.epost": "Email:",
  "minBolig.nod.tittel": "In an emergency: call",
};
