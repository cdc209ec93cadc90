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
